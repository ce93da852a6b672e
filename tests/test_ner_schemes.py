"""Where ANERcorp and Wojood draw an organization's edges (schemes.py):
the heads ANERcorp leaves outside are read off its sentences, and a span
is cut to its edges. Sentences written here."""

from __future__ import annotations

from briefings.training.schemes import outside_heads, to_anercorp_edges


def _stem(word: str) -> str:
    return word.removeprefix("و").removeprefix("ل")


def _s(text: str) -> tuple[list[str], list[str]]:
    """«word/TAG» pairs; a bare word is O."""
    toks, tags = [], []
    for w in text.split():
        word, _, tag = w.partition("/")
        toks.append(word)
        tags.append(tag or "O")
    return toks, tags


def test_a_head_written_before_names_more_often_than_inside_them_is_outside():
    sents = [
        _s("كتبت صحيفة الفجر/B-ORG عن المباراة"),
        _s("نشرت صحيفة النهار/B-ORG الخبر"),
        _s("قالت لصحيفة الغد/B-ORG إنها"),
        _s("ونقلت صحيفة الشروق/B-ORG عن مصدر"),
        _s("رئيس مجلس/B-ORG الشورى/I-ORG"),
        _s("عضو مجلس/B-ORG النواب/I-ORG"),
        _s("أعلن مجلس الإدارة/B-ORG"),
    ]
    heads = outside_heads(sents, {"صحيفة", "مجلس"}, _stem)
    # صحيفة stands outside a name 4 times and never begins one; مجلس
    # begins two and stands outside one
    assert heads == {"صحيفة"}
    # a head the candidates lack is never taken, however often it stands outside
    assert outside_heads(sents, {"مجلس"}, _stem) == frozenset()


def test_too_few_cases_give_no_head():
    sents = [_s("كتبت صحيفة الفجر/B-ORG"), _s("نشرت صحيفة النهار/B-ORG")]
    assert outside_heads(sents, {"صحيفة"}, _stem) == frozenset()


def test_a_span_loses_its_head_and_its_country_adjective():
    toks, tags = _s("وقالت حركة/B-ORG النهضة/I-ORG التونسية/I-ORG إن")
    assert to_anercorp_edges(toks, tags, {"حركة"}, {"التونسية"}, _stem) == ["O", "O", "B-ORG", "O", "O"]
    # a two-word span keeps its name: the head goes, the name stays whole
    toks, tags = _s("حركة/B-ORG التونسية/I-ORG")
    assert to_anercorp_edges(toks, tags, {"حركة"}, {"التونسية"}, _stem) == ["O", "B-ORG"]
    # a one-word body and other types are left as they are
    toks, tags = _s("حركة/B-ORG ولدت في مدينة/B-LOC التونسية/I-LOC")
    assert to_anercorp_edges(toks, tags, {"حركة"}, {"التونسية"}, _stem) == tags


def test_a_head_the_scheme_keeps_inside_stays():
    toks, tags = _s("قرر مجلس/B-ORG الشورى/I-ORG")
    assert to_anercorp_edges(toks, tags, {"صحيفة"}, set(), _stem) == tags
