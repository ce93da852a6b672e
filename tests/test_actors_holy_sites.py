"""Holy sites and a market named in two or three words (places.txt:
المسجد النبوي الشريف، المسجد الحرام، سوق عكاظ): named sites are places,
their epithet kept. Sentences written for these tests."""

from extracted import places


def test_the_two_holy_mosques_by_name():
    found = places("وأدى آلاف المعتمرين الصلاة في المسجد الحرام، ثم توجهوا إلى المسجد النبوي الشريف.")
    assert {"المسجد الحرام", "المسجد النبوي الشريف"} <= set(found)


def test_a_site_under_a_clitic_and_a_market_by_name():
    found = places("وتوافد الزوار للمسجد الأقصى، فيما تنطلق فعاليات سوق عكاظ الأسبوع المقبل.")
    assert {"المسجد الأقصى", "سوق عكاظ"} <= set(found)


def test_the_kings_title_names_no_site():
    found = places("وهنأ خادم الحرمين الشريفين المواطنين بحلول العيد.")
    assert not any("الحرمين" in p for p in found)
