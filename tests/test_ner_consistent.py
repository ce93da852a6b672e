"""The article's pass over the tagger's tags (ner.consistent): a name the
tagger found once is named wherever the article writes it again. Sentences
written for these tests; tags given by hand, so no model is needed."""

from __future__ import annotations

import pytest

from briefings.extract.ner import Tagger, consistent, model_available


def test_a_last_name_alone_later_is_the_person():
    sents = [["قال", "الرئيس", "الفنلندي", "ساولي", "نينيستو", "إن", "بلاده", "مستعدة"],
             ["وأضاف", "نينيستو", "أن", "المحادثات", "مستمرة"]]
    tags = [["O", "O", "O", "B-PER", "I-PER", "O", "O", "O"], ["O", "O", "O", "O", "O"]]
    out = consistent(sents, tags)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-PER", "O", "O", "O"]


def test_a_name_found_once_is_found_again_with_its_clitic_and_type():
    sents = [["وصل", "وفد", "منظمة", "أوكسفام", "إلى", "المدينة"],
             ["وقالت", "أوكسفام", "في", "بيان", "إن", "المساعدات", "وصلت", "لأوكسفام"]]
    tags = [["O", "O", "O", "B-ORG", "O", "O"], ["O"] * 8]
    out = consistent(sents, tags)
    assert out[1] == ["O", "B-ORG", "O", "O", "O", "O", "O", "B-ORG"]


def test_common_words_and_tagged_words_are_left_alone():
    # صالح is a common word (valid) as well as a name: alone it is not made one
    sents = [["التقى", "الوزير", "أحمد", "صالح", "وفدا", "من", "عمان"],
             ["وكان", "القرار", "صالح", "للتطبيق", "في", "عمان"]]
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC"], ["O", "O", "O", "O", "O", "B-ORG"]]
    out = consistent(sents, tags)
    assert out[1][2] == "O"
    assert out[1][5] == "B-ORG"  # tagged already: the pass only fills untagged words


def test_no_fill_runs_into_the_name_before_it():
    # رستم ends one person's name; right after another person's name it
    # would join the two (the actor rules merge adjacent names)
    sents = [["حضر", "كمال", "رستم", "الاجتماع"],
             ["وتحدث", "الطبيب", "نادر", "جابر", "رستم", "عن", "الخطة"],
             ["وقال", "رستم", "إن", "الخطة", "جاهزة"]]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "B-PER", "I-PER", "O", "O", "O"], ["O"] * 5]
    out = consistent(sents, tags)
    assert out[1] == tags[1]
    assert out[2] == ["O", "B-PER", "O", "O", "O"]  # alone, he is still found


def test_a_country_adjective_ending_a_name_stays_an_adjective():
    sents = [["قال", "أبو", "خالد", "العراقي", "إن", "الطريق", "مغلق"],
             ["وتقدم", "الجيش", "العراقي", "نحو", "المدينة"]]
    tags = [["O", "B-PER", "I-PER", "I-PER", "O", "O", "O"], ["O"] * 5]
    assert consistent(sents, tags)[1] == ["O"] * 5


def test_a_person_is_not_filled_inside_a_body_named_after_him():
    # قوات الزيدي is a body the actor rules build from its head noun
    sents = [["ألقى", "القائد", "سالم", "الزيدي", "كلمة"],
             ["وتقدمت", "قوات", "الزيدي", "نحو", "البلدة"],
             ["وأضاف", "الزيدي", "أن", "المعركة", "طويلة"]]
    tags = [["O", "O", "B-PER", "I-PER", "O"], ["O"] * 5, ["O"] * 5]
    out = consistent(sents, tags)
    assert out[1] == ["O"] * 5
    assert out[2] == ["O", "B-PER", "O", "O", "O"]


def test_a_last_name_after_a_first_name_is_another_person():
    # the daughter is named in full; the mother shares her family name, and
    # the word before it (a name the corpus seldom writes) is her own
    sents = [["قالت", "الطالبة", "منى", "الخطيب", "إن", "الامتحان", "سهل"],
             ["ونقلت", "الصحيفة", "عن", "خولة", "الخطيب", "أن", "ابنتها", "متفوقة"],
             ["وأضاف", "الخطيب", "أن", "النتائج", "قريبة"]]
    tags = [["O", "O", "B-PER", "I-PER", "O", "O", "O"], ["O"] * 8, ["O"] * 5]
    out = consistent(sents, tags)
    assert out[1] == ["O"] * 8
    assert out[2] == ["O", "B-PER", "O", "O", "O"]


@pytest.mark.skipif(not model_available(), reason="the NER model is not built")
def test_each_article_is_read_alone():
    tagger = Tagger(consistent=True)
    first = [["قال", "الرئيس", "الفنلندي", "ساولي", "نينيستو", "إن", "بلاده", "مستعدة"]]
    second = [["وكانت", "كلمة", "نينيستو", "قصيرة"]]
    alone = Tagger(consistent=False).tag_many(second)
    assert alone == [["O", "O", "O", "O"]]  # the tagger alone misses him here
    together = tagger.tag_many(first + second, [2])
    assert together[0][3:5] == ["B-PER", "I-PER"]
    assert together[1] == ["O", "O", "B-PER", "O"]
    # two articles: the second knows nothing of the first
    assert tagger.tag_many(first + second, [1, 1])[1] == alone[0]


def test_a_pronoun_or_a_stop_word_is_never_named_alone():
    # لي (to me) run into a name once, and ولدى (و + ل + دى) whose peeled
    # stem spells the دي of a name: neither is named elsewhere
    sents = [["روى", "لي", "صديقي", "القصة"],
             ["وقال", "المدرب", "خوان", "دي", "مارتينو", "إن", "الفريق", "جاهز"],
             ["وقالت", "لي", "أمي", "إن", "الطعام", "جاهز"],
             ["ولدى", "سؤاله", "عن", "الصفقة", "ابتسم"]]
    tags = [["O", "B-PER", "O", "O"], ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O"], ["O"] * 6, ["O"] * 5]
    out = consistent(sents, tags)
    assert out[2] == ["O"] * 6
    assert out[3] == ["O"] * 5


def test_a_body_in_a_persons_title_is_left_to_the_title():
    # the office reads the body with it, and the statement stays the
    # person's; named alone elsewhere it is still found
    sents = [["أعلنت", "شركة", "نوراتك", "أرباحها"],
             ["وقال", "نائب", "رئيس", "«", "نوراتك", "»", "سمير", "حداد", "إن", "النتائج", "جيدة"],
             ["وقال", "مدير", "المبيعات", "في", "نوراتك", "إن", "الطلب", "قوي"],
             ["وتسعى", "نوراتك", "إلى", "التوسع"]]
    tags = [["O", "O", "B-ORG", "O"], ["O"] * 6 + ["B-PER", "I-PER", "O", "O", "O"], ["O"] * 8, ["O"] * 4]
    out = consistent(sents, tags)
    assert out[1] == tags[1]
    assert out[2] == ["O"] * 8
    assert out[3] == ["O", "B-ORG", "O", "O"]


def test_a_surname_after_an_untagged_first_name_is_not_cut_from_it():
    # بولوتوف is named alone once; after a first name the tagger left
    # untagged, naming the surname alone would cut the man's name in two
    sents = [["وأكد", "بولوتوف", "أن", "الاتفاق", "قريب"],
             ["وقال", "نائب", "الوزير", "فاسيلي", "بولوتوف", "إن", "الحوار", "مستمر"],
             ["وأضاف", "بولوتوف", "أن", "اللقاء", "مثمر"]]
    tags = [["O", "B-PER", "O", "O", "O"], ["O"] * 8, ["O"] * 5]
    out = consistent(sents, tags)
    assert out[1] == ["O"] * 8
    assert out[2] == ["O", "B-PER", "O", "O", "O"]
