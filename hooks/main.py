"""The only MkDocs hook module: each event delegates to the handbook package or to i18n_site."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml
from handbook.catalog import Catalog, DerivedEdition, UnreadableSource, load_catalog
from handbook.editions import derived_editions, text_transform, transform_strings
from handbook.labels import Labels
from handbook.reference import GENERATED_PAGES
from handbook.render import EditionView, outdated_notice, render_page, untranslated_notice
from handbook.terminology import TERMINOLOGY_PATH, Term, columns_for, load_terms, terminology_page
from handbook.translation import status_json
from handbook.validate import validate
from i18n_site import (
    LanguagePass,
    derive_language_settings,
    derived_page,
    english_url,
    generated_page,
    language_names,
    language_pass,
    language_relative_path,
    source_language,
)
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.handbook")

ABBREVIATIONS = "_abbreviations.md"
EDITIONS = "handbook_editions"  # key under `extra` in mkdocs.yml
STATUS_JSON = "translation-status.json"
TERMINOLOGY = "i18n/terminology.yml"
CYRILLIC = "handbook_cyrillic_sources"  # key under `extra`: languages whose sources must be in Cyrillic


@dataclass(frozen=True)
class LanguageBuild:
    """All the hooks know while one language is being built; replaced when the next one starts."""

    languages: LanguagePass
    view: EditionView
    catalog: Catalog
    abbreviations: dict[str, str]


_build: LanguageBuild | None = None


def _editions(config: MkDocsConfig) -> dict[str, DerivedEdition]:
    try:
        return derived_editions(config.extra.get(EDITIONS))
    except ValueError as error:
        raise PluginError(f"handbook: mkdocs.yml: {error}") from error


# Before static-i18n (-100) applies a language's settings, so a derived edition's are in place.
@event_priority(0)
def on_config(config: MkDocsConfig, **kwargs: object) -> MkDocsConfig:
    editions = _editions(config)
    derive_language_settings(
        config,
        {language: edition.source for language, edition in editions.items()},
        lambda language, value: transform_strings(value, _text_transform(config, language)),
    )
    return config


# After mkdocs-static-i18n (-100) has chosen the files of the language being built.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig, **kwargs: object) -> Files:
    global _build
    languages = language_pass(config)
    docs_dir = Path(config.docs_dir)
    editions = _editions(config)
    try:
        catalog = load_catalog(
            docs_dir, languages.configured, languages.default, Path(config.config_file_path).parent, editions
        )
    except UnreadableSource as error:
        raise PluginError(f"handbook: cannot read {error}") from error
    if languages.is_default:  # the checks cover every language: report them once per build
        for problem in validate(catalog, frozenset(config.extra.get(CYRILLIC) or ())):
            log.warning(str(problem))
    try:
        labels = Labels.from_config((config.extra.get("handbook") or {}).get("labels"))
    except ValueError as error:
        raise PluginError(f"handbook: mkdocs.yml, language '{languages.current}': {error}") from error
    view = EditionView.of(catalog, languages.current, labels, language_names(config))
    _build = LanguageBuild(languages, view, catalog, _read_abbreviations(docs_dir, languages.configured, editions))
    edition = editions.get(languages.current)
    if edition:
        _generate_derived_pages(files, config, edition, docs_dir, languages)
    for path, generate in GENERATED_PAGES.items():
        files.append(generated_page(config, path, generate(view), languages))
    terms = _read_terminology(config, languages)
    if terms is not None:
        derived = {lang: (e.source, _text_transform(config, lang)) for lang, e in editions.items()}
        columns = columns_for({lang: view.language_names[lang] for lang in languages.built}, derived)
        page = terminology_page(terms, labels, columns)
        files.append(generated_page(config, TERMINOLOGY_PATH, page, languages))
    return files


# Before static-i18n (50) translates admonition titles, so the notice we add is translated too.
@event_priority(60)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    if _build is None:
        return markdown
    languages = _build.languages
    path = language_relative_path(page.file, languages)
    rendered = render_page(markdown, path, _build.view)
    read_from = source_language(page.file, languages)
    if read_from != languages.current:
        rendered = untranslated_notice(_build.view.labels) + rendered
    elif _build.view.is_outdated(path):
        rendered = outdated_notice(_build.view.labels, english_url(page, languages)) + rendered
    abbreviations = _build.abbreviations.get(read_from, "")  # in the language the reader sees
    return f"{rendered}\n\n{abbreviations}" if abbreviations else rendered


# The default language is built first; the other languages are built inside static-i18n's on_post_build (-100).
@event_priority(0)
def on_post_build(config: MkDocsConfig, **kwargs: object) -> None:
    if _build is not None and _build.languages.is_default:
        (Path(config.site_dir) / STATUS_JSON).write_text(status_json(_build.catalog), encoding="utf-8")


def _text_transform(config: MkDocsConfig, language: str) -> Callable[[str], str]:
    return text_transform(config.extra.get(EDITIONS), language)


def _read_terminology(config: MkDocsConfig, languages: LanguagePass) -> list[Term] | None:
    file = Path(config.config_file_path).parent / TERMINOLOGY
    if not file.is_file():
        return None
    try:
        return load_terms(yaml.safe_load(file.read_text(encoding="utf-8")) or [], languages.configured)
    except (yaml.YAMLError, ValueError) as error:
        raise PluginError(f"handbook: cannot read {TERMINOLOGY}: {error}") from error


def _generate_derived_pages(
    files: Files, config: MkDocsConfig, edition: DerivedEdition, docs_dir: Path, languages: LanguagePass
) -> None:
    """Put the derived edition's pages where static-i18n placed the default language's fallbacks."""
    for file in list(files.documentation_pages()):
        source = docs_dir / edition.source / language_relative_path(file, languages)
        if source_language(file, languages) == languages.default and source.is_file():
            files.remove(file)
            files.append(derived_page(config, file, edition.transform(source.read_text(encoding="utf-8")), languages))


def _read_abbreviations(
    docs_dir: Path, languages: tuple[str, ...], editions: dict[str, DerivedEdition]
) -> dict[str, str]:
    found: dict[str, str] = {}
    for language in languages:
        file = docs_dir / language / ABBREVIATIONS
        if file.is_file():
            found[language] = file.read_text(encoding="utf-8")
    for language, edition in editions.items():
        if edition.source in found:
            found[language] = edition.transform(found[edition.source])
    return found
