"""A framed place word after who governs it (محافظ، أمير، بلدية، إمارة) is
a place (twelfth round), on sentences written for this test."""

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def places(text: str) -> list[str]:
    return [a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == "place"]


def test_a_framed_place_after_its_governor_is_a_place():
    # الباحة and أملج are framed place words (names-cued): places where a place's name stands
    assert "الباحة" in places("استقبل أمير الباحة وفدا من رجال الأعمال.")
    assert "أملج" in places("افتتح محافظ أملج المعرض صباح أمس.")
