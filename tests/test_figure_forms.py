"""Figures in forms the corpus writes them (issue 12), on sentences written
for these tests: a clitic before the digits, thousands in the dual, a
percentage in parentheses."""

from briefings.extract.figures import extract_figures
from briefings.lang.ar import key
from briefings.text.segment import paragraphs, sentences


def figures(text: str, published: str | None = "2015-08-09"):
    figs = extract_figures(text, sentences(text, paragraphs(text)), published)
    for f in figs:
        assert text[f.start : f.end] == f.text
    return figs


def numbers(text: str):
    return [(f.value, f.unit, f.kind) for f in figures(text) if f.kind not in ("date", "year")]


def test_digits_under_a_clitic_with_a_tatweel():
    found = numbers("وتتواصل المنافسات بـ5 مواجهات، ووصل الفريق لـ12 لاعباً، وتقدر الكلفة بـ3 ملايين ريال.")
    assert (5, "مواجهات", "count") in found
    assert (12, "لاعباً", "count") in found
    assert (3_000_000, "ريال", "money") in found
    # the clitic is no part of the figure's text
    assert all(not f.text.startswith(("بـ", "لـ")) for f in figures("وتتواصل المنافسات بـ5 مواجهات."))


def test_a_number_after_the_preposition_ba_is_a_figure():
    found = numbers("ويقدر النمو بـ (10 %) سنوياً مقارنة بـ 2.5 مليون زائر.")
    assert (10, "%", "percent") in found
    assert (2_500_000, "زائر", "count") in found


def test_thousand_and_its_dual_are_numbers_though_they_open_like_the_article():
    found = numbers("قتل أكثر من ألفي مدني، ودفع ألف ريال، وجمع ألفين دولار.")
    assert (2000, "مدني", "count") in found
    assert (1000, "ريال", "money") in found
    assert (2000, "دولار", "money") in found


def test_a_weekday_and_a_definite_number_word_stay_no_count():
    assert numbers("احتفل الأهالي بالعيد الاثنين وقتل الثلاثة في الهجوم.") == []


def dates(text: str):
    return [(f.text, f.date, f.kind) for f in figures(text) if f.kind in ("date", "year")]


def test_the_day_before_yesterday_in_its_three_forms():
    for text in ("وقع الحادث ظهر أمس الأول في المدينة.", "وقع الحادث أول أمس في المدينة.", "وقع الحادث أول من أمس في المدينة."):
        found = dates(text)
        assert [d for _, d, _ in found] == ["2015-08-07"], (text, found)


def test_a_definite_day_and_of_the_month():
    assert dates("ينطلق المعرض في الـ11 من شهر أكتوبر القادم.")[0][1] == "2015-10-11"
    assert dates("ينطلق المعرض في 11 من أكتوبر.")[0][1] == "2015-10-11"


def test_a_span_of_years():
    f = [x for x in figures("ارتفع النمو بين الفترة (2010-2020م) بنسبة كبيرة.") if x.kind == "year"]
    assert [(x.value, x.value_max, x.date) for x in f] == [(2010, 2020, "2010")]
    f = [x for x in figures("ارتفع النمو خلال الفترة من 2010 إلى 2020 بنسبة كبيرة.") if x.kind == "year"]
    assert [(x.value, x.value_max) for x in f] == [(2010, 2020)]
    # an amount written like two years is no span of years
    assert not [x for x in figures("تراوح السعر 1500-2000 ريال.") if x.kind == "year"]


def test_a_weekday_that_is_a_family_name():
    assert dates("وزار الدكتور الجمعة الكلية، واستقبله عبدالله بن محمد الخميس.") == []
    assert dates("وصل الوفد الجمعة إلى الرياض.")[0][1] == "2015-08-07"


def test_a_definite_number_counts_the_plural_before_it_past_an_adjective():
    found = numbers("وأشار إلى أن اللاعبين الأجانب الأربعة تواجدوا في المعسكر.")
    assert found == [(4, "اللاعبين", "count")]
    assert numbers("وارتفعت الإصابات خلال الـ24 ساعة الماضية.") == [(24, "ساعة", "measure")]


def test_units_written_apart_or_as_symbols_are_measures():
    from briefings.extract.figures import extract_figures
    from briefings.text.segment import paragraphs, sentences

    def figs(text):
        return [(f.text, f.kind, f.unit) for f in extract_figures(text, sentences(text, paragraphs(text)), "2015-08-01")]

    assert figs("وضبط المفتشون 5400 كيلو غرام من اللحوم.") == [("5400 كيلو غرام", "measure", "كيلو غرام")]
    assert figs("وتبلغ مساحة المدينة 130 كم2 على الساحل.") == [("130 كم2", "measure", "كم2")]
    assert figs("وتنتج المحطة 250 ميجاواط من الكهرباء.") == [("250 ميجاواط", "measure", "ميجاواط")]


def test_lasta_is_i_am_not_unless_a_plural_follows():
    from briefings.extract.figures import extract_figures
    from briefings.text.segment import paragraphs, sentences

    def figs(text):
        return [(f.text, f.value) for f in extract_figures(text, sentences(text, paragraphs(text)), "2015-08-01")]

    assert figs("وقال إنه لست خبيراً في الاقتصاد ولست متأكدا من الأرقام.") == []
    assert figs("وحكم عليه بالسجن لست سنوات.") == [("ست سنوات", 6.0)]


def test_a_definite_number_takes_the_scale_after_it_and_the_unit_after_that():
    # glued to the article, the digits and their scale are one number,
    # decimals too; the noun after the scale is counted, not the plural before
    fig = figures("وتجاوزت الإيرادات رقم الـ250 مليار ريال هذا العام.")
    assert [(f.kind, f.value, f.unit) for f in fig] == [("money", 250e9, "ريال")]
    fig = figures("وقالت الدراسات إن الخسائر تجاوزت حسب بعضها الـ17.9 مليون طن.")
    assert [(f.kind, f.value, f.unit) for f in fig] == [("measure", 17.9e6, "طن")]
    fig = figures("وتجاوزت حسب بعض الدراسات الـ20 مليار ريال سنويا.")
    assert [(f.kind, f.value, f.unit) for f in fig] == [("money", 20e9, "ريال")]
    # a clock after الساعة stays no figure, glued or apart
    assert not numbers("تلقت الدورية الساعة الـ11.30 بلاغا من مواطن.")


def test_an_hour_told_by_the_part_of_the_day_is_no_count():
    assert not numbers("ويستقبل المركز المراجعين من 8 صباحا وحتى 3 مساء يوميا.")
    assert not numbers("وتستمر المقابلات حتى الـ 12 ظهراً في المقر.")
    # a count before a part of the day keeps its noun
    assert numbers("وعرض المهرجان 30 فيلما مساء الجمعة.") == [(30, "فيلما", "count")]


def test_a_bare_weekday_after_a_future_tense_is_the_one_to_come():
    # published on Sunday 2015-08-09
    assert dates("وسيعقد المجلس اجتماعه الثلاثاء في الرياض.") == [("الثلاثاء", "2015-08-11", "date")]
    assert dates("وعقد المجلس اجتماعه الثلاثاء في الرياض.") == [("الثلاثاء", "2015-08-04", "date")]
    # the future after the weekday says nothing of it
    assert dates("وأعلن الاتحاد الثلاثاء أنه سيعقد اجتماعا.") == [("الثلاثاء", "2015-08-04", "date")]


def test_a_number_before_a_part_of_a_day_and_a_day_is_no_clock():
    # a count whose noun came before, then when: no unit «مساء», no clock excluded
    assert not [f for f in figures("ارتفع عدد القتلى إلى 20 مساء أمس.") if f.unit and key(f.unit) == key("مساء")]
    assert numbers("وقتل 5 أشخاص مساء الجمعة.") == [(5, "أشخاص", "count")]
    # a range of hours
    assert not numbers("وتجنب ركوب القطارات من 7 إلى 11.30 صباحا في أيام العمل.")
