"""Matching keys for Arabic text.

Normalization only ever produces keys for comparison; the displayed text is
never changed. `key()` maps one token; `key_text()` a phrase. The site's
search normalizes a query with these very tables (written beside its index
by search_index.py), so the browser and Python make the same key.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Harakat, Quranic marks, superscript alef, tatweel, and invisible controls
# (bidi marks, zero-width joiners, soft hyphen) never belong in a matching
# key. Inclusive code point ranges.
DROP_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0xFEFF, 0xFEFF), (0x00AD, 0x00AD),
)
_DROP_RE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in DROP_RANGES) + "]")

# One letter for the forms spelling varies on: alef with hamza or madda,
# alef maqsura, ta marbuta, hamza on waw or ya, Persian yeh and kaf as
# scraped text has them; and ASCII digits for Arabic-Indic and Persian ones.
MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ک": "ك",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}
_MAP = str.maketrans(MAP)

_PUNCT_RE = re.compile(r"[^\w%]+")


@lru_cache(maxsize=300_000)
def key(token: str) -> str:
    """The matching key of one word (cached: news repeats its words)."""
    return _DROP_RE.sub("", token).translate(_MAP).lower()


def key_text(text: str) -> str:
    """The matching key of a phrase: words keyed, punctuation to spaces."""
    return " ".join(_PUNCT_RE.sub(" ", key(text)).split())
