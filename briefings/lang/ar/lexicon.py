"""The word lists in `data/`, read once per process.

A list is a UTF-8 text file, one entry a line, `#` lines saying where it
comes from and why. An entry may carry values after tabs (a month's
number, a currency's code). Entries are compared by their matching key,
so a list may write a word the way newspapers do (أكد، إلى).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from briefings.lang.ar.normalize import key

DATA = "briefings.lang.ar.data"


def names() -> list[str]:
    """Every list in the package, by name (the file name without .txt)."""
    return sorted(p.name[:-4] for p in resources.files(DATA).iterdir() if p.name.endswith(".txt"))


@cache
def entries(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a list as written: each a tuple of its columns."""
    text = (resources.files(DATA) / f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(col.strip() for col in line.split("\t")))
    return tuple(out)


def entry_key(entry: str) -> str:
    """The key of an entry: each of its words keyed as a token is (the
    words of a phrase joined by one space)."""
    return " ".join(key(w) for w in entry.split())


@cache
def words(name: str) -> frozenset[str]:
    """The keys of a list's entries."""
    return frozenset(entry_key(e[0]) for e in entries(name))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column list: the key of each entry → its value as written."""
    return {entry_key(e[0]): e[1] for e in entries(name)}
