"""A table of words to what was made of them, read through map(): texts
are mostly words seen before, and a dict read for each of them costs a
tenth of a cached function call."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from typing import TypeVar

V = TypeVar("V")


def lookup(table: dict[str, V], words: list[str], make: Callable[[str], V], limit: int) -> list[V]:
    """table[w] for every word, made (and kept) the first time a word is
    seen; the table starts over past `limit` entries. `make` never
    returns None."""
    if len(words) > 1:
        # most sentences hold only words met before: one itemgetter reads
        # them all in C, about 40 % cheaper than map(table.get) and a scan
        # of the result for None (bench/README, speed21); a word not met
        # yet raises, and the words are read again below
        try:
            return list(itemgetter(*words)(table))
        except KeyError:
            pass
    found = list(map(table.get, words))
    if None in found:
        if len(table) > limit:
            table.clear()
        for i, v in enumerate(found):
            if v is None:
                found[i] = table[words[i]] = make(words[i])
    return found
