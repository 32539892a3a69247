"""Measure the search of every edition in real Chromium: recall and precision on the query → page pairs of
tests/browser/search_cases.yml, plus index size and query time. Prints a table.

    .venv/bin/python tools/search_quality.py [SITE_DIR]     (default: build the site into a temporary folder)

Recall@5: the share of a query's expected pages among the first five result pages. R-precision: the share of
the first k result pages (k = the number of expected pages) that are expected. Both averaged per edition.
"""

from __future__ import annotations

import functools
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "browser" / "search_cases.yml"
PREFIXES = {"en": "", "sr": "sr/", "sr-Latn": "sr-Latn/", "sq": "sq/"}
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def load_cases() -> dict[str, dict[str, list[str]]]:
    cases: dict[str, dict[str, list[str]]] = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    return cases


META_IS = r"""(state) => {
  const t = JSON.parse(document.getElementById("__config").textContent).translations;
  const meta = document.querySelector(".md-search-result__meta");
  if (!meta) return false;
  const text = meta.textContent.trim();
  if (state === "none") return text === t["search.result.none"];
  const [before, after] = t["search.result.other"].split("#");
  const count = text.slice(before.length, text.length - after.length);
  return text === t["search.result.one"] || (text.startsWith(before) && text.endsWith(after) && /^\d+$/.test(count));
}"""


NOTHING = "qqxqqz"  # a query that finds nothing, typed between two queries so that each one's results are new


def search(page: Any, query: str) -> list[str]:
    """Type ``query`` into Material's search box and return the result links, best first, once they settle."""
    box = page.locator("input.md-search__input")
    box.fill(NOTHING)
    box.press("End")  # Material reads the query on keyup, as when a reader types
    page.wait_for_function(META_IS, arg="none")
    box.fill(query)
    box.press("End")
    try:
        page.wait_for_function(META_IS, arg="found", timeout=5000)
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError: nothing found
        return []
    previous: list[str] | None = None
    for _ in range(40):
        links: list[str] = page.eval_on_selector_all(
            ".md-search-result__item > a.md-search-result__link", "els => els.map(e => e.href)"
        )
        if links == previous:
            return links
        previous = links
        page.wait_for_timeout(50)
    return previous or []


def result_pages(links: list[str], edition_url: str) -> list[str]:
    """Result links as page paths relative to the edition, in order, each once."""
    pages: list[str] = []
    for link in links:
        path = link.split("#")[0].split("?")[0]
        relative = path[len(edition_url):] if path.startswith(edition_url) else path
        if relative not in pages:
            pages.append(relative)
    return pages


def foreign(links: list[str], site_url: str, edition: str) -> list[str]:
    """Result links that lead outside ``edition``."""
    own = site_url + PREFIXES[edition]
    others = [site_url + p for e, p in PREFIXES.items() if p and e != edition]
    return [link for link in links if not link.startswith(own) or any(link.startswith(o) for o in others)]


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def measure(site_dir: Path) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    rows: list[dict[str, Any]] = []
    with serve(site_dir) as site_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        for edition, queries in load_cases().items():
            edition_url = site_url + PREFIXES[edition]
            page.goto(edition_url)
            recalls, precisions, timings, leaks = [], [], [], 0
            for query, expected in queries.items():
                started = time.perf_counter()
                links = search(page, query)
                timings.append(time.perf_counter() - started)
                pages = result_pages(links, edition_url)
                leaks += len(foreign(links, site_url, edition))
                recalls.append(len(set(expected) & set(pages[:5])) / len(expected))
                precisions.append(len(set(expected) & set(pages[: len(expected)])) / len(expected))
            index = site_dir / PREFIXES[edition] / "search" / "search_index.json"
            rows.append({
                "edition": edition, "queries": len(queries), "recall@5": statistics.mean(recalls),
                "R-precision": statistics.mean(precisions), "other-edition results": leaks,
                "median query (ms)": 1000 * statistics.median(timings), "index (KiB)": index.stat().st_size / 1024,
            })
        browser.close()
    return rows


def main(argv: list[str]) -> int:
    if argv:
        rows = measure(Path(argv[0]))
    else:
        sys.path.insert(0, str(ROOT / "tests"))
        from sites import build_site

        with tempfile.TemporaryDirectory() as site:
            build_site(ROOT, site_dir=Path(site))
            rows = measure(Path(site))
    headers = list(rows[0])
    print("| " + " | ".join(headers) + " |")
    print("|" + "---|" * len(headers))
    for row in rows:
        cells = [f"{v:.2f}" if isinstance(v, float) and v <= 1 else f"{v:.0f}" if isinstance(v, float) else str(v)
                 for v in row.values()]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
