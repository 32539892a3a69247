"""Stable, language-neutral identifiers of standards and checklist items."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Letters a translator's keyboard can slip into an ID that look like Latin ones.
LOOK_ALIKES: dict[str, str] = {
    "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x",
    "А": "a", "В": "b", "Е": "e", "Ѕ": "s", "І": "i", "Ј": "j", "К": "k", "М": "m",
    "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "Х": "x",
    "α": "a", "ο": "o", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
}


def is_valid_id(candidate: str) -> bool:
    return ID_PATTERN.fullmatch(candidate) is not None


def describe_malformed_id(candidate: str) -> str | None:
    """Explain what is wrong with ``candidate``, or return None when it is a valid ID."""
    if is_valid_id(candidate):
        return None
    if not candidate:
        return "an empty ID; write the ID between the marks"
    for position, char in enumerate(candidate, start=1):
        if char in LOOK_ALIKES:
            fixed = "".join(LOOK_ALIKES.get(c, c) for c in candidate)
            name = unicodedata.name(char, "unknown character").lower()
            return (
                f"'{candidate}' contains '{char}' ({name}, U+{ord(char):04X}) at position {position}, "
                f"which looks like the Latin '{LOOK_ALIKES[char]}'; retype the ID as '{fixed}'"
            )
    for position, char in enumerate(candidate, start=1):
        if ord(char) > 127:
            name = unicodedata.name(char, "unknown character").lower()
            return (
                f"'{candidate}' contains '{char}' ({name}, U+{ord(char):04X}) at position {position}; "
                "IDs use only lowercase ASCII letters, digits and hyphens"
            )
    if candidate != candidate.lower():
        return f"'{candidate}' has capital letters; write it as '{candidate.lower()}'"
    return (
        f"'{candidate}' is not a valid ID; IDs use only lowercase ASCII letters, digits and single "
        "hyphens between them (for example 'cpt-lawyer-outset')"
    )


def closest(candidate: str, known: Iterable[str]) -> str | None:
    """The known ID a mistyped ``candidate`` most probably meant, if any is close enough."""
    normalised = "".join(LOOK_ALIKES.get(c, c) for c in candidate).lower()
    matches = difflib.get_close_matches(normalised, sorted(known), n=1, cutoff=0.75)
    return matches[0] if matches else None
