"""The actor merge across the collection (site/collection.merge_actors):
actors of different briefings that share a name or an alias are one, a
lone surname joins the one full name that ends with it, and an actor has
one appearance a briefing, its first, newest briefing first."""

from __future__ import annotations

from briefings.site.collection import merge_actors


def _actor(name: str, typ: str = "person", aliases=(), titles=(), nationality=None, sentence: int = 0) -> dict:
    return {"name": name, "type": typ, "aliases": list(aliases), "titles": list(titles), "nationality": nationality,
            "salience": 1.0, "sentence": sentence, "text": f"جملة {sentence} عن {name}", "mentions": 2}


def _entry(bid: str, published: str, actors: list[dict]) -> dict:
    return {"id": bid, "title": f"عنوان {bid}", "published": published, "long": False, "actors": actors}


KING = "سلمان بن عبدالعزيز"
ENTRIES = [
    _entry("b1", "2015-01-02", [_actor(KING, aliases=["خادم الحرمين"], sentence=1),
                                _actor("خادم الحرمين الشريفين", titles=["الملك"], sentence=3),
                                _actor("خادم الحرمين", titles=["الملك"], sentence=4),
                                _actor("جدة", "place", sentence=1)]),
    _entry("b2", "2015-01-03", [_actor(KING, titles=["الملك"], nationality="سعودي", sentence=2),
                                _actor("جدة", "place", sentence=0)]),
    _entry("b3", "2015-01-01", [_actor("عبدالعزيز", sentence=5)]),  # a lone surname: his
    _entry("b4", "2015-01-04", []),
]


def test_one_actor_an_entity_and_one_appearance_a_briefing():
    actors = merge_actors(iter(ENTRIES))  # read once, as the spooled entries may be
    by_name = {a.name: a for a in actors}
    king = by_name[KING]
    assert [a.name for a in actors] == [KING, "جدة", "خادم الحرمين الشريفين"]
    assert king.names == {KING: 2, "خادم الحرمين": 1, "عبدالعزيز": 1}
    # every mention counts for titles, but a briefing appears once: its first mention
    assert king.titles == {"الملك": 2}
    assert king.nationalities == {"سعودي": 1}
    assert [(ap["id"], ap["sentence"]) for ap in king.appearances] == [("b2", 2), ("b1", 1), ("b3", 5)]
    assert king.appearances[0] == {"id": "b2", "title": "عنوان b2", "published": "2015-01-03", "long": False,
                                   "sentence": 2, "text": f"جملة 2 عن {KING}", "mentions": 2}
    city = by_name["جدة"]
    assert king.with_ == {city.slug: 2, by_name["خادم الحرمين الشريفين"].slug: 1}
    assert city.with_ == {king.slug: 2, by_name["خادم الحرمين الشريفين"].slug: 1}
    assert king.slug.startswith("p-") and city.slug.startswith("l-")
