"""axe-core, run in Chromium, finds no serious or critical violation on any kind of page in any edition."""

from __future__ import annotations

import pytest

from site_pages import EDITIONS, PAGE_KINDS

# WCAG 2.1 A and AA rules (axe's best-practice rules are left out), reporting violations only.
WCAG_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def axe():  # type: ignore[no-untyped-def]
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("edition", EDITIONS.values())
def test_no_serious_or_critical_accessibility_violation(page, axe, site_url: str, edition: str) -> None:  # type: ignore[no-untyped-def]
    found = []
    for kind in PAGE_KINDS:
        page.goto(site_url + edition + kind, wait_until="domcontentloaded")
        for violation in axe.run(page, options=WCAG_AA).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                found.append((edition + kind, violation["id"], len(violation["nodes"])))
    assert found == []


@pytest.mark.parametrize("edition", EDITIONS.values())
def test_every_kind_of_page_fits_a_360_pixel_wide_phone(browser, site_url: str, edition: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        wider = {}
        for kind in PAGE_KINDS:  # a page wider than the screen scrolls sideways; wide tables scroll on their own
            page.goto(site_url + edition + kind, wait_until="domcontentloaded")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 360:
                wider[kind] = width
        assert wider == {}
    finally:
        context.close()


def test_checklist_items_are_reached_with_the_keyboard_alone(page, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(site_url + "checklists/police-custody.html#police-lawyer-outset")
    reached = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id || ''"))
        if "police-lawyer-outset" in reached:
            break
    assert "police-lawyer-outset" in reached
