"""Times written after a name (الأسبوع الماضي، العام المقبل): no part of it."""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar import key, table
from briefings.model import Token


@lru_cache(maxsize=1)
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """Definite periods (العام، الشهر، الأسبوع, the date words' periods, and
    الليلة) and the words that place them (الماضي، المقبل، الحالي …)."""
    t = table("date_words")
    periods = frozenset(k for k, v in t.items() if v.startswith("period=")) | {key("الليلة")}
    return periods, frozenset(k for k, v in t.items() if v in ("past", "next", "current") and k.startswith("ال"))


def _time_phrase(toks: list[Token], j: int) -> bool:
    """Whether tokens j, j+1 are a time (الأسبوع الماضي، العام المقبل،
    الليلة قبل الماضية): no part of a body's name, which the tagger and
    the rule for bodies read on into (نادي النصر الأسبوع الماضي)."""
    periods, placed = _time_words()
    return (j + 1 < len(toks) and toks[j].key in periods
            and (toks[j + 1].key in placed or toks[j + 1].key == _BEFORE))


_BEFORE = key("قبل")
