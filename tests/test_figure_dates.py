"""Dates the timeline reads (issue 12, nineteenth round): numeric dates
written with dashes, a weekday before the date that fixes its day, and a
day of a month with المقبل or الماضي. Sentences written for the tests."""

from briefings.extract.figures import extract_figures
from briefings.text.segment import paragraphs, sentences


def dates(text: str, published: str = "2015-08-04"):
    figs = extract_figures(text, sentences(text, paragraphs(text)), published)
    for f in figs:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.date, f.calendar, f.relative) for f in figs if f.kind in ("date", "year")]


def test_hijri_date_with_dashes_is_a_day_not_a_year():
    assert dates("تبدأ مرحلة التسجيل في 7-11-1436هـ وتستمر ثلاثة أسابيع.") == [
        ("7-11-1436هـ", "2015-08-22", "hijri", False)]


def test_gregorian_date_with_spaced_dashes():
    assert dates("وقع الاتفاق في 4 - 6 - 2015م بحضور الوزيرين.") == [("4 - 6 - 2015م", "2015-06-04", "gregorian", False)]


def test_mixed_signs_and_a_score_are_no_numeric_date():
    assert dates("انتهت المباراة 2-1 لصالح الضيوف.") == []
    assert all(d[1] != "2015-10-01" for d in dates("سجل الفريق 3-10/2015 هدفا."))


def test_weekday_before_a_hijri_date_is_that_date():
    # in a paper of Tuesday 4 August, «السبت» alone would be 1 August
    assert dates("يبدأ القيد يوم السبت 7/11/1436هـ في جميع المراكز.") == [
        ("السبت 7/11/1436هـ", "2015-08-22", "hijri", False)]


def test_weekday_before_a_day_and_month():
    assert dates("وصل الوفد يوم الأحد، 8 فبراير 2015 إلى الرياض.") == [
        ("الأحد، 8 فبراير 2015", "2015-02-08", "gregorian", False)]


def test_yesterday_and_weekday_then_concurring_date():
    assert dates("عقد الاجتماع أمس الاثنين الموافق 18/10/1436هـ في جدة.") == [
        ("أمس الاثنين الموافق 18/10/1436هـ", "2015-08-03", "hijri", False)]


def test_weekday_alone_or_before_a_count_stays_relative():
    assert dates("اجتمع المجلس الخميس وأقر ثلاثة قرارات.") == [("الخميس", "2015-07-30", "gregorian", True)]
    figs = extract_figures(t := "قتل الخميس 30 شخصا في الهجوم.", sentences(t, paragraphs(t)), "2015-08-04")
    assert [(f.kind, f.date or f.value) for f in figs] == [("date", "2015-07-30"), ("count", 30)]


def test_weekday_before_a_month_without_its_day_stays_apart():
    # «الخميس أغسطس» fixes no day: the weekday keeps its own reading
    got = dates("وصل الوفد الخميس، مطلع أغسطس الجاري.")
    assert ("الخميس", "2015-07-30", "gregorian", True) in got


def test_next_day_of_this_month_is_this_year():
    assert dates("تستمر البطولة حتى 6 أغسطس المقبل.") == [("6 أغسطس المقبل", "2015-08-06", "gregorian", True)]
    # once the day has passed, the next 6 August is a year on
    assert dates("تستمر البطولة حتى 6 أغسطس المقبل.", "2015-08-10")[0][1] == "2016-08-06"


def test_last_day_of_this_month_is_this_year():
    assert dates("وقع الحادث في 2 أغسطس الماضي.")[0][1] == "2015-08-02"
    assert dates("وقع الحادث في 9 أغسطس الماضي.")[0][1] == "2014-08-09"


def test_day_before_yesterday_with_its_weekday_is_one_date():
    assert dates("وصل اللاعب إلى المعسكر أول من أمس (الأحد) وتدرب مساء.") == [
        ("أول من أمس (الأحد)", "2015-08-02", "gregorian", True)]
    assert dates("وصل اللاعب أمس الأول الأحد إلى المعسكر.") == [("أمس الأول الأحد", "2015-08-02", "gregorian", True)]
    # the weekday named wins, as after أمس: a paper dated a day late
    assert dates("افتتح المعرض أول أمس السبت.")[0][1] == "2015-08-01"


def test_two_weekdays_stay_two_dates():
    got = dates("قتل أربعة مدنيين الأربعاء والخميس في القصف.")
    assert [d[0] for d in got] == ["الأربعاء", "الخميس"]


def test_a_quoted_weekday_keeps_its_closing_mark():
    assert dates('فرقت الشرطة المتظاهرين أمس الأول "السبت" في المدينة.') == [
        ('أمس الأول "السبت"', "2015-08-01", "gregorian", True)]
