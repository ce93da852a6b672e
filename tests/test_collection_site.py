"""The site with the seed and 100 articles composed by tests/articles.py
(people, places, bodies and figures recurring across them, several
outlets and years): actor, timeline, figures, outlet, month and tag pages
that all link correctly, and no page too heavy to read."""

from __future__ import annotations

import html.parser
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from articles import Composer, records
from conftest import ROOT, copy_project, run_build, static_server

MAX_PAGE = 80 * 1024


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name):
                self.links.append(a[name])


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    articles = records(100, seed=1)
    project = copy_project(tmp_path_factory.mktemp("corpus"))
    (project / "seeds" / "corpus-100.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    # and one article long enough for its full text to have a page of its own
    composer = Composer(seed=2)
    long = "\n\n".join(composer.article().body for _ in range(25))
    (project / "seeds" / "long.txt").write_text(f"تقرير مطول عن المشاريع\n\n{long}", encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_collection_pages_exist(corpus_site):
    assert len(list((corpus_site / "briefings").glob("*.html"))) == 103  # with the long one's full text
    assert (corpus_site / "briefings" / "long-text.html").is_file()
    for d in ("actors", "timeline", "figures", "outlets", "months"):
        assert (corpus_site / d / "index.html").is_file(), d
    assert len(list((corpus_site / "actors").glob("p-*.html"))) >= 10  # people in OWN_PAGE briefings or more
    assert list((corpus_site / "actors").glob("more-*.html"))  # and those in fewer share pages
    page = (corpus_site / "briefings").glob("*.html")
    assert any('class="md-tag' in p.read_text(encoding="utf-8") for p in page)


def test_no_broken_internal_link(corpus_site):
    pages = {p: p.read_text(encoding="utf-8") for p in corpus_site.rglob("*.html")}
    ids: dict[Path, set[str]] = {}
    links: dict[Path, list[str]] = {}
    for p, text in pages.items():
        parser = _Links()
        parser.feed(text)
        ids[p.resolve()] = parser.ids
        links[p] = parser.links
    broken = []
    for p, hrefs in links.items():
        for href in hrefs:
            parts = urlsplit(href)
            if parts.scheme or href.startswith(("//", "mailto:", "data:", "javascript:")):
                continue
            if parts.path.startswith("/"):  # root-relative (the 404 page): from the site root
                target = (corpus_site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (p.parent / unquote(parts.path)).resolve() if parts.path else p.resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{p.relative_to(corpus_site)} → {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids.get(target, set()):
                broken.append(f"{p.relative_to(corpus_site)} → {href} (no such anchor)")
    assert broken == [], broken[:20]


def test_only_the_archive_shows_summaries_and_one_sentence_each(corpus_site):
    """The summary is on the briefing's page; the archive shows its lead
    sentence, shortened, and the lists by month and outlet a line each."""
    index = (corpus_site / "archive" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="bf-lead"') == index.count("bf-card-title") == 20
    for folder in ("months", "outlets"):
        lists = list((corpus_site / folder).glob("*.html"))
        assert len(lists) > 2
        for p in lists:
            text = p.read_text(encoding="utf-8")
            assert "bf-lead" not in text and "bf-card-title" not in text, p
    months = [p for p in (corpus_site / "months").glob("*.html") if p.name != "index.html"]
    assert sum(p.read_text(encoding="utf-8").count("../briefings/") for p in months) >= 101


def test_no_page_is_too_heavy(corpus_site):
    heavy = [(p.name, p.stat().st_size) for p in corpus_site.rglob("*.html") if p.stat().st_size > MAX_PAGE]
    assert heavy == []


def test_screenshots_of_the_main_pages(corpus_site, page):
    """Screenshots for a person to look at (tests/artifacts/), and the
    minimum each page must show."""
    out = ROOT / "tests" / "artifacts"
    out.mkdir(exist_ok=True)
    with static_server(corpus_site) as base:
        page.goto(f"{base}/index.html")
        assert page.locator(".bf-card-title").count() >= 1  # the front page: the latest day's stories
        page.screenshot(path=str(out / "front.png"))
        page.goto(f"{base}/archive/index.html")
        assert page.locator(".bf-card-title").count() >= 10
        page.screenshot(path=str(out / "index.png"))
        page.goto(f"{base}/briefings/000_f63168924004b052.html#s-6")
        assert page.locator(".bf-actors tbody tr").count() >= 10
        page.screenshot(path=str(out / "briefing-evidence.png"))
        page.goto(f"{base}/actors/index.html")
        first_actor = page.locator("#bf-actor-list tbody a").first
        first_actor.click()
        page.wait_for_load_state("load")
        assert page.locator("h1").inner_text()
        page.screenshot(path=str(out / "actor.png"), full_page=True)
        page.goto(f"{base}/timeline/index.html")
        page.locator(".bf-years a", has_text="2015").first.click()
        page.wait_for_load_state("load")
        assert page.locator(".bf-table tbody tr").count() > 5
        page.screenshot(path=str(out / "timeline.png"))
        page.goto(f"{base}/figures/count.html")
        unit = page.locator("#bf-ledger tbody tr").nth(2).locator("td").nth(2).inner_text().strip()
        page.locator(".bf-filter-input").fill(unit)
        visible = page.locator("#bf-ledger tbody tr:visible").count()
        assert 0 < visible < page.locator("#bf-ledger tbody tr").count()
        page.screenshot(path=str(out / "figures.png"))
        page.goto(f"{base}/index.html")
        page.locator(".bf-search__input").fill("وزارة الصحة")
        page.locator(".bf-search__item a").first.wait_for(timeout=10_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(out / "search-results.png"))


PHONE = {"width": 390, "height": 844}


def test_no_page_kind_scrolls_sideways_on_a_phone(corpus_site, browser):
    """At 390 px wide, every kind of page fits the screen: a wide table
    scrolls inside its own box, and no line is cut off."""
    kinds = {
        "briefing": ["briefings/000_f63168924004b052.html", *sorted(p.relative_to(corpus_site).as_posix() for p in
                                                                   (corpus_site / "briefings").glob("corpus-*.html"))[:5]],
        "full text": ["briefings/long-text.html", "briefings/long.html"],
        "actor": [p.relative_to(corpus_site).as_posix() for p in sorted((corpus_site / "actors").glob("[plo]-*.html"))[:4]]
                 + [p.relative_to(corpus_site).as_posix() for p in sorted((corpus_site / "actors").glob("more-*.html"))[:1]],
        "lists": ["index.html", "archive/page-2.html", "actors/index.html", "outlets/index.html", "months/index.html",
                  *[p.relative_to(corpus_site).as_posix() for p in sorted((corpus_site / "actors").glob("names-*.html"))[:2]],
                  *[p.relative_to(corpus_site).as_posix() for p in sorted((corpus_site / "outlets").glob("*.html"))[:3]]],
        "ledger": [p.relative_to(corpus_site).as_posix() for p in sorted((corpus_site / "figures").glob("*.html"))],
        "timeline": [p.relative_to(corpus_site).as_posix() for p in sorted((corpus_site / "timeline").glob("*.html"))],
    }
    ctx = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    wide = []
    try:
        with static_server(corpus_site) as base:
            for kind, paths in kinds.items():
                assert paths, kind
                for path in paths:
                    page.goto(f"{base}/{path}")
                    page.wait_for_load_state("load")
                    width = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                    if width[0] > width[1]:
                        wide.append((kind, path, width))
            assert wide == []
            # the briefing's tables are wider than the phone: they scroll in their own box
            page.goto(f"{base}/briefings/000_f63168924004b052.html")
            box = page.evaluate("() => { const s = document.querySelector('.bf-scroll');"
                                " return [s.scrollWidth, s.clientWidth, getComputedStyle(s).overflowX]; }")
            assert box[0] > box[1] and box[2] == "auto", box
    finally:
        ctx.close()


def test_an_actor_of_one_briefing_leads_to_its_sentence_in_the_briefing(corpus_site):
    """The index of actors links an actor of one briefing to the sentence
    that first names them in that briefing (whose table row says all a
    section of a shared page said); actors of two to four briefings keep a
    section of a shared page, with whom they appear; none of those sections
    is an actor of one briefing."""
    import re

    rows = []
    for f in sorted((corpus_site / "actors").glob("names-*.html")):
        rows += re.findall(r'<tr>\n<td><a href="([^"]+)">([^<]+)</a></td>\n<td>[^<]*</td>\n<td>([\d,–]+)</td>',
                           f.read_text(encoding="utf-8"))
    assert rows
    one = [(h, n) for h, n, c in rows if c == "1"]
    few = [(h, n) for h, n, c in rows if c == "2–4"]  # the pages by name give bands of counts
    assert one and few
    for href, name in one:
        m = re.fullmatch(r"\.\./briefings/([\w-]+)\.html#(s-\d+)", href)
        assert m, href
        text = (corpus_site / "briefings" / f"{m.group(1)}.html").read_text(encoding="utf-8")
        assert f'id="{m.group(2)}"' in text and name in text, href
    for href, name in few:
        page, anchor = re.fullmatch(r"(more-[\w-]+\.html)#([\w-]+)", href).groups()
        text = (corpus_site / "actors" / page).read_text(encoding="utf-8")
        assert f'<h2 id="{anchor}">{name}</h2>' in text
    seen_with = 0
    for f in sorted((corpus_site / "actors").glob("more-*.html")):
        text = f.read_text(encoding="utf-8")
        article = text[text.index("<article"):text.index("</article>")]
        for section in re.split(r"(?=<h2 )", article)[1:]:
            assert section.count("<li>") > 1, section[:200]
            seen_with += "يظهر مع" in section
    assert seen_with
