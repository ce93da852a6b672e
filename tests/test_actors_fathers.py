"""Persons of one article who share words (thirteenth round, issue 12),
on sentences written for these tests: a father's full name inside his
son's; a surname alone that two persons' names hold."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions]
            for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "person"}


def test_a_fathers_full_name_with_its_own_title_is_another_man():
    found = people("وقال العميد أحمد علي عبد الله صالح، قائد الحرس السابق، إن القوات انسحبت من المدينة. "
                   "وأكد الرئيس اليمني المخلوع علي عبد الله صالح أن الحوار ممكن.")
    assert found == {"أحمد علي عبد الله صالح": ["أحمد علي عبد الله صالح"],
                     "علي عبد الله صالح": ["علي عبد الله صالح"]}


def test_the_surname_alone_is_the_fathers_not_the_sons():
    found = people("وقال العميد أحمد علي عبد الله صالح، قائد الحرس السابق، إن القوات انسحبت من المدينة. "
                   "وأكد الرئيس اليمني المخلوع علي عبد الله صالح أن الحوار ممكن. وقال صالح إن الحرب ستنتهي.")
    assert found["علي عبد الله صالح"] == ["علي عبد الله صالح", "صالح"]
    assert found["أحمد علي عبد الله صالح"] == ["أحمد علي عبد الله صالح"]


def test_a_short_form_of_two_words_stays_the_same_man():
    # two-word surnames and a name without its first word are short forms
    assert people("وصل المبعوث الأممي ستافان دي ميستورا إلى دمشق أمس. وقال دي ميستورا إن المحادثات ستبدأ قريبا.") == {
        "ستافان دي ميستورا": ["ستافان دي ميستورا", "دي ميستورا"]}
    assert people("وقال الأمين العام لحزب الله حسن نصر الله في خطاب متلفز إن الحرب طويلة. وأضاف نصر الله أن الحزب مستعد.") == {
        "حسن نصر الله": ["حسن نصر الله", "نصر الله"]}
    assert people("وقال رئيس الوزراء السوري محمد وائل الحلقي إن الحكومة مستمرة. وأكد وائل الحلقي أن الرواتب ستصرف.") == {
        "محمد وائل الحلقي": ["محمد وائل الحلقي", "وائل الحلقي"]}


def test_a_lone_surname_tied_between_two_names_goes_to_the_one_named_first():
    # the longer name, made first in the merge, no longer wins the tie
    found = people("قال المدرب الفرنسي هيرفي رينار إن فريقه جاهز. "
                   "وأضاف لاعب الوسط محمد عبد الرحمن رينار أنه سعيد بالفوز. وشكر رينار الجماهير على دعمها.")
    assert found["هيرفي رينار"] == ["هيرفي رينار", "رينار"]
    assert found["محمد عبد الرحمن رينار"] == ["محمد عبد الرحمن رينار"]


def test_a_lone_surname_counts_only_the_mentions_that_write_it():
    # the son's lone first name twice makes his group no likelier to be بايدن
    found = people("قال نائب الرئيس الأمريكي جو بايدن إنه يفكر في الترشح. وكان ابنه بو بايدن قد توفي في مايو. "
                   "وحث بو والده على الترشح قبل وفاته. وتحدث بايدن إلى مستشاريه.")
    assert found["جو بايدن"] == ["جو بايدن", "بايدن"]
    assert found["بو بايدن"] == ["بو بايدن", "بو"]


def test_a_place_of_its_own_beside_a_longer_place_is_one_actor():
    # أوروبا beside شرق أوروبا stays a place of its own, but one, not one a mention
    text = "وتشهد دول شرق أوروبا موجة حر. وقال خبراء إن أوروبا تعاني من الجفاف. وتستورد أوروبا الغاز من روسيا."
    places = [(a.name, len(a.mentions)) for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place"]
    assert ("أوروبا", 2) in places and ("شرق أوروبا", 1) in places


def test_a_bare_given_name_alone_is_not_a_surname_with_its_article():
    # فيصل bare is the king's given name, not تركي الفيصل's surname, named first
    found = people("وحضر الأمير تركي الفيصل حفل الافتتاح. وتناول المعرض حياة الملك فيصل بن عبد العزيز آل سعود. "
                   "وعرضت صور نادرة للملك فيصل في شبابه.")
    assert found["تركي الفيصل"] == ["تركي الفيصل"]
    assert found["فيصل بن عبد العزيز آل سعود"][-1] == "فيصل"
