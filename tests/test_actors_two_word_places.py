"""Places named in two words that no gazetteer of cities held (places.txt:
المنطقة الشرقية، الحدود الشمالية، وادي الدواسر، محايل عسير، باب
المندب), and the people of a listed place or a place before a word under
ل (places._place_frame, _in_construct). Sentences written for these tests."""

from extracted import places


def test_a_region_named_in_two_words_is_one_place():
    found = places("وافتتح المعرض أمس في المنطقة الشرقية بحضور عدد من المسؤولين.")
    assert "المنطقة الشرقية" in found
    assert "الحدود الشمالية" in places("وهطلت أمطار غزيرة على منطقة الحدود الشمالية صباح اليوم.")


def test_a_governorate_and_a_strait_named_in_two_words():
    assert "محايل عسير" in places("وصل الفريق إلى محايل عسير بعد رحلة طويلة.")
    assert "باب المندب" in places("وتعبر الناقلات مضيق باب المندب كل يوم.")
    assert any("وادي الدواسر" in p for p in places("وزار المسؤول وادي الدواسر يوم الخميس."))


def test_the_people_of_a_listed_place():
    # بيشة: a governorate of the local list, read only where a place's name stands
    assert "بيشة" in places("وشارك أهالي بيشة في الاحتفال بالعيد.")
    assert "بيشة" in places("وقال أحد سكان بيشة إن المشروع تأخر.")


def test_a_listed_place_before_a_word_under_lam_is_no_construct():
    assert "بيشة" in places("ويأتي الزوار إلى بيشة للسياحة، خاصة في فصل الشتاء.")


def test_a_listed_word_a_definite_noun_completes_is_still_no_place():
    # حقل: a governorate of the local list, and a field: في حقل التعليم
    assert "حقل" not in places("ويعمل منذ سنوات طويلة في حقل التعليم العام.")
