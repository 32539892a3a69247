"""The code stays typed and lint-clean: mypy (strict) and ruff, as configured in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys

from sites import ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "hooks", "tests", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing_in_the_hooks() -> None:
    result = run("mypy", "hooks", "tools")
    assert result.returncode == 0, result.stdout + result.stderr
