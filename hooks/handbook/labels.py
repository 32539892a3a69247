"""The words the build adds to pages, in each language. Values come from mkdocs.yml (extra.handbook)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Labels:
    language_name: str = "English"
    source: str = "Source"
    standards: str = "Standards"
    checked_by: str = "Checked by"
    referred_to_in: str = "Referred to in"
    not_checked: str = "No checklist item checks this standard yet."
    background: str = "Background standard: it explains the law and is not checked item by item on site."
    untranslated_title: str = "Not translated yet"
    untranslated: str = "This page has not been translated into {language} yet. You are reading the English original."
    matrix_title: str = "Traceability matrix"
    matrix_intro: str = (
        "Each row is a standard, with the checklists that check it and, in brackets, how many of their items do."
    )
    matrix_summary: str = (
        "{standards} standards: {checked} checked by at least one checklist item, {background} background, "
        "{gaps} not checked."
    )
    matrix_standard: str = "Standard"
    matrix_status: str = "Status"
    status_checked: str = "checked"
    status_background: str = "background"
    status_gap: str = "not checked"
    ids_title: str = "Index of IDs"
    ids_intro: str = "Every standard and checklist item, by its ID."
    ids_data: str = (
        "The same catalogue, in every language, is published as open data for others to build on: {json} "
        "(described by {schema}) and CSV tables of the {standards} and the {items}."
    )
    ids_data_standards: str = "standards"
    ids_data_items: str = "checklist items"
    ids_id: str = "ID"
    ids_kind: str = "Kind"
    ids_text: str = "Title or question"
    ids_page: str = "Page"
    kind_standard: str = "standard"
    kind_item: str = "checklist item"
    outdated_title: str = "Translation out of date"
    outdated: str = "The English page has changed since this translation was made: {link}."
    outdated_link: str = "read the current English text"
    status_title: str = "Translation status"
    status_intro: str = (
        "Which pages are translated, which are out of date because the English page has changed since, and "
        "which are still missing. The same data is published as translation-status.json at the site root."
    )
    status_summary: str = "{pages} pages: {up_to_date} up to date, {outdated} out of date, {missing} missing."
    status_page: str = "Page"
    status_state: str = "State"
    status_ids: str = "IDs compared with English"
    status_missing_ids: str = "missing"
    status_extra_ids: str = "extra"
    state_up_to_date: str = "up to date"
    state_outdated: str = "out of date"
    state_missing: str = "missing"
    search_dialog: str = "Search"
    terms_title: str = "Terminology"
    terms_intro: str = (
        "The agreed rendering of each concept in every language of the handbook. Translators use these terms, "
        "and a check flags the rival renderings that the list rules out."
    )

    @classmethod
    def from_config(cls, values: dict[str, Any] | None) -> Labels:
        """Take the configured words; a key this version does not know is an error that names it."""
        known = {f.name for f in fields(cls)}
        given = values or {}
        unknown = sorted(set(given) - known)
        if unknown:
            raise ValueError(f"unknown keys in extra.handbook.labels: {', '.join(unknown)}; known keys: "
                             f"{', '.join(sorted(known))}")
        return cls(**{k: str(v) for k, v in given.items()})
