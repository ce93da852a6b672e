"""The miner of number_nouns.txt (briefings.training.number_nouns) on a
corpus of sentences written for this test: a year's next word is not
counted, nor the held days' words, nor a word of not_unit.txt or a
definite one; the list shipped holds none of the function words it held
when years were counted (issue 12, clean19)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from briefings.lang.ar import entries, key, words
from briefings.training import number_nouns


def _day(folder: Path, day: str, texts: list[str]) -> None:
    with zipfile.ZipFile(folder / f"{day}.zip", "w") as z:
        z.writestr(f"{day}.json", json.dumps([{"content": t} for t in texts], ensure_ascii=False))


def _mined(tmp_path: Path) -> set[str]:
    # دلوة: a made-up noun, counted after numbers; تقاطر: written only
    # after years; حربة: only on the held day
    texts = ["وصل 40 دلوة إلى الميناء.", "ونقلت 12 دلوة أخرى.", "وتنتظر 7 دلوة دورها.",
             "وفي 2014 تقاطر الزوار.", "وفي 2015 تقاطر الناس.", "ومنذ 1999 تقاطر الحجاج.",
             "وفي 2013 تقاطر المعتمرون.", "ومع 2012 تقاطر السياح.",
             "وسجل الدقيقة 7 عندما تقدم.", "وفي الدقيقة 9 عندما عاد.", "وبعد 5 عندما انتهى.",
             "وأنهى 3 عندما وصل.", "وبلغ 8 عندما بدأ.", "وقرأ 20 الكتاب.", "وقرأ 30 الكتاب.",
             "وقرأ 10 الكتاب.", "وقرأ 11 الكتاب.", "وقرأ 12 الكتاب."]
    _day(tmp_path, "2015-07-21", texts)
    _day(tmp_path, "2015-07-26", ["باع 5 حربة ثم 6 حربة ثم 7 حربة ثم 8 حربة ثم 9 حربة."])
    after, plural, total, forms = number_nouns.count(tmp_path)
    return {key(w) for w, _, _ in number_nouns.select(after, plural, total, forms, 3, 0.03, 3)}


def test_years_held_days_and_function_words_are_not_mined(tmp_path):
    mined = _mined(tmp_path)
    assert key("دلوة") in mined
    assert key("تقاطر") not in mined  # only after years
    assert key("حربة") not in mined  # only on the held day
    assert key("عندما") not in mined  # not_unit
    assert key("الكتاب") not in mined  # definite


def test_year_like_numbers_are_four_digits_in_the_range():
    assert number_nouns.year_like("2015") and number_nouns.year_like("١٩٩٩")
    assert not number_nouns.year_like("1850") and not number_nouns.year_like("2,015")
    assert not number_nouns.year_like("300")


def test_the_shipped_list_holds_no_word_never_counted():
    listed = {key(e[0]) for e in entries("number_nouns")}
    never = words("not_unit") - {key("ألف")}
    assert not listed & never
    assert not any(e[0].startswith("ال") for e in entries("number_nouns"))
    # real counted nouns stay, the scales too
    assert {key(w) for w in ("شخصا", "حاج", "نسمة", "فرعا", "ألف", "آلاف")} <= listed


def test_three_to_ten_in_words_count_the_plural_after_them(tmp_path):
    # قوارير: a plural only ever counted in words (the cause clean19's list
    # lost شاحنات، سفن، أطراف); not the ten of a teen (الرابع عشر مناقصة),
    # not another number word (خمسة وعشرين), not a word under ب (ثلاثة بنسبة),
    # not وست (West: وست هام), not a partitive pronoun (ثلاثة منهم)
    texts = ["وصلت ثلاث قوارير إلى الميناء.", "ونقلت خمس قوارير أخرى.", "وتنتظر وسبع قوارير دورها.",
             "والعقد الرابع عشر مناقصة الطريق.", "وشمل العقد الخامس عشر مناقصة المبنى.",
             "والعقد السابع عشر مناقصة الجسر.", "فاز وست هام.", "وخسر وست هام.", "وتعادل وست هام.",
             "أصيب خمسة وعشرين.", "ومات ستة وعشرين.", "وعاد سبعة وعشرين.",
             "ارتفع ثلاثة بنسبة كبيرة.", "وتراجع أربعة بنسبة قليلة.", "وصعد خمسة بنسبة ضئيلة.",
             "وقتل ثلاثة منهم.", "وجرح أربعة منهم.", "ونجا خمسة منهم."]
    _day(tmp_path, "2015-07-21", texts)
    after, plural, total, forms = number_nouns.count(tmp_path)
    mined = {key(w) for w, _, _ in number_nouns.select(after, plural, total, forms, 3, 0.03, 3)}
    assert key("قوارير") in mined
    assert plural[key("قوارير")] == 3
    assert not mined & {key(w) for w in ("مناقصة", "هام", "وعشرين", "بنسبة", "منهم")}


def test_the_shipped_list_keeps_plurals_counted_in_words():
    listed = {key(e[0]) for e in entries("number_nouns")}
    assert {key(w) for w in ("شاحنات", "سفن", "أطراف")} <= listed
