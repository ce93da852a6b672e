"""Search keys: the one form every spelling of a word is indexed and
looked up by (وفرنسا، فرنسا → فرنسا; ببغداد → بغداد; للعراق، العراق →
عراق).

The browser makes the same key from tables this module writes, with no
rule of its own: `forms()` holds the base of every word of the corpus
vocabulary, and a word outside it is read by `prefixes()`, tried in order
against that table. `base` below is that very procedure, so Python and the
browser agree by construction (tests/test_search_parity.py checks 5,000
corpus words in Chromium).
"""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar.clitics import ARTICLE, MIN_BARE, MIN_WORD, clitic_sequences
from briefings.lang.ar.normalize import DROP_RANGES, MAP, key
from briefings.lang.ar.vocabulary import peel_known, vocabulary


@lru_cache(maxsize=1)
def prefixes() -> tuple[tuple[str, bool], ...]:
    """(letters, sure) to try on a word outside the vocabulary, longest
    first. `sure` marks a run that ends in the article (وال، بال، لل، ال):
    no word opens so, and what follows is taken whatever it is; any other
    run (و، وب) comes off only before a word of the vocabulary."""
    out: set[tuple[str, bool]] = {(ARTICLE, True)}
    for c in clitic_sequences():
        out.add((c, False))
        out.add((c + (ARTICLE[1] if c.endswith("ل") else ARTICLE), True))
    return tuple(sorted(out, key=lambda p: (-len(p[0]), not p[1], p[0])))


@lru_cache(maxsize=300_000)
def base(k: str) -> str:
    """The search key of a normalized word."""
    vocab = vocabulary()
    if k in vocab:
        b = peel_known(k).bare
        return k if b == k else base(b)
    # outside the vocabulary: first a run of clitics before a known word,
    # then one that ends in the article
    runs = [(letters, sure) for letters, sure in prefixes() if k.startswith(letters)]
    for letters, _sure in runs:
        rest = k[len(letters) :]
        if len(rest) >= MIN_WORD and rest in vocab:
            return base(rest)
    for letters, sure in runs:
        rest = k[len(letters) :]
        if sure and len(rest) >= MIN_BARE:
            return base(rest)
    return k


@lru_cache(maxsize=100_000)
def readings(t: str) -> tuple[str, ...]:
    """The other readings of a search key outside the vocabulary, which may
    still carry a clitic the corpus could not tell (لتاويله، و667): its
    key without each clitic run that leaves at least MIN_BARE letters. The
    search index posts a word under these too, at less weight, and the
    browser tries them for such a query word (from the same tables)."""
    if t in vocabulary():
        return ()
    found = (base(t[len(letters) :]) for letters, _sure in prefixes() if t.startswith(letters) and len(t) - len(letters) >= MIN_BARE)
    return tuple(r for r in dict.fromkeys(found) if r != t)


def search_key(word: str) -> str:
    return base(key(word))


def forms() -> dict[str, str]:
    """Every vocabulary word → its search key (most are their own)."""
    return {k: base(k) for k in vocabulary()}


def rules() -> dict:
    """What the browser needs to make a key and read a word outside the
    vocabulary: the marks dropped and the letters mapped (normalize.py),
    the clitic runs in the order `base` tries them, and the lengths."""
    return {
        "drop": [list(r) for r in DROP_RANGES],
        "map": MAP,
        "prefixes": [[letters, sure] for letters, sure in prefixes()],
        "minWord": MIN_WORD,
        "minBare": MIN_BARE,
    }
