"""Quote frames of the sixth round (issue 12), one class a test, each with
a sentence where the frame must not fire: a plural subject before its verb,
نقل … عن (a report citing its source), answers and replies before a colon,
a statement after a speaker and a colon with no verb. Sentences written for
these tests."""

from briefings.assemble import assemble
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.model import Article


def quotes(body: str):
    b = assemble(Article(id="t", path="t.txt", sha256="0" * 64, body=body))
    for q in b.quotes:
        assert body[q.start : q.end] == q.text
    return b.quotes


def test_a_plural_subject_before_a_plural_verb_speaks():
    qs = quotes(
        "وزار وزير الطاقة خالد العمري المصفاة أمس. "
        "لكن محللين اقتصاديين قالوا إن أسعار الوقود ستواصل الارتفاع في الأشهر المقبلة."
    )
    [q] = [q for q in qs if q.cue == "قالوا"]
    assert q.speaker.startswith("محللين") and q.text.startswith("أسعار الوقود")
    qs = quotes(
        "وزار وزير الطاقة خالد العمري المصفاة أمس. "
        "وكان العمال في المصفاة ذكروا أن الأجور تأخرت ثلاثة أشهر متتالية."
    )
    assert [q.speaker for q in qs if q.cue == "ذكروا"] == ["العمال"]


def test_a_plural_verb_under_a_conjunction_or_after_a_quoted_name_takes_no_words_before_it():
    # وقالوا goes on from the clause before: not «المصفاة»
    qs = quotes("زار وزير الطاقة خالد العمري المصفاة وقالوا إن العمل سيستمر حتى نهاية العام الجاري.")
    assert all(q.speaker != "المصفاة" for q in qs)
    # a time word is no subject
    qs = quotes("وزار وزير الطاقة خالد العمري المصفاة. الأسبوع الماضي قالوا إن العمل سيستمر حتى نهاية العام.")
    assert all(not (q.speaker or "").startswith("الأسبوع") for q in qs)


def test_naql_an_speaks_for_the_source_cited():
    [q] = quotes(
        "ونقلت وكالة الأنباء الألمانية عن مسؤول في وزارة الداخلية قوله إن الحدود ستبقى مغلقة حتى نهاية الشهر."
    )
    assert q.speaker.startswith("مسؤول") and q.cue == "ونقلت"
    assert q.text.startswith("الحدود ستبقى")


def test_naql_as_a_transfer_is_no_speech():
    assert speech_lemma(key("ونقلت")) == key("نقل")
    qs = quotes("وتم نقل المصابين عن طريق الإسعاف الجوي إلى أن وصلوا مستشفى المدينة في المساء.")
    assert qs == []
    qs = quotes("ونقلت فرق الدفاع المدني أكثر من ستين شخصا إلى مكان آمن بعد أن اندلع الحريق.")
    assert qs == []


def test_a_reply_before_a_colon_is_speech():
    qs = quotes(
        "وسأل الصحافيون رئيس الوزراء كمال الشريف عن موعد الانتخابات. "
        "ورد الشريف: «سنعلن الموعد خلال أسبوعين بعد التشاور مع الأحزاب»."
    )
    [q] = [q for q in qs if q.text.startswith("سنعلن")]
    assert "الشريف" in q.speaker and q.cue == "ورد"


def test_warada_was_mentioned_is_no_reply():
    qs = quotes("وقد ورد في التقرير أن عدد الزوار ارتفع إلى مليون زائر خلال هذا العام.")
    assert all(q.cue != "ورد" for q in qs)


def test_an_answer_in_the_present_takes_its_subject():
    [q] = quotes("ويجيب الخبير الاقتصادي سامي النجار: «الأسعار لن تنخفض قبل نهاية العام المقبل».")
    assert "سامي النجار" in q.speaker and q.cue == "ويجيب"


def test_a_statement_after_a_speaker_and_a_colon():
    body = (
        "أعلنت وزارة الصحة السعودية حصيلة جديدة للحالات أمس.\n"
        "وزارة الصحة السعودية: لا إصابات جديدة بالفيروس في المنطقة الشرقية\n"
        "وتواصل الفرق الطبية عملها في جميع المستشفيات."
    )
    [q] = [q for q in quotes(body) if q.cue == ":"]
    assert q.speaker == "وزارة الصحة السعودية" and q.text.startswith("لا إصابات جديدة")


def test_a_place_before_a_colon_is_a_dateline_not_a_speaker():
    qs = quotes("الرياض: تستضيف العاصمة السعودية مؤتمرا دوليا للطاقة المتجددة الأسبوع المقبل.")
    assert all(q.cue != ":" for q in qs)


def test_a_paper_after_a_separate_lam_heard_it_and_did_not_say_it():
    [q] = quotes("وأشار المتحدث الأمني في اتصال هاتفي لـ«الشرق الأوسط» إلى أن الحادث وقع صباح أمس في المنطقة الشرقية.")
    assert q.speaker == "المتحدث الأمني"
    # the same paper as the subject speaks
    [q] = quotes("وقالت «الشرق الأوسط» في تقرير نشرته أمس إن الحادث وقع صباح الجمعة في المنطقة الشرقية.")
    assert q.speaker == "الشرق الأوسط"


def test_a_given_name_and_a_family_name_under_the_article_after_an_office():
    [q] = quotes(
        "وكشف مدير موقع إحصائيات الدوري السعودي نعيم البكر لـ«الوطن» أن المباراة ستقام في لندن الشهر المقبل."
    )
    assert q.speaker == "نعيم البكر"


def test_a_nisba_after_an_office_is_no_family_name():
    [q] = quotes("وكشف مدير موقع إحصائيات الدوري السعودي لـ«الوطن» أن المباراة ستقام في لندن الشهر المقبل.")
    assert q.speaker.startswith("مدير") and "الوطن" not in q.speaker


def test_a_speech_verb_inside_the_clause_does_not_cut_it():
    [q] = quotes("وقال السفير علاء الدين يوسف إن الرئيس أعرب خلال اللقاء عن التطلع لإتمام المشروع قبل نهاية العام.")
    assert q.text.startswith("الرئيس أعرب") and q.text.endswith("نهاية العام")
    [q] = quotes("وقالت الصحيفة إن الموظفة غادرت واعتبرت الأمر مزحة غير مقبولة من جانب الطالب.")
    assert q.text.startswith("الموظفة غادرت واعتبرت")


def test_a_speech_verb_after_a_comma_opens_its_own_statement():
    qs = quotes("وقال الوزير كمال الشريف إن الخطة جاهزة للتنفيذ في الموعد، وأكد أن التمويل متوفر بالكامل.")
    assert [q.text for q in qs] == ["الخطة جاهزة للتنفيذ في الموعد", "التمويل متوفر بالكامل"]
