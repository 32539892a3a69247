"""Building sites from tests with MkDocs' Python API, and collecting what the build warned about."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _warnings() -> Iterator[list[str]]:
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def copy_fixture(name: str, destination: Path) -> Path:
    """Copy a fixture site and point its hooks and theme overrides at this checkout's."""
    site = destination / name
    shutil.copytree(FIXTURES / name, site)
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("../../../", f"{ROOT}/"), "utf-8")
    return site


def build_site(site: Path, *, strict: bool = False, site_dir: Path | None = None) -> tuple[list[str], bool]:
    """Build ``site``; return the warnings logged and whether a strict build aborted."""
    config = load_config(str(site / "mkdocs.yml"), strict=strict, site_dir=str(site_dir or site / "site"))
    aborted = False
    with _warnings() as messages:
        try:
            build(config)
        except Abort:
            aborted = True
    return [m for m in messages if not m.startswith("Material for MkDocs")], aborted
