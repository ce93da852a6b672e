"""Ids unique in the collection, whatever the inputs are named. An id
names a briefing's files (`<id>.md`, `<id>.json`, and `<id>-text.md` for a
long article's full text), so no two ids may name the same file."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from briefings.run.item import LightBriefing

# The site names a long article's full-text page `<id>-text`: no id ends so,
# or an article named `X-text.txt` and a long `X.txt` would write one page.
TEXT_SUFFIX = "-text"


class Ids:
    """A repeat gets its path's hash, and so does an id ending with the
    full-text suffix. Ids are compared without case: on a file system that
    ignores it (macOS, Windows) `A.md` and `a.md` are one file."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, b: LightBriefing) -> LightBriefing:
        """The briefing under an id no other of this collection has."""
        new = b.id
        i = 1
        while new.lower() in self.seen or new.lower().endswith(TEXT_SUFFIX):
            digest = hashlib.sha1(f"{b.path}\x00{b.record}\x00{i}".encode()).hexdigest()[:8]
            new = f"{b.id}-{digest}"
            i += 1
        self.seen.add(new.lower())
        return b if new == b.id else replace(b, id=new)
