"""Rendering the content model's marks into Markdown links, for one page of one edition."""

from __future__ import annotations

import dataclasses
import textwrap

from handbook.catalog import Catalog
from handbook.downloads import Links, Offered
from handbook.labels import Labels
from handbook.links import (
    escape_link_text,
    hudoc_url,
    link_application_numbers,
    link_un_documents,
    relative_link,
)
from handbook.parse import parse_page
from handbook.render import EditionView, render_page

STANDARDS = """---
kind: standards
---
# Standards

### Access to a lawyer {#cpt-lawyer-outset}

> CPT/Inf (2002) 15, paragraphs 40–41

Text.
"""
CHECKLIST = """---
kind: checklist
short_title: Police
---
# Checklist

- `police-lawyer` Could they see a lawyer? [@cpt-lawyer-outset]
"""


def view() -> EditionView:
    pages = {
        "standards/cpt.md": parse_page(STANDARDS, "standards/cpt.md", "docs/en/standards/cpt.md"),
        "checklists/police.md": parse_page(CHECKLIST, "checklists/police.md", "docs/en/checklists/police.md"),
    }
    return EditionView.of(Catalog("en", {"en": pages}), "en", Labels())


def test_a_citation_that_wraps_onto_the_next_line_becomes_one_link() -> None:
    markdown = "# Guide\n\nAsk for a lawyer\n[@cpt-lawyer-outset;\n@police-lawyer] early.\n"
    rendered = render_page(markdown, "methodology/guide.md", view())
    assert rendered == (
        "# Guide\n\nAsk for a lawyer\n("
        '[Access to a lawyer](../standards/cpt.md#cpt-lawyer-outset "CPT/Inf (2002) 15, paragraphs 40–41"); '
        '[police-lawyer](../checklists/police.md#police-lawyer "Could they see a lawyer?")) early.\n'
    )


def test_citations_shown_as_code_are_left_alone() -> None:
    markdown = "Write `[@cpt-lawyer-outset]` to cite.\n\n```\n[@cpt-lawyer-outset]\n```"
    assert render_page(markdown, "guide.md", view()) == markdown


def test_a_checklist_item_gets_an_anchor_its_standards_by_title_and_what_paper_needs() -> None:
    body = CHECKLIST.split("---\n", 2)[2]
    rendered = render_page(body, "checklists/police.md", view())
    version = parse_page(CHECKLIST, "checklists/police.md", "").text_hash
    fields = "".join(f'<p class="hb-field" data-label="{label}"></p>'
                     for label in ("Facility", "Date of visit", "Visiting team"))
    boxes = "".join(f'<span class="hb-box" data-label="{label}"></span>' for label in ("Yes", "No", "Partly", "N/A"))
    link = '[Access to a lawyer](../standards/cpt.md#cpt-lawyer-outset "CPT/Inf (2002) 15, paragraphs 40–41")'
    assert rendered == textwrap.dedent(f"""\
        # Checklist

        <div class="hb-print-only hb-sheet" data-meta="English · Version {version}">{fields}</div>


        - [`police-lawyer`](#police-lawyer){{#police-lawyer .hb-item-id}} Could they see a lawyer?

            Standards: {link}{{data-ref="cpt-lawyer-outset"}}
            {{: .hb-cites }}

            {boxes}<span class="hb-notes" data-label="Notes"></span>
            {{: .hb-print-only .hb-fill }}

        """)


def test_a_checklist_with_downloads_links_to_them_under_its_title() -> None:
    files = {"checklists/police.md": Links("police-sr.pdf", "police-sr-fillable.pdf", "police-sr.xlsx")}
    sizes = {"police-sr.pdf": 63_000, "police-sr-fillable.pdf": 540_000, "police-sr.xlsx": 11_000,
             "field-pack-sr.pdf": 700}
    with_downloads = dataclasses.replace(view(), downloads=Offered(files, "field-pack-sr.pdf", sizes))
    rendered = render_page(CHECKLIST.split("---\n", 2)[2], "checklists/police.md", with_downloads)
    assert (
        "**Download:** [PDF to print](../downloads/police-sr.pdf), 62 KB"
        " · [fillable PDF](../downloads/police-sr-fillable.pdf), 527 KB"
        " · [spreadsheet (XLSX)](../downloads/police-sr.xlsx), 11 KB"
        " · [field pack: all checklists (PDF)](../downloads/field-pack-sr.pdf), 1 KB\n{: .hb-downloads }"
    ) in rendered


def test_a_standard_gets_its_source_and_the_items_that_check_it() -> None:
    body = STANDARDS.split("---\n", 2)[2]
    rendered = render_page(body, "standards/cpt.md", view())
    source = "**Source:** CPT/Inf (2002) 15, paragraphs 40–41<br>\n**ID:** `cpt-lawyer-outset`\n{: .hb-source }"
    assert source in rendered
    assert rendered.endswith(
        "**Checked by:**\n{: .hb-backlinks-title }\n\n"
        "- [Police · `police-lawyer`](../checklists/police.md#police-lawyer): Could they see a lawyer?\n"
    )


def test_links_between_pages_are_relative_to_the_language_folder() -> None:
    assert relative_link("checklists/police.md", "standards/cpt/police.md", "x") == "../standards/cpt/police.md#x"
    assert relative_link("index.md", "standards/cpt/police.md") == "standards/cpt/police.md"


def test_application_numbers_become_hudoc_links_and_document_codes_do_not() -> None:
    assert link_application_numbers("Ananyev, nos. 42525/07 and 60800/08, 10 January 2012") == (
        f"Ananyev, nos. [42525/07]({hudoc_url('42525/07')}) and [60800/08]({hudoc_url('60800/08')}), 10 January 2012"
    )
    assert link_application_numbers("A/RES/70/175, rule 44; CPT/Inf (92) 3") == "A/RES/70/175, rule 44; CPT/Inf (92) 3"


def test_link_text_keeps_the_author_escapes_and_escapes_brackets() -> None:
    assert escape_link_text("Serbia and Kosovo\\*") == "Serbia and Kosovo\\*"
    assert escape_link_text("Muršić v. Croatia [GC]") == "Muršić v. Croatia \\[GC\\]"


def test_un_document_symbols_link_to_the_document() -> None:
    assert link_un_documents("Nelson Mandela Rules, A/RES/70/175, rules 43-45") == (
        "Nelson Mandela Rules, [A/RES/70/175](https://undocs.org/A/RES/70/175), rules 43-45"
    )
    assert link_un_documents("SPT, General comment No. 1, CAT/OP/GC/1, paragraph 2") == (
        "SPT, General comment No. 1, [CAT/OP/GC/1](https://undocs.org/CAT/OP/GC/1), paragraph 2"
    )
    assert link_un_documents("CPT/Inf (2015) 44") == "CPT/Inf (2015) 44"
