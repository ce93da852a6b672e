"""A place's name that is also a common word where it stands (eleventh
round), on sentences written for these tests: جده written with ه is his
grandfather (or «found it») outside a place's frame, Jeddah in one; المذنب
in an article about the comet is no governorate."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def places(text: str) -> list[str]:
    return sorted(a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place")


def test_a_grandfather_is_no_jeddah():
    assert places("وأهدى الطفل الوردة إلى جده في الحفل.") == []
    assert places("وتحدث الكاتب عن والده وجده وعائلته الكبيرة.") == []
    assert places("وقال إن ما وجده في التقرير لم يكن مفاجئا.") == []
    assert places("ويتحقق الموظف من بريده الإلكتروني كل صباح.") == []


def test_jeddah_written_with_ha_in_a_places_frame_stays():
    assert places("وأقيمت الفعالية في مدينة جده التاريخية.") == ["جده"]
    assert places("وهبطت الطائرة في مطار الملك عبدالعزيز الدولي بجده فجرا.") == ["جده", "مطار الملك عبدالعزيز الدولي"]
    assert places("وهربت الأسر من حر الرياض ورطوبة جده والدمام.") == ["الدمام", "الرياض", "جده"]
    assert places("وأقيمت الفعالية في جدة أمس.") == ["جدة"]  # written with ة: the city anywhere


def test_the_comet_is_no_governorate():
    text = ("وهبط المسبار على سطح المذنب بعد رحلة طويلة. ويقترب المذنب من الشمس ببطء. "
            "ويحتفظ المذنب بجليد قديم. وابتعد المسبار عن المذنب بعد ذلك.")
    assert places(text) == []


def test_the_governorate_stays():
    assert "المذنب" in places("وتهطل الأمطار في المذنب منذ الصباح.")
    text = "وزار المحافظ بلدية المذنب أمس. وقال إن سطح الطريق في المذنب يحتاج إلى صيانة."
    assert "المذنب" in places(text)  # the article names it under a place's governor
