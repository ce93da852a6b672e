"""Property tests: arbitrary Unicode through the readers and extractors.
No exception escapes, every span is a slice of the body, and the output
always validates against the briefing schema."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_extract_cli import load_schema

from briefings.assemble import assemble, assemble_many
from briefings.model import Article
from briefings.readers import read_source
from briefings.readers.base import ReaderError, Source
from briefings.serialize import to_dict

SCHEMA = load_schema()
ARABIC_WORDS = ["قال", "الوزير", "إن", "بغداد", "2100", "٢٠٢١", "ثلاثين", "«", "»", "،", ".", "؟", "\n", "أكثر من",
                "كانون الثاني", "اللواء", "محمد", "وزارة", "الخارجية", "%", "ريال", "\u200f", "\u0640", "هـ", ":"]
text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(ARABIC_WORDS), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(ARABIC_WORDS), st.text(max_size=5)), max_size=60).map(" ".join),
)


def check(b) -> None:
    d = to_dict(b)
    jsonschema.validate(d, SCHEMA)
    body = d["body"]
    for s in d["sentences"] + d["figures"] + d["quotes"] + [m for a in d["actors"] for m in a["mentions"]]:
        assert body[s["start"] : s["end"]] == s["text"]
    json.dumps(d, ensure_ascii=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy, st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl", "a.html"]))
def test_readers_and_extractors_never_crash(text, name):
    if name.endswith(".json"):
        data = json.dumps({"title": text[:20], "content": text}, ensure_ascii=False)
    elif name.endswith(".jsonl"):
        data = json.dumps({"content": text}, ensure_ascii=False) + "\n" + text[:50]
    elif name.endswith(".md"):
        data = f"---\ntitle: {json.dumps(text[:30], ensure_ascii=False)}\n---\n{text}"
    elif name.endswith(".html"):
        data = f"<html><body><article><p>{text}</p></article></body></html>"
    else:
        data = text
    for item in read_source(Source(name, data.encode("utf-8", "surrogatepass"))):
        if isinstance(item, ReaderError):
            assert name in str(item)
            continue
        check(assemble(item))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash(data):
    for item in read_source(Source("x.txt", data)):
        if not isinstance(item, ReaderError):
            check(assemble(item))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(text_strategy, min_size=1, max_size=6))
def test_articles_extracted_together_equal_each_alone(texts):
    """assemble_many decodes the NER tags of several articles in one batch:
    each briefing must be what the article gives alone."""
    articles = [Article(id=f"a{i}", path=f"a{i}.txt", sha256="0" * 64, body=t) for i, t in enumerate(texts)]
    together = list(assemble_many(articles))
    assert [a for a, _ in together] == articles
    for article, made in together:
        assert to_dict(made) == to_dict(assemble(article))


def test_an_article_that_fails_leaves_the_batch_whole(monkeypatch):
    import briefings.assemble as assembling

    texts = ["قال الوزير محمد علي إن الوفد وصل إلى بغداد.", "هذا المقال يفشل.", "وأعلنت وزارة الصحة تسجيل 30 إصابة."]
    articles = [Article(id=f"a{i}", path=f"a{i}.txt", sha256="0" * 64, body=t) for i, t in enumerate(texts)]
    real = assembling.extract_figures

    def failing(body, *args, **kwargs):
        if "يفشل" in body:
            raise RuntimeError("boom")
        return real(body, *args, **kwargs)

    monkeypatch.setattr(assembling, "extract_figures", failing)
    made = [m for _, m in assemble_many(articles)]
    assert isinstance(made[1], RuntimeError)
    assert to_dict(made[0]) == to_dict(assemble(articles[0]))
    assert [f.value for f in made[2].figures] == [30]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("بغداد قال ًٌ،٣ـ the and of שלום 12.ڤݐ")), max_size=400))
def test_language_shortcut_agrees_with_counting(text):
    from test_readers import _arabic_by_counting

    from briefings.readers.base import detect_language

    assert (detect_language(text) == "ar") == _arabic_by_counting(text)
