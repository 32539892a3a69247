"""The generated pages of each edition: the traceability matrix and the index of IDs."""

from __future__ import annotations

from .catalog import checklist_pages, standards_pages
from .links import html_link
from .model import SourcePage
from .render import EditionView
from .status_page import STATUS_PATH, status_page

MATRIX_PATH = "reference/traceability.md"
IDS_PATH = "reference/ids.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def traceability_matrix(view: EditionView) -> str:
    """Standards against checklists, one row per standard listing the checklists that check it.

    Listing only the checklists that check a standard (rather than a column per checklist) keeps the page
    readable on a phone and its size proportional to the content, however many checklists there are.
    """
    labels = view.labels
    checklist_order = {page.path: n for n, page in enumerate(checklist_pages(view.edition))}
    counts = {"standards": 0, "checked": 0, "background": 0, "gaps": 0}
    sections: list[str] = []
    gap_links: list[str] = []
    for page in standards_pages(view.edition):
        rows = [f"| {labels.matrix_standard} | {labels.checked_by} | {labels.matrix_status} |", "|---|---|---|"]
        for standard in page.standards:
            citing = view.items_citing.get(standard.id, [])
            per_checklist: dict[str, tuple[SourcePage, int]] = {}
            for entry in citing:
                found, number = per_checklist.get(entry.page.path, (entry.page, 0))
                per_checklist[entry.page.path] = (found, number + 1)
            counts["standards"] += 1
            if citing:
                status = f"{labels.status_checked} ({len(citing)})"
                counts["checked"] += 1
            elif standard.background:
                status = labels.status_background
                counts["background"] += 1
            else:
                status = f"**{labels.status_gap}**"
                counts["gaps"] += 1
            link = html_link(view.url(MATRIX_PATH, page.path, standard.id), standard.title)
            if not citing and not standard.background:
                gap_links.append(link)
            checked_by = " · ".join(
                f"{html_link(view.url(MATRIX_PATH, found.path), found.short_title)} ({number})"
                for path, (found, number) in sorted(per_checklist.items(), key=lambda p: checklist_order.get(p[0], 0))
            )
            rows.append(f"| {link}<br>`{standard.id}` | {checked_by or '–'} | {status} |")
        sections += [f"## {html_link(view.url(MATRIX_PATH, page.path), page.title)}", "", *rows, ""]
    summary = labels.matrix_summary.format(**counts)
    gaps = ["", *(f"- {link}" for link in gap_links)] if gap_links else []
    return "\n".join([f"# {labels.matrix_title}", "", labels.matrix_intro, "", summary, *gaps, "", *sections])


def id_index(view: EditionView) -> str:
    labels = view.labels
    rows = [
        f"| {labels.ids_id} | {labels.ids_kind} | {labels.ids_text} | {labels.ids_page} |",
        "|---|---|---|---|",
    ]
    for entry_id in sorted(view.entries):
        entry = view.entries[entry_id]
        if entry.standard:
            kind, text = labels.kind_standard, entry.standard.title
        else:
            assert entry.item is not None
            kind, text = labels.kind_item, entry.item.question
        link = html_link(view.url(IDS_PATH, entry.page.path, entry_id), f"`{entry_id}`")
        page_link = html_link(view.url(IDS_PATH, entry.page.path), entry.page.short_title)
        rows.append(f"| {link} | {kind} | {_cell(text)} | {page_link} |")
    return "\n".join([f"# {labels.ids_title}", "", labels.ids_intro, "", _open_data_note(view), "", *rows, ""])


def _open_data_note(view: EditionView) -> str:
    # Raw HTML: the files are written into the site after the build, so MkDocs cannot resolve Markdown links to them.
    up = "../" * (IDS_PATH.count("/") + view.edition_prefix.count("/"))

    def link(name: str, text: str) -> str:
        return f'<a href="{up}data/{name}">{text}</a>'

    labels = view.labels
    return labels.ids_data.format(
        json=link("handbook.json", "JSON"),
        schema=link("handbook.schema.json", "JSON Schema"),
        standards=link("standards.csv", labels.ids_data_standards),
        items=link("items.csv", labels.ids_data_items),
    )


def translation_status(view: EditionView) -> str:
    return status_page(view.catalog, view.edition.language, view.labels, view.language_names, view.url)


GENERATED_PAGES = {MATRIX_PATH: traceability_matrix, IDS_PATH: id_index, STATUS_PATH: translation_status}
