"""People the tagger breaks at a name's link (آل written ال, بن): one
person, on sentences written for these tests (sixth round, class "a
person's name cut short or split in two")."""

from briefings.extract.actors import _join_people, _Raw, extract_actors
from briefings.text.segment import paragraphs, sentences
from briefings.text.tokens import sentence_tokens


def actors(text: str):
    return {a.name: a for a in extract_actors(text, sentences(text, paragraphs(text)))}


def raws(text: str, *spans: tuple[str, str]) -> list[_Raw]:
    """Person raws over the first and last words given, as the tagger
    would give them."""
    toks = sentence_tokens(text, sentences(text, paragraphs(text)))[0]
    words = [t.text for t in toks]
    return [_Raw(words.index(a), words.index(b) + 1, "person", 0, toks, "crf") for a, b in spans]


def names(found: list[_Raw]) -> list[str]:
    return [" ".join(t.text for t in r.toks[r.first : r.last]) for r in found if r.type]


def test_two_halves_around_al_are_one_name():
    text = "كشف الرائد محمد بن عمير ال جرمان العسيري عن ضبط المتهمين."
    found = raws(text, ("محمد", "عمير"), ("جرمان", "العسيري"))
    _join_people(found)
    assert names(found) == ["محمد بن عمير ال جرمان العسيري"]


def test_a_long_name_with_al_is_one_person_in_the_briefing():
    found = actors("أكد العقيد فهد بن سالم ال عمير الشهراني أن الحملة مستمرة.")
    people = [n for n, a in found.items() if a.type == "person"]
    assert people == ["فهد بن سالم ال عمير الشهراني"]


def test_a_second_part_ending_in_a_common_word_is_not_joined():
    # the tagger read on past the name (برقية: a cable): joining would spoil the king's name
    text = "بعث الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة للرئيس."
    found = raws(text, ("سلمان", "عبدالعزيز"), ("سعود", "برقية"))
    _join_people(found)
    assert names(found) == ["سلمان بن عبدالعزيز", "سعود برقية"]


def test_people_apart_are_not_joined():
    # a comma, or و on the second name, sets two people apart
    text = "حضر الحفل فهد العتيبي، سعد الحربي وخالد الشمري."
    found = raws(text, ("فهد", "العتيبي"), ("سعد", "الحربي"), ("وخالد", "الشمري"))
    _join_people(found)
    assert names(found) == ["فهد العتيبي", "سعد الحربي", "وخالد الشمري"]
