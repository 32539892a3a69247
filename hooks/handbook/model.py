"""Records read from the sources. Every record carries the 1-based line it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PageKind(StrEnum):
    GUIDE = "guide"
    STANDARDS = "standards"
    CHECKLIST = "checklist"


@dataclass(frozen=True, order=True)
class Problem:
    """Something an author must fix, located in a source file."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Citation:
    """A ``[@id; @id]`` mark in running text."""

    ids: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Standard:
    id: str
    title: str
    source: str
    background: bool
    theme: str
    line: int


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    question: str
    cites: tuple[str, ...]
    section: str
    line: int


@dataclass(frozen=True)
class SourcePage:
    """One Markdown source in one language, as the author wrote it."""

    path: str  # relative to the language folder, e.g. "checklists/police-custody.md"
    display_path: str  # what messages show, e.g. "docs/sr/checklists/police-custody.md"
    kind: PageKind
    title: str
    standards: tuple[Standard, ...] = ()
    items: tuple[ChecklistItem, ...] = ()
    citations: tuple[Citation, ...] = ()
    problems: tuple[Problem, ...] = ()
    meta: dict[str, object] = field(default_factory=dict, compare=False)
    text_hash: str = ""  # of the whole source file: a translation records the English page's
    latin_serbian_lines: tuple[int, ...] = ()  # prose lines that read as Serbian in Latin script

    @property
    def short_title(self) -> str:
        """The name other pages use for this one: front matter `short_title`, else the title."""
        return str(self.meta.get("short_title") or self.title)

    def defined_ids(self) -> list[tuple[str, int]]:
        """The IDs this page defines, in reading order, with their lines."""
        found = [(s.id, s.line) for s in self.standards] + [(i.id, i.line) for i in self.items]
        return sorted(found, key=lambda pair: pair[1])
