"""Syria written سورية, which also spells the feminine nisba (twelfth
round), on sentences written for this test: the country where a place's
name stands, the adjective after a noun or a place cue."""

from briefings.assemble import assemble
from briefings.extract.actors import extract_actors
from briefings.model import Article
from briefings.text.segment import paragraphs, sentences


def places(text: str) -> list[str]:
    return [a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place"]


def test_syria_in_a_places_frame_is_the_country():
    assert "سورية" in places("عاد اللاجئون من الأردن إلى سورية بعد سنوات.")
    assert "سورية" in places("تتواصل الغارات على مواقع التنظيم في العراق وسورية منذ أشهر.")
    assert "سورية" in places("تقع البلدة في شمال سورية قرب الحدود.")


def test_syria_after_a_noun_or_a_cue_is_the_nisba():
    assert "سورية" not in places("أعلنت مصادر سورية أن حكومة سورية جديدة ستتشكل في مدينة سورية كبيرة.")
    assert "سورية" not in places("شهدت مناطق سورية عدة معارك عنيفة.")


def test_both_spellings_of_syria_in_one_article_are_one_place():
    text = "وقال إن الأزمة في سورية تتفاقم. وأضاف أن سوريا تحتاج إلى حل سياسي."
    found = [a for a in assemble(Article(id="t", path="t.txt", sha256="0", body=text)).actors if a.type == "place"]
    assert len(found) == 1 and {found[0].name, *found[0].aliases} == {"سورية", "سوريا"}
