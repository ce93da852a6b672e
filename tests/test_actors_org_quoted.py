"""Bodies named between quote marks after their head, and what the tagger
reads as a body between quote marks after a work's kind (eleventh round):
on sentences written for these tests."""

from extracted import organizations

from briefings.extract.actors.quoted import _quoted_bodies
from briefings.lang.ar import key, words
from briefings.text.segment import paragraphs, sentences
from briefings.text.tokens import sentence_tokens


def test_the_words_quoted_after_a_bodys_head_name_it():
    found = organizations("وقال المتحدث لقناة «الفجر الجديد» إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert "الفجر الجديد" in found
    found = organizations("وأعلنت حركة (أنصار الوادي) مسؤوليتها عن الهجوم على النقطة العسكرية.")
    assert "أنصار الوادي" in found


def quoted(text: str) -> list[str]:
    toks = sentence_tokens(text, sentences(text, paragraphs(text)))[0]
    return [" ".join(t.text for t in toks[r.first : r.last]) for r in _quoted_bodies(toks, 0)]


def test_a_head_the_list_leaves_out_names_no_body_between_marks():
    assert key("جهاز") not in words("quoted_heads")
    assert quoted("وأطلقت الشركة جهاز «نجمة برو» اللوحي في الأسواق أمس.") == []
    assert quoted("وأطلقت شركة «نجمة برو» جهازا لوحيا في الأسواق أمس.") == ["نجمة برو"]


def test_more_than_a_names_words_between_the_marks_is_no_name():
    found = organizations("ونشرت صحيفة «لم يعد أحد في المدينة يصدق ما يقال» مقالا طويلا.")
    assert not any("يصدق" in o for o in found)


def test_a_name_quoted_after_a_kind_of_work_is_no_body():
    assert key("مسرحية") in words("quoted_works")
    found = organizations("وقدمت فرقة المسرح مسرحية «شرم برم» وأعلنت شركة «زودا غروب» نتائجها.")
    assert "شرم برم" not in found
    assert "زودا غروب" in found
