"""The whole built site as one zip file, for readers who need the handbook without a connection.

The archive is reproducible: files in a fixed order, with a fixed date and mode, so two builds of the same
sources give the same bytes (the same bytes as Python's zipfile writes with these settings).

Compressing the site takes as long as a sixth of the build, so files are compressed on other threads
(zlib lets them run beside the build) as soon as the build hands them over (``Archive.add``, for each page
as it is written); at the end, only what was not handed over, or has changed since, is compressed.
"""

from __future__ import annotations

import struct
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

ARCHIVE = "downloads/detention-monitoring-handbook.zip"
FIXED_DATE = (2000, 1, 1, 0, 0, 0)
LEVEL = 6
MODE = 0o644 << 16  # the file's mode, in the upper half of the external attributes
VERSION = 20  # the zip version needed to extract deflated files
UNIX = 3  # the system the archive says it was made on


@dataclass(frozen=True)
class Packed:
    """A file's bytes compressed for the archive."""

    crc: int
    size: int
    data: bytes


def pack(data: bytes) -> Packed:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return Packed(zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


class Archive:
    """Collects the site's files for the archive while the build writes them."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="archive")
        self._packed: dict[str, Future[Packed]] = {}

    def add(self, path: str, data: bytes) -> None:
        """Compress ``data``, the content of the file at ``path`` (relative to the site), in the background."""
        self._packed[path] = self._pool.submit(pack, data)

    def write(self, site: Path, folder_name: str = "detention-monitoring-handbook") -> Path:
        """Zip every file of ``site`` under one top-level folder, except the archive itself and the sitemaps,
        which carry the build date and serve search engines, not readers."""
        target = site / ARCHIVE
        target.parent.mkdir(parents=True, exist_ok=True)
        files = sorted(p for p in site.rglob("*") if p.is_file() and p != target and not p.name.startswith("sitemap."))
        entries = [(f"{folder_name}/{f.relative_to(site).as_posix()}", self._packing(f, site)) for f in files]
        with target.open("wb") as out:
            _write_zip(out, [(name, packing.result()) for name, packing in entries])
        self.close()
        return target

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
        self._packed.clear()

    def _packing(self, file: Path, site: Path) -> Future[Packed]:
        data = file.read_bytes()
        earlier = self._packed.pop(file.relative_to(site).as_posix(), None)
        if earlier is not None:
            packed = earlier.result()
            if packed.size == len(data) and packed.crc == zlib.crc32(data):
                return earlier
        return self._pool.submit(pack, data)


def _write_zip(out: BinaryIO, entries: list[tuple[str, Packed]]) -> None:
    """The zip format as Python's zipfile writes it for deflated files with a fixed date and mode."""
    year, month, day, hour, minute, second = FIXED_DATE
    date = (year - 1980) << 9 | month << 5 | day
    time = hour << 11 | minute << 5 | second // 2
    central: list[bytes] = []
    for name, packed in entries:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), 0x800
        offset = out.tell()
        fields = (flags, zlib.DEFLATED, time, date, packed.crc, len(packed.data), packed.size, len(encoded))
        out.write(struct.pack("<4s2B4HL2L2H", b"PK\003\004", VERSION, 0, *fields, 0) + encoded + packed.data)
        central.append(
            struct.pack("<4s4B4HL2L5H2L", b"PK\001\002", VERSION, UNIX, VERSION, 0, *fields, 0, 0, 0, 0, MODE, offset)
            + encoded
        )
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, len(entries), len(entries), len(directory), start, 0))
