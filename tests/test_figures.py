from briefings.extract.figures import extract_figures
from briefings.text.segment import paragraphs, sentences


def figures(text: str, published: str | None = None):
    figs = extract_figures(text, sentences(text, paragraphs(text)), published)
    for f in figs:
        assert text[f.start : f.end] == f.text
    return figs


def one(text: str, **kw):
    figs = [f for f in figures(text, **kw) if f.kind not in ("date", "year")]
    assert len(figs) == 1, figs
    return figs[0]


def test_count_with_qualifier_and_noun():
    f = one("نقلت الشركة أكثر من 2100 شحنة خلال الصيف.")
    assert (f.value, f.approx, f.unit, f.kind) == (2100, "more_than", "شحنة", "count")


def test_number_words_with_about():
    f = one("وقع نحو ثلاثين هجوماً على الطريق.")
    assert (f.value, f.approx) == (30, "about")


def test_arabic_indic_digits_and_scale():
    f = one("بلغت الصادرات ١٫٥ مليون طن هذا الموسم.")
    assert (f.value, f.kind) == (1_500_000, "measure")


def test_money_with_iso_code():
    f = one("خصصت الوزارة 300 مليون ريال للمشروع.")
    assert (f.value, f.kind, f.currency) == (300_000_000, "money", "SAR")


def test_percent():
    f = one("ارتفع التضخم بنسبة 4ر16 في المئة.")
    assert (f.value, f.kind) == (16.4, "percent")


def test_phone_and_law_numbers_are_not_figures():
    assert [f for f in figures("للاستفسار اتصل على 0551234567 أو راجع المادة 12 من النظام.") if f.kind != "date"] == []


def test_levantine_paired_date():
    figs = [f for f in figures("صوت المجلس في 5 كانون الثاني يناير 2020 على القرار.") if f.kind == "date"]
    assert figs[0].date == "2020-01-05"


def test_month_and_year_at_an_edge():
    figs = [f for f in figures("تسلم الرئيس منصبه في نهاية كانون الثاني يناير عام 2021 رسمياً.") if f.kind == "date"]
    assert figs[0].date == "2021-01"


def test_hijri_date_is_converted():
    figs = [f for f in figures("صدر القرار في 25 شوال 1436 هـ بعد مشاورات.") if f.kind == "date"]
    assert figs[0].date == "2015-08-10" and figs[0].calendar == "hijri"


def test_relative_weekday_resolved_against_publication():
    figs = [f for f in figures("عقد المجلس جلسته الخميس في العاصمة.", published="2015-08-09") if f.kind == "date"]
    assert figs[0].relative and figs[0].date == "2015-08-06"
