"""Every page of every language, and the questions asked across them: which ID is defined where."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .model import ChecklistItem, PageKind, SourcePage, Standard
from .parse import parse_page

PARTIAL_PREFIX = "_"  # files such as _abbreviations.md are included in pages, not pages themselves


class UnreadableSource(Exception):
    """A source file that cannot be read as text at all."""

    def __init__(self, display_path: str, reason: str) -> None:
        super().__init__(f"{display_path}: {reason}")
        self.display_path = display_path


@dataclass(frozen=True)
class Entry:
    """Where an ID is defined: the page and the standard or item."""

    page: SourcePage
    standard: Standard | None = None
    item: ChecklistItem | None = None

    @property
    def id(self) -> str:
        return self.standard.id if self.standard else self.item.id  # type: ignore[union-attr]

    @property
    def line(self) -> int:
        return self.standard.line if self.standard else self.item.line  # type: ignore[union-attr]


@dataclass(frozen=True)
class Edition:
    """The sources of one language, with the default language's pages where a page is untranslated."""

    language: str
    own: dict[str, SourcePage]
    fallback: dict[str, SourcePage]

    def pages(self) -> Iterator[SourcePage]:
        for path in sorted(self.own.keys() | self.fallback.keys()):
            yield self.page(path)  # type: ignore[misc]

    def page(self, path: str) -> SourcePage | None:
        return self.own.get(path) or self.fallback.get(path)

    def is_translated(self, path: str) -> bool:
        return path in self.own

    def entries(self) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        for page in self.pages():
            for standard in page.standards:
                found.setdefault(standard.id, Entry(page, standard=standard))
            for item in page.items:
                found.setdefault(item.id, Entry(page, item=item))
        return found

    def items_citing(self) -> dict[str, list[Entry]]:
        citing: dict[str, list[Entry]] = {}
        for page in self.pages():
            for item in page.items:
                for cited in dict.fromkeys(item.cites):
                    citing.setdefault(cited, []).append(Entry(page, item=item))
        return citing

    def pages_citing(self) -> dict[str, list[SourcePage]]:
        citing: dict[str, list[SourcePage]] = {}
        for page in self.pages():
            for cited in dict.fromkeys(i for c in page.citations for i in c.ids):
                citing.setdefault(cited, []).append(page)
        return citing


@dataclass(frozen=True)
class DerivedEdition:
    """An edition generated at build time from another language's sources, e.g. Serbian Latin from Cyrillic."""

    language: str
    source: str
    transform: Callable[[str], str]


@dataclass(frozen=True)
class Catalog:
    default_language: str
    sources: dict[str, dict[str, SourcePage]]  # language -> path -> page
    derived: frozenset[str] = field(default_factory=frozenset)  # languages generated from another one

    @property
    def languages(self) -> list[str]:
        return list(self.sources)

    def edition(self, language: str) -> Edition:
        own = self.sources.get(language, {})
        default = self.sources[self.default_language]
        fallback = {path: page for path, page in default.items() if path not in own}
        return Edition(language, own, fallback)


def load_catalog(
    docs_dir: Path,
    languages: Iterable[str],
    default_language: str,
    display_root: Path,
    derived: Mapping[str, DerivedEdition] | None = None,
) -> Catalog:
    """Read every language folder under ``docs_dir`` that exists on disk, and generate the derived editions."""
    texts: dict[str, dict[str, tuple[str, str]]] = {}  # language -> path -> (display path, text)
    for language in dict.fromkeys([default_language, *languages]):
        folder = docs_dir / language
        if folder.is_dir():
            texts[language] = {
                file.relative_to(folder).as_posix(): _read_text(file, display_root) for file in _markdown_files(folder)
            }
    if default_language not in texts:
        raise UnreadableSource(str(docs_dir / default_language), "the default language folder does not exist")
    sources = {
        language: {path: _parsed(text, path, display) for path, (display, text) in pages.items()}
        for language, pages in texts.items()
    }
    for edition in (derived or {}).values():
        if edition.source in texts:
            sources[edition.language] = {
                path: _parsed(cached_transform(edition.transform, text), path, display)
                for path, (display, text) in texts[edition.source].items()
            }
    return Catalog(default_language, sources, frozenset((derived or {}).keys()))


# Every language pass of a build, and every rebuild of `mkdocs serve`, reads the same sources: parse each
# distinct text once. Keyed by the text itself, so an edited file is parsed again and nothing goes stale.
@functools.lru_cache(maxsize=8192)
def _parsed(text: str, path: str, display: str) -> SourcePage:
    return parse_page(text, path, display)


@functools.lru_cache(maxsize=8192)
def cached_transform(transform: Callable[[str], str], text: str) -> str:
    return transform(text)


def _markdown_files(folder: Path) -> list[Path]:
    def is_partial(file: Path) -> bool:
        return any(part.startswith(PARTIAL_PREFIX) for part in file.relative_to(folder).parts)

    return sorted(file for file in folder.rglob("*.md") if not is_partial(file))


def _read_text(file: Path, display_root: Path) -> tuple[str, str]:
    display = _display(file, display_root)
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableSource(display, f"is not UTF-8 text ({error.reason} at byte {error.start}); "
                               "save it as UTF-8") from error
    return display, text.replace("\r\n", "\n")


def _display(file: Path, root: Path) -> str:
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return file.as_posix()


def standards_pages(edition: Edition) -> list[SourcePage]:
    return [p for p in edition.pages() if p.kind is PageKind.STANDARDS and p.standards]


def checklist_pages(edition: Edition) -> list[SourcePage]:
    return [p for p in edition.pages() if p.kind is PageKind.CHECKLIST and p.items]

