"""Rendering the content model's marks into links, for one page of one edition."""

from __future__ import annotations

import dataclasses
import textwrap

import markdown
from markdown.extensions.abbr import AbbrExtension

from handbook.catalog import Catalog
from handbook.downloads import Links, Offered
from handbook.html import Abbreviations, markdown_link
from handbook.labels import Labels
from handbook.links import (
    escape_link_text,
    hudoc_url,
    link_application_numbers,
    link_un_documents,
    relative_url,
)
from handbook.parse import parse_page
from handbook.render import EditionView, render_page
from site_build import Fragments, markdown_text

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


LINK = '<a href="../standards/cpt.html#cpt-lawyer-outset" title="CPT/Inf (2002) 15, paragraphs 40–41">'


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
        '<a href="../standards/cpt.html#cpt-lawyer-outset" title="CPT/Inf (2002) 15, paragraphs 40–41">'
        "Access to a lawyer</a>; "
        '<a href="../checklists/police.html#police-lawyer" title="Could they see a lawyer?">police-lawyer</a>) early.\n'
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
    anchor = '<a class="hb-item-id" href="#police-lawyer" id="police-lawyer"><code>police-lawyer</code></a>'
    link = LINK + "Access to a lawyer</a>"
    assert rendered == textwrap.dedent(f"""\
        # Checklist

        <div class="hb-print-only hb-sheet" data-meta="English · Version {version}">{fields}</div>


        <ul>
        <li>
        <p>{anchor} Could they see a lawyer?</p>
        <p class="hb-cites">Standards: <span class="hb-ref" data-ref="cpt-lawyer-outset">{link}</span></p>
        <p class="hb-print-only hb-fill">{boxes}<span class="hb-notes" data-label="Notes"></span></p>
        </li>
        </ul>

        """)


def test_checklist_items_are_the_html_markdown_would_make_of_them_as_one_list() -> None:
    items = "- `police-lawyer` Could they see a lawyer?\n  Soon? [@cpt-lawyer-outset]\n\n- `police-x` *Else*?\n"
    rendered = render_page(f"# Checklist\n\n{items}", "checklists/police.md", view())
    boxes = "".join(f'<span class="hb-box" data-label="{label}"></span>' for label in ("Yes", "No", "Partly", "N/A"))
    as_markdown = textwrap.dedent(f"""\
        - [`police-lawyer`](#police-lawyer){{#police-lawyer .hb-item-id}} Could they see a lawyer? Soon?

            Standards: <span class="hb-ref" data-ref="cpt-lawyer-outset">{LINK}Access to a lawyer</a></span>
            {{: .hb-cites }}

            {boxes}<span class="hb-notes" data-label="Notes"></span>
            {{: .hb-print-only .hb-fill }}

        - [`police-x`](#police-x){{#police-x .hb-item-id}} Else?

            Standards:{" "}
            {{: .hb-cites }}

            {boxes}<span class="hb-notes" data-label="Notes"></span>
            {{: .hb-print-only .hb-fill }}
        """)
    expected = markdown.markdown(as_markdown, extensions=["attr_list"])
    produced = markdown.markdown(rendered, extensions=["attr_list"])
    assert "<ul>" + produced.split("<ul>", 1)[1] == expected.replace("Else?", "*Else*?")  # the default keeps Markdown


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
        '<p class="hb-backlinks-title"><strong>Checked by:</strong></p>\n<ul>\n'
        '<li><a href="../checklists/police.html#police-lawyer">Police · <code>police-lawyer</code></a>: '
        "Could they see a lawyer?</li>\n</ul>\n"
    )


def test_links_between_pages_are_the_urls_mkdocs_gives_the_pages() -> None:
    assert relative_url("checklists/police.md", "standards/cpt/police.md", "x") == "../standards/cpt/police.html#x"
    assert relative_url("index.md", "standards/cpt/police.md") == "standards/cpt/police.html"
    assert relative_url("standards/cpt/police.md", "standards/cpt/police.md", "x") == "police.html#x"
    directory = {"directory_urls": True}
    assert relative_url("checklists/police.md", "standards/cpt.md", "x", **directory) == "../../standards/cpt/#x"
    assert relative_url("checklists/index.md", "index.md", **directory) == "../"
    assert relative_url("index.md", "checklists/index.md", **directory) == "checklists/"


def test_link_titles_and_urls_are_escaped_as_python_markdown_escapes_attributes() -> None:
    assert markdown_link("a.html#x", "Q&A [GC]", 'The "A" & <B> &amp; C') == (
        '<a href="a.html#x" title="The \'A\' &amp; &lt;B&gt; &amp; C">Q&A \\[GC\\]</a>'
    )


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


def test_abbreviations_in_generated_html_are_explained_as_the_abbr_extension_explains_them() -> None:
    glossary = {"CPT": 'Committee <for> the "Prevention"', "CPT/Inf": "CPT documents", "R&D": "research", "amp": "x"}
    text = (
        "The CPT and CPT/Inf & R&D, not CPTs or `CPT`; [CPT link](u \"CPT title\") &amp; *CPT*, "
        '<abbr title="y">CPT</abbr> a<br>CPT\n\n    CPT in code\n'
    )
    explained = markdown.markdown(text, extensions=[AbbrExtension(glossary=glossary)])
    assert "<abbr" in explained
    assert Abbreviations(glossary).wrap(markdown.markdown(text)) == explained
    assert Abbreviations({}).wrap("CPT") == "CPT"


def test_fragments_bypass_markdown_and_come_back_as_markdown_would_have_written_them() -> None:
    fragments = Fragments(markdown_text(["abbr", "attr_list"], {"abbr": {"glossary": {"Plain": "not used here"}}}))
    assert fragments.text("Plain & simple") == "Plain &amp; simple"
    assert fragments.text("*Ireland v. the United Kingdom* [GC]") == "<em>Ireland v. the United Kingdom</em> [GC]"
    assert fragments.text("1. not a list, `code` and \\*") == "1. not a list, <code>code</code> and *"
    inline = fragments.link("a.html#x", "*A*", "Source")
    block = fragments.block("<ul>\n<li>CPT</li>\n</ul>")
    assert fragments.link("a.html#x", "*A*", "Source") == inline  # the same piece is kept once
    page = markdown.markdown(f"Text ({inline}).\n\n{block}\n")
    anchors: set[str] = set()
    assert fragments.restore(page, Abbreviations({"CPT": "Committee"}), anchors) == (
        '<p>Text (<a href="a.html#x" title="Source"><em>A</em></a>).</p>\n'
        '<ul>\n<li><abbr title="Committee">CPT</abbr></li>\n</ul>'
    )
    assert anchors == set()
    fragments.restore(fragments.block('<p id="q&amp;a">x</p>'), Abbreviations({}), anchors)
    assert anchors == {"q&a"}  # what MkDocs checks links to the page against
