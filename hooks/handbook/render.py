"""Turn the marks of the content model into links, for one page of one edition."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .catalog import Catalog, Edition, Entry
from .downloads import FOLDER, Offered
from .html import HtmlOut, attribute, code, link
from .labels import Labels
from .links import escape_link_text, link_application_numbers, link_un_documents, relative_link, relative_url
from .markdown_lines import (
    CHECKLIST_ITEM,
    CITATION,
    HEADING,
    Line,
    citation_ids,
    iter_lines,
    mask_code_spans,
    parse_attr_list,
)
from .model import PageKind, SourcePage

JUDGMENT_PREFIX = "ecthr-"


@dataclass(frozen=True)
class EditionView:
    """What rendering needs to know about the edition being built."""

    catalog: Catalog
    edition: Edition
    labels: Labels
    entries: dict[str, Entry]
    items_citing: dict[str, list[Entry]]
    pages_citing: dict[str, list[SourcePage]]
    language_names: dict[str, str]
    edition_prefix: str = ""  # the edition's folder in the site: '' or 'sr/'
    directory_urls: bool = False  # MkDocs' use_directory_urls: pages as 'a/b/' rather than 'a/b.html'
    out: HtmlOut = field(default_factory=HtmlOut)  # how generated HTML goes into the Markdown
    downloads: Offered = field(default_factory=Offered)  # the checklists' files in the edition's downloads/

    @classmethod
    def of(
        cls,
        catalog: Catalog,
        language: str,
        labels: Labels,
        names: dict[str, str] | None = None,
        prefix: str = "",
        directory_urls: bool = False,
        out: HtmlOut | None = None,
        downloads: Offered | None = None,
    ) -> EditionView:
        edition = catalog.edition(language)
        return cls(
            catalog, edition, labels, edition.entries(), edition.items_citing(), edition.pages_citing(), names or {},
            prefix, directory_urls, out or HtmlOut(), downloads or Offered(),
        )

    def is_outdated(self, path: str) -> bool:
        """Whether this edition's own translation of ``path`` translates an older English text."""
        page = self.edition.own.get(path)
        original = self.catalog.sources[self.catalog.default_language].get(path)
        if page is None or original is None or self.edition.language == self.catalog.default_language:
            return False
        return page.meta.get("source_hash") != original.text_hash

    def url(self, from_path: str, to_path: str, anchor: str = "") -> str:
        """The URL from one page of this edition to another (or to an anchor on it), as MkDocs would make it."""
        return relative_url(from_path, to_path, anchor, directory_urls=self.directory_urls)

    def link_to(self, from_path: str, target: str) -> str:
        """A link to the standard or item ``target``, for a line of Markdown, or the bare ID if it is unknown."""
        entry = self.entries.get(target)
        if entry is None:
            return f"`{target}`"  # reported by validation; the page still renders
        url = self.url(from_path, entry.page.path, target)
        if entry.standard:
            return self.out.link(url, entry.standard.title, entry.standard.source)
        question = entry.item.question if entry.item else ""
        return self.out.link(url, target, question)

    def reference(self, from_path: str, target: str) -> str:
        """A checklist item's link to a standard it cites, as HTML: it carries the ID, which print shows instead
        of the title."""
        entry = self.entries.get(target)
        if entry is None or entry.standard is None:
            return code(target)  # reported by validation; the page still renders
        url = self.url(from_path, entry.page.path, target)
        standard = link(url, self.out.text(entry.standard.title), entry.standard.source)
        return f'<span class="hb-ref" data-ref="{attribute(target)}">{standard}</span>'


def render_page(markdown: str, path: str, view: EditionView) -> str:
    """The page's Markdown with citations, items, sources and backlinks rendered."""
    page = view.edition.page(path)
    kind = page.kind if page else PageKind.GUIDE
    out: list[str] = []
    lines = list(iter_lines(markdown))
    pending_backlinks: list[str] = []
    prose: list[str] = []

    def flush_prose() -> None:
        if prose:
            out.append(_render_citations("\n".join(prose), path, view))
            prose.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        heading = HEADING.match(line.text) if not line.in_code else None
        item = CHECKLIST_ITEM.match(line.text) if kind is PageKind.CHECKLIST and not line.in_code else None
        if line.in_code or not line.text.strip() or heading or item:
            flush_prose()
        if line.in_code:
            out.append(line.text)
            continue
        if heading and len(heading.group(1)) <= 3:
            out.extend(pending_backlinks)
            pending_backlinks = []
        if heading and kind is PageKind.CHECKLIST and len(heading.group(1)) == 1 and page is not None:
            out.append(line.text)
            out.extend(_checklist_header(page, path, view))
            continue
        if heading and kind is PageKind.STANDARDS and len(heading.group(1)) == 3:
            _, anchor, _ = parse_attr_list(heading.group(2))
            entry = view.entries.get(anchor or "")
            out.append(line.text)
            if entry and entry.standard:
                index = _render_source(lines, index, entry, out, view.labels)
                pending_backlinks = _backlinks(path, entry, view)
            continue
        if heading and "[@" in line.text:  # its text is also the entry in the table of contents: keep it Markdown
            out.append(_render_citations(line.text, path, replace(view, out=HtmlOut())))
            continue
        if item:
            items, index = _item_list(lines, index, item)
            if out and out[-1].strip():
                out.append("")
            out.extend([view.out.block(_items(items, path, view)), ""])
            continue
        if line.text.strip():
            prose.append(line.text)
        else:
            out.append(line.text)
    flush_prose()
    out.extend(pending_backlinks)
    return "\n".join(out)


def untranslated_notice(labels: Labels) -> str:
    message = labels.untranslated.format(language=labels.language_name)
    return f'!!! note "{labels.untranslated_title}"\n\n    {message}\n\n'


def outdated_notice(labels: Labels, english_url: str) -> str:
    # Raw HTML: the target is a built page's URL in another edition, not a source file MkDocs could resolve.
    message = labels.outdated.format(link=f'<a href="{english_url}" hreflang="en">{labels.outdated_link}</a>')
    return f'!!! warning "{labels.outdated_title}"\n\n    {message}\n\n'


def _render_citations(text: str, path: str, view: EditionView) -> str:
    if "[@" not in text:
        return text
    masked = mask_code_spans(text)
    pieces: list[str] = []
    end = 0
    for match in CITATION.finditer(masked):
        links = "; ".join(view.link_to(path, i) for i in citation_ids(match.group(1)))
        pieces += [text[end : match.start()], f"({links})"]
        end = match.end()
    return "".join([*pieces, text[end:]])


def _checklist_header(page: SourcePage, path: str, view: EditionView) -> list[str]:
    """Under a checklist's title: its downloads, and what only print shows (edition, version, visit fields)."""
    labels = view.labels
    out = [""]
    files = view.downloads.checklists.get(path)
    if files:
        offered = [(labels.download_pdf, files.pdf), (labels.download_fillable, files.fillable),
                   (labels.download_xlsx, files.xlsx), (labels.download_field_pack, view.downloads.field_pack)]
        links = " · ".join(
            f"[{escape_link_text(label)}]({relative_link(path, f'{FOLDER}/{name}')}), {view.downloads.size(name)}"
            for label, name in offered if name
        )
        out += [f"**{labels.downloads}:** {links}", "{: .hb-downloads }", ""]
    fields = "".join(f'<p class="hb-field" data-label="{attribute(label)}"></p>'
                     for label in (labels.field_facility, labels.field_date, labels.field_team))
    meta = f"{labels.language_name} · {labels.version.format(version=page.text_hash)}"
    out += [f'<div class="hb-print-only hb-sheet" data-meta="{attribute(meta)}">{fields}</div>', ""]
    return out


def _item_list(lines: list[Line], index: int, item: re.Match[str]) -> tuple[list[tuple[str, str]], int]:
    """The item ``item`` matched (on the line before ``index``) and the items after it, blank lines between them
    allowed, each as its ID and its text with its continuation lines; and the index of the line after them."""
    items: list[tuple[str, str]] = []
    found: re.Match[str] | None = item
    while found:
        parts = [found.group(2)]
        while index < len(lines) and lines[index].text[:1].isspace() and lines[index].text.strip() \
                and not lines[index].in_code:
            parts.append(lines[index].text.strip())
            index += 1
        items.append((found.group(1), " ".join(parts)))
        following = index
        while following < len(lines) and not lines[following].text.strip() and not lines[following].in_code:
            following += 1
        found = None
        if following < len(lines) and not lines[following].in_code:
            found = CHECKLIST_ITEM.match(lines[following].text)
        if found:
            index = following + 1
    return items, index


def _items(items: list[tuple[str, str]], path: str, view: EditionView) -> str:
    """Checklist items (ID, Markdown text with citations) as the HTML list Markdown would make of them: each with
    its anchor, its question, the standards it cites, and what only paper shows (answer boxes, room for notes)."""
    out, labels = view.out, view.labels
    # The words of the paper form are attributes, so that search ignores them.
    boxes = "".join(f'<span class="hb-box" data-label="{attribute(label)}"></span>' for _, label in labels.answers)
    fill = f'<p class="hb-print-only hb-fill">{boxes}<span class="hb-notes" data-label="{attribute(labels.notes)}">' \
           "</span></p>"
    entries = []
    for item_id, text in items:
        cited = dict.fromkeys(i for m in CITATION.finditer(text) for i in citation_ids(m.group(1)))
        question = CITATION.sub("", text).strip()
        anchor = f'<a class="hb-item-id" href="#{attribute(item_id)}" id="{attribute(item_id)}">{code(item_id)}</a>'
        references = ", ".join(view.reference(path, i) for i in cited)
        entries.append(f"<li>\n<p>{anchor} {out.text(question)}</p>\n"
                       f'<p class="hb-cites">{out.text(labels.standards)}: {references}</p>\n{fill}\n</li>')
    return "<ul>\n" + "\n".join(entries) + "\n</ul>"


def _render_source(lines: list[Line], index: int, entry: Entry, out: list[str], labels: Labels) -> int:
    """Replace the quoted source under a standard's heading; return the index after it."""
    while index < len(lines) and not lines[index].text.strip():
        index += 1
    while index < len(lines) and lines[index].text.lstrip().startswith(">"):
        index += 1
    assert entry.standard is not None
    source = entry.standard.source
    if entry.standard.id.startswith(JUDGMENT_PREFIX):
        source = link_application_numbers(source)
    elif "](" not in source:  # a source that already links somewhere is left as its author wrote it
        source = link_un_documents(source)
    # The ID is shown so that readers can cite it and search finds the standard by it.
    shown_id = f"**{labels.ids_id}:** `{entry.standard.id}`"
    out.extend(["", f"**{labels.source}:** {source}<br>", shown_id, "{: .hb-source }", ""])
    if entry.standard.background:
        out.extend([f"*{labels.background}*", "{: .hb-background }", ""])
    return index


def _backlinks(path: str, entry: Entry, view: EditionView) -> list[str]:
    standard_id = entry.id
    items = view.items_citing.get(standard_id, [])
    pages = [p for p in view.pages_citing.get(standard_id, []) if p.kind is not PageKind.CHECKLIST]
    text, labels = view.out.text, view.labels
    block: list[str] = []
    if items:
        block.append(f'<p class="hb-backlinks-title"><strong>{text(labels.checked_by)}:</strong></p>')
        rows: list[str] = []
        for citing in items:
            assert citing.item is not None
            url = view.url(path, citing.page.path, citing.id)
            name = f"{text(citing.page.short_title)} · {code(citing.id)}"
            rows.append(f"<li>{link(url, name)}: {text(citing.item.question)}</li>")
        block.append("<ul>\n" + "\n".join(rows) + "\n</ul>")
    elif not (entry.standard and entry.standard.background):
        block.append(f'<p class="hb-not-checked"><em>{text(labels.not_checked)}</em></p>')
    if pages:
        links = ", ".join(link(view.url(path, p.path), text(p.title)) for p in pages)
        block.append(f'<p class="hb-referred"><strong>{text(labels.referred_to_in)}:</strong> {links}</p>')
    return ["", view.out.block("\n".join(block)), ""] if block else [""]
