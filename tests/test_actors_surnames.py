"""Later mentions of a person by surname (ninth round c), on sentences
written for these tests: of a compound surname the last word alone is a
common word, the mention is the link and the word together."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions]
            for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "person"}


def test_the_last_word_of_a_compound_surname_alone_is_no_mention():
    found = people("وقالت الفنانة اللبنانية سيرين عبد النور، في حديث للصحيفة، إن ألبومها جاهز. "
                   "وأضافت أن الألبوم سيرى النور قبل نهاية العام.")
    assert found["سيرين عبد النور"] == ["سيرين عبد النور"]


def test_a_compound_surname_is_mentioned_with_its_link():
    text = ("وقال المفتي الشيخ عبد العزيز آل الشيخ، في خطبة الجمعة، إن الأمن نعمة. "
            "وأكد الشيخ صالح أن العلماء حاضرون. وشدد آل الشيخ على أن الوحدة واجبة. ودعا وآل الشيخ لهم.")
    person = next(a for a in extract_actors(text, sentences(text, paragraphs(text))) if a.name == "عبد العزيز آل الشيخ")
    assert [m.text for m in person.mentions] == ["عبد العزيز آل الشيخ", "آل الشيخ", "وآل الشيخ"]
    assert person.aliases == ["آل الشيخ"]  # the clitic on the link is no part of the name


def test_a_kunya_is_not_its_last_word():
    found = people("وتحدثت الفنانة أم كلثوم، في حفلها الأخير، عن مسيرتها. وغنت كلثوم أغنية جديدة.")
    assert found["أم كلثوم"] == ["أم كلثوم"]


def test_a_fathers_name_after_bin_names_no_one_later():
    found = people("واستقبل الملك سلمان بن عبد العزيز، في قصره، الوفد. وتلا الإمام آيات من الكتاب العزيز.")
    assert found["سلمان بن عبد العزيز"] == ["سلمان بن عبد العزيز"]
