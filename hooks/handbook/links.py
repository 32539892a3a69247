"""Links between pages of one edition, and to primary sources.

Links between pages are written as HTML with the URL MkDocs would give them (html.py), so that MkDocs need not
resolve thousands of generated links one by one: the hooks check every ID they link to (validate.py), and that
the page it is on renders it (site_build.py).
"""

from __future__ import annotations

import functools
import posixpath
import re
from urllib.parse import quote

APPLICATION_NUMBER = re.compile(r"(?<![\d/])(\d{1,6}/\d{2})(?![\d/])")
HUDOC_SEARCH = "https://hudoc.echr.coe.int/eng#"
UN_DOCUMENT = re.compile(r"(?<![\w/])((?:A/RES/\d+/\d+)|(?:CAT/OP/[A-Za-z0-9/.]*[A-Za-z0-9]))")
UN_DOCUMENTS = "https://undocs.org/"


def relative_link(from_path: str, to_path: str, anchor: str = "") -> str:
    """A relative link between two files given as paths from the same folder, e.g. for a Markdown link to a
    download that MkDocs resolves and checks."""
    target = posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
    return f"{target}#{anchor}" if anchor else target


def page_url(path: str, *, directory_urls: bool = False) -> str:
    """The URL of the page built from ``path`` (relative to the language folder), as MkDocs gives it."""
    stem = path.removesuffix(".md")
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index":
        return "./"
    return stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/"


@functools.lru_cache(maxsize=65536)  # every edition links the same pages in the same way
def relative_url(from_page: str, to_page: str, anchor: str = "", *, directory_urls: bool = False) -> str:
    """A URL from one page to another, both given as source paths relative to the language folder; the same
    as MkDocs makes of a Markdown link between them (mkdocs.utils.get_relative_url)."""
    target = page_url(to_page, directory_urls=directory_urls)
    base = page_url(from_page, directory_urls=directory_urls)
    base = base if base.endswith("/") else posixpath.dirname(base)
    base_parts = [part for part in base.split("/") if part not in ("", ".")]
    target_parts = [part for part in target.split("/") if part not in ("", ".")]
    common = 0
    for a, b in zip(base_parts, target_parts, strict=False):
        if a != b:
            break
        common += 1
    url = "/".join([".."] * (len(base_parts) - common) + target_parts[common:]) or "."
    url = f"{url}/" if target.endswith("/") else url
    return f"{url}#{anchor}" if anchor else url



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
