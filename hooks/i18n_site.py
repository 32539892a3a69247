"""Everything that depends on mkdocs-static-i18n's internals, in one place.

The plugin builds the default language, then runs a whole MkDocs build again for each other language
from its own ``on_post_build``; these helpers answer "which language is being built now" and make
generated pages look to it like any other page of that language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url


@dataclass(frozen=True)
class LanguagePass:
    current: str
    default: str
    built: tuple[str, ...]
    configured: tuple[str, ...]

    @property
    def is_default(self) -> bool:
        return self.current == self.default


def language_pass(config: MkDocsConfig) -> LanguagePass:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("The handbook hooks need the 'i18n' plugin (mkdocs-static-i18n) in mkdocs.yml.")
    current = plugin.current_language or plugin.default_language
    return LanguagePass(
        current=current,
        default=plugin.default_language,
        built=tuple(plugin.build_languages),
        configured=tuple(lang.locale for lang in plugin.config.languages),
    )


def source_language(file: File, languages: LanguagePass) -> str:
    """The language folder a page was read from (differs from the current one for a fallback page)."""
    return getattr(file, "locale", None) or languages.default


def language_relative_path(file: File, languages: LanguagePass) -> str:
    parts = PurePosixPath(file.src_uri).parts
    if parts and parts[0] in languages.configured:
        return PurePosixPath(*parts[1:]).as_posix()
    return file.src_uri


def _dest_uri(path: str, language: str, languages: LanguagePass, use_directory_urls: bool) -> str:
    stem = path.removesuffix(".md")
    leaf = f"{stem}/index.html" if use_directory_urls and not stem.endswith("index") else f"{stem}.html"
    return leaf if language == languages.default else f"{language}/{leaf}"


def generated_page(config: MkDocsConfig, path: str, content: str, languages: LanguagePass) -> File:
    """A page that exists only in the build, in the language being built, with its alternates set."""

    def make(language: str, text: str) -> File:
        file = File.generated(config, f"{language}/{path}", content=text)
        file.dest_uri = _dest_uri(path, language, languages, config.use_directory_urls)
        file.locale = language  # type: ignore[attr-defined]
        file.localization = language  # type: ignore[attr-defined]
        file.locale_alternate_of = languages.current  # type: ignore[attr-defined]
        file.norm_src_uri = path  # type: ignore[attr-defined]
        return file

    page = make(languages.current, content)
    page.alternates = {  # type: ignore[attr-defined]
        language: page if language == languages.current else make(language, "") for language in languages.built
    }
    return page


def generated_file(config: MkDocsConfig, path: str, source: Path, languages: LanguagePass, prefix: str) -> File:
    """A file (not a page) of the language being built, copied from ``source`` into the edition's folder."""
    file = File.generated(config, f"{languages.current}/{path}", abs_src_path=str(source))
    file.dest_uri = f"{prefix}{path}"
    file.locale = languages.current  # type: ignore[attr-defined]
    return file


# The settings of a language that a derived edition takes over from its source, transformed.
DERIVED_SETTINGS = (
    "site_name",
    "site_description",
    "copyright",
    "nav_translations",
    "admonition_translations",
    "extra",
)


def derive_language_settings(
    config: MkDocsConfig, derived: dict[str, str], transform: Callable[[str, object], object]
) -> None:
    """Fill each derived language's settings from its source language's (e.g. sr-Latn from sr)."""
    plugin: Any = config.plugins["i18n"]
    for language, source in derived.items():
        target = plugin.get_language_config(language)
        original = plugin.get_language_config(source)
        if target is None or original is None:
            raise PluginError(
                f"extra.handbook_editions names '{language}' from '{source}', but the i18n plugin does not "
                "list both languages in mkdocs.yml"
            )
        for key in DERIVED_SETTINGS:
            if original.get(key) is not None:
                target[key] = transform(language, original[key])


def derived_page(config: MkDocsConfig, fallback: File, content: str, languages: LanguagePass) -> File:
    """Replace the default-language fallback of a page with a page generated for the derived edition."""
    path = language_relative_path(fallback, languages)
    page = File.generated(config, f"{languages.current}/{path}", content=content)
    page.dest_uri = fallback.dest_uri
    page.locale = languages.current  # type: ignore[attr-defined]
    page.localization = languages.current  # type: ignore[attr-defined]
    page.locale_alternate_of = languages.current  # type: ignore[attr-defined]
    page.norm_src_uri = path  # type: ignore[attr-defined]
    page.alternates = {**getattr(fallback, "alternates", {}), languages.current: page}  # type: ignore[attr-defined]
    return page


def language_names(config: MkDocsConfig) -> dict[str, str]:
    plugin: Any = config.plugins["i18n"]
    return {lang.locale: lang.name for lang in plugin.config.languages}


def english_url(page: Page, languages: LanguagePass) -> str:
    """A link from a translated page to the same page in the default language."""
    original = getattr(page.file, "alternates", {}).get(languages.default)
    if original is None:
        return get_relative_url("", page.url) or "./"
    return get_relative_url(original.url, page.url)


def whole_site_built(config: MkDocsConfig) -> bool:
    """True once static-i18n has built every language (its nested builds set ``building``)."""
    plugin: Any = config.plugins["i18n"]
    return not plugin.building


def edition_prefixes(config: MkDocsConfig) -> dict[str, str]:
    """Each built language's folder in the site: '' for the default language, 'sr/' for Serbian."""
    plugin: Any = config.plugins["i18n"]
    return {
        lang.locale: ("" if lang.locale == plugin.default_language else lang.link.strip("/") + "/")
        for lang in plugin.config.languages
        if lang.build
    }


def edition_root(page: Page, prefix: str) -> str:
    """A relative URL from ``page`` to the root of its edition, ending with a slash."""
    return get_relative_url(prefix or ".", page.url).rstrip("/") + "/"
