"""The language switcher keeps the reader on the page they are reading, in every edition."""

from __future__ import annotations

import pytest

EDITIONS = {"en": "", "sr": "sr/", "sq": "sq/"}
PAGES = ["", "checklists/police-custody/", "standards/cpt/police-custody/", "reference/traceability/"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("edition", EDITIONS)
def test_switching_language_stays_on_the_same_page(page, site_url: str, edition: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + EDITIONS[edition] + path, wait_until="domcontentloaded")
    assert page.locator("html").get_attribute("lang") == edition
    for target, prefix in EDITIONS.items():
        if target == edition:
            continue
        link = page.locator(f'.md-select__link[hreflang="{target}"]')
        assert link.count() == 1, f"no switcher link to {target} on {edition}/{path}"
        page.goto(link.evaluate("a => a.href"), wait_until="domcontentloaded")
        assert page.url == site_url + prefix + path
        assert page.locator("html").get_attribute("lang") == target
        page.goto(site_url + EDITIONS[edition] + path, wait_until="domcontentloaded")
