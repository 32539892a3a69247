"""Printing a checklist page from Chromium gives a clean A4 checklist in every edition: no site around it, the
visit fields, every item with its ID, answer boxes and standards as IDs, and page numbers."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from handbook.catalog import DerivedEdition, load_catalog
from handbook.transliterate import transliterate_markdown
from site_pages import EDITIONS
from sites import ROOT

A4_POINTS = (595, 842)
NOT_APPLICABLE = {"en": "N/A", "sr": "Није применљиво", "sr-Latn": "Nije primenljivo", "sq": "Nuk zbatohet"}
PRINTED = {  # words only paper shows, and words of the site that paper must not show
    "en": (["Facility", "Date of visit", "Partly", "N/A", "Notes"], ["Download", "CC BY 4.0", "Search"]),
    "sr": (["Установа", "Датум посете", "Делимично", "Белешке"], ["Преузимање", "CC BY 4.0", "Претрага"]),
    "sr-Latn": (["Ustanova", "Datum posete", "Delimično", "Beleške"], ["Preuzimanje", "CC BY 4.0", "Pretraga"]),
    "sq": (["Institucioni", "Data e vizitës", "Pjesërisht", "Shënime"], ["Shkarkime", "CC BY 4.0", "Kërko"]),
}


@pytest.mark.parametrize("edition", EDITIONS)
def test_a_printed_checklist_is_a_clean_a4_form(page, site_url: str, edition: str) -> None:  # type: ignore[no-untyped-def]
    catalog = load_catalog(ROOT / "docs", tuple(EDITIONS), "en", ROOT,
                           {"sr-Latn": DerivedEdition("sr-Latn", "sr", transliterate_markdown)})
    checklist = catalog.edition(edition).page("checklists/police-custody.md")
    assert checklist is not None
    page.goto(f"{site_url}{EDITIONS[edition]}checklists/police-custody.html")
    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    text = " ".join(pages)

    assert len(checklist.items) / 8 <= len(pages) <= len(checklist.items) / 3, "page count"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    assert [item.id for item in checklist.items if item.id not in text] == []
    cited = {standard for item in checklist.items for standard in item.cites}
    assert [s for s in sorted(cited) if s not in text] == [], "cited standards are printed as their IDs"
    shown, hidden = PRINTED[edition]
    assert [word for word in shown if word not in text] == []
    assert [word for word in hidden if word in text] == [], "the site's navigation and footer are not printed"
    for number, printed in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in printed, f"page {number} has no page number"
        starting_here = sum(printed.count(item.id) for item in checklist.items)
        assert printed.count(NOT_APPLICABLE[edition]) == starting_here, f"page {number}: an item is split"

