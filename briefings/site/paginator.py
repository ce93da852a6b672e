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
