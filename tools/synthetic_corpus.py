"""Write a synthetic copy of the handbook, N times the real content, to measure how the build scales.

    .venv/bin/python tools/synthetic_corpus.py OUT_DIR [--times N]

Every page of every language is copied N times into folders copy1 … copyN, with every ID given the suffix
-cK in copy K (definitions, citations and links alike), so the copies are as valid as the original and the
hooks do N times the work. OUT_DIR gets its own mkdocs.yml (navigation built from the folders).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from handbook.catalog import load_catalog  # noqa: E402


def all_ids() -> list[str]:
    catalog = load_catalog(ROOT / "docs", ["en"], "en", ROOT)
    return sorted(catalog.edition("en").entries(), key=len, reverse=True)


def id_pattern(ids: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(i) for i in ids) + r")(?![\w-])")


def write_corpus(out: Path, times: int) -> Path:
    ids = all_ids()
    pattern = id_pattern(ids)
    docs = out / "docs"
    if out.exists():
        shutil.rmtree(out)
    for language_dir in sorted(p for p in (ROOT / "docs").iterdir() if p.is_dir()):
        target = docs / language_dir.name
        for copy in range(1, times + 1):
            suffix = f"-c{copy}"
            for source in language_dir.rglob("*.md"):
                relative = source.relative_to(language_dir)
                if relative.name.startswith("_"):
                    continue
                text = pattern.sub(r"\g<1>" + suffix, source.read_text(encoding="utf-8"))
                text = text.replace("../downloads/", "../../downloads/") if relative.as_posix() == "index.md" else text
                destination = target / f"copy{copy}" / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_text(text, encoding="utf-8")
        for partial in language_dir.glob("_*.md"):
            shutil.copy(partial, target / partial.name)
        links = "\n".join(f"- [Copy {k}](copy{k}/index.md)" for k in range(1, times + 1))
        (target / "index.md").write_text(f"# Synthetic corpus\n\n{links}\n", encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.split("\nnav:\n", 1)[0] + "\n"
    config = config.replace("docs_dir: docs", f"docs_dir: {docs}")
    config = config.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    config = config.replace("  - hooks/main.py", f"  - {ROOT / 'hooks' / 'main.py'}")
    (out / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "i18n", out / "i18n")
    return out / "mkdocs.yml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args(argv)
    print(write_corpus(args.out, args.times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
