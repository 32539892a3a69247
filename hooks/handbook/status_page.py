"""The generated translation status page of each edition."""

from __future__ import annotations

from collections.abc import Callable

from .catalog import Catalog
from .html import markdown_link
from .labels import Labels
from .translation import PageStatus, State, language_status

STATUS_PATH = "reference/translation-status.md"


def _state_label(state: State, labels: Labels) -> str:
    return {
        State.UP_TO_DATE: labels.state_up_to_date,
        State.OUTDATED: f"**{labels.state_outdated}**",
        State.MISSING: f"**{labels.state_missing}**",
    }[state]


Url = Callable[[str, str], str]  # from one page to another, both as paths relative to the language folder


def _table(catalog: Catalog, statuses: list[PageStatus], labels: Labels, url: Url) -> list[str]:
    english = catalog.sources[catalog.default_language]
    rows = [
        f"| {labels.status_page} | {labels.status_state} | {labels.status_ids} |",
        "|---|---|---|",
    ]
    for status in statuses:
        link = markdown_link(url(STATUS_PATH, status.path), english[status.path].title or status.path)
        ids = "; ".join(
            [*(f"{labels.status_missing_ids}: `{i}`" for i in status.missing_ids),
             *(f"{labels.status_extra_ids}: `{i}`" for i in status.extra_ids)]
        )
        rows.append(
            f"| {link}<br>`{status.path}` | "
            f"{_state_label(status.state, labels)} | {ids or '–'} |"
        )
    return rows


def _summary(statuses: list[PageStatus], labels: Labels) -> str:
    counts = {state: sum(1 for s in statuses if s.state is state) for state in State}
    return labels.status_summary.format(
        pages=len(statuses),
        up_to_date=counts[State.UP_TO_DATE],
        outdated=counts[State.OUTDATED],
        missing=counts[State.MISSING],
    )


def status_page(catalog: Catalog, language: str, labels: Labels, names: dict[str, str], url: Url) -> str:
    """For a translation, its own status; for the default language, every translation's."""
    shown = (
        [lang for lang in catalog.languages if lang != catalog.default_language and lang not in catalog.derived]
        if language == catalog.default_language
        else [language]
    )
    out = [f"# {labels.status_title}", "", labels.status_intro, ""]
    for shown_language in shown:
        statuses = language_status(catalog, shown_language)
        if len(shown) > 1:
            out += [f"## {names.get(shown_language, shown_language)}", ""]
        out += [_summary(statuses, labels), "", *_table(catalog, statuses, labels, url), ""]
    return "\n".join(out)
