"""One paginator for every list page: the archive, the actors, the
timeline by year, the ledger by kind, the briefings by outlet and month."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class ListPage(Generic[T]):
    number: int  # from 1
    items: list[T]
    path: str  # relative to docs/
    pager: list[tuple[int, str]]  # (number, link from this page) of every page


@dataclass(frozen=True)
class Paginator:
    """Lists cut into pages of `size`; `path(n)` is where page n goes."""

    size: int
    path: Callable[[int], str]

    def page_of(self, position: int) -> int:
        """The page that holds the item at this position (from 0)."""
        return position // self.size + 1

    def pages(self, items: list[T]) -> list[ListPage[T]]:
        """The pages of a list: at least one, empty for an empty list."""
        chunks = [items[i : i + self.size] for i in range(0, len(items), self.size)] or [[]]
        count = len(chunks)
        out = []
        for n, chunk in enumerate(chunks, 1):
            here = self.path(n)
            up = "../" * here.count("/")
            out.append(ListPage(n, chunk, here, [(k, up + self.path(k)) for k in range(1, count + 1)]))
        return out


def numbered(folder: str, stem: str) -> Callable[[int], str]:
    """Pages `folder/stem.md`, `folder/stem-2.md`, …"""
    return lambda n: f"{folder}/{stem}.md" if n == 1 else f"{folder}/{stem}-{n}.md"


@dataclass(frozen=True)
class FromOldest:
    """A list of dated items, newest first, whose pages are numbered from
    the oldest end, so that page n holds the same items for as long as
    items are added at the newest end (today's news): an item added
    changes the newest page and the list's first page, not every page
    after it. The first page (`first`) shows the newest `size` items and
    links the numbered pages (`path(n)`); undated items, which sort after
    the oldest, are on pages of their own (`undated(n)`), in the order
    given. A page's pager links the first page and the numbered pages
    within WINDOW of it, not every page: a page added would change them all."""

    size: int
    first: str
    path: Callable[[int], str]
    undated: Callable[[int], str]

    WINDOW = 2

    def dated_pages(self, dated: list) -> int:
        """How many numbered pages the dated items fill (what `label` counts)."""
        return -(-len(dated) // self.size)

    def pages(self, dated: list[T], undated: list[T] = ()) -> list[ListPage[T]]:
        """The first page (number 0), the numbered pages (1 the oldest),
        then the pages of undated items (numbers after the dated ones');
        only the first page when it holds them all."""
        if len(dated) + len(undated) <= self.size:  # all on the first page: no numbered page repeats it
            return [ListPage(0, [*dated, *undated], self.first, [])]
        oldest = dated[::-1]
        chunks = [oldest[i : i + self.size][::-1] for i in range(0, len(oldest), self.size)]
        spare = [list(undated[i : i + self.size]) for i in range(0, len(undated), self.size)]
        count = self.dated_pages(dated)
        where = {n: self.path(n) for n in range(1, count + 1)}
        where.update({count + j: self.undated(j) for j in range(1, len(spare) + 1)})
        newest = [*dated[: self.size], *undated[: max(0, self.size - len(dated))]]
        out = [ListPage(0, newest, self.first, self._pager(0, count, len(spare), where, self.first))]
        for n, chunk in enumerate([*chunks, *spare], 1):
            out.append(ListPage(n, chunk, where[n], self._pager(n, count, len(spare), where, where[n])))
        return out

    @staticmethod
    def label(n: int, count: int) -> int | str:
        """How page n of a list with `count` dated pages is called in its
        pager (the template's `page`: the pager marks the page of that label)."""
        return "الأحدث" if n == 0 else n if n <= count else f"بلا تاريخ {n - count}"

    def _pager(self, n: int, count: int, spare: int, where: dict[int, str], here: str) -> list[tuple[int | str, str]]:
        """(label, link from this page) of the pages this one links: the
        first, the newest numbered ones near it, the oldest, the undated."""
        up = "../" * here.count("/")
        if n == 0:  # the first page: the newest numbered pages, and the oldest
            shown = {*range(max(1, count - 2 * self.WINDOW), count + 1), 1}
        elif n > count:  # an undated page: the other undated ones, and the oldest dated
            shown = {1} if count else set()
        else:
            shown = {*range(max(1, n - self.WINDOW), min(count, n + self.WINDOW) + 1), 1}
        if n == 0 or n == 1 or n > count:  # the undated pages follow the oldest
            shown |= set(range(count + 1, count + spare + 1))
        order = [0, *sorted((k for k in shown if k <= count), reverse=True), *sorted(k for k in shown if k > count)]
        return [(self.label(k, count), up + (self.first if k == 0 else where[k])) for k in order]
