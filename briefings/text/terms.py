"""Base forms of words: what the search matches and what stories compare.

A base form is the word's key (no diacritics or tatweel; one alef, ya and
ta marbuta; ASCII digits) without a leading conjunction, preposition or
article (والتحالف، للتحالف، التحالف → تحالف). The search index runs it on
the text and search.js mirrors it on the query; stories compare articles
by the same forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.text.memo import lookup
from briefings.text.normalize import key

_WORD = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")
STOP = {key(w) for w in (
    "في من على الى إلى عن مع ان أن إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد و او أو ثم بين حول خلال "
    "بعد قبل منذ حتى عند لدى ما لا لم لن هو هي هم كما وقال قال وأضاف أيضا أي كل بعض غير عبر ضد دون فيها فيه "
    "له لها التى الى الي علي انه أنه إنه به بها وفي ومن وعلى يكون تكون"
).split()}


@lru_cache(maxsize=300_000)
def base(word: str) -> str:
    """The search form of a word. Mirrors `base` in search.js exactly."""
    k = key(word)
    if len(k) >= 4 and k[0] in "وف":
        k = k[1:]
    if len(k) >= 5 and k.startswith("لل"):
        return k[2:]
    if len(k) >= 5 and k[0] in "بكل" and k[1:3] == "ال":
        return k[3:]
    if len(k) >= 4 and k.startswith("ال"):
        return k[2:]
    return k


def _term(word: str) -> str:
    b = base(word)
    return b if len(b) >= 2 and b not in STOP else ""


_TERMS: dict[str, str] = {}  # word → its term, "" for a stop word


def terms(text: str) -> list[str]:
    """The base forms of a text's words, stop words left out."""
    return [t for t in lookup(_TERMS, _WORD.findall(text), _term, 500_000) if t]
