"""One rendering per concept: the terminology list, its check, and the generated terminology page."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from handbook.labels import Labels
from handbook.model import Problem
from handbook.terminology import columns_for, inconsistencies, load_terms, terminology_page
from handbook.transliterate import transliterate_text
from sites import ROOT

TERMS = load_terms(
    [
        {
            "en": "police custody",
            "sr": "полицијско задржавање",
            "sq": "ndalim policor",
            "avoid": {"sr": ["полицијск* притвор*"]},
            "allowed_in": ["notes.md"],
        },
        {"en": "remand detention", "sr": "притвор", "sq": "paraburgim"},
    ],
    ["en", "sr", "sq"],
)


def pages(**texts: str) -> dict[str, tuple[str, str]]:
    return {f"{name}.md": (f"docs/sr/{name}.md", text) for name, text in texts.items()}


def test_a_rival_rendering_is_flagged_in_any_inflected_form_at_its_line() -> None:
    found = inconsistencies(pages(guide="# Водич\n\nЛице у полицијском притвору има права.\n"), "sr", TERMS)
    assert found == [
        Problem("docs/sr/guide.md", 3, "'police custody' is rendered here as a variant of 'полицијск* притвор*'; "
                "the agreed term is 'полицијско задржавање' (i18n/terminology.yml)")
    ]


def test_the_agreed_term_code_and_allowed_pages_are_not_flagged() -> None:
    texts = pages(
        guide="# Водич\n\nПолицијско задржавање није притвор. `полицијски притвор`\n",
        notes="# Белешке\n\nЦПТ пише „полицијски притвор“.\n",
    )
    assert inconsistencies(texts, "sr", TERMS) == []


def test_an_entry_without_its_english_term_is_refused() -> None:
    with pytest.raises(ValueError, match="entry 2: each entry needs 'en: <English term>'"):
        load_terms([{"en": "x"}, {"sr": "у"}], ["sr"])


def test_the_page_has_a_column_per_edition_and_the_latin_one_is_generated() -> None:
    columns = columns_for(
        {"en": "English", "sr": "Српски", "sr-Latn": "Srpski (latinica)", "sq": "Shqip"},
        {"sr-Latn": ("sr", transliterate_text)},
    )
    page = terminology_page(TERMS, Labels(), columns)
    headings = ["English", "Српски", "Srpski (latinica)", "Shqip"]
    assert "<tr>\n" + "\n".join(f'<th scope="col">{h}</th>' for h in headings) + "\n</tr>" in page
    row = ["police custody", "полицијско задржавање", "policijsko zadržavanje", "ndalim policor"]
    assert "<tr>\n" + "\n".join(f"<td>{cell}</td>" for cell in row) + "\n</tr>" in page


@pytest.mark.parametrize("language", ["sr", "sq"])
def test_each_edition_uses_the_agreed_terms(language: str) -> None:
    entries = yaml.safe_load((ROOT / "i18n/terminology.yml").read_text("utf-8"))
    terms = load_terms(entries, ["en", "sr", "sq"])
    assert len(terms) >= 100
    folder = ROOT / "docs" / language
    texts = {
        p.relative_to(folder).as_posix(): (p.relative_to(ROOT).as_posix(), p.read_text("utf-8"))
        for p in sorted(folder.rglob("*.md"))
        if not p.name.startswith("_")
    }
    assert [str(p) for p in inconsistencies(texts, language, terms)] == []


def test_every_agreed_term_has_all_three_languages() -> None:
    entries = yaml.safe_load((ROOT / "i18n/terminology.yml").read_text("utf-8"))
    incomplete = [e["en"] for e in entries if not (e.get("sr") and e.get("sq"))]
    assert incomplete == []


def test_serbian_terms_are_in_cyrillic() -> None:
    entries = yaml.safe_load(Path(ROOT / "i18n/terminology.yml").read_text("utf-8"))
    latin = [e["sr"] for e in entries if e.get("sr") and transliterate_text(e["sr"]) == e["sr"]
             and any(c.isalpha() and c.isascii() for c in e["sr"])]
    assert all(term.isupper() or term.split()[0].isupper() for term in latin), latin
