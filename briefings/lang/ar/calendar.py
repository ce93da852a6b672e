"""Month, weekday and date words as the data files list them, keyed for
lookup (one table each, built once)."""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar.lexicon import table


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Gregorian month name (one or two words, keyed) → month: the
    transliterated names and the Levantine/Iraqi ones."""
    return {k: int(v) for name in ("months", "months_levant") for k, v in table(name).items()}


@lru_cache(maxsize=1)
def hijri_months() -> dict[str, int]:
    return {k: int(v) for k, v in table("months_hijri").items()}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Weekday name → date.weekday() number."""
    return {k: int(v) for k, v in table("weekdays").items()}


@lru_cache(maxsize=1)
def date_words() -> dict[str, str]:
    """Word → its role in a date (date_words.txt: part, past, year, period=year …)."""
    return table("date_words")


def role(name: str) -> frozenset[str]:
    """The words of one role (part, past, next, current, year, hijri, gregorian)."""
    return frozenset(k for k, r in date_words().items() if r == name)


def valued(name: str) -> dict[str, str]:
    """Words whose role carries a value (period=year, day=-1) → the value."""
    return {k: r.partition("=")[2] for k, r in date_words().items() if r.partition("=")[0] == name}


@lru_cache(maxsize=1)
def ordinal_days() -> dict[str, int]:
    """A day of the month in words (السابع عشر، الحادي والعشرين) → 1..31,
    composed from the ordinal units."""
    units = {k: int(v) for k, v in table("ordinals").items()}
    by_value = {v: k for k, v in units.items() if k != "الحادي"}
    out = dict(units)
    for v in range(1, 10):
        head = "الحادي" if v == 1 else by_value[v]
        out[f"{head} عشر"] = 10 + v
        out[f"{head} والعشرين"] = 20 + v
    out["العشرين"] = 20
    out["الثلاثين"] = 30
    out["الحادي والثلاثين"] = 31
    return out
