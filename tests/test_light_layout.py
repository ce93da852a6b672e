"""The generated pages' lighter layout (briefings/site/theme/main.html):
no navigation sidebar, drawer or menu button and no theme credit, the
links of nav: once at the foot; the header, its search, right to left,
print and a copy on disk work as before. Hand-written pages keep
Material's layout."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from conftest import ROOT, SEED_ID, static_server

MENU = 'class="md-header__button md-icon" for="__drawer"'


def nav_targets() -> list[str]:
    """The pages `nav:` of the project's mkdocs.yml lists, as built files."""
    block = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1].split("\nnot_in_nav:", 1)[0]
    return [line.split(": ", 1)[1].strip()[:-3] + ".html" for line in block.splitlines() if line.strip().startswith("- ")]


def foot_links(html: str) -> list[str]:
    foot = re.search(r'<nav class="md-footer-meta md-typeset bf-nav"[^>]*>(.*?)</nav>', html, re.S)
    assert foot, "no links at the page's foot"
    return re.findall(r'href="([^"]+)"', foot.group(1))


def test_generated_pages_go_without_sidebar_drawer_and_credit(built_site: Path):
    site = built_site / "site"
    generated = [site / "briefings" / f"{SEED_ID}.html", site / "actors" / "index.html",
                 site / "archive" / "index.html", site / "timeline" / "index.html"]
    for f in generated:
        html = f.read_text(encoding="utf-8")
        assert 'data-md-type="navigation"' not in html, f
        assert MENU not in html, f
        assert "Material for MkDocs" not in html, f
        # the header keeps its logo (home) and title; nav: is at the foot,
        # each link leading to a page that was built
        assert 'data-md-component="header"' in html and 'data-md-component="logo"' in html
        links = foot_links(html)
        here = f.parent.relative_to(site).as_posix()
        assert [posixpath.normpath(posixpath.join(here, h)) for h in links] == nav_targets(), f
        assert all((f.parent / h).is_file() for h in links), f
    for f in (site / "about.html", site / "index.html"):
        html = f.read_text(encoding="utf-8")
        assert 'data-md-type="navigation"' in html and MENU in html, f
        assert "bf-nav" not in html


def test_a_briefing_page_is_as_light_as_it_says(built_site: Path):
    """The theme around a briefing's content (everything outside its
    article) stays under 5 KB: it was 6.4 before this layout."""
    html = (built_site / "site" / "briefings" / f"{SEED_ID}.html").read_text(encoding="utf-8")
    article = re.search(r"<article\b.*</article>", html, re.S).group()
    assert len(html.encode()) - len(article.encode()) < 5000


def test_search_and_navigation_from_a_briefing_page(built_site: Path, page):
    site = built_site / "site"
    with static_server(site) as base:
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base, "data:")) else None)
        page.goto(f"{base}/briefings/{SEED_ID}.html")
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        box = page.locator(".md-header .bf-search__input")
        box.fill("الأعرجي")
        page.locator(".bf-search__item a").first.wait_for(timeout=15000)
        hrefs = page.locator(".bf-search__item a").evaluate_all("els => els.map(e => e.href)")
        assert any(SEED_ID in h for h in hrefs), hrefs
        box.fill("")
        # the foot's links are visible and lead where nav: says
        link = page.locator(".bf-nav a", has_text="الفاعلون")
        assert link.is_visible()
        link.click()
        page.wait_for_url(f"{base}/actors/index.html")
        # on a phone too: no menu button to open an empty drawer
        page.set_viewport_size({"width": 390, "height": 800})
        page.goto(f"{base}/briefings/{SEED_ID}.html")
        assert page.locator('label[for="__drawer"].md-header__button').count() == 0
        foot = page.locator(".bf-nav a").last
        foot.scroll_into_view_if_needed()
        assert foot.is_visible()
        # printed: the content without header, search or the foot's links
        page.emulate_media(media="print")
        assert not page.locator(".bf-nav").is_visible()
        assert not page.locator(".md-header").is_visible()
        assert page.locator("h1").is_visible()
        assert outside == []


def test_a_copy_on_disk_searches_from_a_briefing_page(built_site: Path, page):
    site = built_site / "site"
    page.goto((site / "briefings" / f"{SEED_ID}.html").as_uri())
    page.locator(".bf-search__input").fill("بغداد")
    page.locator(".bf-search__item a").first.wait_for(timeout=15000)
    page.locator(".bf-nav a[href=\"../archive/index.html\"]").click()
    page.wait_for_load_state("load")
    assert page.url == (site / "archive" / "index.html").as_uri()
