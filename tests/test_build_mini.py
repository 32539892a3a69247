"""Building a tiny three-language site: generated links, backlinks, warnings and isolation between builds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sites import build_site, copy_fixture


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    return copy_fixture("mini", tmp_path)


def article(site: Path, page: str) -> str:
    html = (site / "site" / page).read_text(encoding="utf-8")
    match = re.search(r"<article.*?</article>", html, re.S)
    assert match, f"no article in {page}"
    return match.group(0)


def test_the_fixture_builds_strictly_without_warnings(mini: Path) -> None:
    assert build_site(mini, strict=True) == ([], False)


def test_items_link_to_their_standards_in_the_same_language(mini: Path) -> None:
    build_site(mini)
    serbian = article(mini, "sr/checklist/index.html")
    assert '<a class="hb-item-id" href="#chk-lawyer" id="chk-lawyer"><code>chk-lawyer</code></a>' in serbian
    assert 'href="../standards/#std-lawyer"' in serbian
    assert ">Access to a lawyer</a>" in serbian
    english = article(mini, "checklist/index.html")
    assert 'href="../standards/#std-lawyer"' in english


def test_standards_list_the_items_that_check_them_in_the_reader_language(mini: Path) -> None:
    build_site(mini)
    serbian = article(mini, "sr/standards/index.html")
    assert "<strong>Проверавају га:</strong>" in serbian
    assert '<a href="../checklist/#chk-lawyer">Police · <code>chk-lawyer</code></a>: ' \
           "Да ли су лица могла да виде браниоца пре саслушања?" in serbian
    assert "<strong>Извор:</strong>" in serbian


def test_application_numbers_link_to_hudoc(mini: Path) -> None:
    build_site(mini)
    assert '<a href="https://hudoc.echr.coe.int/eng#%7B%22appno%22:%5B%227334/13%22%5D%7D">7334/13</a>' in article(
        mini, "standards/index.html"
    )


def test_generated_reference_pages_exist_in_every_language(mini: Path) -> None:
    build_site(mini)
    for prefix in ("", "sr/", "sr-Latn/", "sq/"):
        matrix = article(mini, f"{prefix}reference/traceability/index.html")
        assert "3 standards: 2 checked by at least one checklist item, 1 background, 0 not checked." in matrix
        ids = article(mini, f"{prefix}reference/ids/index.html")
        for defined in ("std-lawyer", "ecthr-example", "std-general", "chk-lawyer", "chk-judgment"):
            assert f"<code>{defined}</code>" in ids


def test_abbreviations_are_explained_in_the_language_the_reader_sees(mini: Path) -> None:
    build_site(mini)
    english = '<abbr title="European Committee for the Prevention of Torture">CPT</abbr>'
    assert english in article(mini, "standards/index.html")
    assert english in article(mini, "sr/index.html")  # an untranslated page, in English
    assert '<abbr title="Европски комитет за спречавање мучења">CPT</abbr>' in article(mini, "sr/standards/index.html")
    assert '<abbr title="Evropski komitet za sprečavanje mučenja">CPT</abbr>' in article(
        mini, "sr-Latn/standards/index.html"
    )
    assert "<abbr" not in article(mini, "sq/standards/index.html")  # no definitions in Albanian


def test_no_placeholder_of_the_html_handed_past_markdown_is_left_in_the_site(mini: Path) -> None:
    build_site(mini)
    built = [f for f in (mini / "site").rglob("*") if f.suffix in (".html", ".json", ".js")]
    assert not [f for f in built if "hbfragment" in f.read_text(encoding="utf-8", errors="replace")]


def test_a_page_missing_in_a_translation_says_so_in_the_reader_language(mini: Path) -> None:
    (mini / "docs/sr/checklist.md").unlink()
    build_site(mini)
    serbian = article(mini, "sr/checklist/index.html")
    assert "Could people see a lawyer before questioning?" in serbian
    assert "Not translated yet" in serbian  # the fixture's sr labels translate only two words


def write(site: Path, relative: str, old: str, new: str) -> None:
    file = site / "docs" / relative
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = [
    pytest.param(
        "sr/checklist.md", "[@ecthr-example]\n", "[@ecthr-exampel]\n",
        ["docs/sr/checklist.md:12: unknown ID 'ecthr-exampel' in a citation. Did you mean 'ecthr-example'?"],
        id="unknown ID in Serbian",
    ),
    pytest.param(
        "sq/checklist.md", "`chk-judgment`", "`chk-judgmеnt`",
        [
            "docs/sq/checklist.md:10: the ID 'chk-judgment' from the English page (docs/en/checklist.md:12) is "
            "missing here; translate that entry and keep its ID exactly as it is",
            "docs/sq/checklist.md:12: malformed ID in a checklist item: 'chk-judgmеnt' contains 'е' (cyrillic small "
            "letter ie, U+0435) at position 10, which looks like the Latin 'e'; retype the ID as 'chk-judgment'",
        ],
        id="look-alike letter in Albanian",
    ),
    pytest.param(
        "en/standards.md", "{#std-general .background}", "{#std-lawyer .background}",
        [
            "docs/en/standards.md:21: duplicate ID 'std-lawyer': it is already defined at docs/en/standards.md:9; "
            "give one of them a new ID",
            "docs/sq/standards.md:21: the ID 'std-general' is not on the English page docs/en/standards.md; IDs are "
            "copied from the English page, never added or changed in a translation",
            "docs/sr/standards.md:21: the ID 'std-general' is not on the English page docs/en/standards.md; IDs are "
            "copied from the English page, never added or changed in a translation",
        ],
        id="duplicate ID",
    ),
    pytest.param(
        "en/standards.md", "> A source\n", "",
        ["docs/en/standards.md:21: the standard 'std-general' has no source; add a line starting with '> ' under "
         "the heading that names the document and paragraph (or the case, application number and date)"],
        id="standard without a source",
    ),
]


@pytest.mark.parametrize(("page", "old", "new", "expected"), BROKEN)
def test_a_broken_source_fails_the_strict_build_naming_file_and_line(
    mini: Path, page: str, old: str, new: str, expected: list[str]
) -> None:
    write(mini, page, old, new)
    warnings, aborted = build_site(mini, strict=True)
    assert aborted
    assert [w for w in warnings if not w.startswith("Aborted")] == expected


def test_a_link_to_an_id_its_page_does_not_render_fails_the_strict_build(mini: Path) -> None:
    # Without attr_list, "### Access to a lawyer {#std-lawyer}" gives the heading no such ID.
    write(mini, "../mkdocs.yml", "  - attr_list\n", "")
    warnings, aborted = build_site(mini, strict=True)
    assert aborted
    assert "docs/en/standards.md:9: the ID 'std-lawyer' is not an anchor of the built page, so links to it are " \
           "broken; check how its heading or item is written, and that the attr_list extension is enabled in " \
           "mkdocs.yml" in warnings


def test_a_non_strict_build_warns_and_still_writes_the_site(mini: Path) -> None:
    write(mini, "sr/checklist.md", "[@ecthr-example]\n", "[@ecthr-exampel]\n")
    warnings, aborted = build_site(mini)
    assert not aborted
    assert len(warnings) == 1
    assert (mini / "site/sr/checklist/index.html").is_file()


def test_nothing_leaks_from_one_build_into_the_next_in_one_process(mini: Path, tmp_path: Path) -> None:
    write(mini, "sr/checklist.md", "[@ecthr-example]\n", "[@ecthr-exampel]\n")
    assert len(build_site(mini, site_dir=tmp_path / "broken")[0]) == 1
    write(mini, "sr/checklist.md", "[@ecthr-exampel]\n", "[@ecthr-example]\n")
    first, second = tmp_path / "first", tmp_path / "second"
    assert build_site(mini, site_dir=first) == ([], False)
    assert build_site(mini, site_dir=second) == ([], False)
    pages = sorted(p.relative_to(first) for p in first.rglob("*.html"))
    assert pages == sorted(p.relative_to(second) for p in second.rglob("*.html"))
    for page in pages:
        assert (first / page).read_bytes() == (second / page).read_bytes(), page


def test_the_build_never_writes_into_the_sources(mini: Path) -> None:
    before = {p: p.read_bytes() for p in (mini / "docs").rglob("*") if p.is_file()}
    build_site(mini)
    after = {p: p.read_bytes() for p in (mini / "docs").rglob("*") if p.is_file()}
    assert before == after


HANDBOOK_IDS = {"std-lawyer", "ecthr-example", "std-general", "chk-lawyer", "chk-judgment"}


def ids_and_links(html: str) -> tuple[list[str], list[str]]:
    """The handbook's IDs and every link except those to headings, whose slugs follow the script."""
    ids = [i for i in re.findall(r'id="([^"]+)"', html) if i in HANDBOOK_IDS]
    links = [h for h in re.findall(r'href="([^"]+)"', html) if not h.startswith("#") or h[1:] in HANDBOOK_IDS]
    return ids, links


@pytest.mark.parametrize("page", ["checklist/index.html", "standards/index.html", "reference/ids/index.html"])
def test_the_latin_edition_keeps_every_id_and_link_of_the_cyrillic_one(mini: Path, page: str) -> None:
    build_site(mini)
    cyrillic, latin = article(mini, f"sr/{page}"), article(mini, f"sr-Latn/{page}")
    assert ids_and_links(latin) == ids_and_links(cyrillic)
    ids, links = ids_and_links(latin)
    assert ids or any("#" in link for link in links), "the page should carry or link handbook IDs"
    assert not re.search("[\u0400-\u04FF]", re.sub(r"<code>.*?</code>", "", latin))


def test_the_latin_edition_is_generated_and_declared_as_sr_latn(mini: Path) -> None:
    build_site(mini)
    html = (mini / "site/sr-Latn/checklist/index.html").read_text("utf-8")
    assert '<html lang="sr-Latn"' in html
    assert "Da li su lica mogla da vide branioca pre saslušanja?" in html
    assert "<strong>Izvor:</strong>" in article(mini, "sr-Latn/standards/index.html")
    assert not (mini / "docs/sr-Latn").exists()


def test_an_authors_link_to_a_checklist_item_is_checked_like_any_link(mini: Path) -> None:
    index = "Ask for a lawyer early [@std-lawyer]."
    write(mini, "en/index.md", index, f"{index} See [the question](checklist.md#chk-lawyer).")
    assert build_site(mini, strict=True) == ([], False)
    write(mini, "en/index.md", "checklist.md#chk-lawyer", "checklist.md#chk-lawyre")
    warnings, aborted = build_site(mini, strict=True)
    assert aborted
    assert any("contains a link 'checklist.md#chk-lawyre', but the doc 'en/checklist.md' does not contain an "
               "anchor '#chk-lawyre'" in w for w in warnings), warnings
