"""The offline archive: the zip file Python's zipfile would write, whatever was compressed ahead of time."""

from __future__ import annotations

import zipfile
from pathlib import Path

from handbook.archive import ARCHIVE, FIXED_DATE, Archive


def site(folder: Path) -> Path:
    for name, text in {"index.html": "<p>Home</p>" * 50, "sr/ћирилица.html": "<p>Почетна</p>", "sitemap.xml": "x",
                       "assets/app.js": "var a = 1;\n" * 100}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def zipfile_archive(site: Path, target: Path) -> bytes:
    """What the archive was written with before: zipfile, deflate level 6, a fixed date and mode."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for file in sorted(p for p in site.rglob("*") if p.is_file() and not p.name.startswith("sitemap.")):
            info = zipfile.ZipInfo(f"handbook/{file.relative_to(site).as_posix()}", date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, file.read_bytes())
    return target.read_bytes()


def test_the_archive_is_the_zip_file_that_zipfile_writes(tmp_path: Path) -> None:
    folder = site(tmp_path / "site")
    expected = zipfile_archive(folder, tmp_path / "expected.zip")
    assert Archive().write(folder, "handbook").read_bytes() == expected


def test_files_compressed_ahead_are_used_only_if_they_did_not_change_since(tmp_path: Path) -> None:
    folder = site(tmp_path / "site")
    expected = zipfile_archive(folder, tmp_path / "expected.zip")
    archive = Archive()
    archive.add("index.html", (folder / "index.html").read_bytes())
    archive.add("assets/app.js", b"an older version")
    archive.add("gone.html", b"a file that is no longer there")
    written = archive.write(folder, "handbook")
    assert written == folder / ARCHIVE
    assert written.read_bytes() == expected
    with zipfile.ZipFile(written) as opened:
        assert opened.testzip() is None
        assert opened.read("handbook/assets/app.js") == (folder / "assets/app.js").read_bytes()
