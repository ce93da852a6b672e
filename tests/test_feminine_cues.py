"""A speech verb in the feminine with no subject after it does not speak
for a man named or heard before (issue 12, fourteenth round). Sentences
written for these tests."""

from briefings.assemble import assemble
from briefings.extract.quotes import _feminine_cue
from briefings.lang.ar import key
from briefings.model import Article

LEAD = "الرياض - واس\nعقد الاجتماع الدوري للجنة في مقرها بالرياض أمس.\n"


def statements(body: str):
    b = assemble(Article(id="t", path="t.txt", sha256="0" * 64, body=body))
    return {q.text: q.speaker for q in [*b.quotes, *b.unattributed_statements]}


def test_feminine_forms_are_told_from_the_masculine():
    for w in ("قالت", "وقالت", "وأكدت", "نفت", "دعت", "تقول", "وتضيف", "مشيرة", "مؤكدةً", "وبينت", "لفتت"):
        assert _feminine_cue(key(w)), w
    for w in ("قال", "وأكد", "نفى", "يقول", "مشيرا", "لفت", "تابع", "وتابع", "بين", "ونقلت"):
        assert not _feminine_cue(key(w)), w


def test_a_feminine_verb_does_not_go_on_with_the_man_who_spoke():
    said = statements(
        LEAD + "وقال وزير الخارجية خالد العطية إن المحادثات كانت جيدة ومثمرة للطرفين. "
        "وأكدت أن الاجتماع المقبل سيعقد في الدوحة الشهر المقبل."
    )
    assert said["المحادثات كانت جيدة ومثمرة للطرفين"] == "خالد العطية"
    assert said["الاجتماع المقبل سيعقد في الدوحة الشهر المقبل"] is None


def test_a_woman_goes_on_speaking_with_feminine_verbs():
    said = statements(
        LEAD + "وقالت نورة الفايز إن البرنامج يشمل عشر مدارس في المنطقة. "
        "وأضافت أن التسجيل يبدأ غدا في جميع المدارس، مشيرة إلى أن الوزارة أعدت خطة للتنفيذ."
    )
    assert set(said.values()) == {"نورة الفايز"}


def test_a_feminine_title_or_name_marks_a_woman_and_no_one_after_her():
    body = (LEAD + "واستقبل الطلاب {} في مكتب الوزارة صباح اليوم. "
            "وأكدت أن التسجيل يبدأ غدا في جميع المدارس الحكومية.")
    text = "التسجيل يبدأ غدا في جميع المدارس الحكومية"
    assert statements(body.format("الوزيرة نورة الفايز"))[text] == "نورة الفايز"
    assert statements(body.format("الوزير سعد الفايز"))[text] is None
    # a kunya in أم, or a given name of women (women_names.txt), without a title
    assert statements(body.format("أم فهد"))[text] == "أم فهد"
    # her title is not his: the man named last does not speak for وأكدت
    assert statements(body.format("الوزيرة نورة الفايز وفهد العتيبي"))[text] is None


def test_a_feminine_verb_with_its_own_subject_keeps_it():
    said = statements(
        LEAD + "وقال وزير الخارجية خالد العطية إن المحادثات كانت جيدة ومثمرة للطرفين. "
        "وأكدت وزارة الداخلية أن الحدود آمنة وأن الدوريات تعمل على مدار الساعة."
    )
    assert said["الحدود آمنة وأن الدوريات تعمل على مدار الساعة"] == "وزارة الداخلية"
