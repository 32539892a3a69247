"""The build's speed and size, with the targets of the quality gates. Prints a Markdown table.

    .venv/bin/python tools/benchmark.py [--times N] [--skip-serve]

1. the full build of the real site with the hooks, against the same sources built with the hooks off (the two
   alternate, the fastest of each counts), and the share of the build spent in the hooks' own code
   (tools/hooks_share.py);
2. a synthetic corpus N (default 10) times the real content (tools/synthetic_corpus.py), against the same
   generator at 1×, and the peak memory of the N× build;
3. the build with the checklists' downloads (PDFs, spreadsheets): with an empty cache, again, and switched off
   (the other builds here are without them);
   the rebuild of `mkdocs serve` after one page is edited (on a copy: your files are not touched);
4. the size of a checklist page with everything it loads, and of each edition's search index;
5. the search: recall, precision and query time per edition (tools/search_quality.py).
Each build runs in its own process, so times and memory are those of a real `mkdocs build`.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import search_quality  # noqa: E402
import synthetic_corpus  # noqa: E402

MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
NO_DOWNLOADS = {**ENV, "HANDBOOK_DOWNLOADS": "false"}  # the build without the checklists' PDFs and spreadsheets


def timed_build(config: Path, site: Path, env: dict[str, str] = NO_DOWNLOADS) -> float:
    started = time.perf_counter()
    subprocess.run([*MKDOCS, "build", "-q", "-f", str(config), "-d", str(site)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def copy_of_project(folder: Path, *, hooks: bool) -> Path:
    """The real sources and configuration in ``folder``, with or without the hooks."""
    for name in ("docs", "i18n"):
        shutil.copytree(ROOT / name, folder / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    hook = f"  - {ROOT / 'hooks' / 'main.py'}\n"
    config = config.replace("hooks:\n  - hooks/main.py\n", f"hooks:\n{hook}" if hooks else "")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder / "mkdocs.yml"


def best_of(runs: int, config: Path, site: Path, env: dict[str, str] = NO_DOWNLOADS) -> float:
    return min(timed_build(config, site, env) for _ in range(runs))


def serve_rebuild(config: Path) -> float:
    """Seconds from editing one page to the end of the rebuild that `mkdocs serve` reports."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([*MKDOCS, "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"], env=ENV,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "Serving on" in line:
                break
        page = config.parent / "docs" / "en" / "methodology" / "planning.md"
        edited = time.perf_counter()
        page.write_text(page.read_text(encoding="utf-8") + "\nAn edited paragraph.\n", encoding="utf-8")
        for line in process.stdout:
            if "Documentation built in" in line:
                return time.perf_counter() - edited
        raise RuntimeError("mkdocs serve stopped before rebuilding")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def page_weight(site: Path, page: str) -> tuple[int, int]:
    """Bytes of a page and of every stylesheet and script it loads, uncompressed and gzipped."""
    html_file = site / page
    html = html_file.read_text(encoding="utf-8")
    assets = re.findall(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"', html)
    files = [html_file, *((html_file.parent / a.split("?")[0]).resolve() for a in assets)]
    data = [f.read_bytes() for f in files if f.is_file()]
    return sum(len(d) for d in data), sum(len(gzip.compress(d)) for d in data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement; the fastest counts")
    parser.add_argument("--skip-serve", action="store_true")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        with_hooks = copy_of_project(work / "with", hooks=True)
        without_hooks = copy_of_project(work / "without", hooks=False)
        builds: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(args.runs):  # alternating, so that a slower moment of the machine weighs on both
            builds[True].append(timed_build(with_hooks, work / "site-on"))
            builds[False].append(timed_build(without_hooks, work / "site-off"))
        on, off = min(builds[True]), min(builds[False])
        rows.append(("Build of the real site, hooks on / off", f"{on:.1f} s / {off:.1f} s = {on / off:.2f}",
                     "under 1.10"))
        share = subprocess.run([sys.executable, str(ROOT / "tools" / "hooks_share.py"), str(with_hooks)],
                               env=NO_DOWNLOADS, check=True, capture_output=True, text=True).stdout.splitlines()[-1]
        rows.append(("Of which in the hooks' own code (their event handlers)", share.split(": ", 1)[1], "reported"))
        # The downloads: the first build makes every PDF and spreadsheet; later builds take them from the cache.
        first = timed_build(with_hooks, work / "site-downloads", ENV)
        again = best_of(args.runs, with_hooks, work / "site-downloads", ENV)
        rows.append(("Build with the downloads: first (empty cache) / again / switched off",
                     f"{first:.1f} s / {again:.1f} s / {on:.1f} s", "reported"))

        one = synthetic_corpus.write_corpus(work / "synthetic-1", 1)
        many = synthetic_corpus.write_corpus(work / f"synthetic-{args.times}", args.times)
        single = best_of(args.runs, one, work / "site-1")
        multiple = timed_build(many, work / "site-n")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB -> MiB on Linux
        rows.append((f"Synthetic corpus, {args.times}× / 1×", f"{multiple:.1f} s / {single:.1f} s = "
                     f"{multiple / single:.2f}", f"under {args.times + 1}"))
        rows.append((f"Peak memory of the {args.times}× build", f"{peak:.0f} MiB", "under 1024 MiB"))

        if not args.skip_serve:
            rows.append(("`mkdocs serve` rebuild after editing one page", f"{serve_rebuild(with_hooks):.1f} s",
                         "reported"))

        site = work / "site-downloads"
        raw, zipped = page_weight(site, "checklists/police-custody.html")
        rows.append(("Checklist page with what it loads", f"{raw / 1024:.0f} KiB ({zipped / 1024:.0f} KiB gzipped)",
                     "reported"))
        for language, prefix in search_quality.PREFIXES.items():
            index = site / prefix / "search" / "search_index.json"
            size = index.stat().st_size
            packed = len(gzip.compress(index.read_bytes()))
            rows.append((f"Search index, {language}", f"{size / 1024:.0f} KiB ({packed / 1024:.0f} KiB gzipped)",
                         "reported"))
        for row in search_quality.measure(site):
            rows.append((f"Search, {row['edition']} ({row['queries']} queries)",
                         f"recall@5 {row['recall@5']:.2f}, R-precision {row['R-precision']:.2f}, "
                         f"median {row['median query (ms)']:.0f} ms, other editions {row['other-edition results']}",
                         "reported"))
    print("| Measure | Result | Target |")
    print("|---|---|---|")
    for measure, result, target in rows:
        print(f"| {measure} | {result} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
