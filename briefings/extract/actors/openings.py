"""What a word can open (a rank, an office, a body, a place, a cue), one
lookup a word: each rule pass looks only at the tokens that open its kind."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from briefings.extract import gazetteer as gz
from briefings.extract.actors.words import _peel_key, _sentence_keys, _undefine
from briefings.lang.ar import key
from briefings.model import Token
from briefings.text.memo import lookup


def _rank_at(toks: list[Token], i: int) -> int:
    """Length in tokens of the rank starting at token i (0 if none)."""
    opened = _ranks_opened_by(toks[i].key)
    if not opened:
        return 0  # most words open none: the rule passes ask of every token
    n = len(toks)
    for r in opened:
        if i + len(r) <= n and all(toks[i + x].key == r[x] for x in range(1, len(r))):
            return len(r)
    return 0


@lru_cache(maxsize=200_000)
def _ranks_opened_by(k: str) -> tuple[tuple[str, ...], ...]:
    """The ranks a word can open, as written and with its clitic peeled."""
    by_first = gz.ranks_by_first()
    return (*by_first.get(k, ()), *by_first.get(_peel_key(k), ()))


@lru_cache(maxsize=200_000)
def _opens_office(k: str) -> bool:
    """Whether a word can open a rank or, its clitic peeled, is the head of
    an office: _rule_people looks no further at the rest (most words)."""
    return bool(_ranks_opened_by(k)) or _peel_key(k) in gz.title_heads()


@lru_cache(maxsize=200_000)
def _heads_org(k: str) -> bool:
    """Whether a word, its clitic peeled, is the head noun of a body, with
    the article or without: _rule_orgs looks no further at the rest."""
    head = _peel_key(k)
    heads = gz.org_heads()
    return head in heads or _undefine(head) in heads


_ROYAL = {key(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان")}


@lru_cache(maxsize=1)
def _place_sizes() -> dict[str, tuple[int, ...]]:
    """First word of each place name → the lengths in words of the names
    it opens, longest first: most words open none, and cost one lookup."""
    sizes: dict[str, set[int]] = {}
    for name in gz.places():
        words = name.split()
        if len(words) <= 3:
            sizes.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(s, reverse=True)) for w, s in sizes.items()}


@lru_cache(maxsize=200_000)
def _place_opening(k: str) -> tuple[str, tuple[int, ...]]:
    """A word as a place's name would begin with it (itself if the gazetteer
    holds it, else peeled), and the lengths of the names it opens: one
    lookup a word."""
    k0 = k if k in gz.places() else _peel_key(k)
    return k0, _place_sizes().get(k0, ())


# Words that announce a place's name after them (حي النسيم، محافظة حجة،
# ضاحية دار سعد): the cues of LOC in briefings/training/priors.py less
# those of direction, which also open common phrases (شمال البلاد).
_PLACE_CUES = {key(w) for w in ("مدينة", "محافظة", "منطقة", "ولاية", "قرية", "بلدة", "مقاطعة", "حي", "ضاحية",
                                "مديرية", "إقليم", "جزيرة")}


_AREA = key("منطقة")


@lru_cache(maxsize=200_000)
def _place_cue(k: str) -> str:
    """The place cue a token is, clitic and all (وحي، بحي: the peeler
    keeps these whole, as وحي is also a word), or ""."""
    w = _peel_key(k)
    if w in _PLACE_CUES:
        return w
    return k[1:] if len(k) > 2 and k[0] in "وبلف" and k[1:] in _PLACE_CUES else ""


# What a word can open, one bit a rule pass: each pass looks only at the
# tokens with its bit, found in C from a dict read once a word (a cached
# function called for every token of every pass was a fifth of actor
# extraction: a bounded lru_cache costs several dict reads a call).
_OPENS_OFFICE, _HEADS_ORG, _OPENS_PLACE, _PLACE_CUE, _ROYAL_WORD = 1, 2, 4, 8, 16


_FLAGS: dict[str, int] = {}


def _flags_of(k: str) -> int:
    """A word's bits, made once a word (a new word costs this): the tests
    of _opens_office, _heads_org, _place_opening and _place_cue from one
    peel, without a call of each cached test (each a miss of its cache
    here, whose word the passes then read from _FLAGS)."""
    w = _peel_key(k)
    ranks = gz.ranks_by_first()
    office = k in ranks or w in ranks or w in gz.title_heads()
    heads = gz.org_heads()
    org = w in heads or _undefine(w) in heads
    places = gz.places()
    place = (k if k in places else w) in _place_sizes()
    cue = w in _PLACE_CUES or (len(k) > 2 and k[0] in "وبلف" and k[1:] in _PLACE_CUES)
    return _OPENS_OFFICE * office | _HEADS_ORG * org | _OPENS_PLACE * place | _PLACE_CUE * cue | _ROYAL_WORD * (k in _ROYAL)


# the last sentence's (tokens, flags, the tokens with any flag): the five
# passes of one sentence ask in turn, and most words open nothing, so each
# pass reads the few flagged tokens instead of a sentence of flags
_LAST: list[tuple[list[Token] | None, list[int], list[int]]] = [(None, [], [])]


def _opening(toks: list[Token], bit: int) -> list[int]:
    """The tokens whose word has `bit`, in order."""
    last = _LAST[0]  # one read: another thread may set it meanwhile
    if last[0] is not toks:
        # the keys the other passes read (one list a sentence, not two)
        flags = lookup(_FLAGS, _sentence_keys(toks)[0], _flags_of, 300_000)
        last = _LAST[0] = (toks, flags, list(compress(range(len(flags)), flags)))
    flags = last[1]
    return [i for i in last[2] if flags[i] & bit]


def _rank_at_word(k: str) -> bool:
    return bool(_ranks_opened_by(k))
