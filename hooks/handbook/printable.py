"""A checklist as it goes on paper or into a spreadsheet: its sections, items and the prose around them.

Built from a checklist page of one edition and the Markdown of that page; shared by the PDFs and the XLSX files.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import markdown as python_markdown

from .markdown_lines import CHECKLIST_ITEM, HEADING, iter_lines, parse_attr_list, split_front_matter
from .model import ChecklistItem, SourcePage

LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.DOTALL)
PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


@dataclass(frozen=True)
class PrintedSection:
    title: str
    items: tuple[ChecklistItem, ...]
    prose: str  # the section's own text as HTML (e.g. "How to use this checklist"); empty for item sections
    observations: bool = False  # prose after the questions ("General observations"): on paper, room to write


@dataclass(frozen=True)
class PrintedChecklist:
    path: str  # e.g. "checklists/police-custody.md"
    title: str
    short_title: str
    language: str
    version: str  # the page's content fingerprint, printed so that a paper copy can be matched to its text
    sections: tuple[PrintedSection, ...]

    @property
    def name(self) -> str:
        """The file name stem: "police-custody"."""
        return self.path.rsplit("/", 1)[-1].removesuffix(".md")

    @property
    def items(self) -> list[ChecklistItem]:
        return [item for section in self.sections for item in section.items]


def printed_checklist(page: SourcePage, markdown: str, language: str) -> PrintedChecklist:
    """``markdown`` is the page's source in this edition (for a derived edition, already transformed)."""
    _, body, _ = split_front_matter(markdown)
    items_by_section: dict[str, list[ChecklistItem]] = {}
    for item in page.items:
        items_by_section.setdefault(item.section, []).append(item)
    sections: list[PrintedSection] = []
    title: str | None = None
    prose: list[str] = []
    in_item = False

    def close() -> None:
        if title is not None:
            items = tuple(items_by_section.get(title, ()))
            text = "" if items else inline_html("\n".join(prose), block=True)
            after_questions = any(s.items for s in sections)
            sections.append(PrintedSection(title, items, text, observations=not items and after_questions))
        prose.clear()

    for line in iter_lines(body):
        heading = HEADING.match(line.text) if not line.in_code else None
        if heading and len(heading.group(1)) == 2:
            close()
            title = parse_attr_list(heading.group(2))[0]
            in_item = False
        elif heading and len(heading.group(1)) == 1:
            continue
        elif CHECKLIST_ITEM.match(line.text) and not line.in_code:
            in_item = True
        elif in_item and (line.text[:1].isspace() and line.text.strip()):
            continue
        else:
            in_item = False
            prose.append(line.text)
    close()
    return PrintedChecklist(page.path, page.title, page.short_title, language, page.text_hash, tuple(sections))


def inline_html(text: str, *, block: bool = False) -> str:
    """Markdown as HTML for paper: emphasis and lists kept, links reduced to their text (a URL means nothing
    on paper, and relative links point nowhere outside the site)."""
    rendered = str(python_markdown.markdown(text.strip()))
    rendered = LINK.sub(lambda m: m.group(1), rendered)
    if not block:
        match = PARAGRAPH.match(rendered)
        rendered = match.group(1) if match else rendered
    return rendered


def plain_text(text: str) -> str:
    """Markdown reduced to plain text, for a spreadsheet cell."""
    return html.unescape(re.sub(r"<[^>]+>", "", inline_html(text)))
