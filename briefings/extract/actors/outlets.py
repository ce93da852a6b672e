"""News outlets: the publisher in its own dateline or between quote marks,
others cited between quote marks or in a byline."""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract import gazetteer as gz
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _peel_key, _sentence_keys
from briefings.lang.ar import entries, key_text
from briefings.model import Token


def _outlet_mentions(body: str, toks: list[Token], sid: int, outlet: str, sent_start: int) -> list[_Raw]:
    """The publisher named in its own text: in the dateline (إيلاف من
    لندن:) or between quote marks (لـ«عكاظ»). Elsewhere an outlet's name is
    often a plain word (اليوم، المدينة)."""
    words = _name_keys(outlet)
    n = len(words)
    # a word that peels to the name's first ends with it, or with all of
    # it but the alef that لل took (للرياض → الرياض)
    tail = words[0][1:]
    # most sentences hold no word that ends so: one search of the joined
    # keys in C, where the loop below tests each token
    if tail + "\x00" not in "\x00".join(_sentence_keys(toks)[0]) + "\x00":
        return []
    out = []
    for i in range(len(toks) - n + 1):
        k = toks[i].key
        if not k.endswith(tail):
            continue
        # most words open no outlet's name: one comparison, then the rest
        if (k != words[0] and _peel_key(k) != words[0]) or any(toks[i + x].key != words[x] for x in range(1, n)):
            continue
        before = body[max(0, toks[i].start - 1) : toks[i].start]
        after = body[toks[i + n - 1].end : toks[i + n - 1].end + 1]
        dateline = toks[i].start == sent_start and body[toks[i + n - 1].end :].lstrip().startswith("من")
        if dateline or (before in "«\"“'" and before and after in "»\"”'" and after):
            out.append(_Raw(i, i + n, "organization", sid, toks, "outlet"))
    return out


@lru_cache(maxsize=64)
def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(key_text(name).split())


@lru_cache(maxsize=1)
def _outlet_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word of each outlet's name → the names it opens, as keys."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, _source in entries("outlets"):
        ws = tuple(key_text(name).split())
        out.setdefault(ws[0], []).append(ws)
    return {w: tuple(v) for w, v in out.items()}


def _quoted_outlets(body: str, toks: list[Token], sid: int, own: str | None) -> list[_Raw]:
    """Another outlet the article cites, its name between quote marks
    (نقلت لـ«الحياة»، ذكرت "سبق"): unquoted, many are plain words."""
    span = body[max(0, toks[0].start - 1) : toks[-1].end] if toks else ""
    if "«" not in span and '"' not in span and "“" not in span:
        return []  # most sentences quote nothing
    firsts = _outlet_words()
    out = []
    for i, t in enumerate(toks):
        if not t.start or body[t.start - 1] not in "«\"“":
            continue
        for ws in firsts.get(_peel_key(t.key) if t.key not in firsts else t.key, ()):
            e = i + len(ws)
            if (e <= len(toks) and [x.key for x in toks[i + 1 : e]] == list(ws[1:])
                    and body[toks[e - 1].end : toks[e - 1].end + 1] in ("»", "\"", "”")
                    and " ".join(ws) != (key_text(own) if own else None)):
                out.append(_Raw(i, e, "organization", sid, toks, "outlet"))
    return out


# How far into the body a dateline or a byline runs (عين اليوم – جدة;
# واس- الرياض:; داليا أبوالعيش – عين اليوم)
_DATELINE = 100


_DASH_AFTER = re.compile(r"[ \t\u00a0]*[-–—]")


_DASH_BEFORE = re.compile(r"[-–—][ \t\u00a0]*$")


def _dateline_outlets(body: str, toks: list[Token], sid: int) -> list[_Raw]:
    """An outlet (the publisher or an agency) in the dateline or byline at
    the head of the body, set off by a dash: before it (واس- جدة:، عين
    اليوم – متابعات) or after it at the line's end (داليا أبوالعيش – عين
    اليوم). An outlet whose name is a place's (الرياض، المدينة) is as
    often the dateline's place, and is left to the other rules."""
    firsts = _outlet_words()
    places = gz.places()
    out = []
    for i, t in enumerate(toks):
        if t.start >= _DATELINE:
            break
        for ws in firsts.get(t.key, ()):
            e = i + len(ws)
            if e > len(toks) or [x.key for x in toks[i + 1 : e]] != list(ws[1:]) or " ".join(ws) in places:
                continue
            end = toks[e - 1].end
            before = _DASH_BEFORE.search(body[max(0, t.start - 4) : t.start])
            line_end = body[end:].lstrip(" \t\u00a0")[:1] in ("\n", "")
            if _DASH_AFTER.match(body, end) or (before and line_end):
                out.append(_Raw(i, e, "organization", sid, toks, "outlet"))
    return out


def _byline_writers(found: list[_Raw], body: str, toks: list[Token]) -> None:
    """A name the tagger read as a body at the head of the body, set off by
    a dash from an outlet's name after it (خلف الدوسري- سبق- وادي الدواسر:،
    فيصل المخلفي – عين اليوم): the byline's writer, a person, retyped in
    place; not a span with a body's head or an outlet's own name (عين
    اليوم – واس)."""
    firsts = _outlet_words()
    heads = gz.org_heads()
    for r in found:
        if r.type != "organization" or toks[r.first].start >= _DATELINE or r.last >= len(toks):
            continue
        ks = r.keys()
        if ks[0] in firsts or any(k in heads or _peel_key(k) in heads for k in ks):
            continue
        if not _DASH_AFTER.match(body, toks[r.last - 1].end):
            continue
        j = r.last
        while j < len(toks) and not any(c.isalnum() for c in toks[j].text):
            j += 1
        if j < len(toks) and any(
                [x.key for x in toks[j : j + len(ws)]] == list(ws) for ws in firsts.get(toks[j].key, ())):
            r.type = "person"
