"""What a reader of a story page saw on a site of two real days
(nineteenth round, 2015-07-27 and 08-03): the GCC ministers' story listed
«خالد بن محمد العطية» and «خالد العطية» as two speakers, each with his own
quotes; and its figures said the outlets disagreed on «نحو 2000 مواطن»
against «21 مليون مواطن», two quantities. Briefings written here (only the
fields a story reads), in sentences of our own."""

from __future__ import annotations

from conftest import ROOT

from briefings.site.front import story_page
from briefings.site.render import Renderer
from briefings.stories.story import assemble, figures, quotes

RENDERER = Renderer(ROOT / "templates")


def _briefing(bid: str, outlet: str, said: list[tuple[str, str, str]], figs: list[tuple[float, str, str]] = ()) -> dict:
    return {"id": bid, "title": bid, "source": {"outlet": outlet, "published": "2015-08-03"}, "summary": [], "actors": [],
            "quotes": [{"text": t, "kind": "reported", "speaker": who, "speaker_id": sid, "sentence": i}
                       for i, (who, sid, t) in enumerate(said)],
            "figures": [{"kind": "count", "value": v, "value_max": None, "unit": u, "currency": None, "text": t, "sentence": 0}
                        for v, t, u in figs]}


LONG = ("خالد بن محمد العطية", "p-aaaa")
SHORT = ("خالد العطية", "p-bbbb")


def _speakers(bs: list[dict]) -> dict[str, list[str]]:
    return {s["speaker"]: [q["text"] for q in s["quotes"]] for s in quotes(bs)}


def test_a_person_spelt_shorter_in_another_article_is_one_speaker():
    a = _briefing("a", "okaz", [(*LONG, "إن الاجتماع بحث تعزيز التعاون بين دول المنطقة")])
    b = _briefing("b", "alriyadh", [(*SHORT, "إن الاتفاق كان أفضل الخيارات المتاحة"), (*SHORT, "إن المنطقة ستكون أكثر أمنا")])
    got = _speakers([a, b])
    # under the most quoted spelling, the quotes of both in their order
    assert got == {"خالد العطية": ["إن الاجتماع بحث تعزيز التعاون بين دول المنطقة", "إن الاتفاق كان أفضل الخيارات المتاحة",
                                  "إن المنطقة ستكون أكثر أمنا"]}
    page = story_page({"id": "s-1", "members": [], "outlets": ["okaz", "alriyadh"], **assemble([a, b])}, {}, {})
    html = RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    assert html.count("خالد العطية") == 1 and "خالد بن محمد العطية" not in html


def test_a_name_cut_after_its_first_words_is_the_same_person():
    a = _briefing("a", "okaz", [("محمد بن نايف بن عبدالعزيز آل سعود", "p-c", "إن الأمن مسؤولية الجميع")])
    b = _briefing("b", "sabq", [("محمد بن نايف", "p-d", "إن الوطن يقدر تضحيات رجاله")])
    assert len(quotes([a, b])) == 1


def test_two_people_or_bodies_stay_apart():
    said = "إن الوزارة تتابع الوضع عن كثب"
    # a body: وزارة الخارجية is not the Palestinian one
    bodies = [_briefing("a", "okaz", [("وزارة الخارجية الفلسطينية", "o-a", said)]),
              _briefing("b", "sabq", [("وزارة الخارجية", "o-b", "إن الوزير سيزور المنطقة قريبا")])]
    assert len(quotes(bodies)) == 2
    # a short name that spells two people who are not one another joins neither
    people = [_briefing("a", "okaz", [("محمد بن عبدالله العيسى", "p-a", said)]),
              _briefing("b", "sabq", [("محمد بن علي العيسى", "p-b", "إن الجامعة فتحت باب القبول")]),
              _briefing("c", "alyaum", [("محمد العيسى", "p-c", "إن البعثة تدعم الخريجين")])]
    assert len(quotes(people)) == 3
    # two words, one of them a joining word, tell too little; another first name is another man
    few = [_briefing("a", "okaz", [("محمد بن سلمان", "p-a", said)]), _briefing("b", "sabq", [("محمد بن", "p-b", said + " اليوم")]),
           _briefing("c", "alyaum", [("فهد بن سلمان", "p-c", "إن العمل مستمر")])]
    assert len(quotes(few)) == 3
    # a father's name left out is another man: the king is not his grandson
    kin = [_briefing("a", "okaz", [("عبدالله بن عبدالعزيز", "p-a", said)]),
           _briefing("b", "sabq", [("عبدالله بن سلمان بن عبدالعزيز", "p-b", "إن الزيارة ناجحة")])]
    assert len(quotes(kin)) == 2


def test_values_an_order_of_magnitude_apart_are_no_disagreement():
    citizens = [_briefing("a", "alyaum", [], [(2000, "نحو 2000 مواطن", "مواطن")]),
                _briefing("b", "okaz", [], [(21_000_000, "21 مليون مواطن", "مواطن")])]
    [g] = figures(citizens)
    assert not g["disagree"] and all(not v["sole"] for v in g["values"])
    page = story_page({"id": "s-1", "members": [], "outlets": ["alyaum", "okaz"], **assemble(citizens)}, {}, {})
    assert "تختلف المصادر" not in RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    # a toll outlets gave otherwise is still said to differ
    tolls = [_briefing("a", "alyaum", [], [(30, "30 مسلحا", "مسلحا")]), _briefing("b", "okaz", [], [(140, "140 مسلحا", "مسلحا")])]
    [g] = figures(tolls)
    assert g["disagree"]
    page = story_page({"id": "s-1", "members": [], "outlets": ["alyaum", "okaz"], **assemble(tolls)}, {}, {})
    assert "تختلف المصادر" in RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    # none against some is a disagreement however far apart
    none = [_briefing("a", "alyaum", [], [(0, "0 إصابات", "إصابات")]), _briefing("b", "okaz", [], [(5, "5 إصابات", "إصابات")])]
    assert figures(none)[0]["disagree"]
    # a range is told otherwise than its low end alone
    ranged = [_briefing("a", "alyaum", [], [(10, "10 قتلى", "قتلى")]), _briefing("b", "okaz", [], [(10, "10 إلى 20 قتيلا", "قتلى")])]
    ranged[1]["figures"][0]["value_max"] = 20
    assert figures(ranged)[0]["disagree"]


def _day_nav(day: str, newer: str | None, older: str | None) -> str:
    html = RENDERER.render("day.md.j2", {"day": day, "newer": newer, "older": older, "items": [], "page": 1, "pager": [],
                                         "prefix": "../", "front": False, "chart": "", "more": []})
    return next(line for line in html.splitlines() if "bf-days-nav" in line)


def test_a_day_page_names_its_neighbour_when_days_without_news_lie_between():
    # 3 أغسطس's «اليوم السابق» led to 27 يوليو: the link now says which day it is
    nav = _day_nav("2015-08-03", None, "2015-07-27")
    assert "اليوم السابق" not in nav
    assert 'السابق: <time datetime="2015-07-27">27 يوليو 2015</time>' in nav
    nav = _day_nav("2015-07-27", "2015-08-03", None)
    assert "اليوم التالي" not in nav and 'التالي: <time datetime="2015-08-03">3 أغسطس 2015</time>' in nav
    # the day before and the day after are said so, across a month's end too
    nav = _day_nav("2015-08-01", "2015-08-02", "2015-07-31")
    assert "اليوم التالي" in nav and "اليوم السابق" in nav and "<time" not in nav


def test_a_days_links_each_stay_on_one_line_at_phone_width(page):
    css = (ROOT / "docs" / "assets" / "stylesheets" / "briefings.css").read_text(encoding="utf-8")
    page.set_viewport_size({"width": 390, "height": 800})
    nav = _day_nav("2015-08-03", None, "2015-07-27")
    page.set_content(f"""<html dir="rtl"><head><style>{css} body {{ width: 358px; margin: 16px; font-size: 20px; }}</style></head>
<body><div class="md-typeset"><p class="bf-days-nav"><time datetime="2015-08-03">3 أغسطس 2015</time> · {nav.split('">', 1)[1]}</div></body></html>""")
    links = page.locator(".bf-days-nav a")
    assert links.count() == 3
    # a link broken over two lines is two lines high
    tops = [{round(r["top"]) for r in links.nth(i).evaluate("a => [...a.getClientRects()].map(r => ({top: r.top}))")}
            for i in range(3)]
    assert [len(t) for t in tops] == [1, 1, 1], tops
