"""Hijri months in running text: a month with its last/next/current turn,
a day of a month with no year, a month with عام before its year, and the
match scores that look like a day of Safar."""

from briefings.extract.figures import extract_figures
from briefings.text.segment import paragraphs, sentences

# 2015-08-01 is 16 Shawwal 1436
PUBLISHED = "2015-08-01"


def figures(text: str, published: str | None = PUBLISHED):
    figs = extract_figures(text, sentences(text, paragraphs(text)), published)
    for f in figs:
        assert text[f.start : f.end] == f.text
    return figs


def dates(text: str, published: str | None = PUBLISHED):
    return [(f.text, f.date, f.relative) for f in figures(text, published) if f.kind == "date" and f.calendar == "hijri"]


def test_month_with_its_last_and_next_turn():
    assert dates("تراجعت المبيعات خلال شهر رمضان الماضي في الأسواق.") == [("رمضان الماضي", "2015-06", True)]
    assert dates("تبدأ الدراسة مطلع ذي القعدة المقبل في المدارس.") == [("مطلع ذي القعدة المقبل", "2015-08", True)]
    # Ramadan comes again in the next Hijri year, after Shawwal
    assert dates("يعود المسلسل إلى الشاشة في رمضان المقبل إن شاء الله.") == [("رمضان المقبل", "2016-06", True)]


def test_safar_with_a_turn_is_the_month_not_zero():
    figs = figures("وقعت الحادثة في صفر الماضي قرب الحدود.")
    assert [(f.kind, f.calendar) for f in figs] == [("date", "hijri")]
    assert figs[0].value is None


def test_day_of_a_month_without_a_year_is_a_date_not_a_count():
    figs = figures("انطلق المعرض في 17 رمضان بمشاركة واسعة.")
    assert [(f.text, f.kind, f.date) for f in figs] == [("17 رمضان", "date", "2015-07-04")]


def test_a_day_still_to_come_in_the_month_in_course():
    # written on 16 Shawwal: the 27th is eleven days away, the 10th has passed
    assert dates("يستمر التسجيل حتى السابع والعشرين من شوال القادم.") == [
        ("السابع والعشرين من شوال القادم", "2015-08-12", True)
    ]
    assert dates("افتتح المهرجان في 10 شوال الماضي بحضور المحافظ.") == [("10 شوال الماضي", "2015-07-26", True)]


def test_ordinal_day_with_month_word():
    assert dates("صدر القرار في الثاني من شهر صفر الماضي.") == [("الثاني من شهر صفر الماضي", "2014-11-24", True)]


def test_month_with_year_word_before_its_year():
    assert dates("تأسست الجمعية في صفر عام 1436 هـ بمدينة جدة.") == [("صفر عام 1436 هـ", "2014-11", False)]
    assert dates("أقيمت الدورة الأولى في رجب من عام 1434هـ بالرياض.") == [("رجب من عام 1434هـ", "2013-05", False)]


def test_scores_are_not_days_of_safar():
    for text in ("فاز الفريق 2-صفر على ضيفه.", "انتهت المباراة 3 / صفر لصالح الضيوف."):
        assert dates(text) == [], text


def test_no_publication_date_leaves_the_date_open():
    assert dates("تراجعت المبيعات في رمضان الماضي.", None) == [("رمضان الماضي", None, True)]
