"""Editions generated from another language at build time, declared in mkdocs.yml under extra.handbook_editions:

    handbook_editions:
      sr-Latn: {from: sr, transform: serbian-latin}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .catalog import DerivedEdition
from .transliterate import transliterate_markdown, transliterate_text

# name -> (for a Markdown page, for a plain string such as a label or a navigation title)
TRANSFORMS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "serbian-latin": (transliterate_markdown, transliterate_text),
}


def derived_editions(declared: Mapping[str, Any] | None) -> dict[str, DerivedEdition]:
    editions: dict[str, DerivedEdition] = {}
    for language, settings in (declared or {}).items():
        source = (settings or {}).get("from")
        name = (settings or {}).get("transform")
        if not source or name not in TRANSFORMS:
            raise ValueError(
                f"extra.handbook_editions.{language} needs 'from: <language>' and 'transform: <name>', "
                f"with one of: {', '.join(sorted(TRANSFORMS))}"
            )
        editions[language] = DerivedEdition(language, source, TRANSFORMS[name][0])
    return editions


def text_transform(declared: Mapping[str, Any] | None, language: str) -> Callable[[str], str]:
    return TRANSFORMS[(declared or {})[language]["transform"]][1]


def transform_strings(value: Any, transform: Callable[[str], str]) -> Any:
    """Apply ``transform`` to every string in a nested structure of dicts and lists (keys stay as they are)."""
    if isinstance(value, str):
        return transform(value)
    if isinstance(value, Mapping):
        return {key: transform_strings(item, transform) for key, item in value.items()}
    if isinstance(value, list):
        return [transform_strings(item, transform) for item in value]
    return value
