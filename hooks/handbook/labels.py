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
    downloads: str = "Download"
    download_pdf: str = "PDF to print"
    download_fillable: str = "fillable PDF"
    download_xlsx: str = "spreadsheet (XLSX)"
    download_field_pack: str = "field pack: all checklists (PDF)"
    version: str = "Version {version}"
    field_facility: str = "Facility"
    field_date: str = "Date of visit"
    field_team: str = "Visiting team"
    answer_yes: str = "Yes"
    answer_no: str = "No"
    answer_partly: str = "Partly"
    answer_na: str = "N/A"
    answer: str = "Answer"
    notes: str = "Notes"
    question: str = "Question"
    section: str = "Section"
    link: str = "Link"
    page_of: str = "Page {page} of {pages}"
    field_pack_title: str = "Field pack: checklists for monitoring visits"
    field_pack_intro: str = (
        "All the checklists of the handbook, followed by a short reference of the standards they cite. The full "
        "text of each standard, and the current version of this pack, are on the handbook's website."
    )
    field_pack_contents: str = "Contents"
    field_pack_standards: str = "Standards cited in the checklists"

    @classmethod
    def from_config(cls, values: dict[str, Any] | None) -> Labels:
        """Take the configured words; a key this version does not know is an error that names it."""
        known = {f.name for f in fields(cls)}
        given = values or {}
        unknown = sorted(set(given) - known)
        if unknown:
            raise ValueError(f"unknown keys in extra.handbook.labels: {', '.join(unknown)}; known keys: "
                             f"{', '.join(sorted(known))}")
        for key in ("answer_yes", "answer_no", "answer_partly", "answer_na"):
            if any(mark in str(given.get(key, "")) for mark in ',"'):
                raise ValueError(f"extra.handbook.labels.{key} cannot contain a comma or a double quote: the "
                                 "spreadsheets offer the answers as a comma-separated dropdown list")
        return cls(**{k: str(v) for k, v in given.items()})

    @property
    def answers(self) -> tuple[tuple[str, str], ...]:
        """The answer options of a checklist item: (value in a form, label shown)."""
        return (("yes", self.answer_yes), ("no", self.answer_no), ("partly", self.answer_partly),
                ("na", self.answer_na))
