"""Serbian Cyrillic to Latin, for the Latin-script edition generated from the Cyrillic sources.

Only prose changes: code, HTML tags, link destinations, URLs, attribute lists and IDs are copied as they are, so a
build of the Latin edition keeps every ID and link of the Cyrillic one.
"""

from __future__ import annotations

import re

from .markdown_lines import iter_lines, split_front_matter

_SINGLE = dict(
    zip(
        "абвгдђежзијклмнопрстћуфхцчш" "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        [*"abvgdđežzijklmnoprstćufhcčš", *"ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ"],
        strict=True,
    )
)
_DIGRAPHS = {"љ": "lj", "њ": "nj", "џ": "dž", "Љ": "Lj", "Њ": "Nj", "Џ": "Dž"}
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")
_CAPITAL_DIGRAPH = re.compile("[ЉЊЏ]")
_LETTERS = str.maketrans({**_SINGLE, **_DIGRAPHS})

# Pieces of Markdown that are not prose: they pass through unchanged.
_PROTECTED = re.compile(
    r"(`+)[^`]*?\1"  # inline code
    r"|<[A-Za-z/!][^>]*>"  # HTML tags and autolinks, with their attributes
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # a link's destination (its title is prose, but rare enough to keep)
    r"|https?://\S+"  # bare URLs
    r"|\{[:#.][^}]*\}"  # attribute lists: {#id .class}
    r"|\[@[^\]]*\]"  # citations: IDs
)


def _is_upper_context(text: str, index: int) -> bool:
    """Whether a capital digraph at ``index`` stands in an all-capitals word (ЉУБАВ → LJUBAV, not LjUBAV)."""
    after = text[index + 1 : index + 2]
    before = text[index - 1 : index] if index > 0 else ""
    if after.isalpha():
        return after.isupper()
    return before.isalpha() and before.isupper()


def transliterate_text(text: str) -> str:
    """Transliterate plain prose (no Markdown structure to protect)."""
    if not _CYRILLIC_LETTER.search(text):
        return text
    if _CAPITAL_DIGRAPH.search(text):  # Lj or LJ, depending on the letters around it in the Cyrillic text
        text = _CAPITAL_DIGRAPH.sub(lambda m: _capital_digraph(text, m.start()), text)
    return text.translate(_LETTERS)


def _capital_digraph(text: str, index: int) -> str:
    latin = _DIGRAPHS[text[index]]
    return latin.upper() if _is_upper_context(text, index) else latin


def _transliterate_line(line: str) -> str:
    pieces: list[str] = []
    end = 0
    for match in _PROTECTED.finditer(line):
        pieces += [transliterate_text(line[end : match.start()]), match.group(0)]
        end = match.end()
    pieces.append(transliterate_text(line[end:]))
    return "".join(pieces)


def transliterate_markdown(source: str) -> str:
    """A Serbian Cyrillic Markdown page in Latin script, structure and code untouched."""
    front_matter, body, body_start = split_front_matter(source)
    out: list[str] = []
    if body_start > 1:
        out += ["---", *(_transliterate_line(line) for line in front_matter.split("\n")), "---"]
    for line in iter_lines(body):
        out.append(line.text if line.in_code else _transliterate_line(line.text))
    return "\n".join(out)
