"""Dates as Arabic news writes them, resolved to ISO where the text (or the
publication date, for relative ones) fixes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from briefings.lang.ar import Split, clitic_length, key, lookup, peel
from briefings.lang.ar.calendar import hijri_months, months, ordinal_days, role, valued, weekdays
from briefings.lang.ar.names import NASAB
from briefings.lang.ar.verbs import future_verb
from briefings.model import Token
from briefings.text import memo

_PARTS = role("part")
_PAST = role("past")
_NEXT = role("next")
_CURRENT = role("current")
_PERIOD_WORDS = valued("period")
_YEAR_WORDS = role("year") | {k for k, unit in _PERIOD_WORDS.items() if unit == "year"}
_HIJRI_MARKS = role("hijri")
_GREG_MARKS = role("gregorian")
_DAYS = {k: int(v) for k, v in valued("day").items()}
# the letters a calendar mark glued to a year is written with (1436هـ، 2015م)
_MARK_LETTERS = frozenset(c for m in _HIJRI_MARKS | _GREG_MARKS if len(m) == 1 for c in m)
WEEKDAYS = weekdays()
# words before a bare month name that make it a date (مارس is also a verb)
_MONTH_CONTEXT = frozenset(key(w) for w in ("في", "شهر", "منذ", "حتى", "خلال", "مطلع", "أواخر"))
# words before a bare four-digit number that make it a year (في 2015)
_YEAR_CONTEXT = frozenset(key(w) for w in ("في", "منذ", "حتى", "قبل", "بعد", "خلال"))


# الموافق: «which falls on», between a weekday and its date
_CONCURRING = key("الموافق")
_FIRST = key("أول")
_THE_FIRST = key("الأول")
_YESTERDAY = key("أمس")
_DAY = key("يوم")
_MONTH_WORD = key("شهر")
# بعد غد: the day after tomorrow
_AFTER = key("بعد")
# غد without its alef is also the noun «tomorrow» (بغد مشرق، لسوء غد): a
# date only after a time of day or يوم (يوم غدٍ، مساء غد), or before a
# weekday; غدا أو بعد غد is any day to come
_GHAD = key("غد")
_OR = key("أو")
_TIMES = frozenset(key(w) for w in ("يوم", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليلة", "ليل", "ظهيرة", "بعد"))
# صلاة الجمعة: the Friday prayer, named as such (خلال صلاة الجمعة in a
# story of a June attack, لأداء صلاة الجمعة), not the last Friday; with
# الماضية or المقبلة after it, it is a date again. خطبة الجمعة stays a
# date: a sermon is reported the day after it (في خطبة الجمعة بالجامع)
_FRIDAY = key("الجمعة")
_PRAYER = frozenset(key(w) for w in ("صلاة", "صلاتي"))
_SPAN_WORDS = frozenset(key(w) for w in ("الفترة", "عامي", "الأعوام", "السنوات"))
# before a weekday word, what makes it a family name (الدكتور الجمعة،
# عبدالله بن عبدالله الجمعة): an honorific that takes a family name alone
# (not every rank: الفريق، الملك، الأمير are also a team or a subject
# before a weekday: فاز الفريق الجمعة), or a name after بن
_HONORIFICS = frozenset(key(w) for w in ("الدكتور", "الشيخ", "المهندس", "الأستاذ", "اللواء", "العميد", "العقيد", "السيد"))


def day_word(k: str) -> bool:
    """Whether a key names a day: أمس، اليوم، غد، a weekday, يوم."""
    return k in _DAYS or k in WEEKDAYS or k == _DAY


def _future_before(toks: list[Token], i: int) -> bool:
    """Whether a future tense (سيعقد، وستبدأ) stands in the few words
    before a bare weekday: the day is one to come, not the last."""
    for j in range(i - 1, max(-1, i - 6), -1):
        k = toks[j].key
        if not k.isalpha():
            return False
        if future_verb(k) or (k[:1] in "وف" and future_verb(k[1:])):
            return True
    return False


def _surname_at(toks: list[Token], i: int) -> bool:
    return i > 0 and (toks[i - 1].key in _HONORIFICS or i > 1 and toks[i - 2].key in NASAB)


def _days_from(published: dt.date | None, days: int) -> str | None:
    return (published + dt.timedelta(days=days)).isoformat() if published else None


@dataclass
class DateMatch:
    first: int  # token indexes, inclusive
    last: int
    date: str | None
    kind: str  # date or year
    relative: bool
    calendar: str
    value: float | None = None
    value_max: float | None = None  # the second year of a span: 1435/1436هـ
    clitic: int = 0  # characters of a leading clitic (بنهاية، وَفي) left out of the text


@lru_cache(maxsize=100_000)
def _lead(k: str) -> str:
    """The date word a token is under its clitic (والخميس، بنهاية، لعام,
    وفي); any other token as it is."""
    return _peeled(k).word


def _peeled(k: str) -> Split:
    return lookup(k, _date_words())


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Every word a date can open with or be introduced by."""
    return _triggers() | _MONTH_CONTEXT


def _month_at(toks: list[Token], i: int, table: dict[str, int]) -> tuple[int, int] | None:
    """(month, tokens used) for a month name starting at token i."""
    if i >= len(toks):
        return None
    for n in (2, 1):
        if i + n <= len(toks):
            words = [t.key for t in toks[i : i + n]]
            rest = words[1:]
            s = peel(words[0], lambda s: " ".join([s.word, *rest]) in table)  # noqa: B023 - used at once
            k = " ".join([s.word, *rest])
            if k in table:
                return table[k], n
    return None


def _year_at(toks: list[Token], i: int) -> int | None:
    """A four-digit year at token i, alone or with its calendar's mark glued
    on (1436هـ، 2015م)."""
    if i < len(toks) and (digits := _glued_year(toks[i].key)[0]):
        return int(digits)
    return None


@lru_cache(maxsize=10_000)
def _glued_year(k: str) -> tuple[str, str]:
    """(digits, calendar mark) of a year token: 2015 → (2015, ""),
    1436هـ → (1436, ه), 2015م → (2015, م); ("", "") for any other token."""
    digits, mark = _marked(k)
    return (digits, mark) if len(digits) == 4 else ("", "")


def _marked(k: str) -> tuple[str, str]:
    """(digits, calendar mark) of a number with or without a mark glued
    on (28هـ → (28, ه)); ("", "") for any other token."""
    digits = k.rstrip("".join(_MARK_LETTERS))
    mark = k[len(digits) :]
    if digits.isdecimal() and (not mark or mark in _HIJRI_MARKS | _GREG_MARKS):
        return digits, mark
    return "", ""


def marked_year(k: str) -> bool:
    """Whether a word is a year of either calendar, its mark glued on or
    not (2013، 2013م، 1436هـ): what عام before it names."""
    digits = _glued_year(k)[0]
    return bool(digits) and (1900 <= int(digits) <= 2100 or 1300 <= int(digits) <= 1500)


def _gap_ok(body: str, a: Token, b: Token) -> bool:
    """Tokens are adjacent but for spaces, a slash or brackets (آب/أغسطس,
    11 يوليو (تموز))."""
    gap = body[a.end : b.start]
    return len(gap) <= 4 and all(c in " /()-،" for c in gap)


def find_dates(body: str, toks: list[Token], published: dt.date | None,
               openers: Iterable[object] | None = None) -> list[DateMatch]:
    """The dates of a sentence's words; `openers`, whether each token may
    open one (may_open), when the caller read it already."""
    out: list[DateMatch] = []
    gmonths = months()
    hmonths = hijri_months()
    ords = ordinal_days()
    after = 0
    # only the tokens that can open a date are tried (most cannot): found
    # by map and compress in C, in order, each after the last date found
    if openers is None:
        openers = memo.lookup(_OPENERS, [t.key for t in toks], may_open, 100_000)
    for i in compress(range(len(toks)), openers):
        if i < after:
            continue
        m = _numeric_at(body, toks, i) or _match_at(body, toks, i, gmonths, hmonths, ords, published)
        if m:
            lead = _peeled(toks[m.first].key)
            if lead.clitic and not lead.restored and m.kind == "date":
                m.clitic = clitic_length(toks[m.first].text, lead)
            if m.date and m.calendar == "gregorian" and not _plausible(int(m.date[:4]), published):
                m.date = None  # عام 4102: digits typed backwards; the text stays, no timeline year
            if out and _names_day_of(body, toks, out[-1], m):
                m.first, m.clitic = out[-1].first, out[-1].clitic
                m.relative = m.relative and out[-1].relative
                out.pop()
            out.append(m)
            after = m.last + 1
    return out


def _names_day_of(body: str, toks: list[Token], day: DateMatch, date: DateMatch) -> bool:
    """Whether a weekday (السبت، يوم الأربعاء، أمس الاثنين) stands right
    before a date that fixes its day, with nothing but a comma, a bracket
    or الموافق between: the weekday is that date's, not the last one
    before the article (من السبت 7-11-1436هـ in a paper of 4 August is the
    22nd, not the 1st). 386 weekdays of the non-held days stand so before
    a numeric date, and more before a day and a month."""
    if not (day.kind == "date" and day.relative and date.kind == "date" and date.date and len(date.date) == 10):
        return False
    # a second weekday is no date of the first (الأربعاء والخميس، ليل الأحد الاثنين)
    if _lead(toks[day.last].key) not in WEEKDAYS or _lead(toks[date.first].key) in WEEKDAYS:
        return False
    gap = date.first - day.last
    if gap == 2 and toks[day.last + 1].key == _CONCURRING:
        return not body[toks[day.last].end : toks[date.first].start].replace(toks[day.last + 1].text, "").strip(" ،,()")
    return gap == 1 and not body[toks[day.last].end : toks[date.first].start].strip(" ،,()")


def _plausible(year: int, published: dt.date | None) -> bool:
    """A Gregorian year a news article can date an event to: none before
    the year 1000 (0102) nor more than a century after the article (4102)."""
    return 1000 <= year <= (published.year if published else 2100) + 100


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """First words that can open a date; any other token is skipped fast."""
    firsts = {k.split()[0] for k in (*months(), *hijri_months(), *ordinal_days())}
    return frozenset(firsts | _PARTS | set(WEEKDAYS) | _YEAR_WORDS | set(_PERIOD_WORDS) | set(_DAYS))


# word → may_open, read by map (a dict read costs a fraction of a cached call)
_OPENERS: dict[str, bool] = {}


def may_open(k0: str) -> bool:
    """Whether a token can open a date, numeric or in words: most cannot,
    and are skipped fast."""
    trig = _triggers()
    return k0[:1].isdecimal() or k0 in trig or _lead(k0) in trig or k0.endswith("هـ") or k0 == "ال" or k0[:2] == "ال" and k0[2:3].isdecimal()


def _match_at(body, toks, i, gmonths, hmonths, ords, published) -> DateMatch | None:
    n = len(toks)
    k0 = toks[i].key
    first = i
    part = None
    j = i
    # the day before yesterday: أول أمس، أول من أمس، أمس الأول
    if _lead(k0) == _FIRST:
        x = i + 1 + (i + 1 < n and toks[i + 1].key == "من")
        if x < n and _lead(toks[x].key) == _YESTERDAY:
            return _day_of(toks, first, x, published, -2)
    # an edge word: منتصف نيسان، نهاية العام
    if _lead(k0) in _PARTS:
        part = _lead(k0)
        j = i + 1
        if j >= n:
            return None
    day = None
    dk = toks[j].key[2:] if j < n and toks[j].key[:2] == "ال" else toks[j].key if j < n else ""
    if j + 1 < n and toks[j].key == "ال" and not body[toks[j].end : toks[j + 1].start].strip():
        j, dk = j + 1, toks[j + 1].key  # الـ 11 written apart
    if dk.isdecimal() and len(dk) <= 2 and part is None:
        v = int(dk)
        if 1 <= v <= 31:
            day = v
            j += 1
            # 11 من شهر أكتوبر، الـ11 من أكتوبر
            if j + 1 < n and toks[j].key == "من":
                j += 1
            if j + 1 < n and toks[j].key == _MONTH_WORD:
                j += 1
    elif part is None:
        for words in (3, 2, 1):
            cand = " ".join(_lead(t.key) if x == 0 else t.key for x, t in enumerate(toks[j : j + words]))
            if cand in ords and j + words < n:
                after = j + words
                if toks[after].key == "من":
                    after += 1
                if after + 1 < n and toks[after].key == _MONTH_WORD:
                    after += 1  # الثاني من شهر صفر
                if _month_at(toks, after, gmonths) or _month_at(toks, after, hmonths):
                    day = ords[cand]
                    j = after
                break
    # Hijri month
    hm = _month_at(toks, j, hmonths)
    if hm:
        month, used = hm
        k = j + used
        # صفر عام 1436 هـ، رمضان من العام 1435
        if k + 1 < n and toks[k].key == "من" and _lead(toks[k + 1].key) in _YEAR_WORDS:
            k += 1
        if k < n and _lead(toks[k].key) in _YEAR_WORDS and _year_at(toks, k + 1):
            k += 1
        year = _year_at(toks, k)
        if year and (day or k > j + used or _year_at(toks, j + used)):
            last = k
            if k + 1 < n and toks[k + 1].key in _HIJRI_MARKS:
                last = k + 1
            date = _hijri_to_iso(year, month, day)
            return DateMatch(first, last, date, "date", False, "hijri")
        k = j + used
        # رمضان الماضي، ذي القعدة المقبل، 12 شوال الجاري: the month's last,
        # next or current turn, counted from the article's Hijri date
        # and a day of a month with no year (17 رمضان): this Hijri year's
        rel = k < n and toks[k].key in _PAST | _NEXT | _CURRENT
        # 1-صفر، 2 / صفر: a match's score, not a day of Safar
        if day and any(c in "-/:" for c in body[toks[j - 1].end : toks[j].start]):
            return None
        if rel or day:
            direction = 0 if not rel else -1 if toks[k].key in _PAST else 1 if toks[k].key in _NEXT else 0
            hy = _resolve_hijri_year(month, direction, published, day)
            if rel and k + 1 < n and toks[k].key in _CURRENT and _lead(toks[k + 1].key) in _YEAR_WORDS:
                k += 1  # رمضان هذا العام
            date = _hijri_to_iso(hy, month, day) if hy else None
            return DateMatch(first, k if rel else k - 1, date, "date", True, "hijri")
    gm = _month_at(toks, j, gmonths)
    if gm:
        month, used = gm
        k = j + used
        # a paired naming: كانون الثاني يناير, آب/أغسطس, يوليو (تموز)
        if k < n and _gap_ok(body, toks[k - 1], toks[k]):
            pair = _month_at(toks, k, gmonths)
            if pair and pair[0] == month:
                k += pair[1]
        last = k - 1
        year = None
        if k + 2 < n and toks[k].key == "من" and _lead(toks[k + 1].key) in _YEAR_WORDS and _year_at(toks, k + 2):
            year = _year_at(toks, k + 2)  # أيلول (سبتمبر) من عام 2012
            last = k + 2
        elif k < n and _lead(toks[k].key) in _YEAR_WORDS and _year_at(toks, k + 1):
            year = _year_at(toks, k + 1)
            last = k + 1
        elif _year_at(toks, k):
            year = _year_at(toks, k)
            last = k
        if year and last + 1 < n and toks[last + 1].key in _GREG_MARKS:
            last += 1
        relative = False
        if year is None:
            direction = 0
            if k < n and toks[k].key in _PAST:
                direction, last = -1, k
            elif k < n and toks[k].key in _NEXT:
                direction, last = 1, k
            elif k < n and toks[k].key in _CURRENT:
                last = k
            elif not (day or part or _month_context(toks, first)):
                return None
            relative = True
            year = _resolve_year(month, direction, published, day)
        date = _iso(year, month, day if not part else None)
        return DateMatch(first, last, date, "date", relative, "gregorian")
    if day is not None:
        return None
    # a relative period: العام الماضي، نهاية العام الحالي، الشهر المقبل
    if j < n and _lead(toks[j].key) in _PERIOD_WORDS and j + 1 < n:
        nxt = toks[j + 1].key
        if nxt in _PAST | _NEXT | _CURRENT:
            unit = _PERIOD_WORDS[_lead(toks[j].key)]
            step = -1 if nxt in _PAST else 1 if nxt in _NEXT else 0
            return DateMatch(first, j + 1, _shift(published, unit, step), "date", True, "gregorian")
    if part:
        return None
    # weekdays, today, yesterday
    k = _lead(k0)
    if _DAYS.get(k) == 0 and not (i + 1 < n and toks[i + 1].key in WEEKDAYS):
        return None  # a bare "today" tells a reader nothing
    if k == _YESTERDAY and i + 1 < n and toks[i + 1].key == _THE_FIRST:
        return _day_of(toks, first, i + 1, published, -2)
    if k in _DAYS:
        last = i
        offset = _DAYS[k]
        weekday = i + 1 < n and toks[i + 1].key in WEEKDAYS
        before = lookup(toks[i - 1].key, _TIMES).word if i > 0 else ""
        if k == _GHAD and not weekday and before not in _TIMES:
            return None
        if offset == 1 and before == _AFTER:
            if i > 1 and toks[i - 2].key == _OR and not weekday:
                return None
            first, offset = i - 1, 2
        return _day_of(toks, first, last, published, offset)
    if k in WEEKDAYS and k == k0 and _surname_at(toks, i):
        return None
    if k in WEEKDAYS:
        # a weekday alone is the last one (or today); with المقبل the next
        # one, with الماضي the last before today: الجمعة الماضي in a
        # Friday's paper is a week ago
        ahead = i + 1 < n and toks[i + 1].key in _NEXT
        back = i + 1 < n and toks[i + 1].key in _PAST
        if k == _FRIDAY and not (ahead or back) and i > 0 and lookup(toks[i - 1].key, _PRAYER).word in _PRAYER:
            return None
        target = None
        if published:
            since = (published.weekday() - WEEKDAYS[k]) % 7
            delta = (WEEKDAYS[k] - published.weekday()) % 7 or 7 if ahead else -(since or 7) if back else -since
            if not (ahead or back) and _future_before(toks, i):
                delta = (WEEKDAYS[k] - published.weekday()) % 7  # سيعقد الثلاثاء: the one to come, or today
            target = published + dt.timedelta(days=delta)
        return DateMatch(first, i + (ahead or back), target.isoformat() if target else None, "date", True, "gregorian")
    # a year: عام 2020، 1436هـ
    if k in _YEAR_WORDS:
        y = _year_at(toks, i + 1)
        if y and (span := _year_span(body, toks, i + 1, y, published)):
            span.first = i
            return span
        if y:
            last = i + 1
            mark = _glued_year(toks[last].key)[1]
            cal = "hijri" if mark in _HIJRI_MARKS else "gregorian"
            if last + 1 < n and toks[last + 1].key in _HIJRI_MARKS:
                cal, last = "hijri", last + 1
            elif last + 1 < n and toks[last + 1].key in _GREG_MARKS:
                last += 1
            elif not mark and _hijri_era(y, published):
                cal = "hijri"
            return _year_match(first, last, y, cal)
    y = _year_at(toks, i)
    if y and (span := _year_span(body, toks, i, y, published)):
        return span
    mark = _glued_year(toks[i].key)[1]
    if y and mark in _HIJRI_MARKS or y and mark in _GREG_MARKS and 1900 <= y <= 2100:
        return _year_match(i, i, y, "hijri" if mark in _HIJRI_MARKS else "gregorian")
    if y and i + 1 < n and toks[i + 1].key in _HIJRI_MARKS and _gap_ok(body, toks[i], toks[i + 1]):
        return _year_match(i, i + 1, y, "hijri")
    if y and 1900 <= y <= 2100 and i > 0 and toks[i - 1].key in _YEAR_CONTEXT:
        return _year_match(i, i, y, "gregorian")
    if body[toks[i].start : toks[i].end].endswith("هـ") and toks[i].key[:-1].isdecimal():
        return _year_match(i, i, int(toks[i].key[:-1]), "hijri")
    return None


def _day_of(toks: list[Token], first: int, last: int, published: dt.date | None, offset: int) -> DateMatch:
    """A day counted from the article's (اليوم، أمس، أول من أمس) ending at
    token `last`, with the weekday after it if one follows: «أول من أمس
    (الأحد)» is one date, not two (232 such pairs with أول أمس on the
    non-held days)."""
    target = published + dt.timedelta(days=offset) if published else None
    if last + 1 < len(toks) and toks[last + 1].key in WEEKDAYS:
        last += 1
        if target:
            # the weekday named wins over the day word: a paper dated the
            # morning after writes اليوم الأربعاء of the day before
            shift = (WEEKDAYS[toks[last].key] - target.weekday() + 3) % 7 - 3
            target += dt.timedelta(days=shift)
    return DateMatch(first, last, target.isoformat() if target else None, "date", True, "gregorian")


def _numeric_at(body: str, toks: list[Token], i: int) -> DateMatch | None:
    """A numeric date d/m/yyyy, or year first as official Saudi dates are
    written (1436/10/28هـ، 2015/8/6), spaces allowed around the slashes; a
    year before 1700, or marked هـ after the day, is Hijri: 3 /3 /1436.
    Dashes stand for the slashes too, the same sign twice (24-10-1436هـ،
    4 - 6 - 2015م): 228 of the non-held days' 1,214 numeric dates."""
    if i + 2 >= len(toks):
        return None
    a, b, c = toks[i], toks[i + 1], toks[i + 2]
    sep = body[a.end : b.start].strip()
    if not b.key.isdecimal() or sep not in ("/", "-") or body[b.end : c.start].strip() != sep:
        return None
    last, mark = i + 2, ""
    if _glued_year(a.key)[0] and not _glued_year(a.key)[1]:
        digits, mark = _marked(c.key)
        if not digits or len(digits) > 2:
            return None
        y, m, d = int(a.key), int(b.key), int(digits)
        if not mark and last + 1 < len(toks) and toks[last + 1].key in _HIJRI_MARKS | _GREG_MARKS:
            last += 1
            mark = toks[last].key
    elif a.key.isdecimal() and _glued_year(c.key)[0]:
        d, m, y = int(a.key), int(b.key), int(_glued_year(c.key)[0])
    else:
        return None
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    if y < 1700 or mark in _HIJRI_MARKS:
        return DateMatch(i, last, _hijri_to_iso(y, m, d), "date", False, "hijri")
    return DateMatch(i, last, _iso(y, m, d), "date", False, "gregorian")


def _year_span(body: str, toks: list[Token], i: int, y: int, published: dt.date | None = None) -> DateMatch | None:
    """A season written as two years (1435/1436هـ، 2014-2015: a school or
    financial year): one range of years, in the calendar the mark after
    the second names (or, with none, the era the years are in)."""
    if i + 1 >= len(toks) or body[toks[i].end : toks[i + 1].start].strip() not in ("/", "-"):
        return None
    if _glued_year(toks[i].key)[1]:
        return None  # 1428هـ / 2007م: one year in two calendars, not a span
    y2 = _year_at(toks, i + 1)
    if not y2 or y2 <= y:
        return None
    last = i + 1
    mark = _glued_year(toks[last].key)[1]
    if not mark and last + 1 < len(toks) and toks[last + 1].key in _HIJRI_MARKS | _GREG_MARKS:
        last += 1
        mark = toks[last].key
    # a longer span is years only when a calendar mark or a word before it
    # says so (2010-2020م، الفترة 2010-2020): 1500-2000 ريال is an amount
    if y2 != y + 1 and not (mark or i > 0 and _lead(toks[i - 1].key) in _YEAR_CONTEXT | _YEAR_WORDS | _SPAN_WORDS):
        return None
    hijri = mark in _HIJRI_MARKS or not mark and _hijri_era(y, published)
    m = _year_match(i, last, y, "hijri" if hijri else "gregorian")
    m.value_max = y2
    return m


def _hijri_era(year: int, published: dt.date | None) -> bool:
    """Whether a year written with no calendar mark is a Hijri year: one
    within sixty years before the article's Hijri year (or five after).
    Saudi papers mark such years هـ 467 times in 471 (30 corpus days), and
    leave the mark off 180 times more; 1215 or 1450 stay Gregorian."""
    now = round((published.year - 622) * 33 / 32) if published else 1436
    return now - 60 <= year <= now + 5


def _month_context(toks: list[Token], first: int) -> bool:
    """A bare month name reads as a date only after a word that asks for one
    (مارس is also a verb)."""
    if first == 0:
        return False
    return _lead(toks[first - 1].key) in _MONTH_CONTEXT


def _year_match(first: int, last: int, year: int, calendar: str) -> DateMatch:
    date = f"{year:04d}" if calendar == "gregorian" else None
    return DateMatch(first, last, date, "year", False, calendar, value=year)


def _resolve_year(month: int, direction: int, published: dt.date | None, day: int | None = None) -> int | None:
    """The year of a Gregorian month's last, next or current turn; with a
    day, as `_turn` counts it (حتى 6 أغسطس المقبل written on 4 August is
    in two days, not a year)."""
    if not published:
        return None
    return _turn((published.year, published.month, published.day), month, direction, day)


def _resolve_hijri_year(month: int, direction: int, published: dt.date | None, day: int | None = None) -> int | None:
    """The Hijri year of a month's last, next or current turn as of the
    article's Hijri date."""
    if not published:
        return None
    from hijridate import Gregorian

    try:
        h = Gregorian(published.year, published.month, published.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return _turn((h.year, h.month, h.day), month, direction, day)


def _turn(now: tuple[int, int, int], month: int, direction: int, day: int | None = None) -> int:
    """The year of a month's last (direction -1), next (1) or current (0)
    turn as of `now` (year, month, day) in the month's calendar; with a
    day, the month in course counts as next while the day is still to
    come (حتى 27 شوال القادم, written on 16 Shawwal) and as last once it
    has passed."""
    year, m, d = now
    after = (month, day) >= (m, d) if day else month >= m
    before = (month, day) <= (m, d) if day else month <= m
    if direction < 0 and after:
        return year - 1
    if direction > 0 and before:
        return year + 1
    return year


def _shift(published: dt.date | None, unit: str, step: int) -> str | None:
    if not published:
        return None
    if unit == "year":
        return f"{published.year + step:04d}"
    if unit == "month":
        m = published.month - 1 + step
        return f"{published.year + m // 12:04d}-{m % 12 + 1:02d}"
    return (published + dt.timedelta(weeks=step)).isoformat()


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    if day:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}"


def _hijri_to_iso(year: int, month: int, day: int | None) -> str | None:
    from hijridate import Hijri

    try:
        g = Hijri(year, month, day or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return g.isoformat() if day else f"{g.year:04d}-{g.month:02d}"
