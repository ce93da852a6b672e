"""Our decoding of the CRF (crf_decode) against crfsuite's own, on
sentences written for these tests and on random ones: the same tags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.extract.ner import Tagger, model_available
from briefings.text.tokens import tokenize

pytestmark = pytest.mark.skipif(not model_available(), reason="the NER model is not built")

SENTENCES = [
    "قال وزير الخارجية الأردني أيمن الصفدي في عمّان إن المحادثات مع الوفد المصري كانت مثمرة.",
    "وأعلنت وزارة الصحة العراقية أمس تسجيل ٢١٠٠ إصابة جديدة في بغداد والبصرة والموصل.",
    "واستقبل الرئيس الفرنسي إيمانويل ماكرون رئيسَ الوزراء اللبناني في قصر الإليزيه بباريس.",
    "«لن نقبل بأي تأجيل» ، هكذا ختم المتحدث باسم الأمم المتحدة ستيفان دوجاريك حديثه.",
    "وبحسب تقرير صندوق النقد الدولي فإن النمو سيبلغ 3.5% خلال عام 2020 في دول الخليج.",
    "ودعا مجلس الأمن الولايات المتحدة الأمريكية إلى دعم سكان شمال المغرب ومدينة القدس.",
    "وتعاقد نادي تشلسي مع اللاعب علي محمد من نادي الوحدة.",
    "ذهب",
    "",
]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(consistent=False, rules=False)  # crfsuite's tags, before the article's pass and the rules


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text, punct=True)]


def test_tags_equal_crfsuites_one_by_one_and_together(tagger):
    sents = [words(s) for s in SENTENCES]
    expected = [tagger.tag_with_crfsuite(s) for s in sents]
    assert any(t != "O" for tags in expected for t in tags)  # names were found, so the test means something
    assert [tagger.tag(s) for s in sents] == expected
    assert tagger.tag_many(sents) == expected
    assert tagger.tag_many(sents[::-1]) == expected[::-1]


def test_words_past_a_full_table_get_the_same_tags():
    small = Tagger(max_words=8, consistent=False, rules=False)
    sents = [words(s) for s in SENTENCES]
    for _ in range(2):  # the second round meets words the table had no room for
        assert [small.tag(s) for s in sents] == [small.tag_with_crfsuite(s) for s in sents]
        assert small.tag_many(sents) == [small.tag_with_crfsuite(s) for s in sents]


VOCAB = sorted({w for s in SENTENCES for w in words(s)} | {"محمد", "بن", "سلمان", "الرياض", "شركة", "أرامكو", "الملك", "،", "."})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(VOCAB), max_size=40), max_size=6))
def test_random_sentences_decode_as_crfsuite_does(tagger, sents):
    assert tagger.tag_many(sents) == [tagger.tag_with_crfsuite(s) for s in sents]
