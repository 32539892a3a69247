"""Read one Markdown source into standards, checklist items and citations, with line numbers."""

from __future__ import annotations

import hashlib
import re

import yaml

from .ids import describe_malformed_id
from .markdown_lines import (
    CHECKLIST_ITEM,
    CITATION,
    HEADING,
    Line,
    citation_ids_with_offsets,
    iter_lines,
    mask_code_spans,
    parse_attr_list,
    split_front_matter,
)
from .model import ChecklistItem, Citation, PageKind, Problem, SourcePage, Standard
from .safety import looks_like_serbian_in_latin, unsafe_html

LINK = re.compile(r"\]\(|\]\[|<(?:https?://|mailto:|a\s)", re.IGNORECASE)  # Markdown links, autolinks, <a>
FRONT_MATTER_KEYS = frozenset({"kind", "short_title", "source_hash", "title", "description"})
STANDARD_LEVEL = 3
GROUP_LEVEL = 2


class _Reader:
    def __init__(self, path: str, display_path: str) -> None:
        self.path = path
        self.display_path = display_path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.display_path, line, message))

    def checked_id(self, candidate: str, line: int, what: str) -> str | None:
        trouble = describe_malformed_id(candidate)
        if trouble:
            self.problem(line, f"malformed ID in {what}: {trouble}")
            return None
        return candidate

    def citations_in(self, lines: list[Line], what: str) -> list[Citation]:
        """The ``[@...]`` groups in a block of lines (a group may wrap); malformed IDs are reported."""
        text = "\n".join(mask_code_spans(line.text) for line in lines)
        groups: list[Citation] = []
        for match in CITATION.finditer(text):
            checked: list[str] = []
            for candidate, offset in citation_ids_with_offsets(match.group(1)):
                number = lines[0].number + text.count("\n", 0, match.start(1) + offset)
                valid = self.checked_id(candidate, number, what)
                if valid:
                    checked.append(valid)
            groups.append(Citation(tuple(checked), lines[0].number + text.count("\n", 0, match.start())))
        return groups


def parse_page(text: str, path: str, display_path: str) -> SourcePage:
    reader = _Reader(path, display_path)
    front_matter, body, first_line = split_front_matter(text)
    meta = _read_front_matter(front_matter, reader)
    kind = _page_kind(meta, reader)

    lines = list(iter_lines(body, first_line))
    title = next(
        (m.group(2) for ln in lines if not ln.in_code and (m := HEADING.match(ln.text)) and m.group(1) == "#"),
        "",
    )
    standards: list[Standard] = []
    items: list[ChecklistItem] = []
    citations: list[Citation] = []
    group = ""
    prose: list[Line] = []
    latin_serbian: list[int] = []

    def flush_prose() -> None:
        citations.extend(c for c in reader.citations_in(prose, "a citation") if c.ids)
        prose.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.in_code or not line.text.strip():
            flush_prose()
            continue
        unsafe = unsafe_html(line)
        if unsafe:
            reader.problem(line.number, f"{unsafe} can run script in the reader's browser; remove it (pages may not "
                           "carry scripts, frames, forms or event handlers)")
        if looks_like_serbian_in_latin(line):
            latin_serbian.append(line.number)
        heading = HEADING.match(line.text)
        item_match = CHECKLIST_ITEM.match(line.text) if kind is PageKind.CHECKLIST else None
        if heading or item_match:
            flush_prose()
        if heading:
            level = len(heading.group(1))
            if level == GROUP_LEVEL:
                group = parse_attr_list(heading.group(2))[0]
            if kind is PageKind.STANDARDS and level == STANDARD_LEVEL:
                standard = _read_standard(heading.group(2), line, lines[index:], group, reader)
                if standard:
                    standards.append(standard)
            continue
        if item_match:
            continuation = _continuation(lines[index:])
            index += len(continuation)
            item = _read_item(item_match.group(1), item_match.group(2), continuation, line, group, reader)
            if item:
                items.append(item)
            continue
        prose.append(line)
    flush_prose()

    return SourcePage(
        path=path,
        display_path=display_path,
        kind=kind,
        title=title,
        standards=tuple(standards),
        items=tuple(items),
        citations=tuple(citations),
        problems=tuple(reader.problems),
        meta=meta,
        text_hash=source_hash(text),
        latin_serbian_lines=tuple(latin_serbian),
    )


def source_hash(text: str) -> str:
    """A short fingerprint of a source text, as recorded by a translation of it."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()[:12]


def _load_yaml(text: str) -> object:
    """libyaml's safe loader when it is installed, much faster; the pure-Python one for the messages of errors."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def _read_front_matter(front_matter: str, reader: _Reader) -> dict[str, object]:
    if not front_matter.strip():
        return {}
    try:
        meta = _load_yaml(front_matter)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = 2 + (mark.line if mark else 0)
        reader.problem(line, f"the front matter is not valid YAML ({getattr(error, 'problem', error)}); "
                       "compare it with the English page")
        return {}
    if not isinstance(meta, dict):
        reader.problem(2, "the front matter must be 'key: value' lines, like the English page's")
        return {}
    for number, text in enumerate(front_matter.split("\n"), start=2):
        key = text.split(":", 1)[0].strip()
        if text[:1].isalpha() and key not in FRONT_MATTER_KEYS:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            reader.problem(number, f"unknown front matter key '{key}'; the keys are: {known}")
    return meta


def _page_kind(meta: dict[str, object], reader: _Reader) -> PageKind:
    raw = meta.get("kind", PageKind.GUIDE.value)
    try:
        return PageKind(str(raw))
    except ValueError:
        allowed = ", ".join(k.value for k in PageKind)
        reader.problem(2, f"unknown page kind '{raw}' in the front matter; use one of: {allowed}")
        return PageKind.GUIDE


def _read_standard(
    heading_text: str, line: Line, following: list[Line], group: str, reader: _Reader
) -> Standard | None:
    title, anchor, classes = parse_attr_list(heading_text)
    if anchor is None:
        reader.problem(
            line.number,
            f"the standard '{title}' has no ID; end the heading with {{#your-id}}, e.g. {{#cpt-lawyer-outset}}",
        )
        return None
    standard_id = reader.checked_id(anchor, line.number, f"the heading of '{title}'")
    if standard_id is None:
        return None
    source_lines: list[str] = []
    for after in following:
        stripped = after.text.strip()
        if after.in_code or (not stripped and source_lines):
            break
        if not stripped:
            continue
        if not stripped.startswith(">"):
            break
        source_lines.append(stripped[1:].strip())
    source = " ".join(part for part in source_lines if part)
    if not source:
        reader.problem(
            line.number,
            f"the standard '{standard_id}' has no source; add a line starting with '> ' under the heading "
            "that names the document and paragraph (or the case, application number and date)",
        )
    return Standard(standard_id, title, source, "background" in classes, group, line.number)


def _continuation(following: list[Line]) -> list[Line]:
    taken: list[Line] = []
    for line in following:
        if line.in_code or not line.text.strip() or not line.text[:1].isspace():
            break
        taken.append(line)
    return taken


def _read_item(
    raw_id: str, first: str, continuation: list[Line], line: Line, section: str, reader: _Reader
) -> ChecklistItem | None:
    item_id = reader.checked_id(raw_id, line.number, "a checklist item")
    text = " ".join([first.strip(), *(c.text.strip() for c in continuation)]).strip()
    first_line = Line(line.number, first, False)
    cites = [i for c in reader.citations_in([first_line, *continuation], f"the item '{raw_id}'") for i in c.ids]
    if item_id is None:
        return None
    question = CITATION.sub("", text).strip()
    if not question:
        reader.problem(line.number, f"the checklist item '{item_id}' has no question; write it after the ID")
    elif LINK.search(mask_code_spans(question)):
        reader.problem(
            line.number,
            f"the checklist item '{item_id}' has a link in its question, which paper and the spreadsheets cannot "
            "follow; cite standards with [@...] and put other links in the checklist's introduction",
        )
    if not cites and not CITATION.search(text):
        reader.problem(
            line.number,
            f"the checklist item '{item_id}' cites no standard; end it with the standards it comes from, "
            "e.g. [@cpt-lawyer-outset]",
        )
    return ChecklistItem(item_id, question, tuple(cites), section, line.number)
