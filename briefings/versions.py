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
    out = []
    for name in names:
        base = _ROOT / name
        for p in sorted([base] if base.is_file() else base.rglob("*")):
            if (p.is_file() and p.suffix in _SUFFIXES and "__pycache__" not in p.parts
                    and p.relative_to(_ROOT).as_posix() not in _UNRELATED):
                out.append(p)
    return out


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


def templates_version(folder: Path) -> str:
    """The templates a project's pages are rendered with: its own
    templates/ over the package's."""
    from briefings.scaffold import template_files

    h = hashlib.sha256()
    for name, t in template_files(folder).items():
        h.update(name.encode())
        h.update(t.read_bytes())
    return h.hexdigest()[:16]
