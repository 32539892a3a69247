"""The project's promises about itself: CI runs exactly the README's test command, and the pinned requirements
install on a fresh machine."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from sites import ROOT


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_the_readme_has_a_serve_command_and_a_test_command() -> None:
    serve, test = readme_commands()[:2]
    assert serve.endswith("mkdocs serve")
    assert test.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test = readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci_lines


def pins(requirements: str) -> dict[str, set[str]]:
    """Each pinned package of a pip-compile file, with the extras it is pinned with."""
    found = re.findall(r"^([A-Za-z0-9._-]+)(?:\[([^\]]*)\])?==", requirements, re.MULTILINE)
    return {canonicalize_name(name): set(filter(None, extras.split(","))) for name, extras in found}


@pytest.mark.parametrize("file", ["requirements.txt", "requirements-dev.txt"])
def test_a_package_another_one_needs_with_extras_is_pinned_with_them(file: str) -> None:
    # Otherwise pip's hash-checking mode takes the newest release for the extra, and fails once there is one.
    pinned = pins((ROOT / file).read_text(encoding="utf-8"))
    assert "mkdocs" in pinned
    missing = []
    for name in pinned:
        for line in metadata.requires(name) or []:
            needed = Requirement(line)
            wanted = canonicalize_name(needed.name)
            always = needed.marker is None or needed.marker.evaluate({"extra": ""})  # not only for an extra of name
            if always and wanted in pinned and not needed.extras <= pinned[wanted]:
                missing.append(f"{name} needs {line}")
    assert missing == [], "compile the file with pip-compile --no-strip-extras"
