"""Checks across pages and languages. Each problem is reported once, at the line to fix."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set

from .catalog import Catalog, Edition, Entry
from .ids import closest
from .model import Problem, SourcePage


def validate(catalog: Catalog, cyrillic: frozenset[str] = frozenset()) -> list[Problem]:
    """Every problem in every language; ``cyrillic`` names the languages whose sources must be in Cyrillic."""
    problems: list[Problem] = []
    for language, pages in catalog.sources.items():
        if language in catalog.derived:  # generated from a source that is checked itself
            continue
        edition = catalog.edition(language)
        for page in pages.values():
            problems.extend(page.problems)
            if language in cyrillic:
                problems.extend(
                    Problem(page.display_path, line, "this line reads as Serbian in Latin script; write the Serbian "
                            "sources in Cyrillic (the Latin edition is generated from them)")
                    for line in page.latin_serbian_lines
                )
        problems.extend(_duplicates(pages.values()))
        problems.extend(_unresolved(pages.values(), edition))
        if language != catalog.default_language:
            default = catalog.sources[catalog.default_language]
            for path, page in pages.items():
                if path in default:
                    problems.extend(_differences(page, default[path]))
    return sorted(set(problems))


def missing_anchors(entries: Mapping[str, Entry], anchors: Mapping[str, Set[str] | None]) -> list[Problem]:
    """The IDs that the built page they are on does not carry (``anchors``: path -> the page's anchors), so that
    the hooks' links to them lead nowhere; MkDocs checks the links it resolves, the hooks check theirs here."""
    problems: list[Problem] = []
    for entry_id, entry in entries.items():
        present = anchors.get(entry.page.path)
        if present is not None and entry_id not in present:
            problems.append(Problem(entry.page.display_path, entry.line, f"the ID '{entry_id}' is not an anchor of "
                                    "the built page, so links to it are broken; check how its heading or item is "
                                    "written, and that the attr_list extension is enabled in mkdocs.yml"))
    return sorted(set(problems))


def _duplicates(pages: Iterable[SourcePage]) -> list[Problem]:
    first: dict[str, tuple[SourcePage, int]] = {}
    problems: list[Problem] = []
    for page in sorted(pages, key=lambda p: p.path):
        for defined, line in page.defined_ids():
            if defined in first:
                other, other_line = first[defined]
                problems.append(
                    Problem(
                        page.display_path,
                        line,
                        f"duplicate ID '{defined}': it is already defined at {other.display_path}:{other_line}; "
                        "give one of them a new ID",
                    )
                )
            else:
                first[defined] = (page, line)
    return problems


def _unresolved(pages: Iterable[SourcePage], edition: Edition) -> list[Problem]:
    known = edition.entries()
    problems: list[Problem] = []
    for page in pages:
        for item in page.items:
            for cited in item.cites:
                problems.extend(_resolve(page, item.line, cited, known, standards_only=True))
        for citation in page.citations:
            for cited in citation.ids:
                problems.extend(_resolve(page, citation.line, cited, known, standards_only=False))
    return problems


def _resolve(
    page: SourcePage, line: int, cited: str, known: dict[str, Entry], *, standards_only: bool
) -> list[Problem]:
    entry = known.get(cited)
    if entry is None:
        candidates = [i for i, e in known.items() if e.standard] if standards_only else list(known)
        suggestion = closest(cited, candidates)
        hint = f" Did you mean '{suggestion}'?" if suggestion else " Check the spelling against the standards pages."
        return [Problem(page.display_path, line, f"unknown ID '{cited}' in a citation.{hint}")]
    if standards_only and entry.standard is None:
        return [
            Problem(
                page.display_path,
                line,
                f"'{cited}' is a checklist item ({entry.page.display_path}:{entry.line}); "
                "a checklist item cites standards only",
            )
        ]
    return []


def _differences(translation: SourcePage, original: SourcePage) -> list[Problem]:
    theirs = translation.defined_ids()
    ours = original.defined_ids()
    their_ids = {i for i, _ in theirs}
    our_ids = {i for i, _ in ours}
    problems: list[Problem] = []
    for extra, line in theirs:
        if extra not in our_ids:
            problems.append(
                Problem(
                    translation.display_path,
                    line,
                    f"the ID '{extra}' is not on the English page {original.display_path}; "
                    "IDs are copied from the English page, never added or changed in a translation",
                )
            )
    previous_line = 1
    for expected, original_line in ours:
        if expected in their_ids:
            previous_line = next(line for i, line in theirs if i == expected)
            continue
        problems.append(
            Problem(
                translation.display_path,
                previous_line,
                f"the ID '{expected}' from the English page ({original.display_path}:{original_line}) is missing "
                "here; translate that entry and keep its ID exactly as it is",
            )
        )
    return problems
