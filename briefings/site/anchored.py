"""Pages of an alphabetical list that hold the same rows for good.

Cut at fixed positions, a list sorted by name shifts every page after the
place where a name is added: at 1,000 articles one new actor re-rendered
some 58 pages of the actor index (about 1,500 at 27,000). Here a page ends
at an item whose key hashes to a mark, whatever comes before it, and is
named for that item (as a file is cut into chunks by its content): a
name added or removed changes the page it falls on, and when it is a mark
itself, or moves a page's end across the shortest length, the next page
or two until the cuts meet again (1.1 pages a name on average, simulated
at 7,000 and 28,000 names); every other page keeps its rows, its name and
its neighbours. Marks count only once a page holds half its average
length, and a page holds at most `longest` items: pages of 61 to 240 rows
for an average of 120, where marks alone gave 1 to 480. The cut is a
function of the list alone, so a build from nothing cuts it the same way."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from briefings.site.paginator import ListPage

T = TypeVar("T")

END = "end"  # the name of the last page, after the last mark


@dataclass(frozen=True)
class Anchored:
    """A sorted list cut into pages of about `size` items (at least half of
    it, but for the last page; at most `longest`). `key(item)` is what
    decides a page's end (a stable identifier, not a position);
    `path(name)` is where the page named `name` goes, `first` (when given)
    where the first page goes whatever ends it; `home` is the page that
    lists them all (each page links it and its two neighbours). `salt`
    keeps the marks of two lists apart. Items of one key are never parted
    (a page is named for its last key: two pages of one name would be one
    file), so they must be next to each other in the list."""

    size: int
    longest: int
    path: Callable[[str], str]
    home: str
    salt: str
    first: str | None = None

    def marks(self, key: str) -> bool:
        """Whether an item may end a page: one in size/2, past the first half."""
        h = hashlib.blake2b(f"{self.salt}\x00{key}".encode(), digest_size=8).digest()
        return int.from_bytes(h, "big") % (self.size - self.size // 2) == 0

    def pages(self, items: Sequence[T], key: Callable[[T], str]) -> list[ListPage[T]]:
        """The pages of a sorted list, in order (none for an empty one)."""
        chunks: list[tuple[str, list[T]]] = []
        run: list[T] = []
        shortest = self.size // 2
        keys = [key(item) for item in items]
        for i, item in enumerate(items):
            run.append(item)
            k = keys[i]
            if ((len(run) >= shortest and self.marks(k)) or len(run) >= self.longest) and (
                    i + 1 == len(keys) or keys[i + 1] != k):
                chunks.append((k, run))
                run = []
        if run:
            chunks.append((END, run))
        paths = [self.path(name) for name, _ in chunks]
        if self.first is not None and paths:
            paths[0] = self.first
        out = []
        for i, (_, chunk) in enumerate(chunks):
            up = "../" * paths[i].count("/")
            pager = []
            if i > 0:
                pager.append(("السابقة", up + paths[i - 1]))
            pager.append(("كل الصفحات", up + self.home))
            if i + 1 < len(chunks):
                pager.append(("التالية", up + paths[i + 1]))
            out.append(ListPage(i + 1, chunk, paths[i], pager))
        return out
