"""The extraction cache: one entry per input file, keyed by the file's
bytes, its path and the extraction code and data, so an unchanged article
is never extracted again. Entries are replaced, never rewritten in place
(the last-good store links to them)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.readers import Source
from briefings.run.extraction import FileResult
from briefings.versions import extraction_version


class Cache:
    def __init__(self, cache_dir: Path) -> None:
        # one folder a version of the code (briefings/run/prune.py takes
        # the old ones away)
        self.folder = cache_dir / "extract" / extraction_version()

    def key(self, src: Source) -> str:
        return hashlib.sha256(f"{extraction_version()}\x00{src.sha256}\x00{src.path}".encode()).hexdigest()

    def entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """A look at the cache, not a read of it: the entry is read once,
        when its result is taken."""
        return self.entry(key).is_file()

    def read(self, key: str) -> FileResult | None:
        """The entry's result; None for a missing or damaged entry, which is
        simply redone."""
        try:
            entry = json.loads(self.entry(key).read_text(encoding="utf-8"))
            return FileResult(entry["briefings"], entry["errors"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, key: str, result: FileResult) -> list[str]:
        """Write the entry; each briefing's JSON as it is in the entry (what
        `json.dumps` of the whole would write), for a caller that writes it
        again: one encoding a briefing, not two."""
        texts = [json.dumps(b, ensure_ascii=False) for b in result.briefings]
        errors = json.dumps(result.errors, ensure_ascii=False)
        write_if_changed(self.entry(key), '{"briefings": [' + ", ".join(texts) + '], "errors": ' + errors + "}")
        return texts


_last: list = [None, []]  # the entry read last and its briefings


def read_briefing(entry: Path, index: int) -> dict:
    """One briefing of a cache entry, read back whole. A file's briefings
    are asked for one after another, so the entry read last is kept (one
    file's briefings): it is parsed once, not once a briefing. An entry
    never changes (its name is the hash of what made it), so what was read
    of it stays true. The briefing is a shallow copy: its reader sets its
    id (nothing changes what is inside it)."""
    if _last[0] != entry:
        _last[:] = [None, json.loads(entry.read_text(encoding="utf-8"))["briefings"]]
        _last[0] = entry
    return dict(_last[1][index])


def forget_read() -> None:
    """Let the entry read last go (a run is done: a serving process would
    hold it until its next build)."""
    _last[:] = [None, []]
