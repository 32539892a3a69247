"""What a page may not carry: raw HTML that can run script, and (for Serbian) prose in the wrong script."""

from __future__ import annotations

import re

from .markdown_lines import Line, mask_code_spans

_DANGEROUS_ELEMENT = re.compile(
    r"<\s*(script|iframe|frame|frameset|object|embed|applet|form|base|link|meta|style)\b", re.I
)
_EVENT_HANDLER = re.compile(r"<[^>]*\s(on[a-z]+)\s*=", re.I)
_SCRIPT_ADDRESS = re.compile(r"(?:\]\(|=\s*[\"']?|<)\s*(javascript|vbscript|data\s*:\s*text/html)\s*:?", re.I)

# Frequent Serbian words that English and Albanian prose do not use together.
_SERBIAN_LATIN_WORDS = frozenset(
    [
        "je", "da", "za", "od", "su", "li", "koji", "koja", "koje", "kao", "nije", "ili", "sa", "što", "šta",
        "biti", "treba", "ako", "iz", "kod", "već", "može", "mora",
    ]
)
_WORD = re.compile(r"[A-Za-zČĆŽŠĐčćžšđ]+")


def unsafe_html(line: Line) -> str | None:
    """Describe script-capable HTML on a line outside code, or return None."""
    if "<" not in line.text and "=" not in line.text and "](" not in line.text:  # what each pattern needs
        return None
    text = mask_code_spans(line.text)
    if match := _DANGEROUS_ELEMENT.search(text):
        return f"a <{match.group(1).lower()}> element"
    if match := _EVENT_HANDLER.search(text):
        return f"an event handler attribute ({match.group(1).lower()}=)"
    if match := _SCRIPT_ADDRESS.search(text):
        scheme = "".join(match.group(1).lower().split())
        return f"a '{scheme}:' address"
    return None


def looks_like_serbian_in_latin(line: Line) -> bool:
    """Whether a prose line reads as Serbian written in Latin script (three or more common Serbian words)."""
    words = _WORD.findall(mask_code_spans(line.text))
    return sum(1 for word in words if word.lower() in _SERBIAN_LATIN_WORDS) >= 3
