"""What a serving process keeps of its runs between builds (`mkdocs serve`
builds again and again in one process): the light briefings and errors of
every cache entry it read, so an unchanged collection is not parsed again,
and which input files' last-good stores are up to date."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefings.run.item import LightBriefing


@dataclass
class RunMemory:
    # cache key → (light briefings, errors): a few hundred bytes a
    # briefing, so ten thousand cost little memory
    entries: dict[str, tuple[list[LightBriefing], list[dict]]] = field(default_factory=dict)
    # input file → the cache key its last-good store was written from
    synced: dict[Path, str] = field(default_factory=dict)
