"""The checklists as PDF documents: one to print, one with form fields, and a field pack of them all.

The documents are HTML and CSS rendered by WeasyPrint, with the fonts of assets/fonts embedded, so Cyrillic and
Albanian letters print the same on every machine. WeasyPrint is imported only when a PDF is made: it needs the
Pango library, which a machine may lack (``pdf_unavailable`` says why).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from .labels import Labels
from .model import ChecklistItem, Standard
from .printable import PrintedChecklist, PrintedSection, inline_html

ASSETS = Path(__file__).parent / "assets"
STYLESHEET = ASSETS / "checklist-pdf.css"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@cache
def pdf_unavailable() -> str | None:
    """Why PDFs cannot be made on this machine, or None if they can."""
    try:
        import weasyprint  # noqa: F401, PLC0415 - imported late: it loads system libraries
    except (ImportError, OSError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"WeasyPrint cannot start ({first_line})"
    return None


def renderer_fingerprint() -> str:
    """What, besides the document, decides the bytes of a PDF: the renderer's version, the style and the fonts."""
    import weasyprint  # noqa: PLC0415

    fonts = sorted((p.name, p.stat().st_size) for p in (ASSETS / "fonts").glob("*.ttf"))
    return f"weasyprint {weasyprint.__version__} tagged\n{STYLESHEET.read_text(encoding='utf-8')}\n{fonts}"


def render_pdf(document: str, *, forms: bool) -> bytes:
    import weasyprint  # noqa: PLC0415

    # Tagged: the structure (headings, lists, reading order) is in the PDF, for screen readers.
    result = weasyprint.HTML(string=document, base_url=str(ASSETS) + "/").write_pdf(pdf_forms=forms, pdf_tags=True)
    assert isinstance(result, bytes)
    return result


def checklist_document(checklist: PrintedChecklist, labels: Labels, *, fillable: bool) -> str:
    """One checklist, as an HTML document for WeasyPrint."""
    body = _checklist_body(checklist, labels, fillable=fillable)
    return _document(checklist.language, checklist.title, labels, body)


def field_pack_document(
    checklists: list[PrintedChecklist], standards: dict[str, Standard], labels: Labels, version: str
) -> str:
    """Every checklist of an edition, with a contents page and a reference of the standards they cite."""
    language = checklists[0].language if checklists else "en"
    contents = "".join(f'<li><a href="#{_checklist_anchor(c)}">{_text(c.title)}</a></li>' for c in checklists)
    parts = [
        '<section class="cover">',
        f"<h1>{_text(labels.field_pack_title)}</h1>",
        f"<p>{_text(labels.field_pack_intro)}</p>",
        f'<p class="meta">{_text(labels.language_name)} · {_text(labels.version.format(version=version))}</p>',
        f"<h2>{_text(labels.field_pack_contents)}</h2>",
        f'<ul class="contents">{contents}',
        f'<li><a href="#standards-cited">{_text(labels.field_pack_standards)}</a></li></ul>',
        "</section>",
    ]
    for checklist in checklists:
        parts.append(f'<section class="checklist" id="{_checklist_anchor(checklist)}">')
        parts.append(_checklist_body(checklist, labels, fillable=False))
        parts.append("</section>")
    cited = dict.fromkeys(i for c in checklists for item in c.items for i in item.cites)
    parts.append(f'<section class="reference" id="standards-cited"><h1>{_text(labels.field_pack_standards)}</h1><dl>')
    for standard_id in cited:
        standard = standards.get(standard_id)
        if standard is not None:
            parts.append(f"<dt>{standard_id}</dt><dd>{_text(standard.title)}<br>{inline_html(standard.source)}</dd>")
    parts.append("</dl></section>")
    return _document(language, labels.field_pack_title, labels, "\n".join(parts))


def _document(language: str, title: str, labels: Labels, body: str) -> str:
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{_text(title)}</title>',
        '<link rel="stylesheet" href="checklist-pdf.css">',
        f"<style>{_page_style(labels)}</style></head>",
        f"<body>{body}</body></html>",
    ])


def _page_style(labels: Labels) -> str:
    """A4 pages, the checklist's title at the top of each page after the first, page numbers at the bottom."""
    numbers = _css_content(labels.page_of, {"page": "counter(page)", "pages": "counter(pages)"})
    return (
        "@page { size: A4; margin: 16mm 15mm 17mm;"
        f" @bottom-center {{ content: {numbers}; font-size: 8pt; font-family: 'Handbook Sans'; }}"
        " @top-left { content: string(title); font-size: 8pt; font-family: 'Handbook Sans'; } }"
        " @page :first { @top-left { content: none; } }"
        " h1 { string-set: title content(); }"
    )


def _css_content(template: str, values: dict[str, str]) -> str:
    """A label such as "Page {page} of {pages}" as a CSS ``content`` value."""
    pieces: list[str] = []
    end = 0
    for match in PLACEHOLDER.finditer(template):
        pieces += [_css_string(template[end : match.start()]), values.get(match.group(1), '""')]
        end = match.end()
    pieces.append(_css_string(template[end:]))
    return " ".join(p for p in pieces if p != '""')


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _checklist_anchor(checklist: PrintedChecklist) -> str:
    return f"checklist-{checklist.name}"


def _checklist_body(checklist: PrintedChecklist, labels: Labels, *, fillable: bool) -> str:
    parts = [
        f"<h1>{_text(checklist.title)}</h1>",
        f'<p class="meta">{_text(labels.language_name)} · {_text(labels.version.format(version=checklist.version))}'
        "</p>",
        _visit_fields(labels, fillable=fillable, prefix=checklist.name),
    ]
    for section in checklist.sections:
        parts.append(_section(section, labels, fillable=fillable, prefix=checklist.name))
    return "\n".join(parts)


def _visit_fields(labels: Labels, *, fillable: bool, prefix: str) -> str:
    rows = []
    for key, label in (("facility", labels.field_facility), ("date", labels.field_date), ("team", labels.field_team)):
        cell = f'<input type="text" name="{prefix}.{key}" title="{_attr(label)}">' if fillable else ""
        rows.append(f"<tr><th>{_text(label)}</th><td>{cell}</td></tr>")
    return f'<table class="fields">{"".join(rows)}</table>'


def _section(section: PrintedSection, labels: Labels, *, fillable: bool, prefix: str) -> str:
    parts = [f"<h2>{_text(section.title)}</h2>"]
    if section.items:
        parts.extend(_item(item, labels, fillable=fillable) for item in section.items)
        return "\n".join(parts)
    parts.append(section.prose)
    if section.observations:
        notes = _notes(f"{prefix}.observations", labels, fillable=fillable, lines=9)
        parts.append(f'<div class="observations">{notes}</div>')
    return "\n".join(parts)


def _item(item: ChecklistItem, labels: Labels, *, fillable: bool) -> str:
    options = []
    for value, label in labels.answers:
        if fillable:
            mark = f'<input type="radio" name="{item.id}" value="{value}" title="{_attr(label)}">'
        else:
            mark = '<span class="box"></span>'
        options.append(f'<span class="option">{mark}{_text(label)}</span>')
    return "\n".join([
        f'<div class="item" id="{item.id}">',
        f'<p class="question"><span class="id">{item.id}</span> {inline_html(item.question)}</p>',
        f'<p class="cites">{_text(labels.standards)}: {_ids(item.cites)}</p>',
        f'<div class="answers">{"".join(options)}</div>',
        _notes(f"{item.id}.notes", labels, fillable=fillable),
        "</div>",
    ])


def _notes(name: str, labels: Labels, *, fillable: bool, lines: int = 2) -> str:
    label = f'<span class="notes-label">{_text(labels.notes)}</span>'
    if fillable:
        return f'{label}<textarea class="notes" name="{name}" title="{_attr(labels.notes)}"></textarea>'
    return label + '<div class="line"></div>' * lines


def _ids(ids: Iterable[str]) -> str:
    return " · ".join(f'<span class="ref">{i}</span>' for i in dict.fromkeys(ids))


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)
