"""A checklist as a spreadsheet (XLSX) for teams who record findings on a laptop.

One row per item: ID, section, question, the standards it cites, an answer chosen from a dropdown
(Yes / No / Partly / N/A in the edition's language), notes, and a link back to the item on the site.
The file depends only on its content: fixed dates inside and in the zip, so builds stay reproducible.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation

from .labels import Labels
from .printable import PrintedChecklist, plain_text

FIXED_DATE = datetime.datetime(2000, 1, 1)
FIXED_ZIP_DATE = (2000, 1, 1, 0, 0, 0)
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
COLUMNS = (("ids_id", 34), ("section", 24), ("question", 70), ("standards", 34), ("answer", 13), ("notes", 50),
           ("link", 40))
THIN = Side(style="thin", color="000000")


def checklist_workbook(checklist: PrintedChecklist, labels: Labels, link: Callable[[str], str]) -> bytes:
    """``link(item_id)`` is the URL of the item on the site (absolute, or relative to the spreadsheet)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(checklist.short_title)
    sheet.append([checklist.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([f"{labels.language_name} · {labels.version.format(version=checklist.version)}"])
    for label in (labels.field_facility, labels.field_date, labels.field_team):
        sheet.append([label])
        row = sheet.max_row
        sheet.cell(row, 1).font = Font(bold=True)
        sheet.cell(row, 2).border = Border(bottom=THIN)
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append([getattr(labels, key) for key, _ in COLUMNS])
    for column, (_, width) in enumerate(COLUMNS, start=1):
        sheet.cell(header_row, column).font = Font(bold=True)
        sheet.column_dimensions[sheet.cell(header_row, column).column_letter].width = width
    answers = DataValidation(
        type="list", formula1='"' + ",".join(label for _, label in labels.answers) + '"', allow_blank=True,
        showDropDown=False,  # openpyxl's name for "hide the in-cell dropdown": False shows it
    )
    answers.error = f"{labels.answer}: " + " / ".join(label for _, label in labels.answers)
    answers.showErrorMessage = True
    sheet.add_data_validation(answers)
    wrap = Alignment(wrap_text=True, vertical="top")
    for item in checklist.items:
        url = link(item.id)
        sheet.append([item.id, item.section, plain_text(item.question), ", ".join(item.cites), None, None, url])
        row = sheet.max_row
        for column in range(1, len(COLUMNS) + 1):
            sheet.cell(row, column).alignment = wrap
        sheet.cell(row, 7).hyperlink = url
        answers.add(sheet.cell(row, 5).coordinate)
    sheet.freeze_panes = sheet.cell(header_row + 1, 2)
    sheet.auto_filter.ref = f"A{header_row}:G{sheet.max_row}"
    book.properties.creator = labels.field_pack_title
    book.properties.title = checklist.title
    book.properties.language = checklist.language
    book.properties.created = FIXED_DATE
    out = io.BytesIO()
    book.save(out)
    return _fixed_dates(out.getvalue())


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip() or "Checklist"


def _fixed_dates(xlsx: bytes) -> bytes:
    """The same workbook with the save date and the zip entries' dates fixed."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)
    return out.getvalue()
