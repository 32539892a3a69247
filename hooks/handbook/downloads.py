"""The files an edition offers for download: for each checklist a PDF to print, a fillable PDF and a spreadsheet,
and one field pack with every checklist.

Each file is made once per content: its name in the cache is the fingerprint of everything that decides its
bytes, so a rebuild (``mkdocs serve``) only makes what changed, and unchanged files are reused as they are.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import site
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .labels import Labels
from .model import Standard
from .pdf import checklist_document, field_pack_document, render_pdf, renderer_fingerprint
from .printable import PrintedChecklist

FOLDER = "downloads"  # in each edition
FIELD_PACK = "field-pack"
STALE_AFTER = 7 * 24 * 3600  # seconds: cached files no build has used for a week are removed
CODE = (Path(__file__).parent / "spreadsheet.py", Path(__file__).parent / "printable.py")


def _workbook(checklist: PrintedChecklist, labels: Labels, link: Callable[[str], str]) -> bytes:
    from .spreadsheet import checklist_workbook  # openpyxl is loaded only by a build that makes spreadsheets

    return checklist_workbook(checklist, labels, link)


@dataclass(frozen=True)
class Download:
    name: str  # the file name in the edition's downloads folder, e.g. "police-custody-sr.pdf"
    fingerprint: str
    make: Callable[[], bytes]  # picklable (a partial of a module function), so it can run in another process


@dataclass(frozen=True)
class Links:
    """The names of a checklist's downloads, for the pages that link to them ("" for one not offered)."""

    pdf: str
    fillable: str
    xlsx: str


@dataclass(frozen=True)
class Offered:
    """What an edition offers for download, for the pages that link to it."""

    checklists: dict[str, Links] = field(default_factory=dict)  # checklist path -> its files
    field_pack: str | None = None
    sizes: dict[str, int] = field(default_factory=dict)  # file name -> bytes, shown beside each link

    def size(self, name: str) -> str:
        """ "62 KB", for readers on a slow connection."""
        return f"{max(1, round(self.sizes.get(name, 0) / 1024))} KB"


def file_names(checklist_name: str, language: str, *, pdf: bool) -> Links:
    stem = f"{checklist_name}-{language}"
    return Links(f"{stem}.pdf" if pdf else "", f"{stem}-fillable.pdf" if pdf else "", f"{stem}.xlsx")


def field_pack_name(language: str) -> str:
    return f"{FIELD_PACK}-{language}.pdf"


def edition_downloads(
    checklists: list[PrintedChecklist],
    standards: dict[str, Standard],
    labels: Labels,
    language: str,
    item_link: Callable[[PrintedChecklist, str], str],
    *,
    pdf: bool,
) -> list[Download]:
    """What one edition offers. ``item_link(checklist, item_id)`` is the URL a spreadsheet row links to.
    Without ``pdf`` (no WeasyPrint on this machine) only the spreadsheets."""
    downloads: list[Download] = []
    renderer = renderer_fingerprint() if pdf else ""
    code = "".join(path.read_text(encoding="utf-8") for path in CODE)
    for checklist in checklists:
        names = file_names(checklist.name, language, pdf=pdf)
        links = tuple((item.id, item_link(checklist, item.id)) for item in checklist.items)
        downloads.append(Download(
            names.xlsx,
            _fingerprint(code, repr(checklist), repr(labels), repr(links)),
            functools.partial(_workbook, checklist, labels, dict(links).__getitem__),
        ))
        if pdf:
            for name, fillable in ((names.pdf, False), (names.fillable, True)):
                document = checklist_document(checklist, labels, fillable=fillable)
                downloads.append(Download(name, _fingerprint(renderer, str(fillable), document),
                                          functools.partial(render_pdf, document, forms=fillable)))
    if pdf and checklists:
        version = _fingerprint(*(c.version for c in checklists))[:12]
        document = field_pack_document(checklists, standards, labels, version)
        downloads.append(Download(field_pack_name(language), _fingerprint(renderer, document),
                                  functools.partial(render_pdf, document, forms=False)))
    return downloads


def materialise(downloads: list[Download], cache: Path) -> dict[str, Path]:
    """Each download's file in ``cache``, made now if no earlier build made it. Returns name -> cached file."""
    cache.mkdir(parents=True, exist_ok=True)
    files = {d.name: cache / f"{d.fingerprint}{Path(d.name).suffix}" for d in downloads}
    missing = [d for d in downloads if not files[d.name].is_file()]
    for download, content in zip(missing, _make_all([d.make for d in missing]), strict=True):
        temporary = files[download.name].with_suffix(".part")
        temporary.write_bytes(content)
        temporary.replace(files[download.name])  # never a half-written file under the final name
    now = time.time()
    for file in files.values():
        os.utime(file, (now, now))
    for file in cache.iterdir():
        if file.is_file() and now - file.stat().st_mtime > STALE_AFTER:
            file.unlink()
    return files


def _make_all(makers: list[Callable[[], bytes]]) -> list[bytes]:
    workers = min(len(makers), os.cpu_count() or 1)
    if workers <= 1:
        return [make() for make in makers]
    # "spawn": a fresh interpreter per worker, safe in a process that runs threads (mkdocs serve); it is told
    # where this package is, as MkDocs puts the hooks' folder on the path only while it loads them.
    context = multiprocessing.get_context("spawn")
    package_parent = str(Path(__file__).resolve().parent.parent)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=site.addsitedir,
                             initargs=(package_parent,)) as pool:
        return list(pool.map(_call, makers))


def _call(make: Callable[[], bytes]) -> bytes:
    return make()


def _fingerprint(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]

