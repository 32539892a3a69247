"""The language switcher keeps the reader on the page they are reading, in every edition."""

from __future__ import annotations

import pytest

from site_pages import EDITIONS

PAGES = [
    "index.html",
    "checklists/police-custody.html",
    "standards/cpt/police-custody.html",
    "reference/traceability.html",
]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("edition", EDITIONS)
def test_switching_language_stays_on_the_same_page(page, site_url: str, edition: str, path: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + EDITIONS[edition] + path, wait_until="domcontentloaded")
    assert page.locator("html").get_attribute("lang") == edition
    for target, prefix in EDITIONS.items():
        link = page.locator(f'.md-select__link[hreflang="{target}"]')
        assert link.count() == 1, f"no switcher link to {target} on {edition}/{path}"
        href = link.evaluate("a => a.href")
        assert href == site_url + prefix + path
        if target != edition:
            response = page.request.get(href)
            assert response.ok, href
            assert f'<html lang="{target}"' in response.text()


def test_choosing_a_language_in_the_menu_opens_the_same_page(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "checklists/police-custody.html")
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="Српски").click()
    page.wait_for_url(site_url + "sr/checklists/police-custody.html")
    assert page.locator("h1").inner_text().startswith("Контролна листа")
