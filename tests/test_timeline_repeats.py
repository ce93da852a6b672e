"""The timeline shows one event once: rows of one date whose sentences are
near the same words (three papers running one agency copy, a word or a
month's second name changed) are one row that names the other outlets,
each linked to its sentence. Rows of one date that say different things,
short snippets that share a few words, and rows of another date stay
apart. Sentences written for these tests."""

from __future__ import annotations

from briefings.site.collection import fold_repeats, ordered_events

MEETING = [
    ("a", "عكاظ", "وتعقد اللجنة الوزارية المشتركة اجتماعها المقبل في الرياض يوم 14 سبتمبر لبحث ملفات التعاون الاقتصادي بين البلدين."),
    ("b", "الرياض", "وتعقد اللجنة الوزارية المشتركة اجتماعها القادم في الرياض يوم 14 سبتمبر (أيلول) لبحث ملفات التعاون الاقتصادي بين البلدين."),
    ("c", "اليوم", "وتعقد اللجنة الوزارية المشتركة اجتماعها المقبل بالرياض في 14 سبتمبر لبحث ملفات التعاون الاقتصادي بين البلدين"),
]
OTHER = ("d", "سبق", "ويفتتح أمير المنطقة معرض الكتاب الدولي في جدة يوم 14 سبتمبر بمشاركة خمسمئة دار نشر عربية وأجنبية.")


def _event(bid: str, outlet: str, context: str, date: str = "2015-09-14", sentence: int = 2) -> dict:
    return {"date": date, "text": "14 سبتمبر", "context": context, "relative": False, "id": bid, "long": False,
            "title": bid, "sentence": sentence, "outlet": outlet}


def test_three_outlets_of_one_statement_are_one_row_naming_the_others():
    rows = fold_repeats(ordered_events([_event(*m) for m in MEETING] + [_event(*OTHER)]))
    assert [r["id"] for r in rows] == ["a", "d"]
    head = rows[0]
    assert [(o["outlet"], o["id"], o["sentence"]) for o in head["also"]] == [("الرياض", "b", 2), ("اليوم", "c", 2)]
    assert "also" not in rows[1]


def test_the_same_words_on_another_date_are_another_row():
    rows = fold_repeats(ordered_events([_event(*MEETING[0]), _event(*MEETING[1], date="2015-09-15")]))
    assert len(rows) == 2


def test_a_short_snippet_sharing_a_few_words_is_not_folded():
    # both end «في الشهر السابق» but say different things
    rows = fold_repeats(ordered_events([
        _event("a", "عكاظ", "… ارتفع التضخم إلى 2 في المائة في الشهر السابق.", date="2015-07"),
        _event("b", "الرياض", "… تراجعت مبيعات السيارات في الشهر السابق.", date="2015-07"),
    ]))
    assert len(rows) == 2


def test_one_briefing_repeating_itself_keeps_both_rows():
    # the same article giving the date in two sentences: its own two rows
    rows = fold_repeats(ordered_events([_event(*MEETING[0], sentence=2), _event("a", "عكاظ", MEETING[1][2], sentence=5)]))
    assert len(rows) == 2


def test_folding_does_not_depend_on_the_order_the_briefings_came_in():
    events = [_event(*m) for m in MEETING] + [_event(*OTHER)]
    once = fold_repeats(ordered_events(list(events)))
    again = fold_repeats(ordered_events(list(reversed(events))))
    assert once == again


def test_an_outlet_is_named_once_and_never_the_rows_own():
    # two articles of الرياض and a second one of عكاظ, the row's own paper
    rows = fold_repeats(ordered_events([_event(*MEETING[0]), _event("b", "الرياض", MEETING[1][2]),
                                        _event("b2", "الرياض", MEETING[2][2]), _event("a2", "عكاظ", MEETING[2][2])]))
    assert len(rows) == 1
    assert [o["outlet"] for o in rows[0]["also"]] == ["الرياض"]
    assert "_ids" not in rows[0]


def test_a_sentence_giving_its_date_twice_is_one_row():
    # «يوم الأربعاء ١٤٣٦/١١/١٨هـ الموافق ٢٠١٥/٩/٢»: two names of one moment in one sentence
    said = "… وذلك يوم الأربعاء ١٤٣٦/١١/١٨هـ الموافق ٢٠١٥/٩/٢، وتكون أحقية الأرباح لمساهمي الشركة المسجلين …"
    hijri = {**_event("a", "عكاظ", said, date="2015-09-02"), "text": "١٤٣٦/١١/١٨هـ"}
    gregorian = {**_event("a", "عكاظ", said, date="2015-09-02"), "text": "٢٠١٥/٩/٢"}
    rows = fold_repeats(ordered_events([hijri, gregorian]))
    assert [r["text"] for r in rows] == ["١٤٣٦/١١/١٨هـ"]
    # the written date over a relative one of the same sentence
    coming = {**_event("b", "الرياض", "… يوم السبت القادم 1 أغسطس 2015م …", date="2015-08-01"), "text": "السبت القادم", "relative": True}
    written = {**coming, "text": "1 أغسطس 2015م", "relative": False}
    [row] = fold_repeats(ordered_events([coming, written]))
    assert (row["text"], row["relative"]) == ("1 أغسطس 2015م", False)
    # another sentence of that article keeps its row
    other = {**written, "sentence": 7}
    assert len(fold_repeats(ordered_events([coming, written, other]))) == 2
