"""Bodies named between quote marks right after their head (شركة «رو»،
تنظيم (بي كي كي)، لقناة «المسيرة»): the quoted words are the name, as
the gold writes it (سكاي نيوز عربية of لقناة “سكاي نيوز عربية”), where the
tagger does not know it and the head-noun pass stops at the mark. Heads
from `quoted_heads.txt` (bench/org_quoted.py's counts, bench/README.md,
"Organizations, eleventh round")."""

from __future__ import annotations

from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _is_punct, _peel_key
from briefings.lang.ar import words
from briefings.model import Token

_OPENING = frozenset("«\"“(")
_CLOSING = frozenset("»\"”)″")
# a name is a few words; more is a phrase or a title between the marks
_LONGEST = 5


def _quoted_bodies(toks: list[Token], sid: int) -> list[_Raw]:
    """A listed head without the article, an opening mark, one to five
    words with no mark among them and a closing mark: the words between
    the marks name a body."""
    heads = words("quoted_heads")
    out = []
    n = len(toks)
    for i in range(n - 3):
        if toks[i + 1].text not in _OPENING or _peel_key(toks[i].key) not in heads:
            continue
        e = i + 2
        while e < n and e - i - 2 <= _LONGEST and not _is_punct(toks[e]):
            e += 1
        if e == i + 2 or e - i - 2 > _LONGEST or e >= n or toks[e].text not in _CLOSING:
            continue
        if all(t.text.isdecimal() for t in toks[i + 2 : e]):
            continue
        out.append(_Raw(i + 2, e, "organization", sid, toks, "rule", whole=True))
    return out
