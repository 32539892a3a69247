from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from sites import ROOT, build_site  # noqa: E402


class BuiltSite:
    def __init__(self, directory: Path, warnings: list[str], aborted: bool) -> None:
        self.directory = directory
        self.warnings = warnings
        self.aborted = aborted


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The real handbook, built once per test session with --strict."""
    directory = tmp_path_factory.mktemp("real-site")
    warnings, aborted = build_site(ROOT, strict=True, site_dir=directory)
    yield BuiltSite(directory, warnings, aborted)
