"""The last good briefings of each input file: an article that fails now
keeps its last good briefing, marked stale with the reason, so a rerun
never loses a briefing that was good and never passes an old one off as
current."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from briefings.fsutil import link_or_copy, write_if_changed
from briefings.run.options import relative


class LastGood:
    def __init__(self, cache_dir: Path) -> None:
        self.folder = cache_dir / "last-good"

    def keep(self, file: Path, root: Path, found: list[dict], failed: list[dict], entry: Path | None) -> list[dict]:
        """Store a file's good briefings and return, marked stale, the last
        good ones of its records that failed now. The store of a file is a
        hard link to its cache entry (immutable: entries are replaced, never
        rewritten), so keeping it costs no copy; it becomes a file of its
        own only while some record fails and keeps an older good version."""
        store = self._store(file, root)
        good = _read_store(store) if failed else {}
        stale = []
        kept = []
        for f in failed:
            for k in _covered(f, good):
                prev = good.pop(k)
                stale.append({**prev, "stale": f["reason"]})
                kept.append(prev)
        if not found:
            return stale
        if not kept and entry is not None and entry.is_file():
            self.link(file, root, entry)
        else:
            write_if_changed(store, json.dumps({"briefings": [*found, *kept]}, ensure_ascii=False))
        return stale

    def link(self, file: Path, root: Path, entry: Path | None) -> None:
        """The store of a file none of whose records failed: its cache entry."""
        if entry is not None and entry.is_file():
            link_or_copy(entry, self._store(file, root))

    def _store(self, file: Path, root: Path) -> Path:
        return self.folder / f"{hashlib.sha1(relative(file, root).encode()).hexdigest()}.json"


def _record_key(path: str, record: int | None) -> str:
    return f"{path}\x00{'' if record is None else record}"


def _covered(failure: dict, good: dict[str, dict]) -> list[str]:
    """The stored briefings a failure stands for: its record's; or, when a
    whole file or archive member failed (no record), every one that came
    from it (a JSON array, a JSON Lines file, a ZIP and its members)."""
    if failure.get("record") is not None:
        k = _record_key(failure["path"], failure["record"])
        return [k] if k in good else []
    path = failure["path"]
    inside = f"{path}/"
    return [k for k, b in good.items() if b["source"]["path"] == path or b["source"]["path"].startswith(inside)]


def _read_store(store: Path) -> dict[str, dict]:
    try:
        data = json.loads(store.read_text(encoding="utf-8"))
        # a cache entry ({"briefings": [...]}), or the older form keyed by record
        found = data["briefings"] if isinstance(data.get("briefings"), list) else list(data.values())
        return {_record_key(b["source"]["path"], b["source"].get("record")): b for b in found}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return {}  # a damaged store keeps nothing, as a missing one
