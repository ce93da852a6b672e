"""The site of stories: story pages, the front page of the day, wire
copies counted once, Atom feeds and charts, built with the real MkDocs
from articles written in tests/articles.py and read in headless Chromium."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from articles import DISPATCH, DISPATCH_COPY, article, records, story_records
from conftest import copy_project, run_build, static_server

from briefings.site.charts import bars, per_day, per_week
from briefings.site.feeds import atom

ATOM = "{http://www.w3.org/2005/Atom}"
LATEST = "2015-08-07"
KB = 1024


def seeds() -> list[dict]:
    recs = story_records()
    # the wire dispatch on the latest day, by two outlets named by their source ids
    recs += [article(DISPATCH, title="مليون شجرة في القصيم", outlet="aawsat", date=LATEST),
             article(DISPATCH_COPY, title="مشروع لزراعة مليون شجرة", outlet="okaz", date=LATEST)]
    older = records(30, seed=5)
    for n, r in enumerate(older):
        r["date_extracted"] = f"2015-07-{n % 28 + 1:02d} 09:00:00"
    return recs + older


@pytest.fixture(scope="module")
def story_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("stories"), seeds=[])
    (project / "seeds" / "news.json").write_text(json.dumps(seeds(), ensure_ascii=False), encoding="utf-8")
    r = run_build(project)
    assert r.returncode == 0, r.stderr
    return project


def _visit(page, url: str, outside: list[str]) -> None:
    page.on("request", lambda req: outside.append(req.url) if not req.url.startswith(("http://127.0.0.1", "data:")) else None)
    page.goto(url)
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator('head link[rel="alternate"][type="application/atom+xml"]').count() == 2


def test_a_story_page_shows_where_two_outlets_disagree(story_site, page):
    outside: list[str] = []
    with static_server(story_site / "site") as base:
        _visit(page, f"{base}/index.html", outside)
        # the front page leads to the story (the three papers' event)
        page.locator(".bf-card-title a", has_text="انفجار").first.click()
        page.wait_for_load_state()
        assert "/stories/" in page.url
        note = page.locator(".bf-disagree-note").first
        assert note.is_visible()
        text = note.inner_text()
        assert "30 قتيلا" in text and "35 قتيلا" in text
        assert "صحيفة أ" in text and "صحيفة ب" in text
        # each summary sentence leads to its sentence on its briefing's page
        link = page.locator(".bf-story-summary a.bf-ev").first
        href = link.get_attribute("href")
        anchor = href.split("#")[1]
        link.click()
        page.wait_for_load_state()
        assert "/briefings/" in page.url and page.locator(f"#{anchor}").count() == 1
    assert outside == []


def test_the_front_page_is_the_latest_day_with_its_chart(story_site, page):
    outside: list[str] = []
    with static_server(story_site / "site") as base:
        _visit(page, f"{base}/index.html", outside)
        chart = page.locator("svg.bf-chart").first
        assert chart.is_visible() and chart.locator("rect").count() >= 2
        titles = page.locator(".bf-card-title").all_inner_texts()
        # the latest day: the story (an article that day) and the dispatch, once, with both outlets
        assert any("انفجار" in t or "النخيل" in t for t in titles)
        assert sum("شجرة" in t for t in titles) == 1
        assert "الشرق الأوسط" in page.content() and "عكاظ" in page.content()
        assert "aawsat" not in page.locator("article").inner_text()
        # an earlier day keeps its own page
        page.goto(f"{base}/days/2015-08-06.html")
        assert page.locator(".bf-card-title").count() >= 1
    assert outside == []


def test_an_actor_page_charts_mentions_by_week(story_site, page):
    outside: list[str] = []
    actor = next(p for p in (story_site / "site" / "actors").glob("p-*.html")
                 if "سامي الحربي" in p.read_text(encoding="utf-8").split("<h1", 1)[1][:300])
    with static_server(story_site / "site") as base:
        _visit(page, f"{base}/actors/{actor.name}", outside)
        chart = page.locator("svg.bf-chart")
        assert chart.count() == 1 and chart.locator("rect").count() >= 1
        assert "أسبوع" in chart.get_attribute("aria-label")
        # a bar's label names its week, not a bare Saturday that reads as the
        # day of a mention (nineteenth round: «2015-07-25» under an actor
        # first named on the 27th)
        axis = [t for t in chart.locator("text").all_text_contents() if "الأعلى" not in t]
        assert len(axis) == 2 and all(t.startswith("أسبوع ") and not re.search(r"\d{4}-\d\d", t) for t in axis)
        assert all(t.startswith("أسبوع ") for t in chart.locator("rect title").all_text_contents())
    assert outside == []


def test_a_page_asks_its_own_site_for_nothing_missing(story_site, page):
    # Material takes each link[rel=alternate] (the feeds too) for a language
    # version and fetches sitemap.xml beside it: a feed in a folder of its
    # own made every page load ask for a file that is not there (a 404)
    outside: list[str] = []
    missing: list[str] = []
    with static_server(story_site / "site") as base:
        page.on("response", lambda r: missing.append(r.url) if r.url.startswith(base) and r.status == 404 else None)
        for path in ("index.html", "archive/index.html", f"days/{LATEST}.html"):
            _visit(page, f"{base}/{path}", outside)
            page.wait_for_load_state("networkidle")
    assert missing == []
    assert outside == []


def test_the_feeds_are_announced_and_parse(story_site, page):
    outside: list[str] = []
    with static_server(story_site / "site") as base:
        _visit(page, f"{base}/archive/index.html", outside)
        for link in page.locator('head link[type="application/atom+xml"]').all():
            url = page.evaluate("h => new URL(h, location.href).href", link.get_attribute("href"))
            resp = page.request.get(url)
            assert resp.ok
            feed = ET.fromstring(resp.body())
            entries = feed.findall(f"{ATOM}entry")
            assert entries and feed.find(f"{ATOM}title").text
            for e in entries[:5]:
                target = page.evaluate("([h, b]) => new URL(h, b).href", [e.find(f"{ATOM}link").get("href"), url])
                assert page.request.get(target).ok
            if url.endswith("stories.xml"):
                assert any("النخيل" in (e.find(f"{ATOM}title").text or "") for e in entries)
    assert outside == []


def test_copies_are_counted_once_and_the_canonical_names_the_others(story_site):
    site = story_site / "site"
    # the numbered pages hold each briefing once (the first page repeats the newest)
    archive = "".join(p.read_text(encoding="utf-8") for p in (site / "archive").glob("*.html") if p.name != "index.html")
    cards = re.findall(r'<h3 class="bf-card-title"[^>]*>(.*?)</h3>', archive)
    assert len(cards) == len(seeds()) - 1  # one text of two outlets, listed once
    assert sum("شجرة" in c for c in cards) == 1
    pages = [p.read_text(encoding="utf-8") for p in (site / "briefings").glob("*.html") if "-text" not in p.name]
    canonical = [t for t in pages if "نُشر أيضاً في" in t]
    assert len(canonical) == 1
    note = canonical[0].split("نُشر أيضاً في", 1)[1].split("</div>", 1)[0]
    # the longer text is canonical (the copy with a word changed, by okaz): the note names the other outlet
    own = re.search(r'<span class="bf-outlet">([^<]*)</span>', canonical[0]).group(1)
    assert own == "عكاظ" and "الشرق الأوسط" in note
    # the outlets' pages name them as readers know them, each listing its own text
    outlets = "".join(p.read_text(encoding="utf-8") for p in (site / "outlets").glob("*.html"))
    assert "الشرق الأوسط" in outlets and "عكاظ" in outlets
    assert "aawsat" not in outlets and "okaz" not in outlets


def test_the_search_finds_a_wire_copy_once_naming_both_outlets(story_site, page):
    def results(query: str) -> tuple[list[str], str]:
        page.goto(f"{base}/search.html?{query}")
        page.wait_for_function("document.querySelector('#bf-results .bf-search__meta')?.textContent")
        infos = page.locator("#bf-results .bf-search__info").all_inner_texts()
        return infos, page.locator("#bf-results .bf-search__meta").inner_text()

    with static_server(story_site / "site") as base:
        # a word of both texts: one result, the canonical (okaz's), naming the other outlet
        infos, meta = results(f"q={quote('التصحر')}")
        assert len(infos) == 1 and meta.startswith("نتيجة واحدة"), (infos, meta)
        assert "عكاظ" in infos[0] and "الشرق الأوسط" in infos[0], infos
        assert "aawsat" not in infos[0] and "okaz" not in infos[0]
        # a word only aawsat's text has still finds the group, once
        infos, meta = results(f"q={quote('المقبل التصحر')}")
        assert len(infos) == 1 and meta.startswith("نتيجة واحدة") and "عكاظ" in infos[0], (infos, meta)
        # the group is found under the outlet of its copy too
        infos, meta = results(f"q={quote('التصحر')}&outlet={quote('الشرق الأوسط')}")
        assert len(infos) == 1 and "عكاظ" in infos[0], (infos, meta)


def test_the_timeline_index_shows_the_latest_events(story_site):
    text = (story_site / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "لا أحداث مؤرخة بعد" not in text
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">', text) and "bf-chart" in text


def test_every_new_page_is_rtl_and_light(story_site):
    site = story_site / "site"
    new = [site / "index.html", *(site / "stories").glob("*.html"), *(site / "days").glob("*.html"),
           *(site / "actors").glob("*.html"), site / "timeline" / "index.html", site / "figures" / "index.html"]
    assert len(new) > 5
    for p in new:
        text = p.read_text(encoding="utf-8")
        assert re.search(r'<body[^>]*dir="rtl"', text), p
        assert p.stat().st_size < 80 * KB, p


def test_a_copy_gone_takes_the_note_with_it(tmp_path):
    project = copy_project(tmp_path / "p", seeds=[])
    recs = [article(DISPATCH, title="مليون شجرة", outlet="aawsat", date=LATEST),
            article(DISPATCH_COPY, title="مليون شجرة", outlet="okaz", date=LATEST),
            *records(4, seed=2)]
    news = project / "seeds" / "news.json"
    news.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    assert run_build(project).returncode == 0
    docs = project / "docs" / "briefings"
    assert sum("نُشر أيضاً في" in p.read_text(encoding="utf-8") for p in docs.glob("*.md")) == 1
    news.write_text(json.dumps(recs[:1] + recs[2:], ensure_ascii=False), encoding="utf-8")
    r = run_build(project)
    assert r.returncode == 0, r.stderr
    assert sum("نُشر أيضاً في" in p.read_text(encoding="utf-8") for p in docs.glob("*.md")) == 0


def test_charts_read_right_to_left_and_keep_empty_days():
    days = per_day(["2015-08-01", "2015-08-03", "2015-08-03", None])
    assert days == [("2015-08-01", 1), ("2015-08-02", 0), ("2015-08-03", 2)]
    svg = str(bars(days, "<b>"))
    xs = [float(x) for x in re.findall(r'<rect x="([\d.]+)"', svg)]
    assert xs == sorted(xs, reverse=True)  # the earliest day at the right
    assert "<b>" not in svg and "&#60;b&#62;" in svg
    assert per_week(["2015-08-01", "2015-08-07", "2015-08-08"]) == [("2015-08-01", 2), ("2015-08-08", 1)]
    assert str(bars([], "x")) == ""


def test_a_feed_is_xml_whatever_the_text_holds():
    doc = atom("t", "عنوان", [{"id": "a", "title": "\x01<b>&", "href": "../a.html", "published": "2015-08-01",
                               "summary": "\ufffe", "author": None}])
    feed = ET.fromstring(doc.encode("utf-8"))
    assert feed.find(f"{ATOM}entry/{ATOM}title").text == "<b>&"
