"""The content words a summary compares sentences by: keys of two letters
or more that are no stop word and no day named relative to publication
(اليوم، أمس says nothing of the story). Read by the summarizer's
repetition test and by the scorer's features."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.lang.ar import is_stop, key
from briefings.lang.ar.calendar import valued

DAYS = frozenset(valued("day"))
WORD = re.compile(r"[\w\u064b-\u065f]+")
_NONE = frozenset({None})


@lru_cache(maxsize=300_000)
def is_content(k: str) -> bool:
    """Whether a key is a content word."""
    return len(k) > 1 and not is_stop(k) and k not in DAYS


@lru_cache(maxsize=200_000)
def content_key(word: str) -> str | None:
    """A word's key if it is a content word."""
    k = key(word)
    return k if is_content(k) else None


def content_words(text: str) -> frozenset[str]:
    """The keys of a text's content words."""
    ks = frozenset(map(content_key, WORD.findall(text)))
    return ks - _NONE if None in ks else ks
