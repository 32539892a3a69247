"""The only MkDocs hook module: each event delegates to site_build, which delegates to the handbook package."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbook.archive import Archive
from site_build import LanguageBuild, finish_site, prepare_derived_settings, start_language_build

# The language being built. Replaced, never added to, when the next language (or the next rebuild) starts.
_build: LanguageBuild | None = None
# Whether this process is `mkdocs serve`, whose rebuilds skip the offline archive (published builds make it).
_serving = False
# The offline archive of the build under way, which collects each page as it is written.
_archive: Archive | None = None


def on_startup(command: str, **kwargs: object) -> None:
    global _serving
    _serving = command == "serve"


# Before static-i18n (-100) applies a language's settings, so a derived edition's are in place.
@event_priority(0)
def on_config(config: MkDocsConfig, **kwargs: object) -> MkDocsConfig:
    prepare_derived_settings(config)
    return config


# After static-i18n (-100) has chosen the files of the language being built.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig, **kwargs: object) -> Files:
    global _build, _archive
    _build = start_language_build(files, config)
    if _build.languages.is_default:  # the first language of a build
        if _archive:  # of a build that stopped before writing it
            _archive.close()
        _archive = None if _serving else Archive()
    return files


# Before static-i18n (50) translates admonition titles, so the notices added here are translated too.
@event_priority(60)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    return _build.render(markdown, page) if _build else markdown


# The HTML the hooks handed past Markdown goes back into the page.
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: object) -> str:
    return _build.finish_content(html, page) if _build else html


# Once every page of the language is rendered: the links the hooks wrote lead to anchors that exist.
def on_env(env: Environment, config: MkDocsConfig, files: Files, **kwargs: object) -> Environment:
    if _build:
        _build.check_anchors(files)
    return env


def on_post_page(output: str, page: Page, config: MkDocsConfig, **kwargs: object) -> str:
    if _build:
        output = _build.finish_html(output, page)
    if _archive:  # as MkDocs writes it
        _archive.add(page.file.dest_uri, output.encode("utf-8", errors="xmlcharrefreplace"))
    return output


# After static-i18n (-100), which builds the other languages inside its own on_post_build and then
# writes the search index of all of them: only then is the whole site there.
@event_priority(-200)
def on_post_build(config: MkDocsConfig, **kwargs: object) -> None:
    if _build:
        finish_site(config, _build.catalog, _archive)
