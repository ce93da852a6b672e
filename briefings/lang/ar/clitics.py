"""Proclitics: every way to read a word's first letters as clitics, for the
caller to choose among by lookup. Nothing here decides that a word carries
a clitic: that is what keeps a name whole (فالح، فرنسا، وائل).

A word may carry, in this order, a conjunction (و ف), a preposition (ب ك ل)
and the article (ال); after ل the article loses its alef (للعراق = ل +
العراق). The letters come from `data/proclitics.txt`.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache
from typing import NamedTuple

from briefings.lang.ar.lexicon import table
from briefings.lang.ar.normalize import DROP_RANGES

ARTICLE = "ال"
# A word left after the clitics has at least this many letters.
MIN_WORD = 2
# The article comes off (Split.bare) only when it leaves this many.
MIN_BARE = 3


class Split(NamedTuple):
    """A word read as clitics + word. `word` keeps its article and has it
    back where لل stood for ل + ال (`restored`): للعراق → ("ل", "العراق")."""

    clitic: str  # the letters cut from the front of the written key: "", "و", "وب", "فل" …
    word: str
    restored: bool = False

    @property
    def bare(self) -> str:
        return bare(self.word)


# A Split from a (clitic, word, restored) tuple without NamedTuple's
# Python-level __new__: peel and lookup make one per candidate, for every
# word the extractors read
_split = tuple.__new__


def bare(word: str) -> str:
    """A word without its article, as search and alias matching compare
    words (العراق → عراق, الخلية → خلية); a word the article would leave
    shorter than MIN_BARE letters is kept whole (الله، الح)."""
    return word[2:] if word.startswith(ARTICLE) and len(word) - 2 >= MIN_BARE else word


@lru_cache(maxsize=1)
def clitic_sequences() -> tuple[str, ...]:
    """Every run of proclitics a word can open with (article aside),
    longest first: وب، ول، فك … و، ف، ب، ك، ل."""
    kinds = table("proclitics")
    conj = [c for c, k in kinds.items() if k == "conjunction"]
    prep = [c for c, k in kinds.items() if k == "preposition"]
    runs = {c + p for c in ["", *conj] for p in ["", *prep]} - {""}
    return tuple(sorted(runs, key=lambda r: (-len(r), r)))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(c[0] for c in clitic_sequences())


def candidates(k: str) -> tuple[Split, ...]:
    """Every split of a key, longest clitic first and the whole word last.
    After a ل the article is tried restored before the word as written:
    للعراق → (ل، العراق), (ل، لعراق), (، للعراق); للبنان → … (ل، لبنان)."""
    return (*(Split(*r) for r in readings(k)), Split("", k))


@lru_cache(maxsize=300_000)
def readings(k: str) -> tuple[tuple[str, str, bool], ...]:
    """The splits with a clitic, as plain tuples: a cache of Split objects
    would stay tracked by the garbage collector (a tuple subclass never
    leaves it), and scanning them cost a tenth of extraction."""
    if k[:1] not in _openers():
        return ()  # most words: no clitic letter to begin with
    out = []
    for c in clitic_sequences():
        if k.startswith(c) and len(k) - len(c) >= MIN_WORD:
            rest = k[len(c) :]
            if c[-1] == "ل" and rest[0] == "ل" and len(rest) > MIN_WORD:
                out.append((c, "ا" + rest, True))
            out.append((c, rest, False))
    return tuple(out)


def peel(k: str, accept: Callable[[Split], bool]) -> Split:
    """The first candidate `accept` takes, the whole word if none: each
    caller accepts by its own lexicon (a month name, a number word, the
    gazetteer, the corpus vocabulary)."""
    for r in readings(k):
        s = _split(Split, r)
        if accept(s):
            return s
    return _split(Split, ("", k, False))


def lookup(k: str, lexicon: Container[str]) -> Split:
    """A word read against a lexicon: itself if the lexicon holds it, else
    the first split whose word it holds (والخميس → الخميس), else itself."""
    if k in lexicon:
        return _split(Split, ("", k, False))
    for r in readings(k):
        if r[1] in lexicon:
            return _split(Split, r)
    return _split(Split, ("", k, False))


def clitic_length(text: str, split: Split) -> int:
    """How many characters of a token as written its clitic takes, with the
    marks on it (وَبِـ): where the word starts in the text."""
    i = seen = 0
    while i < len(text) and seen < len(split.clitic):
        if not _dropped(text[i]):
            seen += 1
        i += 1
    while i < len(text) and _dropped(text[i]):
        i += 1
    return i


def _dropped(c: str) -> bool:
    o = ord(c)
    return any(a <= o <= b for a, b in DROP_RANGES)
