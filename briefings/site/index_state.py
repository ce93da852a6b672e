"""The search index of the last build, kept in the cache, so that a one-off
build patches it (an article added re-serializes the few shards its words
fall in) instead of building the whole index again, as a serving process
does with the builder it keeps in memory.

A kept index is a valid base whatever happened since it was saved: the
builder diffs each document's postings against it and re-serializes what
differs, and remakes from its postings any file the writer no longer has.
A missing, damaged or other version's file means a whole build."""

from __future__ import annotations

import pickle
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.site.search_index import IndexBuilder
from briefings.versions import search_version


def _file(cache_dir: Path) -> Path:
    return cache_dir / "search" / search_version() / "index.pickle"


def load(cache_dir: Path) -> IndexBuilder | None:
    try:
        index = pickle.loads(_file(cache_dir).read_bytes())
    except Exception:  # missing, damaged, or made by other code: built whole
        return None
    return index if isinstance(index, IndexBuilder) else None


def save(cache_dir: Path, index: IndexBuilder) -> None:
    write_if_changed(_file(cache_dir), pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
