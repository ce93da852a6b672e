"""A briefing as a run hands it on: its light form, always at hand, and the
whole briefing, read back from the cache only when something needs it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefings.run.cache import read_briefing


@dataclass(frozen=True, slots=True)
class LightBriefing:
    """What lists and the search index show of a briefing, a few hundred
    bytes: a serving process keeps this of every article, not the whole."""

    id: str
    title: str
    summary: str  # the first summary sentence
    chars: int  # the length of the text
    path: str
    record: int | None
    published: str | None
    outlet: str | None

    @classmethod
    def of(cls, b: dict) -> LightBriefing:
        src = b["source"]
        return cls(b["id"], b["title"], b["summary"][0]["text"] if b["summary"] else "", len(b["body"]),
                   src["path"], src.get("record"), src.get("published"), src.get("outlet"))


@dataclass(slots=True)
class Item:
    """A briefing on its way to the pages. `key` and `index` name it in the
    cache (None: not from the cache, as a stale or a read-back briefing),
    which gives a digest that changes whenever the briefing does."""

    light: LightBriefing
    briefing: dict | None = None  # the whole briefing, when at hand
    entry: Path | None = None
    key: str | None = None
    index: int = 0
    text: str | None = None  # the whole briefing's JSON, when it was just written to the cache under this id

    @property
    def digest(self) -> str | None:
        return f"{self.key}:{self.index}:{self.light.id}" if self.key is not None else None

    def whole(self) -> dict:
        """The whole briefing, under the id claimed in this collection."""
        if self.briefing is None:
            if self.entry is None:
                raise ValueError(f"{self.light.id}: no whole briefing and no cache entry to read it from")
            self.briefing = read_briefing(self.entry, self.index)
        self.briefing["id"] = self.light.id
        return self.briefing
