"""Pages of an alphabetical list that hold the same rows for good.

Cut at fixed positions, a list sorted by name shifts every page after the
place where a name is added: at 1,000 articles one new actor re-rendered
some 58 pages of the actor index (about 1,500 at 27,000). Here pages end
at items whose key hashes to a mark (one in `shortest`), as a file is cut
into chunks by its content, and each page is named for the item that
ends it. A mark ends a page only when the mark before it in the list is
at least `shortest` items back, so that pages are not cut to a few rows:
whether a mark counts depends on the gap to the previous mark alone, not
on where the page began, so a name added or removed changes the page it
falls on and at most the page after it (it may make the next mark count
or not), never a run of pages. A page holds at most `longest` items (a
run of that many without a mark that counts is cut by count: a name
added there moves those cuts up to the next mark that counts). Pages of
`shortest` to `longest` items, e times `shortest` on average. The cut is
a function of the list alone, so a build from nothing cuts it the same
way."""

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
    """A sorted list cut into pages of `shortest` to `longest` items (but
    for the first and last, and after a cut by count). `key(item)` is what
    decides a page's end (a stable identifier, not a position);
    `path(name)` is where the page named `name` goes, `first` (when given)
    where the first page goes whatever ends it; `home` is the page that
    lists them all (each page links it and its two neighbours). `salt`
    keeps the marks of two lists apart. Items of one key are never parted
    (a page is named for its last key: two pages of one name would be one
    file), so they must be next to each other in the list."""

    shortest: int
    longest: int
    path: Callable[[str], str]
    home: str
    salt: str
    first: str | None = None

    def marks(self, key: str) -> bool:
        """Whether an item may end a page: one in `shortest`."""
        h = hashlib.blake2b(f"{self.salt}\x00{key}".encode(), digest_size=8).digest()
        return int.from_bytes(h, "big") % self.shortest == 0

    def pages(self, items: Sequence[T], key: Callable[[T], str], marked: Sequence[bool] | None = None,
              shown: Sequence[bool] | None = None) -> list[ListPage[T]]:
        """The pages of a sorted list, in order (none for an empty one).
        `marked`, when given, says for each item whether its key `marks`
        (kept from the build before: a hash per item each build was most
        of the cut). `shown`, when given, says which items go on the pages:
        the others only cut the list (a page left with none is no page),
        so that an item that comes onto the pages or leaves them (an
        actor crossing a count) moves no cut and renames no page."""
        chunks: list[tuple[str, list[T]]] = []
        run: list[T] = []
        runs = 0  # the items of the run, shown or not
        keys = [key(item) for item in items]
        if marked is None:
            marked = [self.marks(k) for k in keys]
        last_mark = -1  # the position of the previous mark, counted or not (the list's start the first)
        for i, item in enumerate(items):
            runs += 1
            if shown is None or shown[i]:
                run.append(item)
            k = keys[i]
            if i + 1 < len(keys) and keys[i + 1] == k:
                continue  # items of one key: only the last may end a page
            cut = runs >= self.longest
            if marked[i]:
                cut = cut or i - last_mark >= self.shortest
                last_mark = i
            if cut:
                if run:
                    chunks.append((k, run))
                run, runs = [], 0
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
