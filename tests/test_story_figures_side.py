"""A story's figures side by side as a reader reads them: outlets disagree
when two articles each give one value of a kind and unit, and not the same
(30 قتيلا against 35), not when an article gives several values (a price,
its fall and the day's low, all in dollars: several quantities); the note
names the outlets on each side, never one outlet on both; a source is
named once for an article that gives a value twice; money is grouped by
its currency (دولار and دولارا: one table). Briefings written here as the
extractor gives them (only the fields the story reads)."""

from __future__ import annotations

from briefings.site.front import story_page
from briefings.stories.story import assemble, figures


def _briefing(bid: str, outlet: str, given: list[tuple[float, str, int]], kind: str = "count",
              unit: str = "قتيلا", currency: str | None = None) -> dict:
    return {"id": bid, "title": bid, "source": {"outlet": outlet, "published": "2015-08-06"}, "summary": [], "actors": [],
            "quotes": [], "figures": [{"kind": kind, "value": v, "value_max": None, "unit": unit, "currency": currency,
                                       "text": text, "sentence": s} for v, text, s in given]}


def test_two_articles_giving_one_value_each_disagree():
    [g] = figures([_briefing("a", "okaz", [(30, "30 قتيلا", 0)]), _briefing("b", "sabq", [(35, "35 قتيلا", 1)])])
    assert g["disagree"]


def test_an_article_giving_several_values_names_several_quantities():
    # one paper gives a price and its fall in dollars, another the price of the day before
    bs = [_briefing("a", "okaz", [(50.5, "50.50 دولار", 0), (1.12, "1.12 دولار", 1)], kind="money", unit="دولار", currency="USD"),
          _briefing("b", "alriyadh", [(1.15, "1.15 دولار", 2)], kind="money", unit="دولار", currency="USD")]
    [g] = figures(bs)
    assert not g["disagree"] and len(g["values"]) == 3


def test_money_is_grouped_by_its_currency_whatever_its_case_ending():
    bs = [_briefing("a", "okaz", [(46, "46 دولارا", 0)], kind="money", unit="دولارا", currency="USD"),
          _briefing("b", "alweeam", [(50, "50 دولار", 0)], kind="money", unit="دولار", currency="USD")]
    [g] = figures(bs)
    assert g["disagree"] and {v["value"] for v in g["values"]} == {46, 50}


def test_the_note_names_each_side_once_and_a_source_once_an_article():
    bs = [_briefing("a", "okaz", [(30, "30 قتيلا", 0), (30, "30 قتيلا", 3)]),  # the toll said twice in one article
          _briefing("b", "sabq", [(35, "35 قتيلا", 1)]),
          _briefing("c", "alwatan", [(30, "30 قتيلا", 0), (35, "35 قتيلا", 2)])]  # an update: both tolls
    story = {"id": "s-1", "members": [], "outlets": ["okaz", "sabq", "alwatan"],
             "dates": {"first": "2015-08-06", "last": "2015-08-06", "days": [{"date": "2015-08-06", "articles": 3}]},
             **assemble(bs)}
    [g] = story_page(story, {}, {})["figures"]
    assert g["disagree"]
    sides = {v["text"]: v["outlets"] for v in g["vals"]}
    assert sides == {"30 قتيلا": ["عكاظ"], "35 قتيلا": ["سبق"]}  # الوطن gives both: on neither side
    thirty = next(v for v in g["vals"] if v["value"] == 30)
    assert [s["outlet"] for s in thirty["sources"]] == ["عكاظ", "الوطن"]  # عكاظ once, at its first sentence
    assert thirty["sources"][0]["href"].endswith("a.html#s-0")


def test_an_outlet_updating_its_own_toll_is_no_disagreement():
    # عكاظ gives 30 then 35 in a later article, سبق 30: no two outlets contradict each other
    bs = [_briefing("a", "okaz", [(30, "30 قتيلا", 0)]), _briefing("b", "okaz", [(35, "35 قتيلا", 0)]),
          _briefing("c", "sabq", [(30, "30 قتيلا", 1)])]
    [g] = figures(bs)
    assert not g["disagree"] and all(v["sole"] == [] for v in g["values"])


def test_two_articles_of_one_outlet_with_one_value_are_one_side():
    bs = [_briefing("a", "okaz", [(30, "30 قتيلا", 0)]), _briefing("b", "okaz", [(30, "30 قتيلا", 2)]),
          _briefing("c", "sabq", [(35, "35 قتيلا", 1)])]
    [g] = figures(bs)
    assert g["disagree"] and {v["value"]: v["sole"] for v in g["values"]} == {30: ["okaz"], 35: ["sabq"]}
