"""The terminology list (i18n/terminology.yml): one rendering per concept in each language.

It drives the generated terminology page of every edition, and a check that flags a concept rendered
inconsistently: each entry may list, per language, the rival renderings translators must not use.
In a rival rendering, ``*`` stands for any word ending, so ``полицијск* притвор*`` also finds
``полицијском притвору``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .html import HtmlOut, table
from .labels import Labels
from .markdown_lines import iter_lines, mask_code_spans, split_front_matter
from .model import Problem

TERMINOLOGY_PATH = "about/terminology.md"


@dataclass(frozen=True)
class Term:
    en: str
    renderings: dict[str, str]  # language -> the agreed rendering
    rivals: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> renderings not to use
    allowed_in: tuple[str, ...] = ()  # pages that may mention a rival, e.g. to explain it
    note: str = ""


def load_terms(entries: Iterable[Mapping[str, Any]], languages: Iterable[str]) -> list[Term]:
    """Terms from the parsed YAML list; an entry without its English term is an error naming its position."""
    wanted = list(languages)
    terms: list[Term] = []
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping) or not entry.get("en"):
            raise ValueError(f"i18n/terminology.yml, entry {position}: each entry needs 'en: <English term>'")
        rivals = entry.get("avoid") or {}
        terms.append(
            Term(
                en=str(entry["en"]),
                renderings={lang: str(entry[lang]) for lang in wanted if entry.get(lang)},
                rivals={lang: tuple(str(r) for r in values) for lang, values in rivals.items()},
                allowed_in=tuple(str(p) for p in entry.get("allowed_in") or ()),
                note=str(entry.get("note") or ""),
            )
        )
    return terms


def _rival_pattern(rival: str) -> re.Pattern[str]:
    words = [re.escape(word).replace(r"\*", r"\w*") for word in rival.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def inconsistencies(pages: Mapping[str, tuple[str, str]], language: str, terms: Iterable[Term]) -> list[Problem]:
    """Every use of a rival rendering in ``pages`` (path -> (display path, text)) of one language."""
    checks = [
        (term, rival, _rival_pattern(rival))
        for term in terms
        for rival in term.rivals.get(language, ())
    ]
    problems: list[Problem] = []
    for path, (display, text) in sorted(pages.items()):
        _, body, first = split_front_matter(text)
        for line in iter_lines(body, first):
            if line.in_code:
                continue
            prose = mask_code_spans(line.text)
            for term, rival, pattern in checks:
                if path not in term.allowed_in and pattern.search(prose):
                    agreed = term.renderings.get(language, "?")
                    problems.append(Problem(display, line.number, f"'{term.en}' is rendered here as a variant of "
                                            f"'{rival}'; the agreed term is '{agreed}' (i18n/terminology.yml)"))
    return problems


Column = tuple[str, Callable[[Term], str]]  # heading, and how to fill the cell from a term


def columns_for(names: Mapping[str, str], derived: Mapping[str, tuple[str, Callable[[str], str]]]) -> list[Column]:
    """One column per language, in the configured order; a derived edition's column is made from its source's."""

    def rendering(language: str) -> Callable[[Term], str]:
        if language == "en":
            return lambda term: term.en
        if language in derived:
            source, transform = derived[language]
            return lambda term: transform(term.renderings.get(source, ""))
        return lambda term: term.renderings.get(language, "")

    return [(name, rendering(language)) for language, name in names.items()]


def terminology_page(terms: Iterable[Term], labels: Labels, columns: list[Column], out: HtmlOut | None = None) -> str:
    """The generated terminology page: one row per concept, one column per edition."""
    out = out or HtmlOut()
    rows = [[out.text(cell(term)) or "–" for _, cell in columns] for term in sorted(terms, key=lambda t: t.en.lower())]
    rendered = table([out.text(heading) for heading, _ in columns], rows)
    return "\n".join([f"# {labels.terms_title}", "", labels.terms_intro, "", out.block(rendered), ""])
