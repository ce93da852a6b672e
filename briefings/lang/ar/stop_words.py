"""Stop words (data/stop_words.txt), with or without a clitic."""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar.clitics import peel
from briefings.lang.ar.lexicon import words


def stop_words() -> frozenset[str]:
    return words("stop_words")


@lru_cache(maxsize=100_000)
def is_stop(k: str) -> bool:
    """Whether a key is a stop word, perhaps with a clitic (وفي، وقال، فإن)."""
    stop = words("stop_words")
    return k in stop or bool(peel(k, lambda s: s.word in stop).clitic)
