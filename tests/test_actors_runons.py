"""Where a person's span runs on past the name (fourteenth round, issue
12), on sentences written for these tests: a past tense opening the span
before a full name, a relative pronoun of the dual or the future's
particle after it; names that look like verbs stay whole."""

from briefings.extract.actors import extract_actors
from briefings.extract.actors.people import _past_verb
from briefings.lang.ar import key
from briefings.text.segment import paragraphs, sentences


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions]
            for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "person"}


def test_a_past_tense_opening_a_span_goes_and_the_name_after_it_stays():
    found = people("من جهته، ناقش جيمس كومي، مدير مكتب التحقيقات، خطة العمل مع فريقه.")
    assert "جيمس كومي" in found
    assert not any(n.startswith("ناقش") for n in found)
    found = people("وفي الجلسة الثانية رفض ستيفان مولر، الناطق باسم الوفد، التعليق على الخبر.")
    assert "ستيفان مولر" in found
    assert not any(n.startswith("رفض") for n in found)


def test_a_name_ends_before_a_relative_pronoun_of_the_dual():
    found = people("وغاب عن الرحلة مواطنه فابيو كوستا والإسباني خوسيه مارتينيز اللذين لم يسافرا مع الفريق.")
    assert "خوسيه مارتينيز" in found
    assert not any("اللذين" in n for n in found)
    assert not any("اللذين" in m for ms in found.values() for m in ms)


def test_a_name_ends_before_the_future_particle():
    found = people("وقالت المصادر إن وزير الخارجية السعودي عادل الجبير سوف يزور العاصمة الروسية الأسبوع المقبل.")
    assert not any("سوف" in n for n in found)


def test_names_shaped_like_verbs_are_no_past_tense():
    # a feminine is written for خلف، عز and فان (فإن), but no plural in وا
    for word in ("خلف", "عز", "زين", "فان", "ولد", "صالح", "سالم"):
        assert not _past_verb(key(word)), word
    for word in ("ناقش", "رفض", "أشاد", "قرر", "وجدت"):
        assert _past_verb(key(word)), word


def test_a_name_opening_with_a_verb_shaped_word_before_a_surname_stays():
    # وصل الله and ساعد with a surname after them: no given name follows
    found = people("وقال اللواء وصل الله الحربي إن الخطة جاهزة. وأدار الدكتور ساعد العرابي الحارثي الجلسة.")
    assert "وصل الله الحربي" in found
    assert "ساعد العرابي الحارثي" in found


def test_a_name_ends_before_a_past_verb_or_a_kinship_noun():
    found = people("وكان المدرب الإيطالي ماريو برونيتي طالب بالتركيز على المباراة المقبلة.")
    assert "ماريو برونيتي" in found
    assert not any("طالب" in n for n in found)
    found = people("وتزوج الأمير الشابة نورية شقيقة الحاكم عام 1950.")
    assert not any("شقيقة" in n for n in found)


def test_a_link_or_a_list_keeps_a_verb_shaped_surname():
    found = people("وحضر الحفل علي بن أبي طالب الزهراني ورفاقه.")
    assert any(n.startswith("علي بن أبي طالب") for n in found), found


def test_or_glued_to_the_next_words_is_no_person():
    found = people("ويعاقب كل من يثبت عليه تلاعب أوإخفاء أوتعديل أوتحريف في السجلات.")
    assert not any(n.startswith("أو") for n in found), found
