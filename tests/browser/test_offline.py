"""Opened from disk (file://), in every edition: pages, the language menu and search work with no server."""

from __future__ import annotations

import pytest

from search_quality_loader import search_quality
from site_pages import EDITIONS

QUERIES = {"en": "lawyer", "sr": "адвокат", "sr-Latn": "advokat", "sq": "avokat"}


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_site_works_from_disk(page, real_site, edition: str) -> None:  # type: ignore[no-untyped-def]
    root = real_site.directory.as_uri() + "/"
    page.goto(root + EDITIONS[edition] + "checklists/police-custody.html")
    assert page.locator("html").get_attribute("lang") == edition

    next_page = page.locator("a.md-footer__link--next").evaluate("a => a.href")
    assert next_page.startswith(root + EDITIONS[edition]) and next_page.endswith(".html")

    for target, prefix in EDITIONS.items():
        href = page.locator(f'.md-select__link[hreflang="{target}"]').evaluate("a => a.href")
        assert href == root + prefix + "checklists/police-custody.html"

    links = search_quality.search(page, QUERIES[edition])
    pages = search_quality.result_pages(links, root + EDITIONS[edition])
    assert "standards/cpt/police-custody.html" in pages[:5]
    assert all(link.startswith(root + EDITIONS[edition]) for link in links)
