"""A translator's workflow: status, outdated notices, the diff and mark commands, and adding a language."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from handbook.translation import english_changes, with_recorded_hash
from sites import ROOT, build_site, copy_fixture

_spec = importlib.util.spec_from_file_location("translation_tool", ROOT / "tools" / "translation.py")
assert _spec and _spec.loader
translation_tool = importlib.util.module_from_spec(_spec)
sys.modules["translation_tool"] = translation_tool  # dataclasses look their module up there
_spec.loader.exec_module(translation_tool)

TRANSLATED = ["sr/standards.md", "sr/checklist.md", "sq/standards.md", "sq/checklist.md"]


def tool(site: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert translation_tool.main(["--config", str(site / "mkdocs.yml"), *args]) == 0
    return capsys.readouterr().out


@pytest.fixture
def marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    site = copy_fixture("mini", tmp_path)
    tool(site, capsys, "mark", *(str(site / "docs" / page) for page in TRANSLATED))
    return site


def text(site: Path, page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", (site / "site" / page).read_text("utf-8")))


def test_mark_changes_only_the_source_hash_line(marked: Path) -> None:
    original = (ROOT / "tests/fixtures/mini/docs/sr/checklist.md").read_text("utf-8").split("\n")
    now = (marked / "docs/sr/checklist.md").read_text("utf-8").split("\n")
    assert [line for line in now if not line.startswith("source_hash:")] == original
    assert len(now) == len(original) + 1


def test_changing_one_english_paragraph_outdates_that_page_only(marked: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    build_site(marked)
    assert "Translation out of date" not in text(marked, "sr/standards/index.html")
    english = marked / "docs/en/standards.md"
    english.write_text(english.read_text("utf-8").replace(
        "A lawyer from the outset.", "A lawyer from the outset,\nbefore any questioning."), "utf-8")

    build_site(marked)
    assert "Translation out of date" in text(marked, "sr/standards/index.html")
    assert "Translation out of date" in text(marked, "sq/standards/index.html")
    assert "Translation out of date" not in text(marked, "sr/checklist/index.html")
    report = json.loads((marked / "site/translation-status.json").read_text("utf-8"))
    for language in ("sr", "sq"):
        states = {d["path"]: d["state"] for d in report[language]["details"]}
        assert states == {"index.md": "missing", "standards.md": "outdated", "checklist.md": "up to date"}
    status = text(marked, "reference/translation-status/index.html")
    assert "3 pages: 1 up to date, 1 out of date, 1 missing." in status

    assert tool(marked, capsys, "diff", str(marked / "docs/sr/standards.md")) == (
        "@@ paragraph 5 of the version you translated, 5 of the current English @@\n"
        "- A lawyer from the outset.\n"
        "+ A lawyer from the outset,\n"
        "+ before any questioning.\n"
    )
    assert "docs/sr/standards.md" in tool(marked, capsys, "status", "sr")

    tool(marked, capsys, "mark", str(marked / "docs/sr/standards.md"))
    build_site(marked)
    assert "Translation out of date" not in text(marked, "sr/standards/index.html")
    assert "Translation out of date" in text(marked, "sq/standards/index.html")
    assert "docs/sr/standards.md" not in tool(marked, capsys, "status", "sr")
    assert tool(marked, capsys, "diff", str(marked / "docs/sr/standards.md")) == (
        "The English text has not changed since " + str(marked / "docs/sr/standards.md") + " was translated.\n"
    )


def test_the_check_command_passes_on_good_sources_and_names_the_line_of_a_bad_one(marked: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert tool(marked, capsys, "check").endswith("check: passed\n")
    page = marked / "docs/sr/checklist.md"
    page.write_text(page.read_text("utf-8") + "\n<script>alert(1)</script>\n", "utf-8")
    assert translation_tool.main(["--config", str(marked / "mkdocs.yml"), "check"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"docs/sr/checklist\.md:\d+: a <script> element can run script", out)
    assert "check: FAILED" in out


def test_english_changes_show_only_the_changed_paragraphs() -> None:
    old = "# T\n\nOne.\n\nTwo.\n\nThree.\n"
    new = "# T\n\nOne.\n\nTwo, changed.\n\nThree.\n\nFour.\n"
    assert english_changes(old, new) == (
        "@@ paragraph 3 of the version you translated, 3 of the current English @@\n- Two.\n+ Two, changed.\n"
        "@@ paragraph 5 of the version you translated, 5 of the current English @@\n+ Four."
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("# T\n", "---\nsource_hash: abc\n---\n# T\n"),
        ("---\nkind: guide\n---\n# T\n", "---\nkind: guide\nsource_hash: abc\n---\n# T\n"),
        ("---\nsource_hash: old\nkind: guide\n---\n# T\n", "---\nsource_hash: abc\nkind: guide\n---\n# T\n"),
    ],
)
def test_recording_the_hash_keeps_everything_else(page: str, expected: str) -> None:
    assert with_recorded_hash(page, "abc") == expected


def test_a_fourth_language_builds_from_a_folder_and_a_few_lines_of_configuration(tmp_path: Path) -> None:
    site = copy_fixture("mini", tmp_path)
    (site / "docs/mk").mkdir()
    for page in ("standards.md", "checklist.md"):
        source = (site / "docs/en" / page).read_text("utf-8")
        (site / "docs/mk" / page).write_text(
            source.replace("# Checklist", "# Контролна листа").replace("# Standards", "# Стандарди"), "utf-8"
        )
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "        - locale: sq\n",
        "        - locale: mk\n          name: Македонски\n          extra:\n            handbook:\n"
        "              labels:\n                source: Извор\n        - locale: sq\n",
    ), "utf-8")
    assert build_site(site, strict=True) == ([], False)
    checklist = (site / "site/mk/checklist/index.html").read_text("utf-8")
    assert '<html lang="mk"' in checklist
    assert 'href="../standards/#std-lawyer"' in checklist
    assert "<strong>Извор:</strong>" in (site / "site/mk/standards/index.html").read_text("utf-8")
    assert 'hreflang="mk"' in (site / "site/index.html").read_text("utf-8")
