"""Ids unique in the collection, whatever the inputs are named."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from briefings.run.item import LightBriefing


class Ids:
    """Ids stay unique in the collection: a repeat gets its path's hash."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, b: LightBriefing) -> LightBriefing:
        """The briefing under an id no other of this collection has."""
        new = b.id
        i = 1
        while new in self.seen:
            digest = hashlib.sha1(f"{b.path}\x00{b.record}\x00{i}".encode()).hexdigest()[:8]
            new = f"{b.id}-{digest}"
            i += 1
        self.seen.add(new)
        self.seen.add(f"{new}-text")  # the page of a long article's full text
        return b if new == b.id else replace(b, id=new)
