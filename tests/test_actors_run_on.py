"""A body's name that runs on into the verb's object (ninth round d): after
a definite word an Arabic name goes on only through adjectives, and a
definite word the corpus rarely writes after another (القبض، المجال،
المهام) opens the next phrase; on sentences written for these tests."""

from extracted import organizations

from briefings.extract.actors.cuts import _cut_objects
from briefings.extract.actors.span import _Raw
from briefings.lang.ar import key
from briefings.model import Token


def _span(text: str) -> _Raw:
    toks, at = [], 0
    for w in text.split():
        toks.append(Token(at, at + len(w), w, key(w)))
        at += len(w) + 1
    return _Raw(0, len(toks), "organization", 0, toks, "crf")


def _cut(text: str) -> str:
    r = _span(text)
    _cut_objects([r])
    return " ".join(t.text for t in r.toks[r.first:r.last])


def test_the_object_after_the_body_is_cut_off():
    assert _cut("هيئة سوق المال المجال للجميع") == "هيئة سوق المال"
    assert _cut("شرطة منطقة الجوف القبض على") == "شرطة منطقة الجوف"
    assert _cut("مجلس التعاون الخليجي المركز الثاني") == "مجلس التعاون الخليجي"


def test_a_definite_head_left_alone_is_a_short_form():
    r = _span("الاتحاد المهام الجديدة")
    _cut_objects([r])
    assert (r.last, r.source) == (1, "head")


def test_adjectives_by_use_and_by_shape_stay():
    assert _cut("هيئة الهلال الأحمر") == "هيئة الهلال الأحمر"
    assert _cut("إذاعة القرآن الكريم") == "إذاعة القرآن الكريم"
    assert _cut("قوات عمليات العزم الصلب") == "قوات عمليات العزم الصلب"
    assert _cut("الأمانة العامة لمجلس الوزراء") == "الأمانة العامة لمجلس الوزراء"


def test_a_word_the_key_opens_with_al_is_no_article():
    # ألعاب keys as العاب: no article before الفيديو
    assert _cut("جهاز ألعاب الفيديو") == "جهاز ألعاب الفيديو"


def test_lam_lam_may_be_the_heads_own_letter():
    assert _cut("للجنة الانضباط") == "للجنة الانضباط"


def test_in_a_sentence_the_body_ends_before_its_object():
    found = organizations("وألقت شرطة منطقة الجوف القبض على ثلاثة مخالفين لنظام الإقامة أمس.")
    assert not any(o.endswith("القبض") for o in found)
