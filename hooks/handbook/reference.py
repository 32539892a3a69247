"""The generated pages of each edition: the traceability matrix and the index of IDs."""

from __future__ import annotations

from .catalog import checklist_pages, standards_pages
from .html import code, link, markdown_link, table
from .model import SourcePage
from .render import EditionView
from .status_page import STATUS_PATH, status_page

MATRIX_PATH = "reference/traceability.md"
IDS_PATH = "reference/ids.md"


def traceability_matrix(view: EditionView) -> str:
    """Standards against checklists, one row per standard listing the checklists that check it.

    Listing only the checklists that check a standard (rather than a column per checklist) keeps the page
    readable on a phone and its size proportional to the content, however many checklists there are.
    """
    labels, text = view.labels, view.out.text
    checklist_order = {page.path: n for n, page in enumerate(checklist_pages(view.edition))}
    counts = {"standards": 0, "checked": 0, "background": 0, "gaps": 0}
    sections: list[str] = []
    gap_links: list[str] = []
    headings = [text(labels.matrix_standard), text(labels.checked_by), text(labels.matrix_status)]
    for page in standards_pages(view.edition):
        rows: list[list[str]] = []
        for standard in page.standards:
            citing = view.items_citing.get(standard.id, [])
            per_checklist: dict[str, tuple[SourcePage, int]] = {}
            for entry in citing:
                found, number = per_checklist.get(entry.page.path, (entry.page, 0))
                per_checklist[entry.page.path] = (found, number + 1)
            counts["standards"] += 1
            if citing:
                status = f"{text(labels.status_checked)} ({len(citing)})"
                counts["checked"] += 1
            elif standard.background:
                status = text(labels.status_background)
                counts["background"] += 1
            else:
                status = f"<strong>{text(labels.status_gap)}</strong>"
                counts["gaps"] += 1
            standard_link = link(view.url(MATRIX_PATH, page.path, standard.id), text(standard.title))
            if not citing and not standard.background:
                gap_links.append(standard_link)
            checked_by = " · ".join(
                f"{link(view.url(MATRIX_PATH, found.path), text(found.short_title))} ({number})"
                for path, (found, number) in sorted(per_checklist.items(), key=lambda p: checklist_order.get(p[0], 0))
            )
            rows.append([f"{standard_link}<br>{code(standard.id)}", checked_by or "–", status])
        heading = markdown_link(view.url(MATRIX_PATH, page.path), page.title)  # Markdown: it is also in the contents
        sections += [f"## {heading}", "", view.out.block(table(headings, rows)), ""]
    summary = labels.matrix_summary.format(**counts)
    gaps = ["", view.out.block("<ul>\n" + "\n".join(f"<li>{gap}</li>" for gap in gap_links) + "\n</ul>")]
    return "\n".join([f"# {labels.matrix_title}", "", labels.matrix_intro, "", summary, *(gaps if gap_links else []),
                      "", *sections])


def id_index(view: EditionView) -> str:
    labels, text = view.labels, view.out.text
    headings = [text(labels.ids_id), text(labels.ids_kind), text(labels.ids_text), text(labels.ids_page)]
    rows: list[list[str]] = []
    for entry_id in sorted(view.entries):
        entry = view.entries[entry_id]
        if entry.standard:
            kind, title = labels.kind_standard, entry.standard.title
        else:
            assert entry.item is not None
            kind, title = labels.kind_item, entry.item.question
        id_link = link(view.url(IDS_PATH, entry.page.path, entry_id), code(entry_id))
        page_link = link(view.url(IDS_PATH, entry.page.path), text(entry.page.short_title))
        rows.append([id_link, text(kind), text(title.replace("\n", " ")), page_link])
    return "\n".join([f"# {labels.ids_title}", "", labels.ids_intro, "", _open_data_note(view), "",
                      view.out.block(table(headings, rows)), ""])


def _open_data_note(view: EditionView) -> str:
    # Raw HTML: the files are written into the site after the build, so MkDocs cannot resolve Markdown links to them.
    up = "../" * (IDS_PATH.count("/") + view.edition_prefix.count("/"))

    def data_link(name: str, text: str) -> str:
        return f'<a href="{up}data/{name}">{text}</a>'

    labels = view.labels
    return labels.ids_data.format(
        json=data_link("handbook.json", "JSON"),
        schema=data_link("handbook.schema.json", "JSON Schema"),
        standards=data_link("standards.csv", labels.ids_data_standards),
        items=data_link("items.csv", labels.ids_data_items),
    )


def translation_status(view: EditionView) -> str:
    return status_page(view.catalog, view.edition.language, view.labels, view.language_names, view.url, view.out)


def generated_pages(view: EditionView) -> dict[str, str]:
    """Each generated page's Markdown by path. None is a search result: they repeat, as tables, the standards and
    items that search finds on their own pages, and would otherwise match almost any query."""
    unsearched = "---\nsearch:\n  exclude: true\n---\n\n"
    return {path: unsearched + generate(view) for path, generate in GENERATORS.items()}


GENERATORS = {MATRIX_PATH: traceability_matrix, IDS_PATH: id_index, STATUS_PATH: translation_status}
