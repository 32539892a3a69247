"""One language pass of the build: what the hooks read, check and generate when a language starts.

Used by hooks/main.py. This module may use MkDocs; everything it decides is delegated to the handbook package.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbook.archive import Archive
from handbook.catalog import (
    Catalog,
    DerivedEdition,
    Edition,
    UnreadableSource,
    cached_transform,
    checklist_pages,
    load_catalog,
)
from handbook.downloads import FOLDER, Offered, edition_downloads, field_pack_name, file_names, materialise
from handbook.editions import derived_editions, text_transform, transform_strings
from handbook.html import Abbreviations, HtmlOut, link
from handbook.labels import Labels
from handbook.links import page_url, relative_link
from handbook.markdown_lines import read_abbreviations
from handbook.opendata import open_data, open_data_files
from handbook.pdf import pdf_unavailable
from handbook.printable import PrintedChecklist, printed_checklist
from handbook.reference import generated_pages
from handbook.render import EditionView, outdated_notice, render_page, untranslated_notice
from handbook.search import lunr_name, offline_script, search_language, split_by_edition
from handbook.terminology import TERMINOLOGY_PATH, Term, columns_for, load_terms, terminology_page
from handbook.translation import status_json
from handbook.validate import missing_anchors, validate
from i18n_site import (
    LanguagePass,
    derive_language_settings,
    derived_page,
    edition_prefixes,
    edition_root,
    english_url,
    generated_file,
    generated_page,
    language_names,
    language_pass,
    language_relative_path,
    source_language,
    whole_site_built,
)

log = logging.getLogger("mkdocs.plugins.handbook")

ABBREVIATIONS = "_abbreviations.md"
EDITIONS = "handbook_editions"  # key under `extra` in mkdocs.yml
CYRILLIC = "handbook_cyrillic_sources"  # key under `extra`: languages whose sources must be in Cyrillic
DOWNLOADS = "handbook_downloads"  # key under `extra`: false builds without the checklists' PDFs and spreadsheets
DOWNLOAD_CACHE = ".cache/downloads"  # beside mkdocs.yml
NO_PDF = (
    "handbook: the checklists' PDFs are not made on this machine, only their spreadsheets: {reason}. "
    "WeasyPrint needs the Pango library (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)."
)
STATUS_JSON = "translation-status.json"
TERMINOLOGY = "i18n/terminology.yml"
CONFIG_BASE = re.compile(r'("base":\s*")[^"]*"')  # in Material's __config JSON
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
FRAGMENT = re.compile(r"<p>hbfragment(\d+)x</p>|\bhbfragment(\d+)x\b")  # see Fragments
ANCHOR = re.compile(r'\sid="([^"]+)"')  # an element's ID in generated HTML
PLAIN = re.compile(r"[^\\`*_{}\[\]<>&!#|~^=\n]*")  # text that Markdown leaves as it is (abbreviations aside)
INLINE = "hbinline"
RELATIVE_LINK = re.compile(r'<a href="(?![a-z][a-z0-9+.-]*:|#)')
NO_ABBREVIATIONS = Abbreviations({})


class Fragments(HtmlOut):
    """Generated HTML handed past Markdown, which need not parse it again: the Markdown gets a placeholder word
    for each piece, which ``restore`` replaces in the page's HTML with the piece (abbreviations explained, as
    Markdown would have)."""

    def __init__(self, markdown_text: Callable[[str], str]) -> None:
        self.pieces: list[str] = []
        self.anchors: list[frozenset[str]] = []  # the IDs each piece gives its elements, for MkDocs' link checks
        self.placeholders: dict[str, str] = {}  # piece -> its placeholder: the same link is kept once
        self.restored: dict[tuple[int, Abbreviations], str] = {}
        self.markdown_text = markdown_text

    def text(self, markdown: str) -> str:
        return html.escape(markdown, quote=False) if PLAIN.fullmatch(markdown) else self.markdown_text(markdown)

    def link(self, url: str, markdown: str, title: str = "") -> str:
        return self._keep(link(url, self.text(markdown), title))

    def block(self, html_block: str) -> str:
        return self._keep(html_block)

    def _keep(self, piece: str) -> str:
        placeholder = self.placeholders.get(piece)
        if placeholder is None:
            placeholder = self.placeholders[piece] = f"hbfragment{len(self.pieces)}x"
            self.pieces.append(piece)
            self.anchors.append(frozenset(html.unescape(found) for found in ANCHOR.findall(piece)))
        return placeholder

    def restore(self, content: str, abbreviations: Abbreviations, anchors: set[str]) -> str:
        """``content`` with its pieces put back; the IDs they carry are added to ``anchors``."""

        def piece(match: re.Match[str]) -> str:
            index = int(match.group(1) or match.group(2))
            anchors.update(self.anchors[index])
            return self._restored(index, abbreviations)

        return FRAGMENT.sub(piece, content)

    def _restored(self, index: int, abbreviations: Abbreviations) -> str:
        key = (index, abbreviations)
        if key not in self.restored:  # a link cited on many pages is made once
            self.restored[key] = abbreviations.wrap(self.pieces[index])
        return self.restored[key]


@dataclass(frozen=True)
class LanguageBuild:
    """All the hooks know while one language is being built; replaced when the next one starts."""

    languages: LanguagePass
    view: EditionView
    catalog: Catalog
    abbreviations: dict[str, Abbreviations]  # by language
    abbr_settings: dict[str, Any] | None  # the abbr extension's settings in mkdocs.yml, if it is enabled
    prefix: str  # the edition's folder in the site: '' for the default language, 'sr/' for Serbian
    fragments: Fragments

    def render(self, markdown: str, page: Page) -> str:
        """A page's Markdown with the content model rendered and the notices and abbreviations it needs."""
        path = language_relative_path(page.file, self.languages)
        rendered = render_page(markdown, path, self.view)
        read_from = source_language(page.file, self.languages)
        if read_from != self.languages.current:
            rendered = untranslated_notice(self.view.labels) + rendered
        elif self.view.is_outdated(path):
            rendered = outdated_notice(self.view.labels, english_url(page, self.languages)) + rendered
        if self.abbr_settings is not None:  # read by the abbr extension when MkDocs renders this page, next
            self.abbr_settings["glossary"] = self._abbreviations(page).glossary
        return rendered

    def finish_content(self, content: str, page: Page) -> str:
        """The page's HTML with the generated HTML that bypassed Markdown put back, and its anchors made known to
        MkDocs, which checks the links to them."""
        anchors: set[str] = set()
        restored = self.fragments.restore(content, self._abbreviations(page), anchors)
        if page.present_anchor_ids is not None:
            page.present_anchor_ids |= anchors
        return restored

    def _abbreviations(self, page: Page) -> Abbreviations:
        """In the language the reader sees: English on a page that is not translated yet."""
        return self.abbreviations.get(source_language(page.file, self.languages), NO_ABBREVIATIONS)

    def check_anchors(self, files: Files) -> None:
        """Once this edition's pages are rendered: warn about any ID whose page does not carry it as an anchor."""
        anchors = {
            language_relative_path(file, self.languages): file.page.present_anchor_ids
            for file in files.documentation_pages()
            if file.page is not None
        }
        for problem in missing_anchors(self.view.entries, anchors):
            log.warning(str(problem))

    def finish_html(self, output: str, page: Page) -> str:
        """Name Material's search dialog, which the theme leaves unnamed (axe: aria-dialog-name), and point
        Material's search at this edition's own index (its ``base`` serves only search, as instant loading is off)."""
        label = html.escape(self.view.labels.search_dialog, quote=True)
        output = output.replace(SEARCH_DIALOG, f'{SEARCH_DIALOG[:-1]} aria-label="{label}">', 1)
        if self.prefix:
            output = CONFIG_BASE.sub(lambda m: f'{m.group(1)}{edition_root(page, self.prefix)}"', output, count=1)
        return output


def finish_site(config: MkDocsConfig, catalog: Catalog, archive: Archive | None) -> None:
    """Once every edition is built: the translation status, the open data, one search index per edition and
    the offline archive."""
    if not whole_site_built(config):
        return
    site = Path(config.site_dir)
    prefixes = edition_prefixes(config)
    (site / STATUS_JSON).write_text(status_json(catalog), encoding="utf-8")
    _write_open_data(site / "data", config, catalog, prefixes)
    _write_search_indexes(site, catalog, prefixes)
    if archive:
        archive.write(site)  # last: it packs everything above


def _write_open_data(folder: Path, config: MkDocsConfig, catalog: Catalog, prefixes: dict[str, str]) -> None:
    def url(language: str, path: str, anchor: str) -> str:
        return f"{prefixes[language]}{page_url(path, directory_urls=config.use_directory_urls)}#{anchor}"

    folder.mkdir(exist_ok=True)
    for name, content in open_data_files(open_data(catalog, list(prefixes), url)).items():
        (folder / name).write_text(content, encoding="utf-8")


def _write_search_indexes(site: Path, catalog: Catalog, prefixes: dict[str, str]) -> None:
    combined = site / "search" / "search_index.json"
    if not combined.is_file():  # no search plugin
        return
    ids = frozenset(catalog.edition(catalog.default_language).entries())
    parts = split_by_edition(json.loads(combined.read_text(encoding="utf-8")), prefixes, ids)
    for language, index in parts.items():
        folder = site / prefixes[language] / "search"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "search_index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
        (folder / "search_index.js").write_text(offline_script(index), encoding="utf-8")
        script = site / "assets" / "javascripts" / "lunr" / "min" / f"lunr.{lunr_name(language)}.min.js"
        script.write_text(search_language(language).script(lunr_name(language)), encoding="utf-8")


def prepare_derived_settings(config: MkDocsConfig) -> None:
    """Give each derived edition (e.g. sr-Latn) its source language's settings, transformed."""
    editions = _editions(config)
    derive_language_settings(
        config,
        {language: edition.source for language, edition in editions.items()},
        lambda language, value: transform_strings(value, _text_transform(config, language)),
    )


def start_language_build(files: Files, config: MkDocsConfig) -> LanguageBuild:
    """Read every source, report problems (once per build), and add this language's generated pages to ``files``."""
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
    prefix = edition_prefixes(config)[languages.current]
    labels = _labels(config, languages)
    downloads = Offered()
    if _downloads_enabled(config):
        downloads = _add_downloads(files, config, catalog.edition(languages.current), labels, languages, editions)
    fragments = Fragments(markdown_text(config.markdown_extensions, config.mdx_configs))
    view = EditionView.of(
        catalog, languages.current, labels, language_names(config), prefix, config.use_directory_urls, fragments,
        downloads,
    )
    edition = editions.get(languages.current)
    if edition:
        _generate_derived_pages(files, config, edition, docs_dir, languages)
    for path, page in generated_pages(view).items():
        files.append(generated_page(config, path, page, languages))
    terms = _read_terminology(config, languages)
    if terms is not None:
        derived = {lang: (e.source, _text_transform(config, lang)) for lang, e in editions.items()}
        columns = columns_for({lang: view.language_names[lang] for lang in languages.built}, derived)
        page = terminology_page(terms, view.labels, columns, view.out)
        files.append(generated_page(config, TERMINOLOGY_PATH, page, languages))
    abbreviations = _read_abbreviations(docs_dir, languages.configured, editions)
    return LanguageBuild(languages, view, catalog, abbreviations, _abbr_settings(config), prefix, fragments)


def _downloads_enabled(config: MkDocsConfig) -> bool:
    value = config.extra.get(DOWNLOADS, True)
    return str(value).strip().lower() not in {"false", "no", "off", "0", ""}


def _add_downloads(
    files: Files, config: MkDocsConfig, edition: Edition, labels: Labels, languages: LanguagePass,
    editions: dict[str, DerivedEdition],
) -> Offered:
    """Make (or take from the cache) this edition's PDFs and spreadsheets and add them to the site's files."""
    language = languages.current
    unavailable = pdf_unavailable()
    if unavailable and languages.is_default:
        log.info(NO_PDF.format(reason=unavailable))
    docs_dir = Path(config.docs_dir)
    checklists = [
        printed_checklist(page, _source_text(docs_dir, edition, page.path, editions, languages.default), language)
        for page in checklist_pages(edition)
    ]
    standards = {entry.id: entry.standard for entry in edition.entries().values() if entry.standard}
    site_url = (config.site_url or "").rstrip("/")
    prefix = edition_prefixes(config)[language]

    def item_link(checklist: PrintedChecklist, item_id: str) -> str:
        page = page_url(checklist.path, directory_urls=config.use_directory_urls)
        if site_url:
            return f"{site_url}/{prefix}{page}#{item_id}"
        return relative_link(f"{FOLDER}/file", page, item_id)  # from the spreadsheet in the offline copy

    made = edition_downloads(checklists, standards, labels, language, item_link, pdf=unavailable is None)
    cached = materialise(made, Path(config.config_file_path).parent / DOWNLOAD_CACHE)
    for name, file in cached.items():
        files.append(generated_file(config, f"{FOLDER}/{name}", file, languages, prefix))
    return Offered(
        {c.path: file_names(c.name, language, pdf=unavailable is None) for c in checklists},
        field_pack_name(language) if unavailable is None and checklists else None,
        {name: file.stat().st_size for name, file in cached.items()},
    )


def _source_text(
    docs_dir: Path, edition: Edition, path: str, editions: dict[str, DerivedEdition], default: str
) -> str:
    """The Markdown a page of this edition is built from: its own, derived from its source, or the default's."""
    derived = editions.get(edition.language)
    if derived and (docs_dir / derived.source / path).is_file():
        return cached_transform(derived.transform, (docs_dir / derived.source / path).read_text(encoding="utf-8"))
    language = edition.language if edition.is_translated(path) else default
    return (docs_dir / language / path).read_text(encoding="utf-8")


def _labels(config: MkDocsConfig, languages: LanguagePass) -> Labels:
    try:
        return Labels.from_config((config.extra.get("handbook") or {}).get("labels"))
    except ValueError as error:
        raise PluginError(f"handbook: mkdocs.yml, language '{languages.current}': {error}") from error


def _editions(config: MkDocsConfig) -> dict[str, DerivedEdition]:
    try:
        return derived_editions(config.extra.get(EDITIONS))
    except ValueError as error:
        raise PluginError(f"handbook: mkdocs.yml: {error}") from error


def _text_transform(config: MkDocsConfig, language: str) -> Callable[[str], str]:
    return text_transform(config.extra.get(EDITIONS), language)


def _read_terminology(config: MkDocsConfig, languages: LanguagePass) -> list[Term] | None:
    file = Path(config.config_file_path).parent / TERMINOLOGY
    if not file.is_file():
        return None
    try:
        return _terms(file.read_text(encoding="utf-8"), languages.configured)
    except (yaml.YAMLError, ValueError) as error:
        raise PluginError(f"handbook: cannot read {TERMINOLOGY}: {error}") from error


@functools.lru_cache(maxsize=4)  # the same list is read by every language pass
def _terms(text: str, languages: tuple[str, ...]) -> list[Term]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return load_terms(yaml.load(text, Loader=loader) or [], languages)  # noqa: S506 - a safe loader


def _generate_derived_pages(
    files: Files, config: MkDocsConfig, edition: DerivedEdition, docs_dir: Path, languages: LanguagePass
) -> None:
    """Put the derived edition's pages where static-i18n placed the default language's fallbacks."""
    for file in list(files.documentation_pages()):
        source = docs_dir / edition.source / language_relative_path(file, languages)
        if source_language(file, languages) == languages.default and source.is_file():
            files.remove(file)
            text = cached_transform(edition.transform, source.read_text(encoding="utf-8"))
            files.append(derived_page(config, file, text, languages))


def _read_abbreviations(
    docs_dir: Path, languages: tuple[str, ...], editions: dict[str, DerivedEdition]
) -> dict[str, Abbreviations]:
    texts: dict[str, str] = {}
    for language in languages:
        file = docs_dir / language / ABBREVIATIONS
        if file.is_file():
            texts[language] = file.read_text(encoding="utf-8")
    for language, edition in editions.items():
        if edition.source in texts:
            texts[language] = edition.transform(texts[edition.source])
    return {language: Abbreviations(read_abbreviations(text)) for language, text in texts.items()}


def markdown_text(extensions: list[Any], settings: dict[str, Any]) -> Callable[[str], str]:
    """Renders a line of Markdown as Python-Markdown does in a page of the site, abbreviations aside."""
    without_glossary = {name: {k: v for k, v in values.items() if k != "glossary"} for name, values in settings.items()}
    renderer = markdown.Markdown(extensions=extensions, extension_configs=without_glossary)

    @functools.lru_cache(maxsize=4096)
    def render(text: str) -> str:
        # After a word, so that the text is read as it is in a line of running text, not as the start of a block.
        rendered: str = renderer.reset().convert(f"{INLINE} {text}")
        if RELATIVE_LINK.search(rendered):
            log.warning(f"handbook: '{text}': a link in a title or a checklist question is not supported; it stays "
                        "as written")
        return rendered.removeprefix(f"<p>{INLINE} ").removesuffix("</p>")

    return render


def _abbr_settings(config: MkDocsConfig) -> dict[str, Any] | None:
    """The settings of Python-Markdown's abbr extension, whose glossary explains the abbreviations on every page
    (faster than appending their definitions to each page's Markdown, which the extension then parses each time)."""
    for name in config.markdown_extensions:
        if name in ("abbr", "markdown.extensions.abbr"):
            settings: dict[str, Any] = config.mdx_configs.setdefault(name, {})
            return settings
    return None
