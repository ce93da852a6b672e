"""Matching keys for Arabic text.

Normalization only ever produces keys for comparison; the displayed text is
never changed. `key()` maps one token; `key_text()` a phrase. The site's
search normalizes a query with these very tables (written beside its index
by search_index.py), so the browser and Python make the same key.
"""

from __future__ import annotations

import re
import unicodedata
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


def _presentation_forms() -> dict[str, str]:
    """Arabic Presentation Forms-B (U+FE70–FEFC: a letter's isolated,
    initial, medial or final glyph, the lam-alef ligatures) as the letters
    they draw, through the map above. Some pages of the corpus are written
    wholly in them (172 articles of the non-held days, 8,264 characters,
    aawsat and 3alyoum the most): وقالت ﻣﺼﺎﺩﺭ … ﺇﻥ read as no cue and no
    complementizer, whatever the text said. A form that is only a mark
    (a tanween's or a shadda's glyph) is dropped; Forms-A (ﷺ، ﴿) stay."""
    out = {}
    for c in range(0xFE70, 0xFEFD):
        n = unicodedata.normalize("NFKC", chr(c)).strip()
        if n and all("\u0621" <= ch <= "\u064a" for ch in n):
            out[chr(c)] = "".join(MAP.get(ch, ch) for ch in n)
        elif not n or all(ch == "\u0640" or "\u064b" <= ch <= "\u0652" for ch in n):
            # a medial mark's glyph (U+FE71، FE77…) is a tatweel and the mark
            out[chr(c)] = ""
    return out


MAP.update(_presentation_forms())
_MAP = str.maketrans(MAP)

_PUNCT_RE = re.compile(r"[^\w%]+")


@lru_cache(maxsize=300_000)
def key(token: str) -> str:
    """The matching key of one word (cached: news repeats its words)."""
    return _DROP_RE.sub("", token).translate(_MAP).lower()


def key_text(text: str) -> str:
    """The matching key of a phrase: words keyed, punctuation to spaces."""
    return " ".join(_PUNCT_RE.sub(" ", key(text)).split())
