"""The corpus vocabulary: the 60,000 commonest words of a news corpus with
their counts (briefings/data/vocab.txt.gz, see its README), and the
clitic test built on it for words no smaller lexicon holds.

Considered and not taken: wordfreq's Arabic list (Apache-2.0 code, its data
CC BY-SA 4.0) is general web text in a 57 MB wheel; this list is news, the
domain we read, and ships in 260 kB.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from briefings.lang.ar.clitics import ARTICLE, Split, readings


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Normalized word → how often the corpus writes it."""
    path = resources.files("briefings.data") / "vocab.txt.gz"
    out: dict[str, int] = {}
    if not path.is_file():
        return out
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        for line in f:
            w, _, c = line.rstrip("\n").partition("\t")
            if w:
                out[w] = int(c or 1)
    return out


def count(k: str) -> int:
    return vocabulary().get(k, 0)


def peel_known(k: str) -> Split:
    """A word's clitics, by the corpus: one comes off when what remains is
    a commoner word than the whole (وفرنسا → فرنسا, ببغداد → بغداد), never
    when the whole is the commoner (فالح، فيصل stay), a short word the
    corpus knows (وهو، كما، بها), or a noun the corpus also writes with the
    article, which no clitic can precede (الوادي: وادي stays; الفكرة:
    فكرة stays)."""
    return Split(*_known(k))


@lru_cache(maxsize=300_000)
def _known(k: str) -> tuple[str, str, bool]:
    # a plain tuple in the cache (see clitics.readings)
    vocab = vocabulary()
    whole = vocab.get(k, 0)
    if whole and len(k) <= 3 or vocab.get(ARTICLE + k, 0):
        return ("", k, False)
    # the splits read as plain tuples: peel would make a Split and call a
    # test for each, and this runs for every new word of a text
    for r in readings(k):
        if vocab.get(r[1], 0) > whole:
            return r
    return ("", k, False)
