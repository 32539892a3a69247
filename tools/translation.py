"""Tools for translators. Run from the project folder with the project's Python:

    .venv/bin/python tools/translation.py status [LANGUAGE]   which pages are missing or out of date
    .venv/bin/python tools/translation.py diff FILE           what changed in the English since FILE's translation
    .venv/bin/python tools/translation.py mark FILE [FILE…]   record that FILE now translates the current English
    .venv/bin/python tools/translation.py check               every check a pull request must pass

FILE is a translated page, for example docs/sr/methodology/planning.md. `diff` and `status` change nothing;
`mark` changes only the `source_hash` line of each FILE's front matter (and keeps a copy of the English text
it records in i18n/sources/, which `diff` needs later); `check` writes only a temporary folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from handbook.catalog import Catalog, load_catalog  # noqa: E402
from handbook.editions import derived_editions  # noqa: E402
from handbook.model import Problem  # noqa: E402
from handbook.terminology import inconsistencies, load_terms  # noqa: E402
from handbook.translation import (  # noqa: E402
    HASH_KEY,
    State,
    english_changes,
    language_status,
    save_snapshot,
    snapshot_path,
    with_recorded_hash,
)
from handbook.validate import validate  # noqa: E402


@dataclass(frozen=True)
class Project:
    root: Path  # the folder of mkdocs.yml
    docs_dir: Path
    default: str
    languages: tuple[str, ...]
    cyrillic: frozenset[str]

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    def catalog(self) -> Catalog:
        return load_catalog(self.docs_dir, self.languages, self.default, self.root)

    def split(self, file: str) -> tuple[str, str]:
        """(language, path inside the language folder) of a translated page given as a path."""
        relative = (Path.cwd() / file).resolve().relative_to(self.docs_dir.resolve())
        language, *rest = relative.parts
        if language not in self.languages or language == self.default or not rest:
            raise SystemExit(f"{file}: not a translated page; give a path such as docs/sr/methodology/planning.md")
        return language, Path(*rest).as_posix()


def load_project(config_file: Path) -> Project:
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = load_config(str(config_file))
    logging.getLogger("mkdocs").setLevel(logging.NOTSET)
    plugin: Any = config.plugins["i18n"]
    derived = derived_editions(config.extra.get("handbook_editions"))
    return Project(
        root=config_file.resolve().parent,
        docs_dir=Path(config.docs_dir),
        default=plugin.default_language,
        languages=tuple(lang.locale for lang in plugin.config.languages if lang.locale not in derived),
        cyrillic=frozenset(config.extra.get("handbook_cyrillic_sources") or ()),
    )


def status(project: Project, language: str | None) -> int:
    catalog = project.catalog()
    chosen = [language] if language else [lang for lang in project.languages if lang != project.default]
    for lang in chosen:
        statuses = language_status(catalog, lang)
        print(f"{lang}: {sum(s.state is State.UP_TO_DATE for s in statuses)} of {len(statuses)} pages up to date")
        for entry in statuses:
            if entry.state is State.UP_TO_DATE and not (entry.missing_ids or entry.extra_ids):
                continue
            notes = [*(f"missing ID {i}" for i in entry.missing_ids), *(f"extra ID {i}" for i in entry.extra_ids)]
            print(f"  {entry.state.value:<11} docs/{lang}/{entry.path}" + (f"  ({', '.join(notes)})" if notes else ""))
    return 0


def diff(project: Project, file: str) -> int:
    language, path = project.split(file)
    english_file = project.docs_dir / project.default / path
    english = english_file.read_text(encoding="utf-8")
    translation = project.catalog().sources.get(language, {}).get(path)
    recorded = translation.meta.get(HASH_KEY) if translation else None
    if translation is None:
        print(f"{file} does not exist yet: translate the whole of docs/{project.default}/{path}.")
        return 0
    if recorded is None:
        print(f"{file} records no '{HASH_KEY}', so the English version it translates is unknown. Compare it with "
              f"docs/{project.default}/{path} as a whole, then run: tools/translation.py mark {file}")
        return 0
    snapshot = snapshot_path(project.root, str(recorded))
    if not snapshot.is_file():
        print(f"{file} translates English version {recorded}, but no copy of that version is kept in "
              f"{snapshot.relative_to(project.root)}; compare with docs/{project.default}/{path} as a whole.")
        return 0
    changes = english_changes(snapshot.read_text(encoding="utf-8"), english)
    print(changes or f"The English text has not changed since {file} was translated.")
    return 0


def mark(project: Project, files: list[str]) -> int:
    for file in files:
        language, path = project.split(file)
        english = (project.docs_dir / project.default / path).read_text(encoding="utf-8")
        target = project.docs_dir / language / path
        if not target.is_file():
            raise SystemExit(f"{file} does not exist; translate it first")
        snapshot = save_snapshot(project.root, english)
        updated = with_recorded_hash(target.read_text(encoding="utf-8"), snapshot.stem)
        target.write_text(updated, encoding="utf-8")
        print(f"{file}: marked as translating English version {snapshot.stem}")
    return 0


def terminology_problems(project: Project) -> list[Problem]:
    """Rival renderings of agreed terms, in every translation (i18n/terminology.yml)."""
    file = project.root / "i18n" / "terminology.yml"
    if not file.is_file():
        return []
    terms = load_terms(yaml.safe_load(file.read_text(encoding="utf-8")) or [], project.languages)
    problems: list[Problem] = []
    for language in project.languages:
        folder = project.docs_dir / language
        if language == project.default or not folder.is_dir():
            continue
        texts = {
            page.relative_to(folder).as_posix(): (page.relative_to(project.root).as_posix(), page.read_text("utf-8"))
            for page in sorted(folder.rglob("*.md"))
            if not page.name.startswith("_")
        }
        problems += inconsistencies(texts, language, terms)
    return problems


def check(project: Project) -> int:
    """The content checks, then a strict build of every language (links and anchors)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    problems = validate(project.catalog(), project.cyrillic) + terminology_problems(project)
    for problem in problems:
        print(problem)
    with tempfile.TemporaryDirectory() as site_dir:
        logging.basicConfig(format="%(levelname)s %(message)s", level=logging.WARNING)
        logging.getLogger("mkdocs.plugins.handbook").setLevel(logging.CRITICAL)  # already printed above
        try:
            build(load_config(str(project.config_file), strict=True, site_dir=site_dir))
            built = True
        except Abort:
            built = False
    if problems or not built:
        print("check: FAILED — fix the lines above (each names the file and line), then run the check again")
        return 1
    print("check: passed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml", help="the site's mkdocs.yml")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status").add_argument("language", nargs="?")
    commands.add_parser("diff").add_argument("file")
    commands.add_parser("mark").add_argument("files", nargs="+")
    commands.add_parser("check")
    args = parser.parse_args(argv)
    project = load_project(args.config)
    if args.command == "status":
        return status(project, args.language)
    if args.command == "diff":
        return diff(project, args.file)
    if args.command == "mark":
        return mark(project, args.files)
    return check(project)


if __name__ == "__main__":
    sys.exit(main())
