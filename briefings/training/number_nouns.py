"""The words newspapers put after a number (`200 حاج`, `15 كم`, `1600عينة`),
counted over the corpus: the counted nouns and units the figure extractor
accepts after a number when no smaller lexicon decides (a word glued to
digits, the noun after `من`, a word that may carry ب or ل).

    .venv/bin/python -m briefings.training.number_nouns --corpus ../shared/data/corpus/saudinewsnet \\
        --out briefings/lang/ar/data/number_nouns.txt

A year-like number (1900 to 2100 in digits alone) is not counted: the
word after a year goes on with its sentence (2015 عندما، 2014 ليصل) and
is no noun a number counts. Nor are the held days (2015-07-25 and -26).
Words seen after a number at least `--min` times, in at least
`--min-share` of their uses, are kept (the share keeps out words that
follow numbers by accident: a verb, a preposition), and so are words seen
after 3 to 10 at least `--min-plural` times (plurals such as دول, common
elsewhere too).

Three to ten are counted in words as well as in digits (ثلاث شاحنات، خمس
سفن، ثلاثة أطراف): news writes small counts in words more often than in
digits, and a plural seen only after digits 3 to 10 is rare enough to fall
under `--min-plural` (شاحنات، سفن، أطراف did once years and the held days
went).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from briefings.extract.numbers import NUMBER_WORDS, word_value
from briefings.lang.ar import is_stop, key, peel_known, words
from briefings.lang.ar.calendar import date_words, hijri_months, months, weekdays

# a number in digits (any script, inner separators), then optional closing
# marks, then the next word; or a word glued to the digits
_AFTER = re.compile(r"(?<![\w.,])([0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*)[\"”»)]?\s*([\u0621-\u064aA-Za-z$\u0640]+)")
# Arabic counts 3 to 10 with a plural noun: the nouns seen after them are
# the plurals a number counts (سنوات، دول), which a definite number follows
# (الدول الـ12، السنوات الثلاث) and a partitive names (أربعة من عناصر)
_PLURAL_COUNTS = frozenset(str(n) for n in range(3, 11))
_WORD = re.compile(r"[\u0621-\u064a\u0640]+")
_ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# three to ten in words, both genders, keyed (ثلاث، ثلاثة … عشر، عشرة);
# the noun after them is a plural counted as after the digits 3 to 10
_WORD_COUNTS = frozenset(key(w) for w in (
    "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة",
    "ثمان", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة"))
_TENS = frozenset(key(w) for w in ("عشر", "عشرة"))
_ORDINALS = words("ordinals")
# a partitive pronoun counts a noun named before (ثلاثة منهم): no noun itself
_PRONOUN_PARTITIVES = frozenset(key(w) for w in ("منهم", "منها", "منهن", "بينهم", "بينها", "بينهن"))


def year_like(number: str) -> bool:
    """A number the figure extractor reads as a year when nothing it counts
    follows (figures._year_like: 1900 to 2100 in digits alone): the word
    after it goes on with the year's sentence (2015 عندما، 2014 أمام)
    more often than it names what is counted."""
    digits = number.translate(_INDIC)
    return digits.isdecimal() and 1900 <= int(digits) <= 2100


def _word_count(keys: list[str], i: int) -> bool:
    """Whether keys[i] is a number word 3 to 10 (under و or not) that
    counts the next word: not the ten of a teen (ثلاثة عشر، الرابع عشر،
    لستة عشر: a singular follows), not وست (West: وست هام), and not
    before another number word (خمسة وعشرين، ثلاث مئة) or a word under
    ب، ل or و (ثلاثة بنسبة، ثلاث وتصدرها: the next phrase)."""
    k = keys[i][1:] if keys[i][:1] == "و" and keys[i][1:] in _WORD_COUNTS - {key("ست")} else keys[i]
    if k not in _WORD_COUNTS or i + 1 >= len(keys):
        return False
    if k in _TENS and i and _numeral(keys[i - 1]):
        return False
    nxt = keys[i + 1]
    if _numeral(nxt) or _numeral(nxt[1:]) and nxt[:1] == "و" or nxt in _PRONOUN_PARTITIVES:
        return False
    return peel_known(nxt).clitic[-1:] not in ("ب", "ل", "و")


def _numeral(k: str) -> bool:
    """A number word or an ordinal, as written, under و or ل, or with the
    article (لستة، الخمسة عشر، والرابعة عشرة، الحادي عشر)."""
    bare = k[1:] if k[:1] in ("و", "ل") else k
    for w in (k, bare, bare[2:] if bare[:2] == "ال" else bare):
        if word_value(w) is not None or w in NUMBER_WORDS or w in _ORDINALS or w[:-1] in _ORDINALS and w[-1:] == "ه":
            return True
    return False


def count(corpus: Path) -> tuple[Counter[str], Counter[str], Counter[str], dict[str, Counter[str]]]:
    from briefings.training.corpus import HELD, articles

    after: Counter[str] = Counter()
    plural: Counter[str] = Counter()
    total: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for a in articles(corpus, skip=HELD):
        text = a.get("content") or ""
        found = list(_WORD.finditer(text))
        keys = [key(m.group()) for m in found]
        total.update(keys)
        for i in range(len(found) - 1):
            if _word_count(keys, i) and not text[found[i].end() : found[i + 1].start()].strip():
                w = found[i + 1].group()
                nk = keys[i + 1]
                after[nk] += 1
                plural[nk] += 1
                forms.setdefault(nk, Counter())[w] += 1
        for m in _AFTER.finditer(text):
            if year_like(m.group(1)):
                continue
            w = m.group(2)
            k = key(w)
            if k:
                after[k] += 1
                plural[k] += key(m.group(1)) in _PLURAL_COUNTS
                forms.setdefault(k, Counter())[w] += 1
    return after, plural, total, forms


def select(after: Counter[str], plural: Counter[str], total: Counter[str], forms, least: int, share: float,
           least_plural: int):
    # a month or a date word after a number makes a date (5 يوليو، 1436 هـ)
    calendar = {w for table in (months(), hijri_months(), weekdays(), date_words()) for k in table for w in k.split()}
    # a word never counted (عندما، حضروا، لسنة: not_unit.txt, read from this
    # list's review; its thousand, read there as the next number, stays a
    # scale here) and a definite word as written (20 الاتصالات; the key
    # of ألعاب opens with ال too) are left out
    never = words("not_unit") - {key("ألف")}
    out = []
    for k, n in after.items():
        if (n < min(least, least_plural) or is_stop(k) or len(k) < 2 or not _ARABIC.fullmatch(k) or k in calendar
                or k in never or k in _PRONOUN_PARTITIVES or forms[k].most_common(1)[0][0].startswith(("ال", "وال"))):
            continue
        t = max(total.get(k, 0), n)
        # a plural counted after 3 to 10 is kept however common it is
        # elsewhere (دول، سنوات)
        if n / t >= share or plural[k] >= least_plural:
            out.append((forms[k].most_common(1)[0][0], n, plural[k]))
    return sorted(out, key=lambda x: -x[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min", type=int, default=5)
    ap.add_argument("--min-share", type=float, default=0.03)
    ap.add_argument("--min-plural", type=int, default=3)
    a = ap.parse_args()
    after, plural, total, forms = count(a.corpus)
    rows = select(after, plural, total, forms, a.min, a.min_share, a.min_plural)
    head = (
        "# Words that follow a number in the SaudiNewsNet corpus (27k articles, 2015):\n"
        "# counted nouns and units (200 حاج، 15 كم، 1600عينة). Written by\n"
        f"# briefings/training/number_nouns.py (--min {a.min} --min-share {a.min_share}\n"
        f"# --min-plural {a.min_plural}): a word seen after a number that often, in that\n"
        "# share of its uses, or after 3 to 10 (digits or words: ثلاث شاحنات) that often;\n"
        "# numbers 1900-2100 (years), the\n"
        "# held days, stop, not_unit and definite words left out. Columns: word,\n"
        "# times after a number, times after 3 to 10 (where Arabic counts with a plural).\n"
    )
    a.out.write_text(head + "".join(f"{w}\t{n}\t{p}\n" for w, n, p in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {a.out}")


if __name__ == "__main__":
    main()
