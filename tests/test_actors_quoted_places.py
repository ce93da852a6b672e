"""A quoted name right after a place cue is a place, and so is each quoted
name listed after it (twelfth round), on sentences written for this test."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def places(text: str) -> list[str]:
    return sorted(a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place")


def test_a_quoted_name_after_a_cue_is_a_place():
    found = places("وصل الفريق إلى مدينة «كرانفيلتو» لإقامة معسكره، ثم زار بلدة \"سان بيرتولا\" القريبة.")
    assert "كرانفيلتو" in found
    assert "سان بيرتولا" in found


def test_quoted_names_listed_after_a_plural_cue_are_places():
    found = places("قصفت الطائرات تجمعات في مديريتي «زعفرين» و«قهرود» ومناطق \"بلسوم\" و\"المرقاش\" أمس.")
    assert {"زعفرين", "قهرود", "بلسوم", "المرقاش"} <= set(found)


def test_a_quoted_phrase_or_a_letter_after_a_cue_is_no_place():
    found = places("دعت أنقرة إلى إقامة منطقة «من دون مخاطر» على الحدود، وقسمت الأرض إلى مناطق «ب» و«ج».")
    assert not {"من دون مخاطر", "ب", "ج"} & set(found)


def test_a_countrys_nisba_closing_the_quote_is_not_the_names():
    found = places("أقام النادي معسكره في مدينة «فارنيتسو الإيطالية» استعدادا للموسم.")
    assert "فارنيتسو" in found


def test_a_quoted_name_keeps_a_first_letter_that_spells_a_clitic():
    # كوش would peel as ك + وش outside the quote
    assert "كوش تبه" in places("احتفل سكان بلدة «كوش تبه» بافتتاح مدرسة جديدة.")


def test_a_quoted_common_term_is_no_place():
    # سالب: a term the corpus writes with and without its article
    found = places('وتزداد أرقام الحساب بـ "السالب" كل شهر، ولا تتحسن.')
    assert "السالب" not in found
    # a cue before the marks names a place whatever the word
    found = places('وتستقبل محافظة "الوجه" زوارها كل صيف.')
    assert "الوجه" in found
