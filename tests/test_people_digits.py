"""A tagged person span ends before a word written with digits
(people._before_digits): a name is written in letters."""

from __future__ import annotations

from briefings.extract.actors.people import _trim_people
from briefings.extract.actors.span import _Raw
from briefings.text.tokens import tokenize


def _span(text: str, first: int, last: int) -> _Raw:
    toks = tokenize(text)
    return _Raw(first, last, "person", 0, toks, "crf")


def test_a_name_keeps_its_words_and_loses_the_number_after_it() -> None:
    r = _span("للتواصل مع خالد العتيبي 0501234567 مساء", 2, 5)
    _trim_people([r])
    assert (r.type, [t.text for t in r.toks[r.first : r.last]]) == ("person", ["خالد", "العتيبي"])


def test_a_span_that_opens_with_a_number_is_no_person() -> None:
    r = _span("في يوم الأحد 1436هـ 2015م بمدينة الرياض", 3, 5)
    _trim_people([r])
    # dropped, its words left as they were for the passes after
    assert (r.type, r.first, r.last) == ("", 3, 5)


def test_a_name_in_letters_is_left_whole() -> None:
    r = _span("استقبل الملك فيصل الأول الوفد", 2, 4)
    _trim_people([r])
    assert (r.type, r.first, r.last) == ("person", 2, 4)
