"""The site asks nothing of any host but its own: no fonts, scripts or analytics from elsewhere."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from site_pages import EDITIONS, PAGE_KINDS


@pytest.mark.parametrize("edition", EDITIONS.values())
def test_every_kind_of_page_loads_only_from_the_site_itself(page, site_url: str, edition: str) -> None:  # type: ignore[no-untyped-def]
    own_host = urlsplit(site_url).netloc
    elsewhere: list[str] = []
    page.on("request", lambda request: elsewhere.append(request.url)
            if urlsplit(request.url).netloc not in (own_host, "") else None)
    for kind in PAGE_KINDS:
        page.goto(site_url + edition + kind, wait_until="load")
    page.keyboard.press("s")  # Material's shortcut that opens search
    page.keyboard.type("lawyer")
    page.wait_for_timeout(300)
    assert elsewhere == []
