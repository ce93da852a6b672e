"""Each briefing's search postings, computed once. They are the site's: a
change to the search weights or word forms recomputes them (the search
version, `versions.py`) without extracting any article again.

Postings are kept on disk beside the extraction cache, one file per cache
entry (the briefings of one input file, which come one after another), and
by a serving process in memory from one build to the next."""

from __future__ import annotations

import json
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.run import Item
from briefings.site.search_index import postings
from briefings.versions import search_version


class Postings:
    def __init__(self, cache_dir: Path, memory: dict[tuple[str, int], dict] | None = None) -> None:
        """`memory`: what the previous build of this process kept (None: a
        one-off build, which keeps nothing)."""
        self.folder = cache_dir / "search" / search_version()
        self.memory = memory if memory is not None else {}
        self.keep = memory is not None
        self.kept: dict[tuple[str, int], dict] = {}  # what the next build may take from memory
        self._key: str | None = None
        self._group: dict[str, dict] = {}
        self._dirty = False

    def of(self, item: Item) -> dict[str, list]:
        """The postings of an item; computed from the whole briefing only
        when neither memory nor disk has them."""
        if item.key is None:  # a stale or read-back briefing: not in the cache
            return postings(item.whole())
        name = (item.key, item.index)
        found = self.memory.get(name)
        if found is None:
            if item.key != self._key:
                self._switch(item.key)
            found = self._group.get(str(item.index))
            if found is None:
                found = self._group[str(item.index)] = postings(item.whole())
                self._dirty = True
        if self.keep:
            self.kept[name] = found
        return found

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def _switch(self, key: str) -> None:
        self.close()
        self._key = key
        try:
            group = json.loads(self._file(key).read_text(encoding="utf-8"))
            self._group = group if isinstance(group, dict) else {}
        except (OSError, ValueError):
            self._group = {}  # missing or damaged: computed again

    def close(self) -> None:
        """Write what was computed for the current cache entry."""
        if self._dirty and self._key is not None:
            write_if_changed(self._file(self._key), json.dumps(self._group, ensure_ascii=False))
        self._dirty = False
