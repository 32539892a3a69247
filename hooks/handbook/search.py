"""One search index per edition, and the lunr language each one is searched with.

Material's search plugin writes a single index of every edition. After the whole site is built, it is split
by edition, so that a reader searches their own edition only; each part names a lunr "language" whose script
(assets/lunr-language.js) folds scripts and diacritics and strips inflectional endings, for index and query alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

LANGUAGE_SCRIPT = Path(__file__).parent / "assets" / "lunr-language.js"


@dataclass(frozen=True)
class SearchLanguage:
    english: bool = False  # fold, then lunr's English (Porter) stemmer
    suffixes: tuple[str, ...] = ()  # inflectional endings, longest first, after folding
    minimum: int = 3  # shortest stem an ending may leave

    def script(self, name: str) -> str:
        settings = json.dumps({**asdict(self), "suffixes": list(self.suffixes)}, ensure_ascii=False)
        template = LANGUAGE_SCRIPT.read_text(encoding="utf-8")
        return template.replace('"__LANGUAGE__"', json.dumps(name)).replace("__SETTINGS__", settings)


SERBIAN = SearchLanguage(
    suffixes=("ovima", "evima", "ijama", "ama", "ima", "oga", "ega", "emu", "omu", "om", "em", "og", "eg", "oj",
              "ih", "im", "a", "e", "i", "o", "u"),
)
ALBANIAN = SearchLanguage(
    suffixes=("eve", "ave", "ve", "it", "ut", "in", "un", "en", "es", "se", "ne", "te", "ja", "je", "ri", "re",
              "ni", "et", "a", "e", "i", "u", "n"),
)
LANGUAGES: dict[str, SearchLanguage] = {"en": SearchLanguage(english=True), "sr": SERBIAN, "sq": ALBANIAN}


def lunr_name(language: str) -> str:
    """The name Material's worker loads as assets/javascripts/lunr/min/lunr.<name>.min.js."""
    return f"hb-{language.split('-')[0].lower()}"


def search_language(language: str) -> SearchLanguage:
    """Serbian Latin searches like Serbian; a language without rules of its own is folded but not stemmed."""
    return LANGUAGES.get(language.split("-")[0].lower(), SearchLanguage())


def split_by_edition(
    index: Mapping[str, Any], prefixes: Mapping[str, str], ids: frozenset[str] = frozenset()
) -> dict[str, dict[str, Any]]:
    """Material's one index of every edition, as one index per edition (``prefixes``: language -> 'sr/' or '').

    A section that is a standard (its anchor is one of ``ids``) gets its ID in its title, where search weighs
    words most, so that a reader who types an ID finds the standard first.
    """
    claimed = {language: prefix for language, prefix in prefixes.items() if prefix}
    parts: dict[str, dict[str, Any]] = {}
    for language, prefix in prefixes.items():
        if prefix:  # locations become relative to the edition's root, which is what its pages give as base
            docs = [{**d, "location": d["location"][len(prefix):]} for d in index["docs"]
                    if d["location"].startswith(prefix)]
        else:
            docs = [d for d in index["docs"] if not any(d["location"].startswith(p) for p in claimed.values())]
        docs = [_titled_with_id(d, ids) for d in docs]
        config = {**index["config"], "lang": [lunr_name(language)], "pipeline": ["trimmer", "stemmer"]}
        parts[language] = {**index, "config": config, "docs": docs}
    return parts


def _titled_with_id(doc: dict[str, Any], ids: frozenset[str]) -> dict[str, Any]:
    anchor = doc["location"].partition("#")[2]
    return {**doc, "title": f"{doc['title']} · {anchor}"} if anchor in ids else doc


def offline_script(index: Mapping[str, Any]) -> str:
    """The index as a script, which Material loads instead of fetching JSON when the site is opened from disk."""
    return "var __index = " + json.dumps(index, ensure_ascii=False, separators=(",", ":")) + "\n"
