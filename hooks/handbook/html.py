"""The HTML the hooks generate: how it goes into a page's Markdown, and the abbreviations explained in it.

Most of what the hooks add to the site (links, backlinks, the reference pages' tables) is made of texts they
already know. Written as Markdown, it more than doubled what Python-Markdown parses; written as finished
HTML, it can be handed past Markdown (see site_build.Fragments), as long as it looks exactly as Markdown
would have made it, abbreviations included.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from .links import escape_link_text, link_title

# The elements whose text Python-Markdown's abbr extension leaves alone (code spans and blocks).
NO_ABBREVIATIONS = frozenset({"code", "pre"})
AMPERSAND = re.compile(r"&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)", re.IGNORECASE)  # one that starts no entity


class HtmlOut:
    """How generated HTML is written into a page's Markdown.

    This default writes it in as it is, which Markdown passes through, and leaves the text of links to
    Markdown; texts inside blocks are escaped, which is what Markdown makes of plain text. The build uses
    site_build.Fragments, which hands the HTML past Markdown and renders any text as Markdown would.
    """

    def text(self, markdown: str) -> str:
        """A text written in Markdown (a title, a question, a label), as HTML."""
        return html.escape(markdown, quote=False)

    def link(self, url: str, markdown: str, title: str = "") -> str:
        """A link with a text written in Markdown, for a line of Markdown."""
        return markdown_link(url, markdown, title)

    def block(self, html_block: str) -> str:
        """Finished HTML, for a block of its own in the Markdown (blank lines around it)."""
        return html_block


def markdown_link(url: str, markdown: str, title: str = "") -> str:
    """An HTML link whose text is left to Markdown (emphasis, code, abbreviations), e.g. in a heading."""
    return f"{_start_link(url, title)}{escape_link_text(markdown)}</a>"


def attribute(text: str) -> str:
    """A value for an HTML attribute, escaped as Python-Markdown escapes the attributes it writes."""
    return AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def code(text: str) -> str:
    """Inline code, as Markdown writes a code span."""
    return f"<code>{html.escape(text, quote=False)}</code>"


def _start_link(url: str, title: str) -> str:
    title_attribute = f' title="{attribute(link_title(title))}"' if title else ""
    return f'<a href="{attribute(url)}"{title_attribute}>'


def link(url: str, text_html: str, title: str = "") -> str:
    """An HTML link whose text is HTML already."""
    return f"{_start_link(url, title)}{text_html}</a>"


def table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table as Python-Markdown's tables extension writes it (cells are HTML), with header cells scoped."""
    head = "\n".join(f'<th scope="col">{cell}</th>' for cell in headings)
    body = "\n".join("<tr>\n" + "\n".join(f"<td>{cell}</td>" for cell in row) + "\n</tr>" for row in rows)
    return f"<table>\n<thead>\n<tr>\n{head}\n</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


class Abbreviations:
    """Wraps the abbreviations in generated HTML as Python-Markdown's abbr extension wraps them in a page."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self.glossary = dict(glossary)  # abbreviation -> what it stands for
        self.titles = {html.escape(key, quote=False): title for key, title in glossary.items()}
        keys = sorted(self.titles, key=len, reverse=True)
        found = rf"\b(?:{'|'.join(map(re.escape, keys))})\b"  # the extension's pattern, on escaped text
        self.found = re.compile(found) if keys else None
        # One pass over the HTML: what is left as it is (code spans and blocks, tags with their attributes,
        # entities, each matched whole), or an abbreviation in the text.
        unchanged = "|".join(rf"<{name}\b[^>]*>.*?</{name}>" for name in sorted(NO_ABBREVIATIONS, reverse=True))
        self.scanner = re.compile(rf"(?:{unchanged}|<[^>]*>|&#?\w+;)|({found})", re.DOTALL)

    def wrap(self, html_text: str) -> str:
        """``html_text`` with each abbreviation in its text (not in code, tags or attributes) in an ``<abbr>``."""
        if self.found is None or not self.found.search(html_text):
            return html_text
        return self.scanner.sub(self._abbr, html_text)

    def _abbr(self, match: re.Match[str]) -> str:
        found = match.group(1)
        if found is None:
            return match.group(0)
        return f'<abbr title="{attribute(self.titles[found])}">{found}</abbr>'
