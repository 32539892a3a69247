"""The handbook's domain logic: parsing sources, the catalog of IDs, validation and generated Markdown.

Nothing in this package imports MkDocs, so it can be tested in milliseconds and moved to another
static-site generator by rewriting only the thin adapter in ``hooks/main.py``.
"""
