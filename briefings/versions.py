"""Hashes of what outputs depend on: the code and data that extract, the
code that renders, and the templates. A change to any invalidates what was
made with it."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from briefings import __version__

_ROOT = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".gz", ".crfsuite", ".json", ".txt")
EXTRACTION = ("assemble.py", "serialize.py", "model.py", "run/extraction.py", "readers", "lang", "text", "extract", "data")
RENDERING = ("site",)
# what a briefing's search postings depend on: not the extraction, so that
# a change to search weights extracts nothing again
SEARCH = ("site/search_index.py", "lang", "text")
# what the stories' linking depends on (its state, kept between builds)
STORIES = ("stories", "lang", "text")
# what a briefing's stories features (and slim form) depend on, kept
# between builds apart from the linking's state: a change to how articles
# are linked links them afresh but computes no article's features again.
# tests/test_story_features_version.py holds it covering every module
# features.py imports.
FEATURES = ("stories/features.py", "lang", "text")
# The two fingerprints that decide whether a build has work to do, each
# the one list of the package's code it hashes (besides the inputs, the
# templates and the configuration, which they stamp themselves):
# - what the generated pages of docs/ depend on (site/generate.py
#   `_fingerprint`; an equal one skips the generation): the extraction,
#   the rendering, the stories' linking, and the plugin, which turns the
#   configuration into the generator's options (plugin.py `_options`);
# - what every built page's HTML depends on beyond its Markdown
#   (site/dirty.py `site_fingerprint`; an equal one lets MkDocs render
#   only the pages whose Markdown changed): the rendering (the theme
#   layer, the page finishing), the plugin's page hooks, and the engines
#   (engines.py: how MkDocs is run over docs/, the pages Zensical built
#   finished after it).
# Neither needs fsutil.py (atomic writes and file stamps: the same bytes
# whatever its code) nor stock_assets.py (it refreshes hand-written files
# of docs/, which MkDocs sees change by their times, before either is
# taken). tests/test_versions.py holds each list to what it stands for.
GENERATED = (*EXTRACTION, *RENDERING, *STORIES, "plugin.py")
BUILT = (*RENDERING, "site/theme", "plugin.py", "engines.py")
# folders hashed whole, whatever their files' suffixes: the theme layer's
# templates and script are in every built page (not in its Markdown, so
# RENDERING, which walks them for their Python alone, leaves them out)
_WHOLE = frozenset({"site/theme"})
# files under those folders that none of them depends on: the stock assets'
# digests concern a project's docs/, and a stylesheet's change must not
# extract every article again
_UNRELATED = frozenset({"data/stock-assets.json"})


@lru_cache(maxsize=8)
def package_hash(names: tuple[str, ...]) -> str:
    """A hash of these files and folders of the package."""
    h = hashlib.sha256(__version__.encode())
    for p in hashed_files(names):
        h.update(p.relative_to(_ROOT).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def hashed_files(names: tuple[str, ...]) -> list[Path]:
    """The files of the package a hash of these names reads, in order."""
    out: list[Path] = []
    for name in dict.fromkeys(names):  # a folder two lists share is read once
        base, whole = _ROOT / name, name in _WHOLE
        for p in sorted([base] if base.is_file() else base.rglob("*")):
            if (p.is_file() and (whole or p.suffix in _SUFFIXES) and "__pycache__" not in p.parts
                    and p.relative_to(_ROOT).as_posix() not in _UNRELATED):
                out.append(p)
    return list(dict.fromkeys(out))


def extraction_version() -> str:
    return package_hash(EXTRACTION)


def rendering_version() -> str:
    return package_hash(RENDERING)


def search_version() -> str:
    return package_hash(SEARCH)


def stories_version() -> str:
    return package_hash(STORIES)


def features_version() -> str:
    return package_hash(FEATURES)


def generated_version() -> str:
    return package_hash(GENERATED)


def built_version() -> str:
    return package_hash(BUILT)


def templates_version(folder: Path) -> str:
    """The templates a project's pages are rendered with: its own
    templates/ over the package's."""
    from briefings.scaffold import template_files

    h = hashlib.sha256()
    for name, t in template_files(folder).items():
        h.update(name.encode())
        h.update(t.read_bytes())
    return h.hexdigest()[:16]
