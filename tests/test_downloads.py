"""Every checklist, in every edition, can be downloaded as a PDF to print, a fillable PDF and a spreadsheet, and
each edition has a field pack. Checked on the small fixture site (links, cache) and on the real handbook (content).

The PDF checks need WeasyPrint, which needs the Pango library; without it they are skipped and say so."""

from __future__ import annotations

import io
import re
from pathlib import Path

import openpyxl
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from handbook.catalog import DerivedEdition, checklist_pages, load_catalog
from handbook.pdf import pdf_unavailable
from handbook.transliterate import transliterate_markdown
from sites import ROOT, build_site, copy_fixture

EDITIONS = {"en": "", "sr": "sr/", "sr-Latn": "sr-Latn/", "sq": "sq/"}
LATIN = {"sr-Latn": DerivedEdition("sr-Latn", "sr", transliterate_markdown)}
CHECKLISTS = ["police-custody", "prisons", "psychiatric-hospitals", "social-care", "immigration-detention",
              "juvenile-facilities"]
NO_PDF = pdf_unavailable()
needs_pdf = pytest.mark.skipif(
    NO_PDF is not None,
    reason=f"PDF checks NOT run: {NO_PDF}. Install Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0)",
)


def with_downloads(site: Path) -> Path:
    config = site / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("handbook_downloads: false", "handbook_downloads: true"), encoding="utf-8")
    return site


def pdf_text(file: Path) -> str:
    """The text of a PDF, with lines joined and spaces normalised, as a reader copying it would get it."""
    text = "\n".join(page.extract_text() or "" for page in PdfReader(file).pages)
    return re.sub(r"\s+", " ", text)


def catalog():  # type: ignore[no-untyped-def]
    return load_catalog(ROOT / "docs", tuple(EDITIONS), "en", ROOT, LATIN)


def checklists_with_file(site: Path, language: str, suffix: str):  # type: ignore[no-untyped-def]
    """Each checklist page of the edition, with its download ending in ``suffix`` ("-fillable.pdf")."""
    for page in checklist_pages(catalog().edition(language)):
        name = page.path.rsplit("/", 1)[-1].removesuffix(".md")
        yield page, site / EDITIONS[language] / "downloads" / f"{name}-{language}{suffix}"


# The fixture site: links and the cache.

def test_each_checklist_page_links_to_its_downloads_in_its_own_edition(tmp_path: Path) -> None:
    site = with_downloads(copy_fixture("mini", tmp_path))
    warnings, aborted = build_site(site, strict=True)
    assert warnings == [] and not aborted
    for language, prefix in EDITIONS.items():
        page = (site / "site" / prefix / "checklist" / "index.html").read_text(encoding="utf-8")
        expected = [f"checklist-{language}.xlsx"]
        if NO_PDF is None:
            expected += [f"checklist-{language}.pdf", f"checklist-{language}-fillable.pdf",
                         f"field-pack-{language}.pdf"]
        for name in expected:
            assert f'href="../downloads/{name}"' in page, f"{language}: no link to {name}"
            assert (site / "site" / prefix / "downloads" / name).is_file(), f"{language}: {name} missing"


def test_a_rebuild_makes_only_what_changed(tmp_path: Path) -> None:
    site = with_downloads(copy_fixture("mini", tmp_path))
    cache = site / ".cache" / "downloads"
    build_site(site)
    first = set(cache.iterdir())
    build_site(site)
    assert set(cache.iterdir()) == first, "an unchanged site reuses every file"
    checklist = site / "docs" / "sq" / "checklist.md"
    checklist.write_text(checklist.read_text(encoding="utf-8").replace("?", " sot?", 1), encoding="utf-8")
    build_site(site)
    made = {file.name.split(".")[-1] for file in set(cache.iterdir()) - first}
    assert made == ({"xlsx", "pdf"} if NO_PDF is None else {"xlsx"}), "the edited Albanian checklist is made again"
    assert len(set(cache.iterdir()) - first) == (4 if NO_PDF is None else 1), "and nothing else"


def test_downloads_can_be_switched_off(tmp_path: Path) -> None:
    site = copy_fixture("mini", tmp_path)  # the fixture has handbook_downloads: false
    warnings, aborted = build_site(site, strict=True)
    assert warnings == [] and not aborted
    assert [f.name for f in (site / "site").rglob("*") if f.suffix in {".pdf", ".xlsx"}] == []
    assert "hb-downloads" not in (site / "site" / "checklist" / "index.html").read_text(encoding="utf-8")


# The real handbook (built once per session by the real_site fixture).

@pytest.mark.parametrize("language", EDITIONS)
def test_every_checklist_has_a_spreadsheet_with_one_row_and_one_dropdown_per_item(real_site, language: str) -> None:  # type: ignore[no-untyped-def]
    for page, file in checklists_with_file(real_site.directory, language, ".xlsx"):
        sheet = openpyxl.load_workbook(io.BytesIO(file.read_bytes())).active
        ids = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] in {i.id for i in page.items}]
        assert ids == [item.id for item in page.items], file.name
        (validation,) = sheet.data_validations.dataValidation
        assert validation.type == "list" and validation.formula1.count(",") == 3
        covered = {cell for cell_range in validation.sqref.ranges for cell in cell_range.cells}
        assert len(covered) == len(page.items), f"{file.name}: every item has the answer dropdown"
    # The answers are offered in the edition's language.
    police = real_site.directory / EDITIONS[language] / "downloads" / f"police-custody-{language}.xlsx"
    validation = openpyxl.load_workbook(police).active.data_validations.dataValidation[0]
    answers = {"en": "Yes,No", "sr": "Да,Не", "sr-Latn": "Da,Ne", "sq": "Po,Jo"}[language]
    assert validation.formula1.startswith(f'"{answers},')


@needs_pdf
@pytest.mark.parametrize("language", EDITIONS)
def test_every_checklist_pdf_has_all_its_items_in_bounds_with_embedded_fonts(real_site, language: str) -> None:  # type: ignore[no-untyped-def]
    for page, file in checklists_with_file(real_site.directory, language, ".pdf"):
        reader = PdfReader(file)
        assert len(page.items) / 6 <= len(reader.pages) <= len(page.items) / 3 + 2, f"{file.name}: page count"
        text = pdf_text(file)
        missing = [item.id for item in page.items if item.id not in text]
        assert missing == [], f"{file.name}: item IDs missing from the text"
        assert_fonts_embedded(reader, file.name)
        catalogue = reader.trailer["/Root"]
        assert catalogue.get("/Lang") == language, f"{file.name}: the language is declared for screen readers"
        assert "/StructTreeRoot" in catalogue, f"{file.name}: tagged, so headings and reading order are known"
        assert reader.metadata is not None and reader.metadata.title == page.title


@needs_pdf
@pytest.mark.parametrize(("language", "words"), [
    ("sr", ["Контролна листа: полицијско задржавање", "Да ли", "Установа", "Делимично"]),
    ("sr-Latn", ["Kontrolna lista: policijsko zadržavanje", "Da li", "Ustanova", "Delimično"]),
    ("sq", ["Lista e kontrollit: ndalimi policor", "Pjesërisht", "Institucioni", "Data e vizitës"]),
])
def test_cyrillic_and_albanian_text_extracts_as_written(real_site, language: str, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    page = catalog().edition(language).page("checklists/police-custody.md")
    assert page is not None
    text = pdf_text(real_site.directory / EDITIONS[language] / "downloads" / f"police-custody-{language}.pdf")
    for word in [*words, re.sub(r"\s+", " ", re.sub(r"[*_`]", "", page.items[0].question))]:
        assert word in text, f"{language}: {word!r} not found in the extracted text"


@needs_pdf
@pytest.mark.parametrize("language", EDITIONS)
def test_the_fillable_pdf_has_an_answer_and_a_notes_field_for_every_item(real_site, language: str) -> None:  # type: ignore[no-untyped-def]
    page = catalog().edition(language).page("checklists/police-custody.md")
    assert page is not None
    file = real_site.directory / EDITIONS[language] / "downloads" / f"police-custody-{language}-fillable.pdf"
    fields = PdfReader(file).get_fields() or {}
    types = {name: field.get("/FT") for name, field in fields.items()}
    for item in page.items:
        assert types.get(item.id) == "/Btn", f"{item.id}: no answer buttons"
        assert types.get(f"{item.id}.notes") == "/Tx", f"{item.id}: no notes field"
    for visit_field in ("facility", "date", "team", "observations"):
        assert types.get(f"police-custody.{visit_field}") == "/Tx"


# What a monitor may type into a field, whatever the edition: Serbian in both scripts, Albanian, digits, punctuation.
TYPED = ("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШабвгдђежзијклљмнњопрстћуфхцчџш"
         "ČĆĐŠŽčćđšžÇËçëABCXYZabcxyz0123456789.,;:!?-–—()/\"'„“”«»№€°")


@needs_pdf
def test_the_fillable_pdfs_fields_can_take_any_letter_of_the_three_languages_and_stay_small(real_site) -> None:  # type: ignore[no-untyped-def]
    file = real_site.directory / "sr" / "downloads" / "police-custody-sr-fillable.pdf"
    reader = PdfReader(file)
    covered = set()
    for reference in reader.trailer["/Root"]["/AcroForm"]["/DR"]["/Font"].get_object().values():
        font = reference.get_object()
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        embedded = described["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        covered |= set(TTFont(io.BytesIO(embedded)).getBestCmap())
    assert [c for c in TYPED if ord(c) not in covered] == []
    assert file.stat().st_size < 300_000  # the fields' font is a cut of DejaVu Sans, not all of it (~550 KB)


@needs_pdf
@pytest.mark.parametrize("language", EDITIONS)
def test_the_field_pack_has_every_checklist_and_the_standards_they_cite(real_site, language: str) -> None:  # type: ignore[no-untyped-def]
    edition = catalog().edition(language)
    file = real_site.directory / EDITIONS[language] / "downloads" / f"field-pack-{language}.pdf"
    reader = PdfReader(file)
    items = [item for page in checklist_pages(edition) for item in page.items]
    assert len(items) / 6 <= len(reader.pages) <= len(items) / 3 + 20
    text = pdf_text(file)
    assert [i.id for i in items if i.id not in text] == []
    cited = {standard for item in items for standard in item.cites}
    pages = [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]
    reference = " ".join(page for page in pages[1:] if cited_heading(language) in page)  # after the cover
    assert [s for s in sorted(cited) if s not in reference] == []
    assert_fonts_embedded(reader, file.name)


def cited_heading(language: str) -> str:
    return {"en": "Standards cited in the checklists", "sr": "Стандарди на које се контролне листе позивају",
            "sr-Latn": "Standardi na koje se kontrolne liste pozivaju",
            "sq": "Standardet e cituara në listat e kontrollit"}[language]


def assert_fonts_embedded(reader: PdfReader, name: str) -> None:
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), \
                f"{name}, page {number}: font {font['/BaseFont']} is not embedded"
