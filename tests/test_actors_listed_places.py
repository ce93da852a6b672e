"""The places a plural or dual place cue lists, joined by و (twelfth
round), on sentences written for this test."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def places(text: str) -> list[str]:
    return [a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place"]


def test_rare_names_listed_after_a_plural_cue_are_places():
    found = places("هطلت أمطار غزيرة على قرى الحبيلة والمشراق وزهوان صباح اليوم.")
    assert {"الحبيلة", "المشراق", "زهوان"} <= set(found)


def test_a_dual_cue_lists_two_places():
    found = places("تحاصر الفصائل بلدتي كفرنبيل وسرمين منذ أشهر.")
    assert {"كفرنبيل", "سرمين"} <= set(found)


def test_an_adjective_or_a_second_cue_after_the_plural_is_no_place():
    found = places("تعرضت قرى حدودية وقرى وأحياء المدينة لقصف، وزار الوفد قرى الشريط الساحلي.")
    assert not {"حدودية", "أحياء", "الشريط"} & set(found)


def test_a_bare_name_the_next_bare_word_continues_is_left():
    assert "ساحل" not in places("زار الوفد قرى ساحل زهران بمحافظة القنفذة.")



def test_a_dual_nisba_after_the_last_name_is_not_the_names():
    found = places("سقطت القذائف على بلدتي الفوعة وكفريا الشيعيتين في ريف إدلب.")
    assert "كفريا" in found
    assert "كفريا الشيعيتين" not in found
