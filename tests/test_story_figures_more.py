"""A story's figure table shows a page's share of values (front.LIST) and
says how many more there are, where it cut: a reader who sees four tolls
must not take them for all the outlets gave. The same for the figures
past the page's share. Briefings written here as the extractor gives them
(only the fields a story reads)."""

from __future__ import annotations

from conftest import ROOT

from briefings.site.front import LIST, story_page
from briefings.site.render import Renderer, count_noun
from briefings.stories.story import assemble

RENDERER = Renderer(ROOT / "templates")


def _briefing(bid: str, outlet: str, figures: list[dict]) -> dict:
    return {"id": bid, "title": bid, "source": {"outlet": outlet, "published": "2015-08-06"}, "summary": [], "actors": [],
            "quotes": [], "figures": figures}


def _count(value: float, unit: str, sentence: int = 0) -> dict:
    return {"kind": "count", "value": value, "value_max": None, "unit": unit, "currency": None,
            "text": f"{value:g} {unit}", "sentence": sentence}


def _story(bs: list[dict]) -> dict:
    return {"id": "s-1", "members": [], "outlets": sorted({b["source"]["outlet"] for b in bs}),
            "dates": {"first": "2015-08-06", "last": "2015-08-06", "days": [{"date": "2015-08-06", "articles": len(bs)}]},
            **assemble(bs)}


def test_a_figure_with_more_values_than_its_table_says_how_many_are_left_out():
    outlets = ["okaz", "sabq", "alwatan", "alriyadh", "aawsat", "alyaum", "aljazirah"]
    # seven outlets, seven tolls of one event
    bs = [_briefing(f"b{i}", o, [_count(30 + i, "قتيلا")]) for i, o in enumerate(outlets)]
    page = story_page(_story(bs), {}, {})
    [g] = page["figures"]
    assert len(g["vals"]) == LIST["values"]
    assert g["more"] == len(outlets) - LIST["values"]
    html = RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    assert f"قيم لم تُعرض هنا: {count_noun(g['more'], 'قيمة')}" in html
    assert "3 قيم" in html


def test_a_table_that_shows_every_value_says_nothing_more():
    bs = [_briefing("a", "okaz", [_count(30, "قتيلا")]), _briefing("b", "sabq", [_count(35, "قتيلا")])]
    page = story_page(_story(bs), {}, {})
    [g] = page["figures"]
    assert g["more"] == 0 and page["more_figures"] == 0
    html = RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    assert "لم تُعرض" not in html


def test_figures_past_the_pages_share_are_counted():
    units = ["قتيلا", "جريحا", "مبنى", "سيارة", "مسجدا", "طائرة", "سفينة", "مدرسة", "مستشفى", "جسرا", "قرية", "بئرا"]
    bs = [_briefing("a", "okaz", [_count(10 + i, u, i) for i, u in enumerate(units)]),
          _briefing("b", "sabq", [_count(10 + i, u, i) for i, u in enumerate(units)])]
    page = story_page(_story(bs), {}, {})
    assert len(page["figures"]) == LIST["figures"]
    assert page["more_figures"] == len(units) - LIST["figures"]
    html = RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    assert f"أرقام لم تُعرض هنا: {count_noun(page['more_figures'], 'رقم')}" in html


def test_a_feminine_noun_counts_one_in_the_feminine():
    assert count_noun(1, "قيمة") == "قيمة واحدة"
    assert count_noun(1, "رقم") == "رقم واحد"
    assert count_noun(2, "قيمة") == "قيمتان"
    assert count_noun(4, "رقم") == "4 أرقام"
