"""Serbian Cyrillic to Latin: letters, digraphs and their capitals, and the Markdown that must not change."""

from __future__ import annotations

import pytest

from handbook.transliterate import transliterate_markdown, transliterate_text


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("злостављање", "zlostavljanje"),
        ("задржавање", "zadržavanje"),
        ("ћелија, ђак, чвор, шума, жена", "ćelija, đak, čvor, šuma, žena"),
        ("џеп", "džep"),
        ("њихова", "njihova"),
        ("Љубљана", "Ljubljana"),
        ("Његош", "Njegoš"),
        ("Џаковица", "Džakovica"),
        ("ЉУБЉАНА", "LJUBLJANA"),
        ("ЊЕГОШ", "NJEGOŠ"),
        ("ЏЕП", "DŽEP"),
        ("ЕСЉП", "ESLJP"),
        ("ЦПТ и НПМ", "CPT i NPM"),
        ("Љ", "Lj"),
        ("ЉЉ", "LJLJ"),
        ("ПОЉ", "POLJ"),
        ("подједнако", "podjednako"),
    ],
)
def test_letters_and_digraphs(cyrillic: str, latin: str) -> None:
    assert transliterate_text(cyrillic) == latin


def test_latin_words_numbers_and_codes_in_cyrillic_text_are_kept() -> None:
    assert transliterate_text("Пресуда Muršić v. Croatia, бр. 7334/13, CPT/Inf (92) 3") == (
        "Presuda Muršić v. Croatia, br. 7334/13, CPT/Inf (92) 3"
    )


MARKDOWN_CASES = [
    pytest.param("Види [стандард](../standards/cpt/police-custody.md#cpt-lawyer-outset).",
                 "Vidi [standard](../standards/cpt/police-custody.md#cpt-lawyer-outset).", id="link"),
    pytest.param("### Приступ адвокату {#cpt-lawyer-outset .background}",
                 "### Pristup advokatu {#cpt-lawyer-outset .background}", id="attribute list"),
    pytest.param("- `police-lawyer` Да ли? [@cpt-lawyer-outset; @ecthr-salduz-v-turkey]",
                 "- `police-lawyer` Da li? [@cpt-lawyer-outset; @ecthr-salduz-v-turkey]", id="item and citations"),
    pytest.param("Ћирилично `с` у ознаци `сpt-x`", "Ćirilično `с` u oznaci `сpt-x`", id="inline code"),
    pytest.param("| Стандард | Стање |\n|---|---|\n| Један | проверава се |",
                 "| Standard | Stanje |\n|---|---|\n| Jedan | proverava se |", id="table"),
    pytest.param('<text x="10" class="ћ">Припрема</text>', '<text x="10" class="ћ">Priprema</text>', id="html"),
    pytest.param("Извор: https://npm.rs/ћ и <https://example.org/џ>", "Izvor: https://npm.rs/ћ i <https://example.org/џ>",
                 id="urls"),
    pytest.param("```markdown\n### Пример {#x}\n```\nПосле", "```markdown\n### Пример {#x}\n```\nPosle",
                 id="fenced code"),
    pytest.param("---\nkind: checklist\nshort_title: Полиција\n---\n# Наслов",
                 "---\nkind: checklist\nshort_title: Policija\n---\n# Naslov", id="front matter"),
    pytest.param("Косово[^kosovo]\n\n[^kosovo]: Сва помињања", "Kosovo[^kosovo]\n\n[^kosovo]: Sva pominjanja",
                 id="footnote"),
]


@pytest.mark.parametrize(("cyrillic", "latin"), MARKDOWN_CASES)
def test_markdown_structure_is_left_intact(cyrillic: str, latin: str) -> None:
    assert transliterate_markdown(cyrillic) == latin
