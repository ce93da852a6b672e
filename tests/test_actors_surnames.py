"""People's names (ninth round c), on sentences written for these tests:
later mentions of a compound surname; على, the preposition, after a rank;
a possessive noun or a clitic ل before a name."""

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


def test_the_preposition_ala_after_a_rank_is_no_ali():
    assert people("وشدد آل الشيخ على أن الوحدة واجبة.") == {}
    assert people("وأثنى سمو الأمير على جهود الهيئة في الموسم.") == {}
    # the name written with ya is a name
    assert "علي الحذيفي" in people("وقال الشيخ علي الحذيفي إن الصلاة عماد الدين.")


def test_a_noun_with_my_is_no_part_of_the_name_after_it():
    found = people("وقالت الفنانة اللبنانية أليسا إنها سعيدة. وأضافت نوال أنها ستغني مع زميلتي أليسا في الحفل المقبل.")
    assert found == {"أليسا": ["أليسا", "أليسا"]}
    assert not any("زميلتي" in n for n in people("وقالت إنها سعيدة بالغناء مع زميلتي أليسا في الحفل المقبل."))


def test_a_clitic_on_a_name_the_corpus_does_not_know_comes_off_where_the_article_writes_it_bare():
    found = people("وقالت الفنانة اللبنانية ميريام فارس إنها سعيدة. وقدمت الفرقة أعمالا لميريام فارس في المهرجان.")
    assert found == {"ميريام فارس": ["ميريام فارس", "لميريام فارس"]}


def test_al_after_a_fathers_name_is_a_link_not_the_article():
    assert people("ونبه سماحة الشيخ عبد العزيز بن عبد الله آل الشيخ إلى خطورة الأمر.") == {
        "عبد العزيز بن عبد الله آل الشيخ": ["عبد العزيز بن عبد الله آل الشيخ"]}


def test_a_clitic_written_apart_after_an_office_names_no_one():
    # لـ before an outlet's name is the recipient's preposition, not a rare word read as a foreign name
    for text in ("وقال وزير الزراعة المغربي لـ«الوطن» إن المحصول وافر هذا العام.",
                 "وأوضح السفير الأردني لـ \"الرأي\" أن اللقاء كان مثمرا."):
        assert not [n for n in people(text) if len(n.replace("ـ", "")) < 2], people(text)
