"""Line-level reading of Markdown that knows which lines are code and must be left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
ATTR_LIST = re.compile(r"[ \t]*\{:?[ \t]*([^{}]*)\}[ \t]*$")
CITATION = re.compile(r"\[@([^\]]*)\]")  # may wrap onto the next line
CHECKLIST_ITEM = re.compile(r"^[-*+][ \t]+`([^`\n]*)`[ \t]*(.*)$")
FRONT_MATTER_FENCE = re.compile(r"^-{3}[ \t]*$")
# Python-Markdown's abbr extension: ``*[CPT]: European Committee for the Prevention of Torture``
ABBREVIATION = re.compile(r"^[*]\[(?P<abbr>[^\\]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the file as written
    text: str
    in_code: bool  # inside a fenced code block, fences included


def iter_lines(text: str, first_line: int = 1) -> Iterator[Line]:
    fence: str | None = None
    for offset, raw in enumerate(text.split("\n")):
        number = first_line + offset
        match = FENCE.match(raw)
        if fence is None and match:
            fence = match.group(1)
            yield Line(number, raw, True)
        elif fence is not None:
            closing = FENCE.match(raw)
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
                fence = None
            yield Line(number, raw, True)
        else:
            yield Line(number, raw, False)


def mask_code_spans(text: str) -> str:
    """Blank out inline code so that marks shown as examples are not taken as marks."""
    if "`" not in text:
        return text
    return CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.split("\n")
    if lines and FRONT_MATTER_FENCE.match(lines[0]):
        for index in range(1, len(lines)):
            if FRONT_MATTER_FENCE.match(lines[index]) or lines[index].strip() == "...":
                return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return "", text, 1


def parse_attr_list(heading_text: str) -> tuple[str, str | None, set[str]]:
    """Split ``Title {#id .class}`` into (title, id, classes)."""
    match = ATTR_LIST.search(heading_text)
    if not match:
        return heading_text.strip(), None, set()
    anchor: str | None = None
    classes: set[str] = set()
    for token in match.group(1).split():
        if token.startswith("#"):
            anchor = token[1:]
        elif token.startswith("."):
            classes.add(token[1:])
    return heading_text[: match.start()].strip(), anchor, classes


def citation_ids(inner: str) -> list[str]:
    """The IDs in the inside of ``[@a; @b]``, as written (validation happens elsewhere)."""
    return [part.strip().removeprefix("@").strip() for part in inner.split(";")]


def citation_ids_with_offsets(inner: str) -> list[tuple[str, int]]:
    """Like :func:`citation_ids`, with each ID's offset inside ``inner``."""
    found: list[tuple[str, int]] = []
    offset = 0
    for part in inner.split(";"):
        stripped = part.strip().removeprefix("@").strip()
        found.append((stripped, offset + (part.find(stripped) if stripped else 0)))
        offset += len(part) + 1
    return found


def read_abbreviations(text: str) -> dict[str, str]:
    """The definitions of a file such as ``_abbreviations.md``, as Python-Markdown's abbr extension reads them."""
    found: dict[str, str] = {}
    for match in ABBREVIATION.finditer(text):
        abbreviation, title = match.group("abbr").strip(), match.group("title").strip()
        if title in ("''", '""'):  # the extension's way to take a definition back
            found.pop(abbreviation, None)
        elif abbreviation and title:
            found[abbreviation] = title
    return found
