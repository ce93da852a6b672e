"""What a reader of a story page saw on a site of two real days
(eighteenth round): the page said «19 مقالاً» and listed them, while its
chart of days counted the canonical briefings alone (6 and 2); one
speaker's statement, given by two outlets in near the same words, was two
quotes. Briefings written here (only the fields a story reads), in
sentences of our own."""

from __future__ import annotations

from conftest import ROOT

from briefings.site.front import fold_quotes, story_page
from briefings.site.render import Renderer
from briefings.stories.story import assemble

RENDERER = Renderer(ROOT / "templates")

SAID = "إن الوزارة ستبدأ الأسبوع المقبل تنفيذ خطة شاملة لصيانة الطرق الرئيسية في المنطقة الشرقية"
SAID_AGAIN = "الوزارة ستبدأ الأسبوع القادم تنفيذ خطة شاملة لصيانة الطرق الرئيسية في المنطقة الشرقية"
SAID_SHORT = "الوزارة ستبدأ تنفيذ خطة شاملة لصيانة الطرق الرئيسية"
OTHER = "إن الميزانية المخصصة للمشروع تكفي لإنجاز الأعمال قبل نهاية العام الجاري دون تأخير"


def _briefing(bid: str, outlet: str, day: str, quotes: list[str]) -> dict:
    return {"id": bid, "title": bid, "source": {"outlet": outlet, "published": day}, "summary": [], "actors": [], "figures": [],
            "quotes": [{"text": t, "kind": "reported", "speaker": "فهد الحربي", "speaker_id": "p1", "sentence": i}
                       for i, t in enumerate(quotes)]}


def _member(b: dict, copy_of: str | None = None) -> dict:
    return {"id": b["id"], "outlet": b["source"]["outlet"], "published": b["source"]["published"], "title": b["title"],
            "copy_of": copy_of}


def _story(canon: list[dict], copies: list[tuple[dict, str]]) -> dict:
    members = [_member(b) for b in canon] + [_member(b, of) for b, of in copies]
    return {"id": "s-1", "members": members, "outlets": sorted({m["outlet"] for m in members}), **assemble(canon)}


def test_the_days_of_a_story_count_every_article_it_lists():
    a = _briefing("a", "okaz", "2015-08-08", [SAID])
    b = _briefing("b", "alriyadh", "2015-08-09", [OTHER])
    copies = [(_briefing(f"c{i}", o, "2015-08-08", [SAID]), "a") for i, o in enumerate(["sabq", "alyaum", "alwatan"])]
    copies.append((_briefing("d", "aljazirah", "2015-08-10", [OTHER]), "b"))
    page = story_page(_story([a, b], copies), {}, {})
    assert page["count"] == 6
    assert page["days"] == [{"date": "2015-08-08", "articles": 4}, {"date": "2015-08-09", "articles": 1},
                            {"date": "2015-08-10", "articles": 1}]
    assert sum(d["articles"] for d in page["days"]) == page["count"]
    # a copy published the day after every canonical article ends the story's span
    assert (page["first"], page["last"]) == ("2015-08-08", "2015-08-10")
    html = RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    assert '<time datetime="2015-08-08">2015-08-08</time>: 4' in html
    assert '<time datetime="2015-08-10">2015-08-10</time>' in html


def test_a_statement_two_outlets_gave_in_near_the_same_words_is_one_quote():
    a = _briefing("a", "okaz", "2015-08-08", [SAID, OTHER])
    b = _briefing("b", "alriyadh", "2015-08-08", [SAID_AGAIN])
    c = _briefing("c", "alyaum", "2015-08-09", [SAID_SHORT])
    page = story_page(_story([a, b, c], []), {}, {})
    [sp] = page["speakers"]
    assert [q["text"] for q in sp["quotes"]] == [SAID, OTHER]
    assert [s["outlet"] for s in sp["quotes"][0]["sources"]] == ["عكاظ", "الرياض", "اليوم"]
    assert [s["outlet"] for s in sp["quotes"][1]["sources"]] == ["عكاظ"]
    html = RENDERER.render("story.md.j2", {"s": page, "prefix": "../"})
    assert SAID_AGAIN not in html and SAID_SHORT not in html


def test_a_statement_cut_short_first_shows_in_full():
    # the first outlet gave half of it: the page shows the whole, with both sources
    folded = fold_quotes([{"text": t, "kind": "reported", "sources": [{"briefing": b}]}
                          for t, b in ((SAID_SHORT, "a"), (OTHER, "a"), (SAID, "b"))])
    assert [q["text"] for q in folded] == [SAID, OTHER]
    assert [s["briefing"] for s in folded[0]["sources"]] == ["a", "b"]


def test_two_statements_of_one_speaker_stay_two():
    # a second point of the same talk shares its subject's words, not its statement
    second = "إن الوزارة ستعلن الأسبوع المقبل أسماء الشركات المنفذة لمشروعات الطرق في المنطقة"
    folded = fold_quotes([{"text": t, "sources": [{"briefing": t[:3]}]} for t in (SAID, second, OTHER)])
    assert [q["text"] for q in folded] == [SAID, second, OTHER]


def _figured(bid: str, outlet: str, value: float, text: str, unit: str) -> dict:
    b = _briefing(bid, outlet, "2015-08-08", [])
    b["figures"] = [{"kind": "count", "value": value, "value_max": None, "unit": unit, "currency": None, "text": text, "sentence": 0}]
    return b


def test_one_unit_in_two_cases_is_one_table():
    # the number gives its noun a case: 45 قتيلا but 300 قتيل; المرشحون الـ17 and المرشحين الـ17
    bs = [_figured("a", "okaz", 45, "45 قتيلا", "قتيلا"), _figured("b", "alriyadh", 300, "300 قتيل", "قتيل"),
          _figured("c", "okaz", 17, "المرشحون الـ17", "المرشحون"), _figured("d", "alyaum", 17, "المرشحين الـ17", "المرشحين"),
          _figured("e", "alwatan", 45, "45 جريحا", "جريحا")]
    page = story_page(_story(bs, []), {}, {})
    tables = sorted(sorted(v["text"] for v in g["vals"]) for g in page["figures"])
    assert tables == [["300 قتيل", "45 قتيلا"], ["المرشحون الـ17"]]
    tolls = next(g for g in page["figures"] if len(g["vals"]) == 2)
    # two outlets, one toll each, not the same: the page says they differ
    assert tolls["disagree"]
    [candidates] = [g for g in page["figures"] if len(g["vals"]) == 1]
    assert [s["outlet"] for s in candidates["vals"][0]["sources"]] == ["عكاظ", "اليوم"]


# One event in two papers' words, the person spelt otherwise in each (his
# father's name in one): no one new is named. The same official's second
# act opens with the same title and name, and is kept.
FROM_STORY = ("نقل مدير عام حرس الحدود اللواء سالم بن محمد الحربي تعازي القيادة لذوي الشهيد العريف فهد القرني "
              "في محافظة الطوال.")
FROM_STORY_AGAIN = ("نقل المدير العام لحرس الحدود اللواء سالم الحربي تعازي ومواساة القيادة الرشيدة لأسرة الشهيد "
                    "العريف فهد القرني خلال زيارته منزل العائلة مساء أمس يرافقه عدد من الضباط والأفراد، مؤكداً أن "
                    "تضحيات رجال الأمن محل تقدير واعتزاز من الجميع وأن الوطن لن ينسى أبناءه المخلصين.")
SECOND_ACT = ("افتتح مدير عام حرس الحدود اللواء سالم الحربي مركزاً جديداً للتدريب البحري في جازان يضم قاعات "
              "حديثة ومساكن للمتدربين، وأعلن بدء أول دورة فيه الشهر المقبل.")


def test_a_repeat_that_spells_a_person_otherwise_names_no_one_new():
    from story_articles import story_briefings

    from briefings.stories.features import slim
    from briefings.stories.story import summary

    bs = story_briefings((FROM_STORY, FROM_STORY_AGAIN), "خبر", "2015-08-01")
    people = [{a["name"] for a in b["actors"] if a["type"] == "person"} for b in bs]
    assert any("بن محمد" in n for n in people[0]) and not any("بن محمد" in n for n in people[1])  # two spellings
    for form in (bs, [slim(b) for b in bs]):
        assert [s["text"] for s in summary(form)] == [FROM_STORY]
    kept = story_briefings((FROM_STORY, SECOND_ACT), "خبر", "2015-08-01")
    for form in (kept, [slim(b) for b in kept]):
        assert [s["text"] for s in summary(form)] == [FROM_STORY, SECOND_ACT]


def test_a_body_with_one_more_word_is_another_body():
    # وزارة الخارجية and وزارة الخارجية الأمريكية: a longer name of a body is not its other spelling
    from briefings.stories.story import _named

    assert not _named("وزاره الخارجيه الامريكيه", {"وزاره الخارجيه"})
    assert _named("\x01سالم الحربي", {"\x01سالم بن محمد الحربي"})
    assert not _named("\x01الحربي", {"\x01سالم بن محمد الحربي"})  # one word tells too little
    # two people whose names are as long are two people
    assert not _named("\x01عادل الجبير", {"\x01جون كيري"})
    assert _named("\x01جون كيري", {"\x01جون كيري"})


def test_a_line_of_sources_reads_as_one_line_of_text(page):
    # «منقول: الشرق الأوسط، عين اليوم» under a quote, «قصة · 19 مقالاً · …» on
    # a day: a <p class="bf-meta"> is text with its separators, where the
    # flex layout of the <div> (spans side by side) set the comma a gap
    # away from the outlet it follows
    css = (ROOT / "docs" / "assets" / "stylesheets" / "briefings.css").read_text(encoding="utf-8")
    page.set_content(f"""<html dir="rtl"><head><style>{css}</style></head><body><div class="md-typeset">
<blockquote class="bf-quote"><p>نص القول</p><p class="bf-meta" id="src">منقول: <a id="a" href="#">الشرق الأوسط</a><span id="c">،</span> <a href="#">عين اليوم</a></p></blockquote>
</div></body></html>""")
    a = page.locator("#a").bounding_box()
    comma = page.locator("#c").bounding_box()
    # right to left: the comma sits just left of the outlet it follows
    assert 0 <= a["x"] - (comma["x"] + comma["width"]) < 3
