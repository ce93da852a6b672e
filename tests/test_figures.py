from briefings.extract.figures import extract_figures
from briefings.lang.ar import key
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


def test_a_clitic_before_a_number_word_is_not_the_figures():
    assert one("وصل إلى المدينة أمس وثلاثة آلاف حاج.").text == "ثلاثة آلاف حاج"
    figs = figures("شارك في الحملة ألف متطوع وخمسة آلاف صبي ونحو ثلاثين طبيباً.")
    assert [f.text for f in figs] == ["ألف متطوع", "خمسة آلاف صبي", "نحو ثلاثين طبيباً"]
    assert one("دفعت الشركة بحوالي ثلاثين مليون ريال.").text == "حوالي ثلاثين مليون ريال"
    # a word the clitic shares a letter with keeps its letters (لل = ل + ال)
    assert not any(f.text.startswith("عشرة") for f in figures("منحت الجائزة للعشرة الأوائل في السباق."))


def test_a_year_after_a_number_is_not_what_it_counts():
    figs = figures("ارتفع الإنفاق من 194 مليونا عام 2013 إلى 208 ملايين عام 2014.")
    assert not any(f.unit and key(f.unit) == "عام" for f in figs)
    assert [f.date for f in figs if f.kind == "year"] == ["2013", "2014"]
    assert one("عاش في المدينة 30 عاما قبل أن يرحل.").unit == "عاما"
    # with the year's calendar mark glued on, of either calendar
    marked = figures("ارتفع الإنفاق من 194 مليونا عام 2013م إلى 208 ملايين عام 1436هـ.")
    assert not any(f.unit and key(f.unit) == "عام" for f in marked)
    # a zero where the year stands (a typo, a form's 0000) is no year and no crash
    assert 194e6 in [f.value for f in figures("بلغ عدد الزوار 194 مليونا عام 0000 وفق الجدول.")]


def test_trillions_and_construct_duals_of_scales():
    assert one("يزن الكويكب 3 تريليونات رطل.").value == 3e12
    f = one("أنفقت الشركة ملياري ريال على التوسعة.")
    assert (f.value, f.kind) == (2e9, "money")
    assert one("يسكن المدينة أكثر من مليوني نسمة.").value == 2e6


def test_an_unmarked_year_of_the_hijri_era_is_hijri():
    figs = figures("خفضت اللجنة الرسوم عام 1432 بعد الشكاوى.", published="2015-07-20")
    assert [(f.value, f.calendar, f.date) for f in figs] == [(1432, "hijri", None)]
    season = figures("يبدأ التسجيل للعام الدراسي 1436-1437 الأسبوع المقبل.", published="2015-07-20")
    assert [(f.value, f.value_max, f.calendar) for f in season if f.kind == "year"] == [(1436, 1437, "hijri")]
    # a year long before the article's Hijri era is Gregorian
    assert [f.date for f in figures("بني المنزل عام 1450 في المدينة القديمة.", published="2015-07-20")] == ["1450"]
    # one year in both calendars is two years, not a span from 1428 to 2007
    both = figures("انطلق المهرجان ( 1428هـ / 2007م ) في الطائف.", published="2015-07-20")
    assert [(f.value, f.calendar) for f in both] == [(1428, "hijri"), (2007, "gregorian")]


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


# Issue 12's classes, each with sentences written for the test.

def test_number_inside_quote_marks_or_brackets_counts_the_noun_after():
    f = one('نظمت الهيئة "420" فعالية في الصيف.')
    assert (f.value, f.unit) == (420, "فعالية")
    f = one("مدت الشركة أكثر من (75) كم من الأنابيب.")
    assert (f.value, f.approx, f.unit, f.kind) == (75, "more_than", "كم", "measure")
    f = one("شملت الحملة «12» حياً في شرق المدينة.")
    assert (f.value, f.unit) == (12, "حياً")


def test_a_definite_noun_after_a_closing_mark_is_no_unit():
    assert [f for f in figures("للتواصل استخدم الرقم الموحد «930» البريد الإلكتروني للمركز.") if f.unit] == []


def test_unit_glued_to_digits():
    f = one("يبلغ طول اللاعب 183سم ووزنه معتدل.")
    assert (f.value, f.unit, f.kind) == (183, "سم", "measure")
    f = one("حلل المختبر 2400عينة من المياه.")
    assert (f.value, f.unit, f.kind) == (2400, "عينة", "count")


def test_year_with_its_calendar_mark_glued():
    greg = [f for f in figures("افتتح المبنى في العام 1932م بحضور الأمير.") if f.kind == "year"]
    assert (greg[0].value, greg[0].calendar, greg[0].date) == (1932, "gregorian", "1932")
    hijri = [f for f in figures("بدأ العمل بالنظام في 14 رجب 1437هـ رسمياً.") if f.kind == "date"]
    assert (hijri[0].date, hijri[0].calendar) == ("2016-04-21", "hijri")


def test_numeric_hijri_date_with_spaces_and_glued_mark():
    figs = [f for f in figures("تبدأ الإجازة في 5/ 9/ 1436هـ وتنتهي بعد العيد.") if f.kind == "date"]
    assert figs[0].date == "2015-06-22" and figs[0].calendar == "hijri"


def test_month_pair_in_brackets_then_year():
    figs = [f for f in figures("سجلت أول حالة في تشرين الأول (أكتوبر) من عام 2013 في الشمال.") if f.kind == "date"]
    assert figs[0].date == "2013-10"


def test_definite_number_counts_the_plural_before_it():
    f = one("اجتمع وزراء الدول الأعضاء الـ 22 في القاهرة.")
    assert (f.value, f.unit) == (22, "الدول")
    f = one("تضاعفت الأسعار خلال السنوات الخمس الماضية.")
    assert (f.value, f.unit) == (5, "السنوات")
    f = one("أغلقت المحلات خلال الـ48 ساعة التالية للقرار.")
    assert (f.value, f.unit) == (48, "ساعة")


def test_definite_number_after_a_singular_is_an_ordinal():
    assert [f for f in figures("افتتحت الدورة الـ12 للمعرض بحضور الوزير.") if f.kind not in ("date", "year")] == []


def test_partitive_names_what_is_counted():
    f = one("أصيب خمسة من الجنود في الهجوم.")
    assert (f.value, f.unit) == (5, "الجنود")
    f = one("اعتقلت الشرطة ثلاثة من عناصر الخلية.")
    assert (f.value, f.unit) == (3, "عناصر")


def test_noun_that_comes_later_in_a_list():
    figs = [f for f in figures("تتوفر الشاشة بثلاثة أحجام هي 7 و9 و11 بوصة.") if f.kind == "measure"]
    assert [f.value for f in figs] == [7, 9, 11] and {f.unit for f in figs} == {"بوصة"}


def test_implied_unit_from_the_number_before():
    figs = figures("ينال الأول 50 ألف ريال، و20 ألفا للثاني و10 آلاف للثالث.")
    assert [(f.value, f.kind, f.currency) for f in figs] == [
        (50_000, "money", "SAR"), (20_000, "money", "SAR"), (10_000, "money", "SAR")]


def test_a_word_under_a_preposition_is_not_what_is_counted():
    assert [f for f in figures("بلغت الدقة 1200 بتقنية حديثة.") if f.kind not in ("date", "year")] == []


def test_a_teen_after_an_ordinal_is_no_count():
    assert [f for f in figures("افتتحت الدورة الخامسة عشر للمعرض أمس.") if f.kind == "count"] == []


def test_thousands_marks_dot_space_and_comma():
    assert one("شارك حوالي 12.500 من المتطوعين في الحملة.").value == 12_500
    assert one("بلغ عدد الزوار 2,350,000 زائر العام الماضي.").value == 2_350_000
    assert one("وصل عدد الطلاب إلى 1 250 طالباً في المدرسة.").value == 1_250


def test_approximation_written_after_the_number():
    f = one("سجلت الوزارة 640 حالة تقريباً في المنطقة.")
    assert (f.value, f.approx, f.unit) == (640, "about", "حالة")


def test_number_words_and_scales():
    assert one("عاد سبعة آلاف لاجئ إلى قراهم.").value == 7_000
    assert one("شارك في السباق خمسة وعشرون متسابقاً.").value == 25
    assert one("قطع الفريق ثلاثمئة كيلومتر في يومين.").value == 300


def test_range_from_to():
    f = one("ترتفع الحرارة من 40 إلى 45 درجة مئوية.")
    assert (f.approx, f.value, f.value_max) == ("range", 40, 45)
    f = one("تستمر الدراسة من ثلاثة إلى خمسة أعوام.")
    assert (f.approx, f.value, f.value_max) == ("range", 3, 5)


def test_a_season_of_two_years_is_one_range():
    figs = [f for f in figures("يبدأ العام الدراسي 1435/1436هـ بعد أسبوعين.") if f.kind == "year"]
    assert [(f.value, f.value_max, f.approx, f.calendar) for f in figs] == [(1435, 1436, "range", "hijri")]
    figs = [f for f in figures("تنتهي السنة المالية 2014-2015 في يونيو.") if f.kind == "year"]
    assert [(f.value, f.value_max, f.calendar) for f in figs] == [(2014, 2015, "gregorian")]


def test_fractions():
    f = one("أنجز المقاول ثلاثة أرباع المشروع قبل الموعد.")
    assert (f.value, f.unit) == (0.75, "المشروع")
    f = one("ارتفع المؤشر 3/4 نقطة في التداولات.")
    assert f.value == 0.75


def test_weekday_with_a_day_word_or_next():
    figs = [f for f in figures("يصل الوفد غداً الأربعاء ويغادر يوم السبت المقبل.", published="2015-07-21") if f.kind == "date"]
    assert [f.date for f in figs] == ["2015-07-22", "2015-07-25"]
    figs = [f for f in figures("يوقع اللاعب اليوم الأربعاء عقده.", published="2015-08-06") if f.kind == "date"]
    assert figs[0].date == "2015-08-05"


def test_a_plural_fraction_alone_is_no_figure():
    assert [f for f in figures("تقاسم الورثة الأرباع الباقية من الأرض.") if f.kind not in ("date", "year")] == []


def test_a_paired_month_in_brackets_keeps_its_closing_bracket():
    from briefings.extract.figures import extract_figures
    from briefings.text.segment import paragraphs, sentences

    text = "وانخفض السعر في 31 تموز (يوليو) بعد أن ارتفع في 23 آذار (مارس)."
    found = extract_figures(text, sentences(text, paragraphs(text)), "2015-08-04")
    dates = {f.text: f.date for f in found if f.kind == "date"}
    assert dates == {"31 تموز (يوليو)": "2015-07-31", "23 آذار (مارس)": "2015-03-23"}


def test_a_year_typed_backwards_gets_no_date():
    # 4102 is 2014 with its digits reversed: the figure stays as written,
    # with no date to put it on the timeline
    figs = figures("افتتح المستشفى في عام 4102 بحضور المحافظ.", "2015-08-01")
    assert [(f.text, f.kind, f.value, f.date) for f in figs] == [("عام 4102", "year", 4102, None)]
    figs = figures("تسعى الخطة إلى خفض الانبعاثات بحلول عام 2050.", "2015-08-01")
    assert [(f.text, f.date) for f in figs] == [("عام 2050", "2050")]


def test_a_currency_in_the_accusative_is_money():
    f = one("ارتفع سعر البرميل إلى 52 دولارا في تعاملات الأمس.")
    assert (f.kind, f.currency, f.value) == ("money", "USD", 52)
    f = one("دفع المخالف غرامة قدرها 900 ريالا نقدا.")
    assert (f.kind, f.currency) == ("money", "SAR")
    f = one("بلغت قيمة الصفقة 40 دينارا كويتيا للسهم.")
    assert (f.kind, f.currency) == ("money", "KWD")


def test_a_quantity_is_not_a_hundred():
    # كمية is not ك + مية (مئة)
    assert figures("ضبطت الدوريات كمية كبيرة من المواد المهربة.") == []


def test_a_number_in_brackets_or_marks_shows_both():
    f = one("تضم المبادرة (12) مدرسة في المحافظة.")
    assert (f.text, f.value, f.unit) == ("(12) مدرسة", 12, "مدرسة")
    f = one("نفذ الفريق «640» زيارة ميدانية.")
    assert f.text == "«640» زيارة"
    f = one("بلغت المكافأة (15 ألف) ريال للفائز.")
    assert (f.text, f.value, f.kind) == ("(15 ألف) ريال", 15000, "money")


def test_a_word_joined_by_wa_is_not_what_is_counted():
    figs = figures("تتصدر الدول المنتجة البرازيل (30 مليون) والهند (25 مليون) في الإنتاج.")
    assert not [f for f in figs if f.unit and f.unit.startswith("و")]


def test_a_numeric_date_written_year_first():
    figs = figures("صدر القرار بتاريخ 1436/10/28هـ بشأن التعيينات.")
    assert [(f.text, f.kind, f.calendar, f.date) for f in figs] == [("1436/10/28هـ", "date", "hijri", "2015-08-13")]
    figs = figures("وقع الحادث في 2015/8/6 على الطريق الدائري.")
    assert [(f.text, f.date) for f in figs] == [("2015/8/6", "2015-08-06")]


def _dates(text: str, published: str = "2015-08-07") -> list[tuple[str, str | None]]:
    return [(f.text, f.date) for f in figures(text, published) if f.kind == "date"]


def test_tomorrow_written_without_its_alef_and_the_day_after():
    # 2015-08-07 is a Friday: غدٍ السبت is the 8th, not the Saturday before
    assert _dates("يعود المنتخب إلى الدمام يوم غدٍ السبت بعد المعسكر.") == [("غدٍ السبت", "2015-08-08")]
    assert _dates("تنطلق الدورة مساء غد في المدينة الجامعية.") == [("غد", "2015-08-08")]
    assert _dates("يصل الوزير بعد غد الأحد إلى المنامة.") == [("بعد غد الأحد", "2015-08-09")]
    # without a time word or a weekday غد is the noun: a better tomorrow
    assert _dates("يتطلع الشباب إلى غد أفضل لمدينتهم.") == []
    assert _dates("سيصل الرد اليوم أو غدا أو بعد غد على الأرجح.") == [("غدا", "2015-08-08")]


def test_a_weekday_with_past_is_before_today():
    # in a Friday's paper الجمعة الماضي is a week ago; a bare الجمعة is today
    assert _dates("أعلنت الإدارة نتائج الفحص يوم الجمعة الماضي للأسر.") == [("الجمعة الماضي", "2015-07-31")]
    assert _dates("تفقد المحافظ المشروع الثلاثاء الماضية مع المهندسين.") == [("الثلاثاء الماضية", "2015-08-04")]
    assert _dates("يفتتح المحافظ المعرض الجمعة في الساحة.") == [("الجمعة", "2015-08-07")]


def test_the_friday_prayer_is_no_date():
    assert _dates("هاجم مسلح المصلين أثناء صلاة الجمعة في القرية.") == []
    assert _dates("يتوافد الأهالي على الجامع لأداء صلاة الجمعة كل أسبوع.") == []
    assert _dates("أقيمت صلاة الجمعة الماضية في الجامع الكبير.") == [("الجمعة الماضية", "2015-07-31")]
    # a sermon is reported the day after: the last Friday
    assert _dates("تناول الإمام في خطبة الجمعة قيمة العمل.", "2015-08-08") == [("الجمعة", "2015-08-07")]


def test_a_currency_glued_to_its_digits_in_the_accusative_is_money():
    f = one("عرضت الجماعة الفتيات بأثمان زهيدة، 120دولارا للواحدة.")
    assert (f.kind, f.value, f.currency) == ("money", 120, "USD")


def test_a_columns_sms_line_has_no_figures():
    # the codes to text a columnist are no counts of «الاتصالات» or «مسافة»
    text = ("قرأت في الصحف أن المدينة تحتاج 40 حديقة جديدة.\n"
            "للتواصل أرسل sms إلى 12345 الاتصالات، 678901 موبايلي، 234567 زين تبدأ بالرمز 321 مسافة ثم الرسالة\n"
            "وللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (45) ثم مسافة ثم نص الرسالة إلى 12345")
    assert [f.text for f in figures(text)] == ["40 حديقة"]


def test_a_number_after_sms_on_another_line_is_kept():
    text = "وصلت إلى المشتركين رسائل sms كثيرة.\nوبلغ عدد المشتركين 678901 مشترك في الشبكة."
    assert [f.text for f in figures(text)] == ["678901 مشترك"]


def test_an_sms_line_wrapped_over_lines_has_no_figures():
    text = ("ارتفع عدد الزوار إلى 300 زائر.\n\nللتواصل أرسل sms إلى 12345\nالاتصالات ,678901 موبايلي، 234567\n"
            "زين تبدأ بالرمز 150 مسافة")
    assert [f.text for f in figures(text)] == ["300 زائر"]


def test_a_scale_alone_counts_what_the_sentence_counted_before_it():
    figs = figures("بلغت ديون النادي الأول 25 مليون ريال، في حين تجاوزت ديون النادي الثاني 15 مليونا.")
    later = next(f for f in figs if f.text == "15 مليونا")
    assert (later.kind, later.value, later.unit, later.currency) == ("money", 15_000_000, "ريال", "SAR")


def test_a_scale_alone_takes_no_unit_from_a_number_after_it():
    figs = figures("يقطن المدينة 25 مليونا ويعمل فيها 300 مصنع.")
    assert all(f.unit != "مصنع" for f in figs if f.value == 25_000_000), figs


def test_a_duration_lends_a_scale_no_unit():
    figs = figures("قطع العداء السباق في 9.8 ثانية، بينما يصل ثمن سيارته إلى مليون ونصف مليون دولار.")
    assert all(f.unit not in ("ثانية",) for f in figs if f.value and f.value >= 1_000_000), figs


def test_a_year_before_a_verb_or_a_years_word_counts_nothing():
    # a year with no marker before it, the sentence going on after it
    for text, year in (
        ("أظهرت بيانات موسم 2016 تأثرت فيه المبيعات بالأمطار.", "2016"),
        ("تقوم خطة 2030 يعتمد تنفيذها على القطاع الخاص.", "2030"),
        ("إيرادات الربع الأول 2017 بلغت مستوى غير مسبوق.", "2017"),
        ("جعلت اللجنة صيف 2019 موعدا لتسليم المشروع.", "2019"),
        ("سجلت مبيعات الشركة 2018 ارتفاعا طفيفا في الصيف.", "2018"),
        ("تراجعت أرباح 2016 مقارنة بما حققته قبل ذلك.", "2016"),
        ("نسخة المعرض 2017 تتضمن أجنحة للأطفال.", "2017"),
        ("قالت الشركة إن مبيعات 2019 ستشهد نموا.", "2019"),
        ("رأى المحللون أن دخل 2016 سيكون الأدنى.", "2016"),
        ("طرحت الشركة طراز 2018 الجديد في الأسواق.", "2018"),
    ):
        figs = figures(text)
        assert not [f for f in figs if f.kind == "count"], (text, figs)
        assert year in [f.date for f in figs if f.kind == "year"], (text, figs)


def test_a_year_like_number_keeps_the_nouns_it_counts():
    # rare nouns and nouns the corpus counts stay counts, and a number that
    # is no year keeps a verb-shaped word it counts nothing with
    assert (one("استقبل الميناء نحو 2050 شحنة في الشهر.").unit, one("نظمت الهيئة 1995 فعالية هذا العام.").unit) == (
        "شحنة", "فعالية")
    assert one("يملك البنك 1990 فرعا حول العالم.").unit == "فرعا"
    assert one("تقدم 2000 طالب للاختبار.").unit == "طالب"
    assert one("يسكن القرية 1950 نسمة فقط.").unit == "نسمة"


def test_a_scale_alone_before_people_counted_takes_no_money_unit():
    # the partitive names people after the scale: the sentence's money is
    # not what it counts
    figs = figures("وتبلغ رواتب الجمعية 30 مليون ريال، ويعمل فيها 12 ألفا من موظفي الدولة.")
    assert all(f.unit != "ريال" for f in figs if f.value == 12_000), figs
    figs = figures("وجمعت الحملة 80 مليون دولار، وتبرع 5 آلاف منهم بأكثر من نصفها.")
    assert all(f.unit != "دولار" for f in figs if f.value == 5_000), figs


def test_a_scale_alone_takes_no_unit_across_a_quote_or_a_colon():
    figs = figures("وجمعت الحملة 20 مليون ريال، وقال المنظم: «شارك فيها 40 ألفا».")
    assert all(f.unit != "ريال" for f in figs if f.value == 40_000), figs
    # the lend itself stays where nothing stands between, and after a
    # partitive of no noun numbers count
    figs = figures("بلغت أرباح الشركة 25 مليون ريال، وأرباح فرعها 9 ملايين من بداية العام.")
    assert any(f.unit == "ريال" for f in figs if f.value == 9_000_000), figs
    # a quoted name closed between the figures is no other voice
    figs = figures("وبلغت قيمة الصفقة 9 ملايين ريال، ودفع لاعبها «نادر» 4 ملايين.")
    assert any(f.unit == "ريال" for f in figs if f.value == 4_000_000), figs


def test_a_scale_alone_takes_the_unit_of_the_figure_of_its_own_scale():
    # a comparison repeats the count it compares, past the money between
    figs = figures("ويبلغ عدد الأثرياء 90 ألف شخص تتجاوز ثرواتهم 30 مليون دولار، مقارنة بـ50 ألفا قبل عقد.")
    later = next(f for f in figs if f.value == 50_000)
    assert later.unit == "شخص", figs


def test_a_count_of_them_is_a_figure():
    # «12 منهم» counts what the sentence counted before it: ANNOTATION
    # takes every number that counts something, so the reader keeps it
    figs = figures("أصيب في الحادث ثلاثون عاملا، وتوفي 12 منهم في المستشفى.")
    assert any(f.value == 12 and f.kind == "count" for f in figs), figs
    figs = figures("وبلغ عدد المدارس 580 مدرسة، أغلقت 40 منها بسبب الحر.")
    assert any(f.value == 40 and f.kind == "count" for f in figs), figs


def test_a_definite_number_never_counts_a_place_after_it():
    # الفرقاء: a plural the corpus list does not hold; مصر a place of the
    # gazetteer: the agreement frame counts the definite word before
    f = one("واتفق الفرقاء الثلاثة مصر والسودان وإثيوبيا على المبادئ.")
    assert (f.value, f.unit, f.text) == (3, "الفرقاء", "الفرقاء الثلاثة")
    # a common noun after the definite number keeps its reading
    f = one("وتوقف العمل خلال الـ24 ساعة الماضية.")
    assert (f.value, f.unit) == (24, "ساعة")


def test_a_definite_number_never_counts_a_name_the_actor_layer_found():
    text = "وحضر الزعماء الخمسة أوباما وبوتين الاجتماع."
    sents = sentences(text, paragraphs(text))
    start = text.index("أوباما")
    plain = [f for f in extract_figures(text, sents, None) if f.value == 5]
    named = [f for f in extract_figures(text, sents, None, named=[(start, start + len("أوباما"))]) if f.value == 5]
    assert plain and plain[0].unit == "أوباما"  # the gazetteer alone does not know the person
    assert named and (named[0].unit, named[0].text) == ("الزعماء", "الزعماء الخمسة")


def test_the_assembled_briefing_passes_the_actors_names_to_figures():
    from briefings.assemble import assemble
    from briefings.model import Article

    text = "وفي القمة حضر الزعماء الخمسة باراك أوباما وفلاديمير بوتين الاجتماع."
    b = assemble(Article(id="t", path="t", sha256="0", body=text, published="2015-08-04"))
    assert [(f.value, f.unit) for f in b.figures if f.value == 5] == [(5, "الزعماء")]


def test_a_count_of_them_takes_the_noun_counted_before():
    f = [x for x in figures("أصيب 30 شخصا، 12 منهم أطفال، في الحادث.") if x.value == 12]
    assert f and (f[0].unit, f[0].text, f[0].kind) == ("شخصا", "12 منهم", "count")
    f = [x for x in figures("نفذ التحالف 40 غارة، 12 منها على المدينة.") if x.value == 12]
    assert f and f[0].unit == "غارة"


def test_a_count_of_them_keeps_its_pronoun_without_a_larger_count_before():
    # across a colon another voice speaks; a part larger than the whole is
    # no part of it; money is no noun of people
    for text in ("أصيب 3 أشخاص وقال المتحدث: 12 منهم بخير.", "أصيب 3 أشخاص، و12 منهم بخير.",
                 "دفعت الشركة 50 ريالا، و12 منهم لم يقبضوا."):
        f = [x for x in figures(text) if x.value == 12]
        assert f and f[0].unit == "منهم", (text, f)
    # and a count with no figure before it still counts them
    f = [x for x in figures("وتوفي 12 منهم في المستشفى.") if x.value == 12]
    assert f and f[0].unit == "منهم"


def test_them_refers_to_people_not_to_a_plural_of_things():
    # منهم passes over «سبع كليات» (things take منها) to the people
    f = [x for x in figures("عمل 16 متخصصا في سبع كليات صحية، سبعة منهم يحملون الدكتوراه.") if x.value == 7
         and x.text.endswith("منهم")]
    assert f and f[0].unit == "متخصصا"
    # منها passes over people to the things
    f = [x for x in figures("وصلت 40 شاحنة ومعها 30 من المهندسين، وعاد 12 منها إلى الحدود.") if x.value == 12]
    assert f and f[0].unit == "شاحنة"


def test_a_number_an_identifier_word_names_is_no_year_or_count():
    # a hotline, a resolution: numbers that name, whether the word is
    # right before them or a word of its own sits between
    for text in ("ودعت الوزارة إلى الاتصال على الرقم المجاني 1909 للإبلاغ.",
                 "ودعت الوزارة إلى الاتصال على الرقم 1909 للإبلاغ.",
                 "ويمكن التواصل عبر رقم الطوارئ 1909 طوال اليوم.",
                 "وطالب المجلس بتطبيق القرار 1701 كاملا."):
        assert not [f for f in figures(text) if f.value in (1909, 1701)], text
    # الرقم is also a toll: the number counts a noun, or a particle or a
    # measure's adjective sits between
    assert one("وارتفع الرقم إلى 45 قتيلا في الهجوم.").value == 45
    assert one("ليرتفع الرقم 300 قتيل حتى الآن.").value == 300
    assert one("وبلغ رقم الضحايا 1500 قتيل.").value == 1500
    assert one("ليصل الرقم الإجمالي 300 قتيل.").value == 300
    # a decision's word two back names nothing: what it orders is counted
    assert one("ويفرض القرار قيودا لعشر سنوات على التصدير.").value == 10
    # a year and a record stay figures
    assert [f.kind for f in figures("وتأسست الشركة في عام 1909 في القاهرة.")] == ["year"]
    assert figures("وحطم العداء الرقم القياسي 9.58 ثانية.")[0].value == 9.58


def test_a_verb_after_an_accusative_scale_is_no_unit():
    # 11 مليونا: the scale is what the number counts, and the verb after it
    # goes on with the sentence; the money before lends its unit
    found = [f for f in figures("وأنفقت البلدية ثلاثة ملايين ريال من أصل 11 مليونا خصصت للمشروع.")
             if f.value == 11e6]
    assert [(f.text, f.kind, f.currency) for f in found] == [("11 مليونا", "money", "SAR")]
    # a noun the corpus counts still names what is counted after the scale
    assert one("وتضم المحافظة 40 ألفا نسمة.").unit == "نسمة"
