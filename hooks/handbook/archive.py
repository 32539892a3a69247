"""The whole built site as one zip file, for readers who need the handbook without a connection.

The archive is reproducible: files in a fixed order, with a fixed date and mode, so two builds of the same
sources give the same bytes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

ARCHIVE = "downloads/detention-monitoring-handbook.zip"
FIXED_DATE = (2000, 1, 1, 0, 0, 0)


def write_archive(site: Path, folder_name: str = "detention-monitoring-handbook") -> Path:
    """Zip every file of ``site`` under one top-level folder, except the archive itself and the sitemaps,
    which carry the build date and serve search engines, not readers."""
    target = site / ARCHIVE
    target.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in site.rglob("*") if p.is_file() and p != target and not p.name.startswith("sitemap."))
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for file in files:
            info = zipfile.ZipInfo(f"{folder_name}/{file.relative_to(site).as_posix()}", date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, file.read_bytes())
    return target
