"""The real handbook builds with --strict, and its police custody checklist is cross-linked in every edition."""

from __future__ import annotations

import csv
import json
import posixpath
import re
import zipfile
from pathlib import Path

import jsonschema
import pytest

from handbook.catalog import DerivedEdition, load_catalog
from handbook.transliterate import transliterate_markdown
from sites import ROOT, build_site

EDITIONS = {"en": "", "sr": "sr/", "sr-Latn": "sr-Latn/", "sq": "sq/"}
LATIN = {"sr-Latn": DerivedEdition("sr-Latn", "sr", transliterate_markdown)}


def test_the_real_site_builds_strictly_with_zero_warnings(real_site) -> None:  # type: ignore[no-untyped-def]
    assert real_site.warnings == []
    assert not real_site.aborted


@pytest.mark.parametrize("language", EDITIONS)
def test_police_custody_items_and_standards_link_both_ways(real_site, language: str) -> None:  # type: ignore[no-untyped-def]
    catalog = load_catalog(ROOT / "docs", EDITIONS, "en", ROOT, LATIN)
    edition = catalog.edition(language)
    assert edition.is_translated("checklists/police-custody.md"), "the police custody checklist must be translated"
    checklist = edition.page("checklists/police-custody.md")
    assert checklist is not None and len(checklist.items) >= 30
    html = (real_site.directory / EDITIONS[language] / "checklists/police-custody.html").read_text("utf-8")
    entries = edition.entries()
    for item in checklist.items:
        assert f'id="{item.id}"' in html
        block = html[html.index(f'id="{item.id}"') :].split("</li>", 1)[0]
        for cited in item.cites:
            target = entries[cited]
            expected = posixpath.relpath(target.page.path.removesuffix(".md") + ".html", "checklists") + f"#{cited}"
            assert f'href="{expected}"' in block, f"{language}: {item.id} does not link to {cited}"
            standard_html = (
                real_site.directory / EDITIONS[language] / (target.page.path.removesuffix(".md") + ".html")
            ).read_text("utf-8")
            back = posixpath.relpath("checklists/police-custody.html", posixpath.dirname(target.page.path))
            backlink = f'href="{back}#{item.id}"'
            assert backlink in standard_html, f"{language}: {cited} does not link back to {item.id}"


@pytest.mark.parametrize("language", ["sr", "sq"])
def test_every_english_page_is_translated_with_the_same_ids(language: str) -> None:
    catalog = load_catalog(ROOT / "docs", EDITIONS, "en", ROOT)
    english, translated = catalog.sources["en"], catalog.sources[language]
    assert sorted(english) == sorted(translated), "pages missing or extra in the translation"
    for path, page in english.items():
        assert [i for i, _ in translated[path].defined_ids()] == [i for i, _ in page.defined_ids()], path


def test_every_edition_is_built_with_the_same_pages(real_site) -> None:  # type: ignore[no-untyped-def]
    def built_pages(prefix: str) -> list[str]:
        folder = real_site.directory / prefix
        found = (p.relative_to(folder).as_posix() for p in folder.rglob("*.html"))
        return sorted(p for p in found if p != "404.html" and not any(p.startswith(e) for e in EDITIONS.values() if e))

    pages = {edition: built_pages(prefix) for edition, prefix in EDITIONS.items()}
    assert pages["sr"] == pages["en"] == pages["sr-Latn"] == pages["sq"]
    assert len(pages["en"]) >= 50


@pytest.mark.parametrize("language", EDITIONS)
def test_search_finds_the_content_pages_not_the_generated_tables_that_repeat_them(real_site, language: str) -> None:  # type: ignore[no-untyped-def]
    index = json.loads((real_site.directory / EDITIONS[language] / "search" / "search_index.json").read_text("utf-8"))
    pages = {doc["location"].partition("#")[0] for doc in index["docs"]}
    assert {"reference/ids.html", "reference/traceability.html", "reference/translation-status.html"}.isdisjoint(pages)
    assert {"checklists/police-custody.html", "standards/cpt/police-custody.html", "about/terminology.html"} <= pages


def test_the_offline_archive_holds_every_edition_and_every_home_page_links_to_it(real_site) -> None:  # type: ignore[no-untyped-def]
    archive = real_site.directory / "downloads/detention-monitoring-handbook.zip"
    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
    for prefix in EDITIONS.values():
        assert f"detention-monitoring-handbook/{prefix}checklists/police-custody.html" in names
        home = real_site.directory / prefix / "index.html"
        hrefs = re.findall(r'href="([^"]*detention-monitoring-handbook\.zip)"', home.read_text("utf-8"))
        assert hrefs and all((home.parent / href).resolve() == archive.resolve() for href in hrefs), prefix


def test_two_builds_of_the_same_sources_are_identical(real_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    again = tmp_path / "again"
    assert build_site(ROOT, strict=True, site_dir=again) == ([], False)

    def files(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*")
            if p.is_file() and not p.name.startswith("sitemap.")  # they carry the build date
        }

    first, second = files(real_site.directory), files(again)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_the_catalogue_is_published_as_open_data_that_follows_its_schema(real_site) -> None:  # type: ignore[no-untyped-def]
    data_dir = real_site.directory / "data"
    data = json.loads((data_dir / "handbook.json").read_text("utf-8"))
    jsonschema.validate(data, json.loads((data_dir / "handbook.schema.json").read_text("utf-8")))
    assert data["languages"] == list(EDITIONS)
    assert len(data["standards"]) >= 80 and len(data["items"]) >= 200
    for record in [*data["standards"], *data["items"]]:
        assert sorted(record["editions"]) == sorted(EDITIONS), record["id"]
        for edition in record["editions"].values():
            page, _, anchor = edition["url"].partition("#")
            assert (real_site.directory / page).is_file() and anchor == record["id"]
    with (data_dir / "items.csv").open(encoding="utf-8", newline="") as items:
        rows = list(csv.DictReader(items))
    assert len(rows) == len(data["items"]) * len(EDITIONS)
    assert {row["language"] for row in rows} == set(EDITIONS)
    ids_page = (real_site.directory / "sr/reference/ids.html").read_text("utf-8")
    assert 'href="../../data/handbook.json"' in ids_page
