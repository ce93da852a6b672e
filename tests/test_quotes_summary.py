"""Quotes and the summary, on sentences written for these tests."""

import jsonschema
from test_extract_cli import load_schema

from briefings.assemble import assemble
from briefings.model import Article
from briefings.serialize import from_dict, to_dict


def brief(body: str, published: str | None = None):
    b = assemble(Article(id="t", path="t.txt", sha256="0" * 64, body=body, published=published))
    for q in [*b.quotes, *b.unattributed_statements]:
        assert body[q.start : q.end] == q.text
    return b


def test_reported_speech_with_speaker_and_clause():
    b = brief("وقال وزير المالية الأردني محمد العسعس إن الموازنة ستتضمن دعماً إضافياً للقطاع الزراعي.")
    [q] = b.quotes
    assert q.kind == "reported" and q.speaker == "محمد العسعس" and q.cue == "وقال"
    assert q.text.startswith("الموازنة ستتضمن")


def test_pronoun_speaker_resolves_to_the_previous_one():
    b = brief(
        "وأكدت وزارة الصحة السعودية أن الحالات في تراجع مستمر. "
        "وأضافت أن المستشفيات رفعت جاهزيتها في جميع المناطق."
    )
    assert [q.speaker for q in b.quotes] == ["وزارة الصحة السعودية", "وزارة الصحة السعودية"]


def test_direct_quote_in_guillemets():
    b = brief("وقال المتحدث باسم الجيش اللواء يحيى رسول: «قواتنا تتقدم في جميع المحاور بثبات».")
    direct = [q for q in b.quotes if q.kind == "direct"]
    assert direct and direct[0].text == "قواتنا تتقدم في جميع المحاور بثبات"
    assert direct[0].speaker == "يحيى رسول"


def test_generic_speaker_kept_as_written():
    b = brief("وذكرت مصادر مطلعة أن الاجتماع سيعقد في الأسبوع المقبل بحضور جميع الأطراف.")
    assert b.quotes[0].speaker.startswith("مصادر")


def test_verb_in_a_relative_clause_is_not_speech():
    b = brief("ناقش المجلس الاتفاق الذي أعلن عنه في الربيع، إذ إن تطبيقه يتطلب وقتاً طويلاً.")
    assert b.quotes == []


def test_summary_is_three_whole_sentences_and_no_caption():
    body = (
        "افتتح أمير المنطقة مشروعاً جديداً لتحلية المياه بطاقة مئة ألف متر مكعب يومياً.\n"
        "الأمير خلال الافتتاح أمس (واس)\n"
        "وقال مدير المشروع إن المحطة ستخدم أكثر من مليون نسمة في المدن المجاورة.\n"
        "وبلغت تكلفة المشروع 900 مليون ريال بحسب بيان الشركة المنفذة.\n"
        "وأضاف أن العمل استمر ثلاث سنوات بمشاركة مئات المهندسين والعمال.\n"
        "وتخطط الوزارة لإنشاء محطتين إضافيتين خلال العامين المقبلين في المنطقة الشرقية."
    )
    b = brief(body)
    assert len(b.summary) == 3
    sents = {s.id: body[s.start : s.end] for s in b.sentences}
    for item in b.summary:
        assert item.text == sents[item.sentence]
        assert "(واس)" not in item.text
    assert b.summary[0].sentence == 0


def test_derived_title_is_short_and_never_empty():
    from briefings.readers.base import derive_title

    assert derive_title("") == "مقال بلا عنوان"
    t = derive_title("الوكالة من الرياض: أعلنت الهيئة العامة للإحصاء اليوم عن ارتفاع معدل النمو في الربع الثاني من العام مقارنة بالعام الماضي.")
    assert t.startswith("أعلنت الهيئة") and len(t.split()) <= 12


def test_attribution_with_bihasab():
    b = brief("وبحسب وزارة الداخلية الكويتية، فإن الحملة أسفرت عن ضبط عشرات المخالفين في المنطقة.")
    [q] = b.quotes
    assert q.speaker == "وزارة الداخلية الكويتية" and q.text.startswith("الحملة أسفرت")


def test_a_statement_without_speaker_is_no_quote_but_kept_apart():
    # a quotation no speech verb introduces, opening the article: nobody is
    # found to have said it, so it is no quote (ANNOTATION.md: a quote is a
    # statement attributed to a speaker), but the reader still sees it
    body = ("«سنواصل العمل حتى نهاية الموسم مهما كانت الظروف». بهذه الكلمات افتتح المؤتمر الصحفي في المدينة. "
            "وقال وزير التجارة سالم الخالدي إن الرقابة ستشتد على المحلات.")
    b = brief(body)
    assert [(q.speaker, q.text) for q in b.quotes] == [("سالم الخالدي", "الرقابة ستشتد على المحلات")]
    [s] = b.unattributed_statements
    assert s.text == "سنواصل العمل حتى نهاية الموسم مهما كانت الظروف" and s.kind == "direct"
    assert s.speaker is None and body[s.start : s.end] == s.text and s.sentence == 0
    d = to_dict(b)
    assert all(q["speaker"] for q in d["quotes"])
    assert d["unattributed_statements"] == [
        {"text": s.text, "kind": "direct", "cue": "«", "sentence": 0, "start": s.start, "end": s.end}]
    jsonschema.validate(d, load_schema())
    back = from_dict(d)
    assert back.quotes == b.quotes and back.unattributed_statements == b.unattributed_statements


def test_json_with_a_speakerless_quote_reads_back_apart():
    # briefing JSON written before unattributed_statements kept them among the quotes
    d = to_dict(brief("«سنواصل العمل حتى نهاية الموسم مهما كانت الظروف». بهذه الكلمات افتتح المؤتمر الصحفي في المدينة."))
    d["quotes"] = d.pop("unattributed_statements")
    back = from_dict(d)
    assert back.quotes == [] and [s.text for s in back.unattributed_statements] == [d["quotes"][0]["text"]]
