"""Figures: counts, money, percentages, measures and dates, each with the
sentence it came from."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from briefings.extract.dates import find_dates
from briefings.extract.numbers import NUMBER_RE, NUMBER_WORDS, combine, parse_digits, word_value
from briefings.lang.ar import entries, key, lookup, peel, table, words
from briefings.lang.ar.stop_words import stop_words
from briefings.model import Figure, Sentence, Token
from briefings.text.tokens import sentence_tokens, words_only

_NOT_BEFORE = words("not_figure_before")
_NOT_UNIT = words("not_unit") | stop_words()
_MEASURES = words("units")
_MEASURE_FOLLOWERS = words("unit_followers")
_CURRENCIES = {key(e[0]): None if e[1] == "-" else e[1] for e in entries("currencies")}
_SINGULAR = {key(e[0]): key(e[2]) for e in entries("currencies") if len(e) > 2}
_CURRENCY_NISBA = {tuple(k.split()): c for k, c in table("currency_nisbas").items()}
_PERCENT_WORDS = {k for k in words("percent") if " " not in k}
_PERCENT_PHRASES = {tuple(k.split()) for k in words("percent") if " " in k}
_QUALIFIERS = sorted(((tuple(k.split()), a) for k, a in table("qualifiers").items()), key=lambda q: -len(q[0]))
_PLURAL_SCALES = {k for k, where in table("vague_quantities").items() if where == "scale"}
_VAGUE_BEFORE = {k for k, where in table("vague_quantities").items() if where == "before"}
_COUNT = frozenset({"عدد"})
_PHONE_RE = re.compile(r"(?:\+|00)?\d[\d \-]{8,}\d")


@lru_cache(maxsize=100_000)
def _number_word(k: str) -> tuple[str, str] | None:
    """(clitic, number word) of a token that is one under its clitic
    (وثلاثة، بخمسة), or None. (A plain tuple: a cached Split stays
    tracked by the garbage collector.)"""
    s = peel(k, lambda s: s.word in NUMBER_WORDS or word_value(s.word) is not None)
    return (s.clitic, s.word) if s.word in NUMBER_WORDS or word_value(s.word) is not None else None


def _is_digit_token(t: Token) -> bool:
    return t.key[:1].isdecimal() and NUMBER_RE.fullmatch(t.text) is not None


def extract_figures(
    body: str, sentences: list[Sentence], published: str | None, tokens: list[list[Token]] | None = None
) -> list[Figure]:
    pub = _parse_date(published)
    out: list[Figure] = []
    seen_relative: set[str] = set()
    tokens = tokens if tokens is not None else sentence_tokens(body, sentences)
    for s in sentences:
        toks = words_only(tokens[s.id])
        used = [False] * len(toks)
        for d in find_dates(body, toks, pub):
            for x in range(d.first, d.last + 1):
                used[x] = True
            start, end = toks[d.first].start + d.clitic, toks[d.last].end
            text = body[start:end]
            if d.relative:
                k = key(text)
                if k in seen_relative:
                    continue
                seen_relative.add(k)
            out.append(
                Figure(
                    text=text, kind=d.kind, start=start, end=end, sentence=s.id,
                    value=d.value, date=d.date, relative=d.relative, calendar=d.calendar,
                )
            )
        out.extend(_numbers(body, s, toks, used))
    out.sort(key=lambda f: f.start)
    return out


def _parse_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


def _numbers(body: str, s: Sentence, toks: list[Token], used: list[bool]) -> list[Figure]:
    out: list[Figure] = []
    i = 0
    n = len(toks)
    while i < n:
        k = toks[i].key
        # only digits or a number word can open a number (most tokens are neither)
        if used[i] or not (k[:1].isdecimal() or _number_word(k)):
            i += 1
            continue
        run = _number_run(body, toks, i, used)
        if run is None:
            i += 1
            continue
        first, last, value, clitic = run
        if _excluded(body, toks, first, last):
            i = last + 1
            continue
        fig = _describe(body, s, toks, first, last, value, used)
        if fig:
            out.append(fig)
            while last + 1 < n and toks[last + 1].start < fig.end:
                last += 1  # a range or a unit belongs to this figure
            for x in range(first, last + 1):
                used[x] = True
        i = last + 1
    return out


def _number_run(body: str, toks: list[Token], i: int, used: list[bool]):
    """(first, last, value, clitic) of a number starting at token i."""
    t = toks[i]
    n = len(toks)
    if _is_digit_token(t):
        nxt_scale = i + 1 < n and word_value(toks[i + 1].key) and word_value(toks[i + 1].key)[0] in ("scale",)
        v = parse_digits(t.text, decimal_comma=bool(nxt_scale))
        if v is None:
            return None
        last = i
        if nxt_scale:
            v *= word_value(toks[i + 1].key)[1]
            last = i + 1
        return i, last, v, ""
    # a glued newspaper decimal: 4ر16
    m = re.fullmatch(r"([0-9٠-٩]+)ر([0-9٠-٩]+)", t.text) if t.key[:1].isdecimal() else None
    if m:
        v = parse_digits(t.text)
        return (i, i, v, "") if v is not None else None
    peeled = _number_word(t.key)
    if not peeled:
        return None
    clitic, w = peeled
    words = [w]
    last = i
    j = i + 1
    while j < n and not used[j]:
        k = toks[j].key
        if k in ("عشر", "عشره") and words[-1] in ("احد", "احدي") or (word_value(k) and k not in ("احد",)):
            words.append(k)
        elif (nw := _number_word(k)) and nw[0] == "و" and word_value(nw[1]) and word_value(nw[1])[0] != "fraction":
            words.append(nw[1])
        else:
            break
        last = j
        j += 1
    if words == ["احد"] or words == ["احدي"]:
        return None
    # آلاف، ملايين with no number before them are vague, as is بضعة آلاف
    if words[0] in _PLURAL_SCALES or (i > 0 and toks[i - 1].key in _VAGUE_BEFORE):
        return None
    # a lone fraction or scale word (نصف، ألف) is not a figure without more
    if len(words) == 1 and word_value(words[0]) and word_value(words[0])[0] == "fraction":
        return None
    v = combine(words)
    if v is None:
        return None
    # one (واحد) alone is rarely a figure worth listing
    if v == 1 and len(words) == 1:
        return None
    return i, last, v, clitic


def _excluded(body: str, toks: list[Token], first: int, last: int) -> bool:
    t = toks[first]
    if first > 0:
        prev = toks[first - 1].key
        if lookup(prev, _NOT_BEFORE).word in _NOT_BEFORE:
            return True
    # a time of day (10:30) or a phone number
    after = body[toks[last].end : toks[last].end + 2]
    before = body[max(0, t.start - 1) : t.start]
    if re.match(r":\d", after) or before == ":" or re.match(r"[/\-]\d", after) or before in "/-" and before:
        return True
    window = body[max(0, t.start - 3) : toks[last].end + 12]
    m = _PHONE_RE.search(window)
    if m and len(re.sub(r"\D", "", m.group())) >= 9:
        return True
    # a number glued into a name written in Latin (COVID-19, F16)
    return bool(re.match(r"[A-Za-z]", body[t.start - 1 : t.start])) if t.start else False


def _qualifier(toks: list[Token], first: int) -> tuple[int, str]:
    for phrase, approx in _QUALIFIERS:
        n = len(phrase)
        if first - n < 0:
            continue
        cand = [t.key for t in toks[first - n : first]]
        head = cand[0]
        if cand[1:] == list(phrase[1:]) and head.endswith(phrase[0]) and (
                head == phrase[0] or peel(head, lambda s, w=phrase[0]: s.word == w).word == phrase[0]):
            return first - n, approx
    return first, "exact"


def _describe(body, s, toks, first, last, value, used) -> Figure | None:
    n = len(toks)
    start_i, approx = _qualifier(toks, first)
    value_max = None
    end_i = last
    # a range: بين 10 و20، من 10 إلى 20
    if end_i + 1 < n:
        nk = toks[end_i + 1].key
        if nk in ("و", "الى", "حتى"):
            j = end_i + 2
            if j < n:
                sub = toks[j]
                text = sub.text
                v2 = parse_digits(text) if NUMBER_RE.fullmatch(text) else None
                if v2 is not None and start_i > 0 and toks[first - 1].key in ("بين", "من") and v2 > value:
                    value_max, approx, end_i = v2, "range", j
                    start_i = min(start_i, first - 1)
                    if first - 2 >= 0 and toks[first - 2].key == "ما":
                        start_i = first - 2
    kind, unit, currency = "count", None, None
    u = end_i + 1
    # عدد الجنود 2500: the counted noun comes first
    if start_i == first and first >= 2 and lookup(toks[first - 2].key, _COUNT).word == "عدد" and _is_noun(toks[first - 1].key):
        unit = toks[first - 1].text
        start_i = first - 2
        u = n  # nothing after the number belongs to it
    # أكثر من 1800 ما بين عجلات …: the noun comes after ما بين / من
    if u + 2 < n and toks[u].key == "ما" and toks[u + 1].key == "بين" and _is_noun(toks[u + 2].key):
        unit, end_i, u = toks[u + 2].text, u + 2, n
    if u < n and body[toks[end_i].end : toks[u].start].strip():
        u = n  # the next word is across punctuation: not what is counted
    if u < n:
        uk = toks[u].key
        if uk in _PERCENT_WORDS:
            kind, unit, end_i = "percent", "%", u
        elif u + 1 < n and (uk, toks[u + 1].key) in _PERCENT_PHRASES:
            kind, unit, end_i = "percent", "%", u + 1
        elif (base := lookup(uk, _CURRENCIES).word) in _CURRENCIES:
            kind, unit, currency, end_i = "money", toks[u].text, _CURRENCIES[base], u
            if u + 1 < n:
                nis = toks[u + 1].key
                for cand in (nis, nis[:-1] if nis.endswith("ه") else nis):
                    if (_sing(base), cand) in _CURRENCY_NISBA:
                        currency = _CURRENCY_NISBA[(_sing(base), cand)]
                        end_i = u + 1
                        break
        elif uk in _MEASURES:
            kind, unit, end_i = "measure", toks[u].text, u
            if u + 1 < n and toks[u + 1].key in _MEASURE_FOLLOWERS:
                unit = body[toks[u].start : toks[u + 1].end]
                end_i = u + 1
        elif _is_noun(uk):
            unit, end_i = toks[u].text, u
    if kind == "count" and unit is None:
        # a bare number counts nothing a reader can name (list numbers,
        # table cells); a bare year is still a year
        if value.is_integer() and 1900 <= value <= 2100 and toks[first].key.isdecimal():
            return Figure(text=body[toks[first].start : toks[last].end], kind="year", start=toks[first].start,
                          end=toks[last].end, sentence=s.id, value=value, date=f"{int(value):04d}")
        if approx == "exact":
            return None
    start, end = toks[start_i].start, toks[end_i].end
    return Figure(
        text=body[start:end], kind=kind, start=start, end=end, sentence=s.id, value=value,
        value_max=value_max, approx=approx, unit=unit, currency=currency,
    )


def _sing(k: str) -> str:
    return _SINGULAR.get(k, k)


def _is_noun(k: str) -> bool:
    if not k or k in _NOT_UNIT or k[0].isdecimal() or word_value(k):
        return False
    return bool(re.match(r"[\u0621-\u064a]", k)) and len(k) >= 2
