"""The built site, as a reader meets it: served on 127.0.0.1 and driven in
headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import SEED_ID, briefings_of, static_server
from site_checks import FONT_LOADED, outside_references

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def briefing_html(project: Path) -> str:
    return (project / "site" / "briefings" / f"{SEED_ID}.html").read_text(encoding="utf-8")


def test_briefing_page_is_arabic_rtl_with_its_sections(built_site):
    html = briefing_html(built_site)
    assert re.search(r'<html[^>]*\blang="ar"', html)
    assert re.search(r'dir="rtl"', html)
    for section in ("الملخص", "الفاعلون", "الأرقام والتواريخ", "الاقتباسات", "النص الكامل"):
        assert f">{section}<" in html or f">{section}</" in html, section
    assert "قاسم الأعرجي" in html
    assert "2100" in html
    assert 'class="bf-quote' in html
    # its data, as a download: the briefing's JSON, gzipped
    data = briefings_of(built_site / "site" / "briefings")[built_site / "site" / "briefings" / f"{SEED_ID}.json.gz"]
    assert data["id"] == SEED_ID and data["body"] and data["sentences"]


def test_the_front_page_shows_an_article_without_a_date(built_site):
    """The seed has no date: it has no day, and the front page shows it
    rather than saying there is nothing yet."""
    front = (built_site / "site" / "index.html").read_text(encoding="utf-8")
    assert f'href="briefings/{SEED_ID}.html"' in front
    assert "bf-none" not in front


def test_no_page_loads_anything_from_another_host(built_site):
    assert outside_references(built_site / "site") == []


def test_quote_link_leads_to_its_sentence_and_search_finds_the_seed(built_site, page):
    with static_server(built_site / "site") as base:
        outside = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base, "data:")) else None)
        page.goto(f"{base}/briefings/{SEED_ID}.html")
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "briefing.png"))
        link = page.locator(".bf-quote a.bf-ev").first
        target = link.get_attribute("href")
        assert target and target.startswith("#s-")
        link.click()
        page.wait_for_function("location.hash.length > 0")
        assert page.evaluate("location.hash") == target
        sentence = page.locator(target)
        assert sentence.is_visible()
        # the sentence the evidence link points to is highlighted
        bg = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
        assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
        quote_text = link.locator("xpath=ancestor::blockquote//p").inner_text()
        assert quote_text[:20] in sentence.inner_text()

        page.goto(f"{base}/index.html")
        box = page.locator(".bf-search__input")
        box.fill("الأعرجي")
        item = page.locator(".bf-search__item a").first
        item.wait_for(timeout=15000)
        hrefs = page.locator(".bf-search__item a").evaluate_all("els => els.map(e => e.href)")
        assert any(SEED_ID in h for h in hrefs), hrefs
        page.screenshot(path=str(ARTIFACTS / "search.png"))
        assert outside == []


def test_font_is_served_from_the_site(built_site, page):
    with static_server(built_site / "site") as base:
        fonts = []
        page.on("response", lambda r: fonts.append(r.url) if r.url.endswith(".woff2") and r.ok else None)
        page.goto(f"{base}/briefings/{SEED_ID}.html")
        page.wait_for_load_state("networkidle")
        loaded = page.evaluate(FONT_LOADED)
        assert loaded
        assert fonts and all(f.startswith(base) for f in fonts)


def test_offline_copy_searches_and_shows_its_font(built_site, page):
    """The built site opened from disk, with no server: search answers and
    the briefing page renders in its own Arabic font."""
    site = built_site / "site"
    page.goto((site / "index.html").as_uri())
    page.locator(".bf-search__input").fill("بغداد")
    page.locator(".bf-search__item a").first.wait_for(timeout=15000)
    page.goto((site / "briefings" / f"{SEED_ID}.html").as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate(FONT_LOADED)
    family = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).fontFamily")
    assert "Noto Sans Arabic" in family
