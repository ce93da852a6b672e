"""Base forms of words: what the search matches and what stories compare.

A word's base form is its search key (briefings.lang.ar.match): the
matching key without the clitics and the article the corpus tells are
there (والتحالف، للتحالف، التحالف → تحالف; وفرنسا → فرنسا, but فالح
stays whole). The search index runs it on the text and the browser makes
the same key from tables the site writes; stories compare articles by the
same forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.lang.ar import is_stop, key, search_key
from briefings.lang.ar.stop_words import stop_words
from briefings.text.memo import lookup

_WORD = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")


@lru_cache(maxsize=300_000)
def base(word: str) -> str:
    """The search form of a word (the browser reads the same from the
    tables `search_index.search_tables` writes)."""
    return search_key(word)


def _term(word: str) -> str:
    if is_stop(key(word)):
        return ""
    b = base(word)
    return b if len(b) >= 2 and b not in stop_words() else ""


_TERMS: dict[str, str] = {}  # word → its term, "" for a stop word


def terms(text: str) -> list[str]:
    """The base forms of a text's words, stop words left out."""
    return [t for t in lookup(_TERMS, _WORD.findall(text), _term, 500_000) if t]
