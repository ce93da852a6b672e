"""Each cache entry's light briefings and skipped records, in a small file
beside it, so that a run over files it has seen reads a few hundred bytes
a briefing rather than parsing every briefing whole (the whole one is
read back only for what needs it: a page to render, a last-good store to
write). The form of a light briefing names the file: a change to it
makes them again from the entries."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.run.item import LightBriefing
from briefings.versions import package_hash

_VERSION = package_hash(("run/item.py",))[:8]
_FIELDS = [f.name for f in fields(LightBriefing)]


def _file(entry: Path) -> Path:
    return entry.with_name(f"{entry.stem}.light-{_VERSION}.json")


def read(entry: Path) -> tuple[list[LightBriefing], list[dict]] | None:
    """The light briefings and errors of a cache entry (None: not kept, or
    damaged; its entry is read whole)."""
    try:
        data = json.loads(_file(entry).read_text(encoding="utf-8"))
        return [LightBriefing(*row) for row in data["lights"]], data["errors"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(entry: Path, lights: list[LightBriefing], errors: list[dict]) -> None:
    rows = [[getattr(b, name) for name in _FIELDS] for b in lights]
    write_if_changed(_file(entry), json.dumps({"lights": rows, "errors": errors}, ensure_ascii=False))
