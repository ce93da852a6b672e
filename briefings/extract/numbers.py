"""Reading numbers as Arabic newspapers write them: digits in any script and
with any separator, number words, and the two combined (`1.36 مليون`).

Keys are normalized (briefings.lang.ar), number words are data/number_words.txt there, so أ/ا and ة/ه variants are one.
"""

from __future__ import annotations

import re

from briefings.lang.ar import entries, key


def _classes() -> dict[str, dict[str, float]]:
    """Number words by class (data/number_words.txt), keyed."""
    out: dict[str, dict[str, float]] = {}
    for word, cls, value in entries("number_words"):
        out.setdefault(cls, {})[key(word)] = float(value)
    return out


_BY_CLASS = _classes()
_UNITS, _SCALES, _DUAL_SCALES, _FRACTIONS, _PARTS = (
    _BY_CLASS[c] for c in ("unit", "scale", "dual", "fraction", "parts"))
# a teen opens with a unit or أحد/إحدى (أحد عشر، ثلاثة عشر)
_TEENS_HEAD = {**_BY_CLASS["teen"], **{k: v for k, v in _UNITS.items() if 2 <= v <= 9}}

NUMBER_WORDS = set(_UNITS) | set(_SCALES) | set(_DUAL_SCALES) | set(_BY_CLASS["teen"])


def word_value(k: str) -> tuple[str, float] | None:
    """(class, value) of one normalized number word, or None."""
    k = k.rstrip("ا") if k.endswith(("ينا", "ونا")) else k  # tanween alef: ثلاثينا
    if k in _UNITS:
        return "unit", _UNITS[k]
    if k in _DUAL_SCALES:
        return "dual", _DUAL_SCALES[k]
    if k in _SCALES:
        return "scale", _SCALES[k]
    if k in _FRACTIONS:
        return "fraction", _FRACTIONS[k]
    if k in _PARTS:
        return "parts", _PARTS[k]
    return None


def combine(words: list[str]) -> float | None:
    """Value of a run of number words (each key already without its و).

    Teens are two words (`احد عشر`); scales multiply the group before them
    (`ثلاثة آلاف`, `نصف مليون`, `مئة وخمسون ألفاً`), and so do plural
    fractions (`ثلاثة أرباع`).
    """
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in _TEENS_HEAD and nxt in ("عشر", "عشره"):
            current += 10 + _TEENS_HEAD[w]
            seen = True
            i += 2
            continue
        wv = word_value(w)
        if wv is None:
            return None
        cls, v = wv
        if cls in ("unit", "fraction"):
            current += v
        elif cls == "parts":  # ثلاثة أرباع: the parts multiply the count before them
            current = (current or 1) * v
        elif cls == "dual":
            total += current * v if current else v
            current = 0
        else:  # scale
            total += (current or 1) * v
            current = 0
        seen = True
        i += 1
    return total + current if seen else None


_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}})


def parse_digits(raw: str, decimal_comma: bool = False) -> float | None:
    """Value of a digit string in any script.

    `٬` and `,` group thousands (`2,100`), `.` `٫` and the newspaper `ر`
    mark decimals (`4ر16` is 16.4: the ر form writes the fraction first).
    A comma followed by other than three digits, or `decimal_comma` (a scale
    word follows: `1,36 مليون`), is a decimal comma.
    """
    s = raw.translate(_DIGITS)
    if "ر" in s:
        frac, _, whole = s.partition("ر")
        if frac.isdecimal() and whole.isdecimal():
            return float(f"{whole}.{frac}")
        return None
    s = s.replace("٫", ".").replace("٬", ",")
    if "," in s:
        groups = s.split(",")
        if not decimal_comma and all(len(g) == 3 for g in groups[1:]) and "." not in groups[-1]:
            s = "".join(groups)
        elif len(groups) == 2 and "." not in s:
            s = ".".join(groups)
        else:
            return None
    try:
        v = float(s)
    except ValueError:
        return None
    return v


_ONES_W = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TENS_W = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS_W = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]


def _below_thousand(n: int) -> list[str]:
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(_HUNDREDS_W[h])
    if r:
        if r < 10:
            parts.append(_ONES_W[r])
        elif r == 10:
            parts.append("عشرة")
        elif r == 11:
            parts.append("أحد عشر")
        elif r == 12:
            parts.append("اثنا عشر")
        elif r < 20:
            parts.append(_ONES_W[r - 10] + " عشر")
        else:
            t, o = divmod(r, 10)
            parts.append(f"{_ONES_W[o]} و{_TENS_W[t]}" if o else _TENS_W[t])
    return parts


def to_words(n: int) -> str:
    """An integer below a million in words, as a newspaper writes it.

    Used by the tests to check the parser against every integer.
    """
    if n == 0:
        return "صفر"
    th, rest = divmod(n, 1000)
    parts: list[str] = []
    if th == 1:
        parts.append("ألف")
    elif th == 2:
        parts.append("ألفان")
    elif 3 <= th <= 10:
        parts.append(" و".join(_below_thousand(th)) + " آلاف")
    elif th:
        parts.append(" و".join(_below_thousand(th)) + (" ألفاً" if th % 100 > 10 else " ألف"))
    parts.extend(_below_thousand(rest))
    return " و".join(parts)


NUMBER_RE = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫٬ر][0-9٠-٩۰-۹]+)*")
