"""Which translated pages are missing or out of date, what changed in the English since, and marking them done.

A translated page records in its front matter the fingerprint of the English text it translates
(``source_hash``). That works in a shallow clone with no history. ``mark`` also keeps a copy of that
English text under ``i18n/sources/``, so that ``diff`` can show exactly what changed since.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from .catalog import Catalog
from .markdown_lines import split_front_matter
from .parse import source_hash

HASH_KEY = "source_hash"
SNAPSHOTS = Path("i18n") / "sources"


class State(StrEnum):
    UP_TO_DATE = "up to date"
    OUTDATED = "outdated"
    MISSING = "missing"


@dataclass(frozen=True)
class PageStatus:
    path: str
    state: State
    missing_ids: list[str] = field(default_factory=list)  # on the English page, not on this one
    extra_ids: list[str] = field(default_factory=list)  # on this page, not on the English one
    recorded_hash: str | None = None
    current_hash: str = ""


def language_status(catalog: Catalog, language: str) -> list[PageStatus]:
    english = catalog.sources[catalog.default_language]
    translated = catalog.sources.get(language, {})
    statuses: list[PageStatus] = []
    for path, original in sorted(english.items()):
        page = translated.get(path)
        if page is None:
            statuses.append(PageStatus(path, State.MISSING, current_hash=original.text_hash))
            continue
        ours = [i for i, _ in original.defined_ids()]
        theirs = [i for i, _ in page.defined_ids()]
        recorded = page.meta.get(HASH_KEY)
        recorded_hash = str(recorded) if recorded is not None else None
        state = State.UP_TO_DATE if recorded_hash == original.text_hash else State.OUTDATED
        statuses.append(
            PageStatus(
                path,
                state,
                missing_ids=[i for i in ours if i not in theirs],
                extra_ids=[i for i in theirs if i not in ours],
                recorded_hash=recorded_hash,
                current_hash=original.text_hash,
            )
        )
    return statuses


def status_json(catalog: Catalog) -> str:
    """The status of every language, for a badge or a bot."""
    report: dict[str, object] = {}
    for language in catalog.languages:
        if language == catalog.default_language or language in catalog.derived:
            continue
        statuses = language_status(catalog, language)
        counts = {state.value: sum(1 for s in statuses if s.state is state) for state in State}
        report[language] = {
            "pages": len(statuses),
            **counts,
            "percent_up_to_date": round(100 * counts[State.UP_TO_DATE.value] / max(len(statuses), 1)),
            "details": [{**asdict(s), "state": s.state.value} for s in statuses],
        }
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text) if block.strip()]


def english_changes(old: str, new: str) -> str:
    """The paragraphs of the English text that changed, as a readable diff: '-' before, '+' after."""
    before, after = _paragraphs(split_front_matter(old)[1]), _paragraphs(split_front_matter(new)[1])
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        out += [f"@@ paragraph {a1 + 1} of the version you translated, {b1 + 1} of the current English @@"]
        out += [_prefixed(p, "- ") for p in before[a1:a2]]
        out += [_prefixed(p, "+ ") for p in after[b1:b2]]
    return "\n".join(out)


def _prefixed(paragraph: str, mark: str) -> str:
    return "\n".join(mark + line for line in paragraph.split("\n"))


def with_recorded_hash(translation: str, new_hash: str) -> str:
    """The translated page with ``source_hash`` set in its front matter; nothing else changes."""
    front_matter, body, body_start = split_front_matter(translation)
    if body_start == 1:
        return f"---\n{HASH_KEY}: {new_hash}\n---\n{translation}"
    lines = front_matter.split("\n") if front_matter else []
    key = re.compile(rf"^{HASH_KEY}\s*:")
    if any(key.match(line) for line in lines):
        lines = [f"{HASH_KEY}: {new_hash}" if key.match(line) else line for line in lines]
    else:
        lines.append(f"{HASH_KEY}: {new_hash}")
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def snapshot_path(root: Path, text_hash: str) -> Path:
    return root / SNAPSHOTS / f"{text_hash}.md"


def save_snapshot(root: Path, english: str) -> Path:
    path = snapshot_path(root, source_hash(english))
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(english, encoding="utf-8")
    return path
