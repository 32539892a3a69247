"""Reading one source: standards, checklist items and citations, each with the line it is on."""

import textwrap

import pytest

from handbook.markdown_lines import read_abbreviations
from handbook.model import PageKind, Problem
from handbook.parse import parse_page


def parse(text: str, path: str = "page.md"):
    return parse_page(textwrap.dedent(text).lstrip("\n"), path, f"docs/en/{path}")


STANDARDS = """
---
kind: standards
---

# CPT standards

## Safeguards

### Access to a lawyer {#cpt-lawyer-outset}

> CPT, 12th General Report, CPT/Inf (2002) 15,
> paragraphs 40–41

From the outset.

### Ireland v. the United Kingdom {#ecthr-ireland-v-united-kingdom .background}

> Ireland v. the United Kingdom, no. 5310/71, 18 January 1978

The threshold.
"""


def test_a_standard_has_id_title_source_theme_and_line() -> None:
    page = parse(STANDARDS)
    assert page.kind is PageKind.STANDARDS
    assert page.title == "CPT standards"
    lawyer, ireland = page.standards
    assert (lawyer.id, lawyer.title, lawyer.theme, lawyer.line) == (
        "cpt-lawyer-outset", "Access to a lawyer", "Safeguards", 9)
    assert lawyer.source == "CPT, 12th General Report, CPT/Inf (2002) 15, paragraphs 40–41"
    assert not lawyer.background
    assert ireland.background
    assert page.problems == ()


CHECKLIST = """
---
kind: checklist
---

# Checklist: police custody

## Legal safeguards

- `police-lawyer-outset` Could people consult a lawyer
  before the first questioning? [@cpt-lawyer-outset;
  @ecthr-salduz-v-turkey]
- `police-doctor` Could they see a doctor? [@cpt-doctor-access]

- An ordinary list entry, not an item.

```markdown
- `not-an-item` Shown as an example. [@not-a-citation]
```
"""


def test_checklist_items_join_their_lines_and_collect_citations() -> None:
    page = parse(CHECKLIST)
    assert [(i.id, i.section, i.line) for i in page.items] == [
        ("police-lawyer-outset", "Legal safeguards", 9),
        ("police-doctor", "Legal safeguards", 12),
    ]
    first = page.items[0]
    assert first.question == "Could people consult a lawyer before the first questioning?"
    assert first.cites == ("cpt-lawyer-outset", "ecthr-salduz-v-turkey")
    assert page.citations == ()
    assert page.problems == ()


def test_citations_in_running_text_but_not_in_code() -> None:
    page = parse("""
        # Interviews

        Ask in private [@opcat-art20] and see [@cpt-lawyer-outset; @police-lawyer-outset].

        Write `[@shown-as-code]` to cite.
    """)
    assert [(c.ids, c.line) for c in page.citations] == [
        (("opcat-art20",), 3),
        (("cpt-lawyer-outset", "police-lawyer-outset"), 3),
    ]


FAILURES = [
    pytest.param(
        "---\nkind: standards\n---\n# S\n\n### Lawyer {#сpt-lawyer}\n\n> CPT\n",
        Problem("docs/en/page.md", 6, "malformed ID in the heading of 'Lawyer': 'сpt-lawyer' contains 'с' "
                "(cyrillic small letter es, U+0441) at position 1, which looks like the Latin 'c'; retype the ID "
                "as 'cpt-lawyer'"),
        id="cyrillic letter in a standard's ID",
    ),
    pytest.param(
        "---\nkind: standards\n---\n# S\n\n### Lawyer\n\n> CPT\n",
        Problem("docs/en/page.md", 6, "the standard 'Lawyer' has no ID; end the heading with {#your-id}, "
                "e.g. {#cpt-lawyer-outset}"),
        id="standard without an ID",
    ),
    pytest.param(
        "---\nkind: standards\n---\n# S\n\n### Lawyer {#cpt-lawyer}\n\nText without a source.\n",
        Problem("docs/en/page.md", 6, "the standard 'cpt-lawyer' has no source; add a line starting with '> ' "
                "under the heading that names the document and paragraph (or the case, application number and "
                "date)"),
        id="standard without a source",
    ),
    pytest.param(
        "---\nkind: checklist\n---\n# C\n\n- `police-lawyer` Could they see a lawyer?\n",
        Problem("docs/en/page.md", 6, "the checklist item 'police-lawyer' cites no standard; end it with the "
                "standards it comes from, e.g. [@cpt-lawyer-outset]"),
        id="item that cites nothing",
    ),
    pytest.param(
        "---\nkind: checklist\n---\n# C\n\n- `police-lawyer` Could they\n  see a lawyer? [@cpt-Lawyer]\n",
        Problem("docs/en/page.md", 7, "malformed ID in the item 'police-lawyer': 'cpt-Lawyer' has capital "
                "letters; write it as 'cpt-lawyer'"),
        id="malformed citation on a continuation line",
    ),
    pytest.param(
        "---\nkind: checklist\n---\n# C\n\n- `police lawyer` Could they see a lawyer? [@cpt-lawyer]\n",
        Problem("docs/en/page.md", 6, "malformed ID in a checklist item: 'police lawyer' is not a valid ID; IDs "
                "use only lowercase ASCII letters, digits and single hyphens between them (for example "
                "'cpt-lawyer-outset')"),
        id="malformed item ID",
    ),
    pytest.param(
        "---\nkind: checklist\n---\n# C\n\n- `police-lawyer` [@cpt-lawyer]\n",
        Problem("docs/en/page.md", 6, "the checklist item 'police-lawyer' has no question; write it after the ID"),
        id="item without a question",
    ),
    pytest.param(
        "---\nkind: checklist\n---\n# C\n\n- `police-lawyer` Is the [register](../r.md) kept? [@cpt-lawyer]\n",
        Problem("docs/en/page.md", 6, "the checklist item 'police-lawyer' has a link in its question, which paper and "
                "the spreadsheets cannot follow; cite standards with [@...] and put other links in the checklist's "
                "introduction"),
        id="link in a question",
    ),
    pytest.param(
        "---\nkind: checklists\n---\n# C\n",
        Problem("docs/en/page.md", 2, "unknown page kind 'checklists' in the front matter; use one of: guide, "
                "standards, checklist"),
        id="unknown page kind",
    ),
    pytest.param(
        "---\nkind: [standards\n---\n# C\n",
        Problem("docs/en/page.md", 2, "the front matter is not valid YAML (expected ',' or ']', but got "
                "'<stream end>'); compare it with the English page"),
        id="broken front matter",
    ),
    pytest.param(
        "---\nkind: guide\nshort_titel: Police\n---\n# C\n",
        Problem("docs/en/page.md", 3, "unknown front matter key 'short_titel'; the keys are: description, kind, "
                "short_title, source_hash, title"),
        id="misspelt front matter key",
    ),
    pytest.param(
        "# Guide\n\nSee [@cpt-lawyer; @сpt-doctor].\n",
        Problem("docs/en/page.md", 3, "malformed ID in a citation: 'сpt-doctor' contains 'с' (cyrillic small "
                "letter es, U+0441) at position 1, which looks like the Latin 'c'; retype the ID as 'cpt-doctor'"),
        id="look-alike letter in a citation",
    ),
]


@pytest.mark.parametrize(("source", "expected"), FAILURES)
def test_each_defect_is_reported_at_its_line(source: str, expected: Problem) -> None:
    assert parse_page(source, "page.md", "docs/en/page.md").problems == (expected,)


UNSAFE = [
    ("<script>alert(1)</script>", "a <script> element"),
    ('<iframe src="https://example.org"></iframe>', "a <iframe> element"),
    ('<img src="x.png" onerror="alert(1)">', "an event handler attribute (onerror=)"),
    ("[click](javascript:alert(1))", "a 'javascript:' address"),
    ('<a href="JavaScript:alert(1)">x</a>', "a 'javascript:' address"),
    ('<svg role="img"><text onclick = "x()">a</text></svg>', "an event handler attribute (onclick=)"),
]


@pytest.mark.parametrize(("line", "what"), UNSAFE)
def test_html_that_can_run_script_is_refused_at_its_line(line: str, what: str) -> None:
    problems = parse_page(f"# Page\n\n{line}\n", "page.md", "docs/sr/page.md").problems
    assert problems == (
        Problem("docs/sr/page.md", 3, f"{what} can run script in the reader's browser; remove it (pages may not "
                "carry scripts, frames, forms or event handlers)"),
    )


def test_html_shown_as_code_and_harmless_html_are_accepted() -> None:
    text = '# Page\n\nWrite `<script>` never.\n\n<svg viewBox="0 0 10 10" role="img"><text x="1">a</text></svg>\n'
    assert parse_page(text, "page.md", "docs/en/page.md").problems == ()


def test_serbian_prose_in_latin_script_is_noticed_and_cyrillic_is_not() -> None:
    text = "# Naslov\n\nOvo je tekst koji treba da bude na ćirilici.\n\nОво је текст који је на ћирилици.\n"
    assert parse_page(text, "p.md", "docs/sr/p.md").latin_serbian_lines == (3,)
    english = "# Title\n\nMuršić v. Croatia and Hadžimejlić and Others v. Bosnia and Herzegovina.\n"
    assert parse_page(english, "p.md", "docs/en/p.md").latin_serbian_lines == ()


def test_abbreviation_definitions_are_read_as_the_abbr_extension_reads_them() -> None:
    text = (
        "*[CPT]: European Committee for the Prevention of Torture\n*[CPT/Inf]:CPT documents\n\n*[UN]  : x\n"
        "*[EU]: ''\n*[ECHR]:\n  European Convention on Human Rights\n*[EU]: European Union\n"
    )
    assert read_abbreviations(text) == {
        "CPT": "European Committee for the Prevention of Torture",
        "CPT/Inf": "CPT documents",
        "ECHR": "European Convention on Human Rights",
        "EU": "European Union",
    }
