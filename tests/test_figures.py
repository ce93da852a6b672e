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


def test_range_between():
    f = one("يتراوح عدد المشاركين ما بين 200 و300 شخص في كل دورة.")
    assert (f.approx, f.value, f.value_max) == ("range", 200, 300)


def test_number_words_with_clitics_and_scales():
    assert one("ارتفع العدد إلى وثلاثين مدرسة بعد التوسعة.").value == 30
    assert one("اشترى المصنع الأرض بخمسة ملايين دولار نقداً.").value == 5_000_000
    assert one("حضر المهرجان 17 ألف زائر من الخارج.").value == 17_000
    assert one("بلغ عدد السكان 1,36 مليون نسمة في الإحصاء.").value == 1_360_000
    assert one("استقبلت المدينة نصف مليون حاج هذا الموسم.").value == 500_000


def test_vague_quantity_gets_no_value():
    figs = [f for f in figures("شارك بضعة آلاف متظاهر في المسيرة.") if f.kind not in ("date", "year")]
    assert all(f.value is None for f in figs)


def test_slash_and_bracket_paired_months():
    a = [f for f in figures("وصل الوفد في 3 آب/أغسطس 2019 إلى العاصمة.") if f.kind == "date"]
    b = [f for f in figures("بدأت الحملة في 11 يوليو (تموز) 2015 رسمياً.") if f.kind == "date"]
    assert a[0].date == "2019-08-03" and b[0].date == "2015-07-11"


def test_maghrebi_month_names():
    figs = [f for f in figures("انطلقت الدورة في 20 جانفي 2016 بالعاصمة.") if f.kind == "date"]
    assert figs[0].date == "2016-01-20"


def test_relative_month_resolved():
    figs = [f for f in figures("تصاعدت الهجمات منذ منتصف نيسان الماضي في المنطقة.", published="2021-07-20") if f.kind == "date"]
    assert figs[0].relative and figs[0].date == "2021-04"


def test_hijri_year_alone_stays_hijri():
    figs = [f for f in figures("تأسست الجمعية عام 1420هـ في المدينة.") if f.kind == "year"]
    assert figs[0].value == 1420 and figs[0].calendar == "hijri" and figs[0].date is None
