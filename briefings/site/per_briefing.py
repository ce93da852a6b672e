"""What the site computes of each briefing (its search postings, its
collection entry), computed once: kept on disk beside the extraction
cache, one file per cache entry (the briefings of one input file, which
come one after another), in a folder named for the version of the code
that computes it, and by a serving process in memory from one build to
the next. A briefing found here is not read back whole."""

from __future__ import annotations

import json
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefings.fsutil import write_if_changed
from briefings.run import Item


class _Groups:
    """One file per cache entry under `folder`, holding what was computed
    for each of its briefings; the current entry's group is held, and
    written when the briefings move on to another entry or at close."""

    suffix = ""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._key: str | None = None
        self._group: dict = {}
        self._dirty = False

    def _load(self, data: bytes) -> dict | None:
        raise NotImplementedError

    def _dump(self, group: dict) -> str | bytes:
        raise NotImplementedError

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{self.suffix}"

    def _switch(self, key: str) -> None:
        self.close()
        self._key = key
        try:
            group = self._load(self._file(key).read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            group = None
        self._group = group if group is not None else {}  # missing or damaged: computed again

    def close(self) -> None:
        """Write what was computed for the current cache entry."""
        if self._dirty and self._key is not None:
            write_if_changed(self._file(self._key), self._dump(self._group))
        self._dirty = False


class PerBriefing(_Groups):
    suffix = ".json"

    def __init__(self, folder: Path, compute: Callable[[dict], Any],
                 memory: dict[tuple[str, int], Any] | None = None) -> None:
        """`memory`: what the previous build of this process kept (None: a
        one-off build, which keeps nothing)."""
        super().__init__(folder)
        self.compute = compute
        self.memory = memory if memory is not None else {}
        self.keep = memory is not None
        self.kept: dict[tuple[str, int], Any] = {}  # what the next build may take from memory

    def of(self, item: Item) -> Any:
        """The value of an item; computed from the whole briefing only
        when neither memory nor disk has it."""
        if item.key is None:  # a stale or read-back briefing: not in the cache
            return self.compute(item.whole())
        name = (item.key, item.index)
        found = self.memory.get(name)
        if found is None:
            if item.key != self._key:
                self._switch(item.key)
            found = self._group.get(str(item.index))
            if found is None:
                found = self._group[str(item.index)] = self.compute(item.whole())
                self._dirty = True
        if self.keep:
            self.kept[name] = found
        return found

    def _load(self, data: bytes) -> dict | None:
        group = json.loads(data.decode("utf-8"))
        return group if isinstance(group, dict) else None

    def _dump(self, group: dict) -> str:
        return json.dumps(group, ensure_ascii=False)


class EntryParts(_Groups):
    """Each briefing's collection entry as a one-off build spools it: its id
    and the marshal bytes of each of its parts (`pages.PARTS`), kept on disk
    one file per cache entry as `PerBriefing` keeps the entries. A build
    then reads bytes and spools them as they are: read from the entries'
    JSON and packed again, every briefing's entry cost a JSON parse and
    three marshal dumps at every build (0.7 to 1 CPU s at 10,000 articles).
    What is not here is made from the entry `PerBriefing` gives (the JSON
    cache stays the serving process's, which keeps its entries whole)."""

    suffix = ".marshal"

    def __init__(self, folder: Path, parts: tuple[Callable[[dict], dict], ...],
                 packed: Callable[[dict], tuple[bytes, ...]] | None = None,
                 head: Callable[[dict], tuple] | None = None) -> None:
        """`packed`: an entry's bytes of each part (pages.packed; None:
        marshal's of each); `head`, what is kept of it as it is after them
        (pages.head: read without unpacking a part)."""
        super().__init__(folder)
        self.parts = parts
        self.packed = packed or (lambda e: tuple(marshal.dumps(part(e)) for part in parts))
        self.head = head

    def pack(self, e: dict) -> tuple:
        return (e["id"], *self.packed(e), *((self.head(e),) if self.head is not None else ()))

    def of(self, item: Item, entry: Callable[[Item], dict]) -> tuple:
        """(id, bytes of each part) of an item; `entry` gives its entry
        when they are not kept."""
        if item.key is None:  # a stale or read-back briefing: not in the cache
            return self.pack(entry(item))
        if item.key != self._key:
            self._switch(item.key)
        found = self._group.get(item.index)
        if found is None:
            found = self._group[item.index] = self.pack(entry(item))
            self._dirty = True
        return found

    def _load(self, data: bytes) -> dict | None:
        group = marshal.loads(data)
        n = len(self.parts) + 1
        ok = isinstance(group, dict) and all(
            isinstance(v, tuple) and len(v) == n + (self.head is not None) and isinstance(v[0], str)
            and all(isinstance(b, bytes) for b in v[1:n]) and (self.head is None or isinstance(v[n], tuple))
            for v in group.values())
        return group if ok else None

    def _dump(self, group: dict) -> bytes:
        return marshal.dumps(group)
