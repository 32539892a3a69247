"""The catalogue as open data: every standard and checklist item, in every edition, as JSON and CSV.

Written to data/ in the site: handbook.json, its JSON Schema (handbook.schema.json), standards.csv, items.csv.
URLs are relative to the site's root. The output depends only on the sources, so builds stay reproducible.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Mapping
from typing import Any

from .catalog import Catalog, checklist_pages

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Detention Monitoring Handbook: standards and checklist items",
    "type": "object",
    "required": ["version", "languages", "standards", "items"],
    "additionalProperties": False,
    "properties": {
        "version": {"type": "string", "pattern": "^[0-9a-f]{12}$", "description": "fingerprint of the sources"},
        "languages": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "standards": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "background", "editions"],
                "additionalProperties": False,
                "properties": {
                    "id": {"$ref": "#/$defs/id"},
                    "background": {"type": "boolean"},
                    "checked_by": {"type": "array", "items": {"$ref": "#/$defs/id"}},
                    "editions": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["title", "source", "theme", "url"],
                            "additionalProperties": False,
                            "properties": {
                                "title": {"type": "string", "minLength": 1},
                                "source": {"type": "string", "minLength": 1},
                                "theme": {"type": "string"},
                                "url": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "checklist", "cites", "editions"],
                "additionalProperties": False,
                "properties": {
                    "id": {"$ref": "#/$defs/id"},
                    "checklist": {"type": "string"},
                    "cites": {"type": "array", "items": {"$ref": "#/$defs/id"}, "minItems": 1},
                    "editions": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["question", "section", "checklist_title", "url"],
                            "additionalProperties": False,
                            "properties": {
                                "question": {"type": "string", "minLength": 1},
                                "section": {"type": "string"},
                                "checklist_title": {"type": "string"},
                                "url": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
    "$defs": {"id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}},
}


def open_data(catalog: Catalog, languages: list[str], page_url: Callable[[str, str, str], str]) -> dict[str, Any]:
    """``page_url(language, path, anchor)`` gives a page's URL from the site's root."""
    english = catalog.edition(catalog.default_language)
    fingerprint = hashlib.sha256("".join(p.text_hash for p in english.pages()).encode()).hexdigest()[:12]
    standards: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    citing = english.items_citing()
    for page in english.pages():
        for standard in page.standards:
            standards.append({
                "id": standard.id,
                "background": standard.background,
                "checked_by": [entry.id for entry in citing.get(standard.id, [])],
                "editions": {},
            })
        for item in page.items:
            items.append({"id": item.id, "checklist": page.path.removesuffix(".md"), "cites": list(item.cites),
                          "editions": {}})
    by_id = {record["id"]: record for record in [*standards, *items]}
    for language in languages:
        edition = catalog.edition(language)
        for page in edition.pages():
            for standard in page.standards:
                if standard.id in by_id:
                    by_id[standard.id]["editions"][language] = {
                        "title": standard.title, "source": standard.source, "theme": standard.theme,
                        "url": page_url(language, page.path, standard.id),
                    }
        for page in checklist_pages(edition):
            for item in page.items:
                if item.id in by_id:
                    by_id[item.id]["editions"][language] = {
                        "question": item.question, "section": item.section,
                        "checklist_title": page.short_title,
                        "url": page_url(language, page.path, item.id),
                    }
    return {"version": fingerprint, "languages": languages, "standards": standards, "items": items}


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def open_data_files(data: Mapping[str, Any]) -> dict[str, str]:
    """File name -> content, for the data/ folder of the site."""
    standards = [
        [s["id"], language, e["title"], e["source"], e["theme"], "yes" if s["background"] else "no",
         " ".join(s["checked_by"]), e["url"]]
        for s in data["standards"] for language, e in s["editions"].items()
    ]
    items = [
        [i["id"], language, i["checklist"], e["checklist_title"], e["section"], e["question"], " ".join(i["cites"]),
         e["url"]]
        for i in data["items"] for language, e in i["editions"].items()
    ]
    return {
        "handbook.json": json.dumps(data, ensure_ascii=False, indent=1) + "\n",
        "handbook.schema.json": json.dumps(SCHEMA, ensure_ascii=False, indent=1) + "\n",
        "standards.csv": _csv(["id", "language", "title", "source", "theme", "background", "checked_by", "url"],
                              standards),
        "items.csv": _csv(["id", "language", "checklist", "checklist_title", "section", "question", "cites", "url"],
                          items),
    }
