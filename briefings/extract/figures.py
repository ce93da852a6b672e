"""Figures: counts, money, percentages, measures and dates, each with the
sentence it came from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import compress, repeat
from operator import and_

from briefings.extract import dates
from briefings.extract import gazetteer as gz
from briefings.extract.dates import find_dates
from briefings.extract.numbers import NUMBER_RE, NUMBER_WORDS, combine, parse_digits, word_value
from briefings.lang.ar import Split, clitic_length, entries, key, lookup, peel, peel_known, table, words
from briefings.lang.ar.stop_words import stop_words
from briefings.lang.ar.verbs import past_verb, present_verb
from briefings.model import Figure, Sentence, Token
from briefings.text import memo
from briefings.text.tokens import sentence_tokens, words_only

_NOT_BEFORE = words("not_figure_before")
# the parts of a day an hour is told by (number_nouns.txt has them after
# numbers): no unit of what a number counts
_DAY_PARTS = {key(w) for w in ("صباحا", "مساء", "ظهرا", "عصرا", "فجرا", "ليلا")}
_NOT_UNIT = words("not_unit") | stop_words() | _DAY_PARTS
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
# nouns the corpus puts after numbers (training/number_nouns.py); those seen
# after 3 to 10 are plurals, which a definite number (الدول الـ12) or a
# partitive (أربعة من عناصر) counts
_COUNTED = {k: (int(e[1]), int(e[2])) for e in entries("number_nouns") if (k := key(e[0]))}
_PLURALS = frozenset(k for k, (_, plural) in _COUNTED.items() if plural >= 2)
# words the corpus writes after a year far more than after any other number
# (bench/year_followers.py): «2015 مقارنة», «2014 ليصل», «2015 موعدا»
_YEAR_FOLLOWERS = words("year_followers")
_OPENING = "(\"“«'"
_CLOSING = ")\"”»'"
_GLUED_RE = re.compile(r"([0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*)([\u0621-\u064a\u0640]{2,})")
_DEFINITE_RE = re.compile(r"ال([0-9]+(?:[.٫][0-9]+)?)")  # الـ12، الـ17.9 مليون
# a dot before three digits ending 00 groups thousands (14.500) unless a
# scale follows (1.500 مليون)
_THOUSANDS_DOT = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]00)+")
_AFTER_QUALIFIERS = table("qualifiers_after")
_GROUP_RE = re.compile(r"[0-9]{3}")
_THIN_SPACES = (" ", "\u00a0", "\u202f", "\u2009")
# a range: بين 10 و20، من 10 إلى 20، من ثلاثة حتى خمسة
_RANGE_FROM = frozenset(key(w) for w in ("بين", "من"))
_RANGE_TO = frozenset(key(w) for w in ("و", "إلى", "حتى"))
# ordinals in both genders (السابع، السابعة), which a teen follows as one
_ORDINALS = words("ordinals") | {k + "ه" for k in words("ordinals")}
_PHONE_RE = re.compile(r"(?:\+|00)?\d[\d \-]{8,}\d")
# «للتواصل أرسل sms إلى 88548 الاتصالات، 636250 موبايلي … تبدأ بالرمز 262
# مسافة»: the footer of columns in two outlets (about 270 in the corpus, each
# with three to four numbers that count nothing); a number after أرسل … sms
# with no sentence's end between, on its line or up to two lines on, is such a code
_SMS_LINE = re.compile(r"(?:أرسل|ارسل)\s[^\n]{0,30}?sms[^.!?؟\n]*(?:\n[^.!?؟\n]*){0,2}$", re.I)
_SMS_REACH = 160


@lru_cache(maxsize=100_000)
def _number_word(k: str) -> tuple[str, str] | None:
    """(clitic, number word) of a token that is one under its clitic
    (وثلاثة، بخمسة), or None. (A plain tuple: a cached Split stays
    tracked by the garbage collector.)"""
    s = peel(k, lambda s: s.word in NUMBER_WORDS or word_value(s.word) is not None)
    if s.clitic.startswith("ك"):
        return None  # كمية is a quantity, not ك + مية (100)
    return (s.clitic, s.word) if s.word in NUMBER_WORDS or word_value(s.word) is not None else None


def _is_digit_token(t: Token) -> bool:
    return t.key[:1].isdecimal() and NUMBER_RE.fullmatch(t.text) is not None


def extract_figures(
    body: str, sentences: list[Sentence], published: str | None, tokens: list[list[Token]] | None = None,
    named: Sequence[tuple[int, int]] = (),
) -> list[Figure]:
    """The figures of an article; `named` holds the (start, end) of the
    actor layer's mentions (persons, bodies, places), which a number never
    counts (الأطراف الثلاثة مصر)."""
    pub = _parse_date(published)
    out: list[Figure] = []
    seen_relative: set[str] = set()
    tokens = tokens if tokens is not None else sentence_tokens(body, sentences)
    for s in sentences:
        toks = words_only(tokens[s.id])
        used = [False] * len(toks)
        # what each word may open, dates and numbers, in one read
        opens = memo.lookup(_OPENERS, [t.key for t in toks], _opens, 100_000)
        for d in find_dates(body, toks, pub, map(and_, opens, repeat(_DATE))):
            for x in range(d.first, d.last + 1):
                used[x] = True
            if d.kind == "year" and d.first == d.last and _identifier_before(toks, d.first, False):
                continue  # القرار 1701، الرقم المجاني 1909: a number that names, not a year
            start, end = toks[d.first].start + d.clitic, toks[d.last].end
            if _opened(body, start, end):
                end += 1  # 31 تموز (يوليو), أمس الأول "السبت": the bracket or quote the date opened
            text = body[start:end]
            if d.relative:
                k = key(text)
                if k in seen_relative:
                    continue
                seen_relative.add(k)
            out.append(
                Figure(
                    text=text, kind=d.kind, start=start, end=end, sentence=s.id,
                    value=d.value, value_max=d.value_max, approx="range" if d.value_max else "exact",
                    date=d.date, relative=d.relative, calendar=d.calendar,
                )
            )
        out.extend(_numbers(body, s, toks, used, opens, named))
    out.sort(key=lambda f: f.start)
    return out


_CLOSERS = {")": "(", "»": "«", "”": "“", '"': '"'}


def _opened(body: str, start: int, end: int) -> bool:
    """Whether the character after a date closes a bracket or a quotation
    mark opened inside it (the date's text would end with it open)."""
    opener = _CLOSERS.get(body[end : end + 1])
    if opener is None:
        return False
    if opener == '"':
        return body.count('"', start, end) % 2 == 1
    return body.count(opener, start, end) > body.count(body[end], start, end)


def _parse_date(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


# digits under a clitic written with a tatweel, which the tokenizer keeps
# whole: بـ5 مواجهات، لـ12 لاعباً، وبـ3 ملايين
_CLITIC_DIGITS = re.compile(r"[وف]?[بلك]ـ+(?=[0-9٠-٩])")


def _unglued(t: Token) -> Token:
    """The digits of a token with a clitic glued to them by a tatweel, as a
    token of their own (the clitic is no part of the figure's text)."""
    m = _CLITIC_DIGITS.match(t.text)
    if not m:
        return t
    return Token(t.start + m.end(), t.end, t.text[m.end() :], key(t.text[m.end() :]))


def _numbers(body: str, s: Sentence, toks: list[Token], used: list[bool], opens: list[int] | None = None,
             named: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """The numbers of a sentence's words; `opens` holds each word's _opens
    when the caller read them already."""
    out: list[Figure] = []
    if "ـ" in body[s.start : s.end]:  # a tatweel in the sentence: most have none
        toks = [_unglued(t) if "ـ" in t.text else t for t in toks]
        opens = None  # the digits unglued are words of their own
    # (figure, first token, last token) of every number, bare ones included
    # until a neighbour lends them its unit
    found: list[tuple[Figure, int, int]] = []
    after = 0  # the token after the last number read
    n = len(toks)
    # only digits or a number word can open a number (most tokens are
    # neither): those are found by map and compress in C, in order
    if opens is None:
        opens = memo.lookup(_OPENERS, [t.key for t in toks], _opens, 100_000)
    for i in compress(range(n), map(and_, opens, repeat(_NUMBER))):
        if i < after or used[i]:
            continue
        run = _number_run(body, toks, i, used)
        if run is None:
            continue
        first, last, value, note = run
        if _excluded(body, toks, first, last):
            after = last + 1
            continue
        fig = _describe(body, s, toks, first, last, value, note)
        if fig and note == "ال" and fig.unit and fig.start >= toks[first].start:
            fig = _agreeing(body, s, toks, first, last, fig, named)
        if fig:
            first = min(first, next(x for x in range(n) if toks[x].end > fig.start))
            while last + 1 < n and toks[last + 1].start < fig.end:
                last += 1  # a range or a unit belongs to this figure
            found.append((fig, first, last))
            for x in range(first, last + 1):
                used[x] = True
        after = last + 1
    for fig in _of_them(body, toks, _lend_units(body, toks, found), found):
        if fig.unit is not None or fig.kind != "count" or fig.approx != "exact":
            out.append(fig)
    return out


_JOINS = frozenset({"و", "او"})


def _lend_units(body: str, toks: list[Token], found: list[tuple[Figure, int, int]]) -> list[Figure]:
    """Bare numbers in a list take the unit of the number the list ends with
    (12.2 و10.1 و8.4 بوصة) or, failing that, of the number it continues
    (40 ألف ريال، و30 ألفا للفضية): the noun comes later, or is implied."""
    figs = [f for f, _, _ in found]

    def joined(a: int, b: int, gap: int) -> bool:
        """Whether number b follows number a across a conjunction, with at
        most `gap` other words between."""
        between = [t.key for t in toks[found[a][2] + 1 : found[b][1]]]
        return bool(between) and between[-1] in _JOINS and len(between) - 1 <= gap

    for x in range(len(found) - 2, -1, -1):
        if figs[x].unit is None and figs[x].kind == "count" and figs[x + 1].unit and joined(x, x + 1, 0):
            figs[x] = _with_unit(figs[x], figs[x + 1])
    for x in range(1, len(found)):
        if figs[x].unit is None and figs[x].kind == "count" and figs[x - 1].unit and joined(x - 1, x, 1):
            figs[x] = _with_unit(figs[x], figs[x - 1])
    for x in range(len(found)):
        # a scale with nothing after it (تجاوزت ديونه 25 مليون ريال، وديون
        # الآخر 15 مليونا): the thousands or millions of what the sentence
        # counted before it (not after: سكانها 25 مليونا و300 مصنع); a bare
        # number without a scale stays unnamed (an age, a rank, a score)
        if (figs[x].unit is None and figs[x].kind == "count" and _scaled(toks[found[x][2]].key)
                and not _counted_after(toks, found[x][2] + 1)):
            lenders = []
            for y in range(x - 1, -1, -1):
                if _across_voice(body[toks[found[y][2]].end : toks[found[x][1]].start]):
                    break  # another voice or a list's item: «شارك فيها 40 ألفا»
                if figs[y].unit and figs[y].kind in ("money", "count", "measure") and key(figs[y].unit) not in _TIME_UNITS:
                    lenders.append(y)
            # the nearest of the same scale first: a comparison repeats the
            # figure it compares (128 ألف شخص تفوق ثرواتهم 50 مليون دولار،
            # مقارنة بـ41 ألفا: people, not dollars)
            scale = _scale_of(toks, found[x][1], found[x][2])
            same = [y for y in lenders if _scale_of(toks, found[y][1], found[y][2]) == scale]
            if lenders:
                figs[x] = _with_unit(figs[x], figs[(same or lenders)[0]])
    return figs


def _scale_of(toks: list[Token], first: int, last: int) -> float | None:
    """The value of the last scale word of a figure's words (ألف، ألفا،
    آلاف: 1000), or None."""
    for t in reversed(toks[first : last + 1]):
        if (v := word_value(t.key)) is not None and v[0] == "scale":
            return v[1]
    return None


def _across_voice(between: str) -> bool:
    """Whether a colon or a quotation's edge stands between two figures:
    what the second counts is said by another voice or listed apart, not
    the first's unit again (قال: «شارك فيها 40 ألفا»). A quoted name
    closed between them is no edge (لاعبي الأهلي «العيسى» … 6 ملايين)."""
    return (":" in between or between.count("«") != between.count("»")
            or between.count("“") != between.count("”") or between.count('"') % 2 == 1)


_OF_THEM = frozenset(key(w) for w in ("منهم", "منهن"))


def _counted_after(toks: list[Token], u: int) -> bool:
    """Whether the words after a scale name what it counts though the
    figure took no unit: a partitive of a noun numbers count (14 ألفا من
    أبناء الجالية، 3 آلاف من موظفي الشركة) or of people (40 ألفا منهم):
    not the money or the measure counted before it. Other partitives
    leave the lend (5 آلاف من بداية الموسم، 40 مليونا من النفط)."""
    if u >= len(toks):
        return False
    k = toks[u].key
    if k in _OF_THEM:
        return True
    if k != "من" or u + 1 >= len(toks):
        return False
    nxt = toks[u + 1].key
    base = nxt[2:] if nxt.startswith("ال") else nxt
    # a sound plural in construct drops its ن (موظفي of موظفين)
    return base in _COUNTED or _is_plural(nxt) or nxt.endswith("ي") and nxt[:-1] + "ين" in _COUNTED


# a duration lends a scale nothing: «16.7 ثانية … مليون ونصف مليون دولار»,
# «160 عاما … نحو 420 ألفا من مشتركي تويتر» (the units list's time block)
_TIME_UNITS = frozenset(key(w) for w in (
    "ثانية", "ثوان", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "يوما", "أيام", "أسبوع", "أسبوعا", "أسابيع",
    "شهر", "شهرا", "أشهر", "شهور", "سنة", "سنوات", "سنين", "عام", "عاما", "أعوام", "عقد", "عقود", "قرن"))


# a scale in the accusative is itself what 11 to 99 count (25 مليارا): the
# word after it goes on with the sentence (25 مليارا رصدت، 40 ألفا يعيشون)
# far more often than it names a noun (365 such pairs in the corpus, nouns
# of number_nouns kept as _year_follower keeps them)
_ACCUSATIVE_SCALES = frozenset(key(w) for w in ("ألفا", "مليونا", "مليارا", "بليونا", "تريليونا", "ترليونا"))


def _scaled(k: str) -> bool:
    return (v := word_value(k)) is not None and v[0] == "scale"


def _with_unit(fig: Figure, other: Figure) -> Figure:
    if other.kind not in ("count", "money", "measure", "percent"):
        return fig
    return replace(fig, kind=other.kind, unit=other.unit, currency=other.currency)


# word → what it may open (_DATE, _NUMBER bits), read by map: a dict read
# costs a fraction of a cached call, and one table serves both passes
_OPENERS: dict[str, int] = {}
_DATE, _NUMBER = 1, 2


def _opens(k: str) -> int:
    return _DATE * dates.may_open(k) | _NUMBER * _may_open(k)


def _may_open(k: str) -> bool:
    """Whether a token can open a number: digits, a number word, a
    definite one (most tokens are none, and are skipped fast)."""
    return k[:1].isdecimal() or _number_word(k) is not None or k[:2] == "ال" and _definite_value(k) is not None


@lru_cache(maxsize=100_000)
def _definite_value(k: str) -> float | None:
    """Value of a number written with the article: الـ12، الثلاث، الثلاثين
    (one and two are nouns or weekdays there: الاثنين)."""
    m = _DEFINITE_RE.fullmatch(k)
    if m:
        return parse_digits(m.group(1))
    wv = word_value(k[2:])
    return wv[1] if wv and wv[0] == "unit" and wv[1] >= 3 else None


def _number_run(body: str, toks: list[Token], i: int, used: list[bool]):
    """(first, last, value, note) of a number starting at token i; the note
    is "ال" for a definite number (الدول الـ12) and "=" and the unit for a
    unit glued to the digits (160سم)."""
    t = toks[i]
    n = len(toks)
    if t.key[:2] == "ال":
        v = _definite_value(t.key)
        if v is not None:
            # رقم الـ250 مليار ريال: the scale after the glued digits is the number's
            if t.key[2:3].isdecimal() and i + 1 < n and _scaled(toks[i + 1].key):
                return i, i + 1, v * word_value(toks[i + 1].key)[1], "ال"
            return i, i, v, "ال"
        if t.key not in NUMBER_WORDS:
            return None
        # ألف، ألفين، ألفي: a number word whose key opens like the article
    if _is_digit_token(t):
        # 1 250 000: a space groups thousands
        last = i
        while last + 1 < n and len(toks[last].key) <= 3 and _GROUP_RE.fullmatch(toks[last + 1].key) and (
                body[toks[last].end : toks[last + 1].start] in _THIN_SPACES) and toks[i].key.isdecimal():
            last += 1
        if last > i:
            return i, last, float("".join(x.key for x in toks[i : last + 1])), ""
        # 3/4: a fraction (a date's slashes were read before)
        if i + 1 < n and body[t.end : toks[i + 1].start] == "/" and t.key.isdecimal() and toks[i + 1].key.isdecimal():
            num, den = int(t.key), int(toks[i + 1].key)
            return (i, i + 1, num / den, "") if 0 < num < den <= 10 else None
        nxt_scale = i + 1 < n and _scaled(toks[i + 1].key)
        v = parse_digits(t.text, decimal_comma=bool(nxt_scale))
        if v is None:
            return None
        if not nxt_scale and _THOUSANDS_DOT.fullmatch(t.key):
            v = float(t.key.replace(".", ""))  # 14.500 من الرياضيين: a dot groups thousands
        if nxt_scale:
            v *= word_value(toks[i + 1].key)[1]
            last = i + 1
        # الـ 45: the article written apart from the digits
        if i > 0 and toks[i - 1].key == "ال" and not body[toks[i - 1].end : t.start].strip():
            return i - 1, last, v, "ال"
        return i, last, v, ""
    # a unit glued to the digits: 160سم، 1600عينة
    if (g := _GLUED_RE.fullmatch(t.text)) and _glued_unit(key(g.group(2))):
        v = parse_digits(g.group(1))
        return (i, i, v, "=" + g.group(2)) if v is not None else None
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
    # السابعة عشر، الحادي عشر: a teen after an ordinal is one too
    if words[0] in ("عشر", "عشره") and i > 0 and lookup(toks[i - 1].key, _ORDINALS).word in _ORDINALS:
        return None
    # آلاف، ملايين with no number before them are vague, as is بضعة آلاف
    if words[0] in _PLURAL_SCALES or (i > 0 and toks[i - 1].key in _VAGUE_BEFORE):
        return None
    # a lone fraction or scale word (نصف، ألف) is not a figure without more
    if len(words) == 1 and word_value(words[0]) and word_value(words[0])[0] in ("fraction", "parts"):
        return None
    v = combine(words)
    if v is None:
        return None
    # one (واحد) alone is rarely a figure worth listing
    if v == 1 and len(words) == 1:
        return None
    return i, last, v, ""


def _identifier_before(toks: list[Token], first: int, counted: bool) -> bool:
    """Whether the word before a number makes it an identifier (رقم 5،
    القرار 1701), or a number's word does with a definite word between
    and no noun numbers count (`counted`: number_nouns.txt) after it (الرقم المجاني 1909 للإبلاغ، رقم
    الطوارئ 1909). الرقم is also a toll (وارتفع الرقم إلى 45 قتيلا، رقم
    الضحايا 1500 قتيل, الرقم الإجمالي 300): the word between is then a
    particle, a measure's adjective, or the number counts a noun."""
    if first >= 1 and (before := lookup(toks[first - 1].key, _NOT_BEFORE).word) in _NOT_BEFORE:
        # رقم الـ250 مليار: a definite number is the figure رقم names
        return not (before in _NUMBER_WORDS and toks[first].key[:2] == "ال")
    if counted or first < 2 or lookup(toks[first - 2].key, _NOT_BEFORE).word not in _NUMBER_WORDS:
        return False
    between = toks[first - 1].key
    return between.startswith("ال") and between not in stop_words() and between not in _TOLL


# not قرار: «ويفرض القرار قيودا لعشر سنوات»، «قرار بإعدام 7000» count
_NUMBER_WORDS = {key("رقم"), key("الرقم")}


def _peel_counted(k: str) -> str:
    """A word as number_nouns.txt lists it, its clitic peeled by lookup."""
    return lookup(k, _COUNTED).word
# الرقم القياسي 9.58 ثانية, الرقم الإجمالي 300: a record, a toll
_TOLL = {key(w) for w in ("القياسي", "الإجمالي", "الرسمي", "النهائي", "الحقيقي", "الفعلي")}


def _excluded(body: str, toks: list[Token], first: int, last: int) -> bool:
    t = toks[first]
    if _identifier_before(toks, first, last + 1 < len(toks) and _peel_counted(toks[last + 1].key) in _COUNTED):
        return True
    # a clock's hour: 4 عصرا، الـ 9 مساء (الساعة before it is an identifier word);
    # not before a day (ارتفع عدد الضحايا إلى 20 مساء أمس: a count, then when)
    if last + 1 < len(toks) and toks[last + 1].key in _DAY_PARTS and toks[last].key.isdecimal() and int(
            toks[last].key) <= 24 and not (last + 2 < len(toks) and dates.day_word(toks[last + 2].key)):
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
    # a columnist's SMS line: short codes, operators and a prefix to dial,
    # on that line or wrapped over two more (no mark ends a sentence between)
    line = body[max(0, t.start - _SMS_REACH) : t.start]
    if "sms" in line.lower() and _SMS_LINE.search(line):
        return True
    # a number glued into a name written in Latin (COVID-19, F16)
    return bool(re.match(r"[A-Za-z]", body[t.start - 1 : t.start])) if t.start else False


def _qualifier(toks: list[Token], first: int) -> tuple[int, str]:
    if not first:
        return first, "exact"
    prev = toks[first - 1].key
    for phrase, approx in _QUALIFIERS:
        n = len(phrase)
        if first - n < 0 or (n > 1 and phrase[-1] != prev):
            continue  # a phrase of words must end with the word before (most do not)
        cand = [t.key for t in toks[first - n : first]]
        head = cand[0]
        if cand[1:] == list(phrase[1:]) and head.endswith(phrase[0]) and (
                head == phrase[0] or peel(head, lambda s, w=phrase[0]: s.word == w).word == phrase[0]):
            return first - n, approx
    return first, "exact"


_YEAR_NOUNS = frozenset(key(w) for w in ("عام", "العام", "سنة", "السنة"))
_QUALIFIER_HEADS = frozenset(p[0] for p, _ in _QUALIFIERS)


# a noun joined by و or ف starts the next phrase, it is not what a number
# counts: (10.6 مليون) وروسيا (10 ملايين)، (85) وعدد من الحضور
_JOINED = ("و", "ف")

def _enclosed_start(body: str, start: int, number_end: int, end: int) -> int:
    """A number set in brackets or quote marks with its noun after them
    ((10) آلاف ريال، «855» فعالية) shows both marks, not the closing one
    alone."""
    close = body[number_end : number_end + 1]
    if end > number_end + 1 and close in _CLOSERS and start > 0 and body[start - 1] == _CLOSERS[close]:
        return start - 1
    return start


def _bare_start(body: str, t: Token) -> int:
    """Where a figure's first word starts without its clitic: the و of
    وألف صبي or ونحو ألفي is the sentence's, not the figure's. Only a
    number word or a qualifier under a clitic is cut."""
    nw = _number_word(t.key)
    clitic, word = nw if nw else ("", "")
    if not nw:
        head = peel(t.key, lambda s: s.word in _QUALIFIER_HEADS)
        clitic, word = (head.clitic, head.word) if head.word in _QUALIFIER_HEADS else ("", "")
    # not where the clitic took a letter of the word (لل of للعشرة is ل + ال)
    if not clitic or t.key != clitic + word:
        return t.start
    i = t.start + clitic_length(t.text, Split(clitic, word))
    return i if i < t.end else t.start


# ست under ل, alone or after و/ف, as _number_word reads لست، ولست، فلست
_LASTA = {(c, key("ست")) for c in ("ل", "ول", "فل")}


def _describe(body, s, toks, first, last, value, note) -> Figure | None:
    n = len(toks)
    if note == "ال":
        # الدول الـ12، اللاعبين الأجانب الأربعة counts the plural before it;
        # خلال الـ24 ساعة what follows, as after a scale: الدراسات الـ20 مليار ريال
        if last > first and _scaled(toks[last].key):
            fig = _describe(body, s, toks, first, last, value, "")
            if fig and fig.unit and not key(fig.unit).startswith("ال"):
                return fig
        if before := _definite(body, s, toks, first, last, value):
            return before
        fig = _describe(body, s, toks, first, last, value, "")
        return fig if fig and fig.unit and not key(fig.unit).startswith("ال") else None
    start_i, approx = _qualifier(toks, first)
    value_max = None
    end_i = last
    if note.startswith("="):
        kind, currency = _glued_unit(key(note[1:]))
        start, end = _bare_start(body, toks[start_i]), toks[last].end
        return Figure(text=body[start:end], kind=kind, start=start, end=end, sentence=s.id, value=value,
                      approx=approx, unit="%" if kind == "percent" else note[1:], currency=currency)
    # a range: بين 10 و20، من 10 إلى 20
    if end_i + 2 < n and toks[end_i + 1].key in _RANGE_TO and first > 0 and toks[first - 1].key in _RANGE_FROM:
        j = end_i + 2
        run = _number_run(body, toks, j, [False] * n) if toks[j].key[:1].isdecimal() or _number_word(toks[j].key) else None
        if run and run[3] == "" and run[2] > value:
            value_max, approx, end_i = run[2], "range", run[1]
            if end_i + 1 < n and toks[end_i + 1].key in _DAY_PARTS:
                return None  # من 7 إلى 11.30 صباحا: hours of a day
            start_i = min(start_i, first - 1)
            if first - 2 >= 0 and toks[first - 2].key == "ما":
                start_i = first - 2
            if _year_like(value, toks[first]) and _year_like(value_max, toks[j]):
                # من 2010 إلى 2020: a span of years
                start, end = toks[start_i].start, toks[end_i].end
                return Figure(text=body[start:end], kind="year", start=start, end=end, sentence=s.id, value=value,
                              value_max=value_max, approx="range", date=f"{int(value):04d}")
    kind, unit, currency = "count", None, None
    u = end_i + 1
    # أكثر من 1800 ما بين عجلات …: the noun comes after ما بين / من
    if u + 2 < n and toks[u].key == "ما" and toks[u + 1].key == "بين" and _is_noun(toks[u + 2].key):
        unit, end_i, u = toks[u + 2].text, u + 2, n
    if u < n and not _adjacent(body, toks, first, end_i, u):
        u = n  # the next word is across punctuation: not what is counted
    if u < n and toks[u].key in _AFTER_QUALIFIERS and approx == "exact":
        approx, end_i = _AFTER_QUALIFIERS[toks[u].key], u  # 1037 تقريبا
        u = n
    if u + 1 < n and toks[u].key in _YEAR_NOUNS and dates.marked_year(toks[u + 1].key):
        u = n  # 194 مليونا عام 2013: the year's noun, not what is counted
    if u < n:
        uk = toks[u].key
        if uk in _PERCENT_WORDS:
            kind, unit, end_i = "percent", "%", u
        elif u + 1 < n and (uk, toks[u + 1].key) in _PERCENT_PHRASES:
            kind, unit, end_i = "percent", "%", u + 1
        elif (base := _currency(uk)) in _CURRENCIES:
            kind, unit, currency, end_i = "money", toks[u].text, _CURRENCIES[base], u
            if u + 1 < n:
                nis = toks[u + 1].key
                for cand in (nis, nis[:-1] if nis.endswith(("ه", "ا")) else nis):  # كويتية، كويتيا
                    if (_sing(base), cand) in _CURRENCY_NISBA:
                        currency = _CURRENCY_NISBA[(_sing(base), cand)]
                        end_i = u + 1
                        break
        elif uk in _MEASURES:
            kind, unit, end_i = "measure", toks[u].text, u
            if u + 1 < n and toks[u + 1].key in _MEASURE_FOLLOWERS:
                unit = body[toks[u].start : toks[u + 1].end]
                end_i = u + 1
        elif (_is_noun(uk) and not _governed(uk) and gz.reading(uk)[0] not in _JOINED
              and not ((_year_like(value, toks[first]) or toks[last].key in _ACCUSATIVE_SCALES)
                       and _year_follower(uk))):
            if first == last and _number_word(toks[first].key) in _LASTA and not (_is_plural(uk) or uk.endswith(("ات", "ين"))):
                return None  # لست خبيراً، لست هنا: I am not, not ل + six (لست سنوات، لست جوائز)
            unit, end_i = toks[u].text, u
        elif uk == "من" and u + 1 < n and _is_plural(toks[u + 1].key) and not _year_like(value, toks[first]):
            unit, end_i = toks[u + 1].text, u + 1  # أربعة من عناصر: the partitive names what is counted
    if unit is not None and end_i + 1 < n and toks[end_i + 1].key in _AFTER_QUALIFIERS and approx == "exact":
        approx, end_i = _AFTER_QUALIFIERS[toks[end_i + 1].key], end_i + 1  # 640 حالة تقريباً
    if kind == "count" and unit is None and _year_like(value, toks[first]):
        # a bare year is a year (a bare number that counts nothing a reader
        # can name is kept only until a neighbour lends it a unit)
        if first and lookup(toks[first - 1].key, _NUMBER_WORDS).word in _NUMBER_WORDS:
            return None  # الرقم 1909: a line to call, not a year
        return Figure(text=body[toks[first].start : toks[last].end], kind="year", start=toks[first].start,
                      end=toks[last].end, sentence=s.id, value=value, date=f"{int(value):04d}")
    start, end = _bare_start(body, toks[start_i]), toks[end_i].end
    start = _enclosed_start(body, start, toks[first].end, end)
    start = _enclosed_start(body, start, toks[last].end, end)
    return Figure(
        text=body[start:end], kind=kind, start=start, end=end, sentence=s.id, value=value,
        value_max=value_max, approx=approx, unit=unit, currency=currency,
    )


def _definite(body, s, toks, first, last, value) -> Figure | None:
    """A definite number counts the plural before it, past one adjective:
    الدول الأعضاء الـ 45، السنوات الثلاث. After a singular it is an ordinal
    (الدورة الـ12) and no figure."""
    phrase = []  # the definite words right before the number, nearest first
    for x in (first - 1, first - 2):
        if x < 0 or not toks[x].key.startswith("ال"):
            break
        phrase.append(x)
    for x in reversed(phrase):  # the head noun first: الدول الأعضاء الـ 45
        if _is_plural(toks[x].key):
            base = toks[x].key[2:]
            kind = "measure" if base in _MEASURES else "count"
            start, end = toks[x].start, toks[last].end
            return Figure(text=body[start:end], kind=kind, start=start, end=end, sentence=s.id, value=value,
                          unit=toks[x].text)
    return None


def _agreeing(body, s, toks, first, last, fig: Figure, named: Sequence[tuple[int, int]]) -> Figure | None:
    """A definite number after a definite word (الأطراف الثلاثة، الفرقاء
    الخمسة) agrees with it: that word is what it counts, and the word
    after the number goes on with the sentence. When that next word is a
    name (a person, a body or a place: the actor layer's mentions, or the
    place gazetteer), it is never the unit: the figure counts the definite
    word before the number (الفرقاء الثلاثة مصر والسودان). A common noun
    after the number keeps its reading (الأيام الثلاثة: خلال الـ24 ساعة)."""
    u = max((x for x in range(last + 1, len(toks)) if toks[x].start < fig.end), default=None)
    if u is None or not _proper(toks[u], named):  # None: a unit glued inside the number's own word
        return fig
    head = first - 1
    # under four letters with the article is no noun (الـ، الى)
    if head < 0 or not toks[head].key.startswith("ال") or len(toks[head].key) < 4 or _proper(toks[head], named):
        return None
    start, end = toks[head].start, toks[last].end
    return Figure(text=body[start:end], kind="count", start=start, end=end, sentence=s.id, value=fig.value,
                  unit=toks[head].text)


def _proper(t: Token, named: Sequence[tuple[int, int]]) -> bool:
    """Whether a word is a name: inside one of the actor layer's mentions,
    or a place of the gazetteer (as written or under a clitic: ومصر)."""
    if any(a <= t.start < b for a, b in named):
        return True
    k = t.key
    return k in gz.places() or gz.reading(k)[1] in gz.places()


# a partitive pronoun: 12 منهم counts a part of the people (or things) the
# sentence counted before it
_OF_THEM_UNITS = frozenset(key(w) for w in ("منهم", "منهن", "منها"))


def _of_them(body: str, toks: list[Token], figs: list[Figure], found: list[tuple[Figure, int, int]]) -> list[Figure]:
    """A count of a partitive pronoun (أصيب 30 شخصا، 12 منهم أطفال) counts
    the noun of the count before it in the sentence: the unit becomes that
    noun (the text stays «12 منهم»). Only a count with a noun (not money,
    a measure or a duration), of at least as many, with no colon or
    quotation edge between; else the unit stays the pronoun as written."""
    for x, f in enumerate(figs):
        if f.kind != "count" or f.unit is None or key(f.unit) not in _OF_THEM_UNITS:
            continue
        for y in range(x - 1, -1, -1):
            g = figs[y]
            if _across_voice(body[toks[found[y][2]].end : toks[found[x][1]].start]):
                break
            if g.kind != "count" or not g.unit or key(g.unit) in _OF_THEM_UNITS or key(g.unit) in _TIME_UNITS:
                continue
            if not _may_refer(key(f.unit), key(g.unit)):
                continue  # 16 متخصصا في سبع كليات، سبعة منهم: people, not colleges
            if g.value is not None and f.value is not None and g.value >= f.value:
                figs[x] = replace(f, unit=g.unit)
            break
    return figs


def _may_refer(pronoun: str, unit: str) -> bool:
    """Whether a partitive pronoun may stand for a counted noun: منهم for
    people, never a feminine plural (كليات، سيارات: things take منها);
    منها not for a masculine plural of people (مسلحين، لاعبون)."""
    if pronoun == key("منهم"):
        return not unit.endswith("ات")
    if pronoun == key("منها"):
        return not unit.endswith(("ين", "ون"))
    return True


def _is_plural(k: str) -> bool:
    """A plural a number counts (corpus), bare or with the article; a sound
    plural with the article (الرياضيين) is one too."""
    base = k[2:] if k.startswith("ال") else k
    return base in _PLURALS or k != base and len(base) >= 5 and base.endswith(("ين", "ون", "ات"))


@lru_cache(maxsize=20_000)
def _glued_unit(k: str) -> tuple[str, str | None] | None:
    """(kind, currency) of a unit glued to digits (160سم، 200ريال، 1600عينة),
    or None for any other ending (a model name, a code)."""
    if k in _PERCENT_WORDS:
        return "percent", None
    if (c := _currency(k)) in _CURRENCIES:  # 165دولارا as 165 دولارا
        return "money", _CURRENCIES[c]
    if k in _MEASURES:
        return "measure", None
    return ("count", None) if k in _COUNTED and k not in _NOT_UNIT else None


@lru_cache(maxsize=20_000)
def _year_follower(k: str) -> bool:
    """Whether a word after a year-like number goes on with the year's
    sentence rather than naming what a number counts: a word the corpus
    writes after years far more than after other numbers (2015 مقارنة،
    2014 ارتفاعا), or a verb no number counts (2015 تأثرت، 2021 يعتمد،
    2015 تتضمن). A noun the corpus counts keeps its number however rare
    (2100 شحنة، 1990 فرعا، 2000 طالب): the verb tests read the corpus's
    words by shape, and نسمة or يمني would pass them."""
    if k in _YEAR_FOLLOWERS or k.startswith("ال"):
        return True  # a definite word counts nothing (2015 الجديدة)
    if k in _COUNTED:
        return False
    # the future's س before a present (2015 سيكون، 2016 ستشهد); a past's
    # feminine needs no plural here, where no name follows a year (2013 ارتفعت)
    present = k[1:] if k[:1] == "س" and k[1:2] in ("ي", "ت", "ن") else k
    return present_verb(present, "يتن", derived=True) or (k.endswith("ت") and past_verb(k, plural=False)) or past_verb(k)


def _governed(k: str) -> bool:
    """A word under ب or ل that the corpus does not put after numbers as it
    is (45 للمجلس، 1600 بتقنية): the number's complement, not its noun."""
    if k in _COUNTED or k in _MEASURES:
        return False
    return peel_known(k).clitic[-1:] in ("ب", "ل")


def _adjacent(body: str, toks: list[Token], first: int, end_i: int, u: int) -> bool:
    """Whether word u follows the number with nothing but space between,
    or only the mark that closes the one opening it: (121) كم، "855" فعالية
    (a noun then, never a definite one: «940» البريد is a phone's label)."""
    gap = body[toks[end_i].end : toks[u].start].strip()
    if not gap:
        return True
    opening = body[max(0, toks[first].start - 3) : toks[first].start].rstrip()[-1:]
    return opening in _OPENING and all(c in _CLOSING for c in gap) and not toks[u].key.startswith("ال")


def _year_like(value: float, t: Token) -> bool:
    return value.is_integer() and 1900 <= value <= 2100 and t.key.isdecimal()


def _currency(k: str) -> str:
    """The currency word a unit is, its clitic peeled and the accusative's
    alef off (50 دولارا، 300 ريالا، 20 دينارا); or the word as peeled."""
    base = lookup(k, _CURRENCIES).word
    if base not in _CURRENCIES and k.endswith("ا") and len(k) > 3 and k[:-1] in _CURRENCIES:
        return k[:-1]
    return base


def _sing(k: str) -> str:
    return _SINGULAR.get(k, k)


def _is_noun(k: str) -> bool:
    if not k or k in _NOT_UNIT or k[0].isdecimal() or word_value(k):
        return False
    return bool(re.match(r"[\u0621-\u064a]", k)) and len(k) >= 2
