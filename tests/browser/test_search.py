"""Search in real Chromium: each edition searches its own pages, in either Serbian script, without diacritics,
in inflected forms, and by ID, case name or application number (cases in search_cases.yml)."""

from __future__ import annotations

import pytest

from search_quality_loader import search_quality

CASES = [
    pytest.param(edition, query, expected, id=f"{edition}:{query}")
    for edition, queries in search_quality.load_cases().items()
    for query, expected in queries.items()
]


@pytest.fixture(scope="module")
def search_page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context()
    page = context.new_page()
    page.opened = None
    yield page
    context.close()


def test_there_are_at_least_40_cases_in_every_edition_together() -> None:
    assert len(CASES) >= 40
    assert {edition for edition, *_ in (c.values for c in CASES)} == {"en", "sr", "sr-Latn", "sq"}


@pytest.mark.parametrize(("edition", "query", "expected"), CASES)
def test_a_query_finds_its_pages_in_the_readers_edition_only(  # type: ignore[no-untyped-def]
    search_page, site_url: str, edition: str, query: str, expected: list[str]
) -> None:
    edition_url = site_url + search_quality.PREFIXES[edition]
    if search_page.opened != edition:
        search_page.goto(edition_url)
        search_page.opened = edition
    links = search_quality.search(search_page, query)
    assert search_quality.foreign(links, site_url, edition) == []
    found = search_quality.result_pages(links, edition_url)[:5]
    assert [page for page in expected if page not in found] == [], found
