"""The generated translation status page of each edition."""

from __future__ import annotations

from collections.abc import Callable

from .catalog import Catalog
from .html import HtmlOut, code, link, table
from .labels import Labels
from .translation import PageStatus, State, language_status

STATUS_PATH = "reference/translation-status.md"


def _state_label(state: State, labels: Labels, out: HtmlOut) -> str:
    return {
        State.UP_TO_DATE: out.text(labels.state_up_to_date),
        State.OUTDATED: f"<strong>{out.text(labels.state_outdated)}</strong>",
        State.MISSING: f"<strong>{out.text(labels.state_missing)}</strong>",
    }[state]


Url = Callable[[str, str], str]  # from one page to another, both as paths relative to the language folder


def _table(catalog: Catalog, statuses: list[PageStatus], labels: Labels, url: Url, out: HtmlOut) -> str:
    english = catalog.sources[catalog.default_language]
    headings = [out.text(labels.status_page), out.text(labels.status_state), out.text(labels.status_ids)]
    rows: list[list[str]] = []
    for status in statuses:
        page_link = link(url(STATUS_PATH, status.path), out.text(english[status.path].title or status.path))
        ids = "; ".join(
            [*(f"{out.text(labels.status_missing_ids)}: {code(i)}" for i in status.missing_ids),
             *(f"{out.text(labels.status_extra_ids)}: {code(i)}" for i in status.extra_ids)]
        )
        rows.append([f"{page_link}<br>{code(status.path)}", _state_label(status.state, labels, out), ids or "–"])
    return out.block(table(headings, rows))


def _summary(statuses: list[PageStatus], labels: Labels) -> str:
    counts = {state: sum(1 for s in statuses if s.state is state) for state in State}
    return labels.status_summary.format(
        pages=len(statuses),
        up_to_date=counts[State.UP_TO_DATE],
        outdated=counts[State.OUTDATED],
        missing=counts[State.MISSING],
    )


def status_page(
    catalog: Catalog, language: str, labels: Labels, names: dict[str, str], url: Url, out: HtmlOut
) -> str:
    """For a translation, its own status; for the default language, every translation's."""
    shown = (
        [lang for lang in catalog.languages if lang != catalog.default_language and lang not in catalog.derived]
        if language == catalog.default_language
        else [language]
    )
    lines = [f"# {labels.status_title}", "", labels.status_intro, ""]
    for shown_language in shown:
        statuses = language_status(catalog, shown_language)
        if len(shown) > 1:
            lines += [f"## {names.get(shown_language, shown_language)}", ""]
        lines += [_summary(statuses, labels), "", _table(catalog, statuses, labels, url, out), ""]
    return "\n".join(lines)
