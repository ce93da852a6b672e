"""A place's cue and a country's nisba around a word make it a town's name
(eleventh round), on sentences written for this test: the tagger's person
or a common word between them is the place."""

from briefings.extract.actors import extract_actors
from briefings.extract.actors.cued import _before_country_nisba
from briefings.text.segment import paragraphs, sentences
from briefings.text.tokens import sentence_tokens


def places(text: str) -> list[str]:
    return sorted(a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place")


def test_a_town_between_a_cue_and_a_nisba_is_a_place():
    assert "ليون" in places("وفي مدينة ليون الفرنسية، أغلق المزارعون الطرق أمام الشاحنات.")


def test_the_frame_wants_a_bare_word_and_a_countrys_nisba():
    text = "زار مدينة مشهد الإيرانية ومنطقة المنتجات الإيرانية ومدينة جميلة الأخرى."
    toks = sentence_tokens(text, sentences(text, paragraphs(text)))[0]
    at = {t.text: i for i, t in enumerate(toks)}
    assert _before_country_nisba(toks, at["مشهد"])
    assert not _before_country_nisba(toks, at["المنتجات"])  # definite: a common noun as often
    assert not _before_country_nisba(toks, at["جميلة"])  # no country's nisba after it
