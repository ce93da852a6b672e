"""A list's sentence shows what the row is about: the timeline's context
holds its date, an actor's page the sentence that names him, even when
they come late in a long sentence (a third of the corpus's dated figures
end past a snippet's length)."""

from __future__ import annotations

from briefings.assemble import assemble
from briefings.model import Article
from briefings.serialize import to_dict
from briefings.site.collection import SNIPPET, _around, entry

LONG = ("أكد رئيس مجلس إدارة الجمعية الخيرية للتنمية الريفية في المحافظة الشمالية خلال لقائه "
        "بأعضاء اللجان التطوعية والعاملين في مراكزها الميدانية المنتشرة في القرى والهجر أن الجمعية "
        "ستفتتح مركزها الجديد في السابع من سبتمبر 2015 بحضور المحافظ ماجد الدوسري.")


def _entry(text: str) -> dict:
    b = to_dict(assemble(Article(id="t0001", path="t0001.txt", sha256="0" * 64, body=text,
                                 title="الجمعية تفتتح مركزها", outlet="okaz", published="2015-08-06")))
    return entry(b)


def test_a_late_date_is_in_its_timeline_context():
    e = _entry(LONG)
    dated = [f for f in e["figures"] if f["kind"] == "date" and "سبتمبر" in f["text"]]
    assert dated, e["figures"]
    context = dated[0]["context"]
    assert "سبتمبر 2015" in context
    assert context.startswith("… ")
    assert len(context) <= SNIPPET + len(dated[0]["text"]) + 45


def test_a_late_name_is_in_its_actors_sentence():
    e = _entry(LONG)
    person = [a for a in e["actors"] if a["name"] == "ماجد الدوسري"]
    assert person, [a["name"] for a in e["actors"]]
    assert "ماجد الدوسري" in person[0]["text"]


def test_an_early_span_keeps_the_sentences_head():
    text = "افتتح الأمير المركز أمس، " + "وتجول في أقسامه المختلفة واطلع على خدماته " * 5
    out = _around(text, 13, 19)
    assert out.startswith("افتتح الأمير")
    assert out.endswith(" …")


def test_a_span_cut_by_the_heads_last_word_opens_a_window():
    # the head's cut falls inside the span: the words before it, then the span whole
    text = "ب" * 100 + " خطب (الجمعة) " + "ج" * 200
    start = text.index("الجمعة")
    out = _around(text, start, start + len("الجمعة"))
    assert "الجمعة" in out
