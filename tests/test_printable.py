"""A checklist on paper and in a spreadsheet: what the printed model, the PDF documents, the XLSX files and the
download cache promise, without building a site."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from handbook.downloads import Download, materialise
from handbook.labels import Labels
from handbook.parse import parse_page
from handbook.pdf import checklist_document, field_pack_document
from handbook.printable import printed_checklist
from handbook.spreadsheet import checklist_workbook

CHECKLIST = """---
kind: checklist
---

# Checklist: police custody

## How to use this checklist

- Ask more than one source; see [the standards](../standards/cpt.md).

## Access to a lawyer

- `police-lawyer-access` Could detained persons see a *lawyer*
  from the outset? [@std-lawyer]
- `police-lawyer-private` Were the meetings in private? [@std-lawyer; @std-private]

## General observations

Write down what the questions do not cover.
"""
SERBIAN = Labels(language_name="српски", answer_yes="Да", answer_no="Не", answer_partly="Делимично",
                 answer_na="Није применљиво", notes="Белешке", field_facility="Установа")


def checklist(text: str = CHECKLIST, language: str = "en"):  # type: ignore[no-untyped-def]
    page = parse_page(text, "checklists/police-custody.md", "docs/en/checklists/police-custody.md")
    return printed_checklist(page, text, language)


def test_a_printed_checklist_keeps_its_sections_items_and_prose_in_order() -> None:
    printed = checklist()
    assert [s.title for s in printed.sections] == ["How to use this checklist", "Access to a lawyer",
                                                   "General observations"]
    assert [i.id for i in printed.items] == ["police-lawyer-access", "police-lawyer-private"]
    how_to, questions, observations = printed.sections
    assert "Ask more than one source" in how_to.prose and "<a" not in how_to.prose, "links become their text"
    assert questions.prose == "" and not how_to.observations
    assert observations.observations, "prose after the questions gets room to write"
    assert printed.name == "police-custody" and printed.version


def test_the_pdf_document_has_every_item_with_boxes_notes_and_cited_ids() -> None:
    document = checklist_document(checklist(), Labels(), fillable=False)
    for item_id in ("police-lawyer-access", "police-lawyer-private"):
        assert f'<span class="id">{item_id}</span>' in document
    assert '<span class="ref">std-lawyer</span> · <span class="ref">std-private</span>' in document, \
        "standards are shown as short references"
    assert document.count('<span class="box"></span>') == 8 and "<input" not in document
    assert "<em>lawyer</em>" in document


def test_the_fillable_document_has_one_answer_group_and_notes_field_per_item() -> None:
    document = checklist_document(checklist(language="sr"), SERBIAN, fillable=True)
    assert document.count('type="radio" name="police-lawyer-access"') == 4
    assert 'name="police-lawyer-access.notes"' in document
    assert 'name="police-custody.facility" title="Установа"' in document
    assert 'name="police-custody.observations"' in document
    assert '<html lang="sr">' in document and "Није применљиво" in document


def test_page_numbers_are_worded_in_the_edition_language() -> None:
    document = checklist_document(checklist(), Labels(page_of="Страна {page} од {pages}"), fillable=False)
    assert 'content: "Страна " counter(page) " од " counter(pages);' in document


def test_the_field_pack_lists_the_checklists_and_the_standards_they_cite() -> None:
    from handbook.model import Standard

    standards = {"std-lawyer": Standard("std-lawyer", "Access to a lawyer", "CPT/Inf(2002)15, ¶41", False, "", 1)}
    document = field_pack_document([checklist()], standards, Labels(), "abc123")
    assert 'href="#checklist-police-custody"' in document
    assert "<dt>std-lawyer</dt><dd>Access to a lawyer<br>CPT/Inf(2002)15, ¶41</dd>" in document
    assert "std-private" not in document.split('id="standards-cited"')[1], "an unknown ID is left out"


def test_the_spreadsheet_has_a_row_per_item_with_an_answer_dropdown_in_the_edition_language() -> None:
    printed = checklist(language="sr")
    data = checklist_workbook(printed, SERBIAN, lambda item_id: f"../checklists/police-custody.html#{item_id}")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row[0] in {i.id for i in printed.items}]
    assert [row[0] for row in rows] == ["police-lawyer-access", "police-lawyer-private"]
    assert rows[0][2] == "Could detained persons see a lawyer from the outset?"
    assert rows[1][3] == "std-lawyer, std-private"
    assert rows[0][6] == "../checklists/police-custody.html#police-lawyer-access"
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and validation.formula1 == '"Да,Не,Делимично,Није применљиво"'
    answer_cells = {str(cell) for cell in validation.sqref.ranges}
    assert answer_cells == {f"E{sheet.max_row - 1}", f"E{sheet.max_row}"}


def test_the_spreadsheet_is_the_same_bytes_every_time() -> None:
    make = lambda: checklist_workbook(checklist(), Labels(), lambda i: i)  # noqa: E731
    first = make()
    assert first == make()
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(2000, 1, 1, 0, 0, 0)}


def test_answer_labels_with_a_comma_are_refused_as_they_would_break_the_dropdown() -> None:
    with pytest.raises(ValueError, match="answer_partly.*comma"):
        Labels.from_config({"answer_partly": "Partly, or unclear"})


def test_downloads_are_made_once_and_reused_until_their_content_changes(tmp_path: Path) -> None:
    made: list[str] = []

    def download(name: str, fingerprint: str) -> Download:
        return Download(name, fingerprint, lambda: made.append(fingerprint) or fingerprint.encode())

    first = materialise([download("a.pdf", "v1")], tmp_path)
    again = materialise([download("a.pdf", "v1")], tmp_path)
    changed = materialise([download("a.pdf", "v2")], tmp_path)
    assert made == ["v1", "v2"]
    assert first == again and first["a.pdf"].read_bytes() == b"v1"
    assert changed["a.pdf"].read_bytes() == b"v2"
    assert not list(tmp_path.glob("*.part"))
