"""Matching keys for Arabic text.

Normalization only ever produces keys for comparison; the displayed text is
never changed. `key()` maps one token; `key_text()` a phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Harakat, Quranic marks, superscript alef, and invisible controls (bidi
# marks, zero-width joiners) never belong in a matching key.
_DROP = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
)
_DROP_RE = re.compile(f"[{_DROP}]")

_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ی": "ي",  # Persian yeh, common in scraped text
        "ک": "ك",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)

_PUNCT_RE = re.compile(r"[^\w%]+")


@lru_cache(maxsize=300_000)
def key(token: str) -> str:
    """The matching key of one word (cached: news repeats its words)."""
    return _DROP_RE.sub("", token).translate(_MAP).lower()


def key_text(text: str) -> str:
    """The matching key of a phrase: words keyed, punctuation to spaces."""
    return " ".join(_PUNCT_RE.sub(" ", key(text)).split())
