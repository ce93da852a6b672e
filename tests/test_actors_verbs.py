"""A verb is no part of a person's name (thirteenth round, issue 12), on
sentences written for these tests: a headline's verb after an office and
its place or nisba, a verb opening a span, a verb glued after a name."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions]
            for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "person"}


def test_a_verb_after_an_office_and_its_nisba_names_no_one():
    assert people("وظهر المدافع الفرنسي يوجه نطحة خفيفة للاعب المنافس.") == {}
    assert people("وكان الرئيس العام لرعاية الشباب يوجه بسرعة دراسة وضع الأندية.") == {}


def test_a_verb_opening_a_span_goes_and_the_name_after_it_stays():
    found = people("لم يستبعد جو بايدن، نائب الرئيس الأميركي، خوض السباق.")
    assert found == {"جو بايدن": ["جو بايدن"]}


def test_a_verb_glued_after_a_name_is_cut_off():
    found = people("وكان الملك عبدالعزيز يرأس مجلسا يضم مستشاريه.")
    assert found == {"عبدالعزيز": ["عبدالعزيز"]}


def test_a_first_name_with_the_shape_of_a_verb_stays_a_name():
    # ياسر and يزيد open with ي, but their stems are no common words
    found = people("وقال الأمير يزيد بن فهد إن الشركة تنمو. وأكد ياسر القحطاني أن الفريق جاهز.")
    assert found == {"يزيد بن فهد": ["يزيد بن فهد"], "ياسر القحطاني": ["ياسر القحطاني"]}


def test_a_club_the_tagger_reads_as_a_person_is_a_body():
    text = "وفاز باير ليفركوزن على ضيفه بهدفين نظيفين. وقال مدرب نوريتش سيتي إن فريقه سيعود."
    found = {a.name: a.type for a in extract_actors(text, sentences(text, paragraphs(text)))}
    assert found["باير ليفركوزن"] == "organization"  # the ب of باير stays: the corpus writes it whole
    assert found["نوريتش سيتي"] == "organization"
