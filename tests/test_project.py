"""The project's promises about itself: CI runs exactly the README's test command."""

from __future__ import annotations

import re

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
