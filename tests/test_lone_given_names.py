"""A one-word person the tagger found that is a well-known given name,
with no title and no longer name of the article holding it, is no actor
(people._lone_given_names)."""

from __future__ import annotations

from briefings.extract.actors.people import _lone_given_names
from briefings.extract.actors.span import _Raw
from briefings.text.tokens import tokenize


def _span(text: str, first: int, last: int, source: str = "crf", sentence: int = 0) -> _Raw:
    return _Raw(first, last, "person", sentence, tokenize(text), source)


def _names(raws: list[_Raw]) -> list[str]:
    return [" ".join(t.text for t in r.toks[r.first : r.last]) for r in raws]


def test_a_given_name_alone_is_dropped() -> None:
    r = _span("زار الوفد قرية بني سعد أمس", 4, 5)  # سعد of a place's name
    assert _lone_given_names([r]) == []


def test_the_name_stays_when_a_longer_name_of_the_article_holds_it() -> None:
    full = _span("قال سعد الحريري إن الحكومة ماضية", 1, 3)
    alone = _span("وأضاف سعد أن الاجتماع انتهى", 1, 2, sentence=1)
    assert _names(_lone_given_names([full, alone])) == ["سعد الحريري", "سعد"]


def test_a_titled_given_name_stays() -> None:
    r = _span("وصل الأمير سعد إلى الرياض", 2, 3)
    r.titles = ["الأمير"]
    assert _names(_lone_given_names([r])) == ["سعد"]


def test_a_rare_foreign_name_and_a_rule_person_stay() -> None:
    foreign = _span("سجل ريجيكامب هدفا", 1, 2)  # the corpus seldom writes it
    ruled = _span("وقال سعد إن الاجتماع انتهى", 1, 2, source="rule")
    assert _names(_lone_given_names([foreign, ruled])) == ["ريجيكامب", "سعد"]


def test_two_words_and_other_types_stay() -> None:
    two = _span("التقى حسين علي الوفد", 1, 3)
    place = _Raw(1, 2, "place", 0, tokenize("زار حسين المدينة"), "crf")
    assert _names(_lone_given_names([two, place])) == ["حسين علي", "حسين"]
