"""Markdown links between pages of one edition, and to primary sources."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote

APPLICATION_NUMBER = re.compile(r"(?<![\d/])(\d{1,6}/\d{2})(?![\d/])")
HUDOC_SEARCH = "https://hudoc.echr.coe.int/eng#"
UN_DOCUMENT = re.compile(r"(?<![\w/])((?:A/RES/\d+/\d+)|(?:CAT/OP/[A-Za-z0-9/.]*[A-Za-z0-9]))")
UN_DOCUMENTS = "https://undocs.org/"


def relative_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A link from one source path to another, both relative to the language folder."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target


def hudoc_url(application_number: str) -> str:
    query = '{"appno":["' + application_number + '"]}'
    return HUDOC_SEARCH + quote(query, safe=":/,")


def link_application_numbers(source: str) -> str:
    """Turn each application number in a judgment's citation into a link to HUDOC."""
    return APPLICATION_NUMBER.sub(lambda m: f"[{m.group(1)}]({hudoc_url(m.group(1))})", source)


def link_un_documents(source: str) -> str:
    """Turn each UN document symbol in a citation (A/RES/70/175, CAT/OP/GC/1) into a link to the document."""
    return UN_DOCUMENT.sub(lambda m: f"[{m.group(1)}]({UN_DOCUMENTS}{m.group(1)})", source)


def escape_link_text(text: str) -> str:
    """Markdown (already escaped by its author) made safe to put between a link's brackets."""
    return re.sub(r"(?<!\\)([\[\]])", r"\\\1", text)


def link_title(text: str) -> str:
    return text.replace('"', "'").replace("\n", " ")
