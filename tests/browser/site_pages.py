"""The editions and the kinds of page the browser tests visit."""

from __future__ import annotations

EDITIONS = {"en": "", "sr": "sr/", "sr-Latn": "sr-Latn/", "sq": "sq/"}  # language -> folder in the site

# One page of each kind: home, methodology, standards, checklist, matrix, index of IDs, status, terminology.
PAGE_KINDS = [
    "index.html",
    "methodology/interviews.html",
    "standards/cpt/police-custody.html",
    "checklists/police-custody.html",
    "reference/traceability.html",
    "reference/ids.html",
    "reference/translation-status.html",
    "about/terminology.html",
]
