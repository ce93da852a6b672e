"""Where a body's name runs on into what follows it (issue 12, twelfth
round): on sentences written for these tests."""

from extracted import organizations, people, places

from briefings.extract.actors.cuts import _cut_at_person
from briefings.extract.actors.span import _Raw
from briefings.lang.ar import key, words
from briefings.model import Token


def test_a_bodys_name_ends_before_the_rank_of_the_person_its_office_names():
    text = "وأوضح رئيس بلدية الحناكية المهندس سالم العتيبي أن الفرق بدأت أعمالها."
    found = organizations(text)
    assert "بلدية الحناكية" in found
    assert not any("المهندس" in o for o in found)
    text = "وقال أستاذ التاريخ في جامعة الملك سعود الدكتور فهد الغامدي إن الوثائق نادرة."
    assert "جامعة الملك سعود" in organizations(text)
    assert "فهد الغامدي" in people(text)



def test_the_taggers_body_ends_before_a_second_party_after_waw():
    found = organizations("وشارك في اللقاء ممثلون عن مجلس الأمن والجامعة العربية وعدد من الدول.")
    assert {"مجلس الأمن", "الجامعة العربية"} <= found
    found = organizations("أقيمت العروض على مسارح جامعة دار العلوم وجامعة اليمامة في الرياض.")
    assert {"جامعة دار العلوم", "جامعة اليمامة"} <= found
    text = "وقع الاتحاد الأوروبي وفيتنام اتفاقية للتجارة الحرة أمس."
    assert "الاتحاد الأوروبي" in organizations(text)
    assert "فيتنام" in places(text)


def test_a_name_goes_on_through_waw_to_a_common_word():
    assert "مؤسسة الإصلاح والتأهيل" in organizations("وأعلنت مؤسسة الإصلاح والتأهيل نقل السجناء إلى مبنى جديد.")


def test_a_two_word_body_the_tagger_cut_after_its_first_word_is_whole():
    assert key("مانشستر سيتي") in words("org_pairs")
    found = organizations("وانتقل اللاعب إلى صفوف مانشستر سيتي مقابل مبلغ قياسي.")
    assert "مانشستر سيتي" in found
    assert "مانشستر" not in found


def test_the_religious_police_keep_the_end_of_their_name():
    found = organizations("وداهمت دورية من هيئة الأمر بالمعروف والنهي عن المنكر محلا في السوق.")
    assert "هيئة الأمر بالمعروف والنهي عن المنكر" in found
    assert "هيئة الأمر" not in found


def test_a_body_ends_before_the_people_joined_to_it_by_waw():
    found = organizations("وثمن المحافظ جهود قوات الأمن والعاملين في المنافذ خلال العيد.")
    assert "قوات الأمن" in found
    assert not any("العاملين" in o for o in found)
    # a plural of things that ends alike goes on
    assert "هيئة الإذاعة والتلفزيون" in organizations("وبثت هيئة الإذاعة والتلفزيون اللقاء كاملا مساء أمس.")



def _span(text: str) -> _Raw:
    """The tagger's body read across every word of text (its spans in
    articles run on so: رئيس [[الاتحاد فهد …]])."""
    toks, at = [], 0
    for w in text.split():
        toks.append(Token(at, at + len(w), w, key(w)))
        at += len(w) + 1
    return _Raw(0, len(toks), "organization", 0, toks, "crf")


def test_a_body_name_ends_at_a_first_name_after_a_definite_noun():
    for run_on, name in (("الاتحاد ماجد الشهري", "الاتحاد"), ("فريق النهضة خالد الدوسري", "فريق النهضة"),
                         ("مجلس الإدارة سعد المطيري", "مجلس الإدارة")):
        found = [_span(run_on)]
        _cut_at_person(found)
        assert " ".join(t.text for t in found[0].toks[found[0].first:found[0].last]) == name
    # a body named for a king or for someone without a rank goes on through the name
    for whole in ("مستشفى الملك فهد الجامعي", "مؤسسة محمد بن راشد", "مؤسسة الملك عبد الله بن عبد العزيز"):
        found = [_span(whole)]
        _cut_at_person(found)
        assert found[0].last == len(whole.split())


def test_a_club_named_by_a_common_definite_word_is_a_body():
    # the weak heads' rule reads a bare head and a common word as a phrase
    # (مكتب التربية); after نادي a definite noun names a club
    assert "نادي الغدير" in organizations("وتغلب نادي الغدير على ضيفه بثلاثة أهداف أمس.")
    assert "نادي الكواكب" in organizations("وعاد لاعبو نادي الكواكب إلى التدريبات بعد العيد.")
    assert not organizations("وافتتح نادي الحي في المدرسة أمس.")
    assert not organizations("وقد نادى البعض بتأجيل المباراة.")
