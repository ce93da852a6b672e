"""The browser checks every engine's site must pass, whichever built it:
Arabic and right to left, the font from the site, our search the one in
the header (over HTTP and from disk), tag chips that lead to actor pages,
evidence links that highlight their sentence, and no request to another
host."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import static_server

# The page's Arabic face actually loaded (not merely matched): its file came through.
FONT_LOADED = """async () => { await document.fonts.load('16px "Noto Sans Arabic"', 'عربي'); return [...document.fonts].some(f => f.family.includes('Noto Sans Arabic') && f.status === 'loaded'); }"""
TRANSPARENT = ("rgba(0, 0, 0, 0)", "transparent")

_URL_ATTR = re.compile(r"""<(script|link|img|iframe|source|video|audio)\b[^>]*?\b(?:src|href)=["']([^"']+)["']""", re.I)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
_JS_IMPORT = re.compile(r"""(?:import\s*\(\s*|from\s+|importScripts\(\s*)["'](https?:)?//""")


def outside_references(site: Path) -> list[str]:
    """Every reference from a built page to another host: src/href of
    scripts, stylesheets, images and frames; CSS url(); JS imports."""
    bad = []
    for f in site.rglob("*"):
        if f.suffix == ".html":
            text = f.read_text(encoding="utf-8", errors="replace")
            for tag, url in _URL_ATTR.findall(text):
                if tag.lower() == "link" and "stylesheet" not in text and "preconnect" not in text:
                    continue
                if re.match(r"^(https?:)?//", url):
                    bad.append(f"{f.relative_to(site)}: <{tag}> {url}")
        elif f.suffix == ".css":
            for url in _CSS_URL.findall(f.read_text(encoding="utf-8", errors="replace")):
                if re.match(r"^(https?:)?//", url.strip()):
                    bad.append(f"{f.relative_to(site)}: url({url})")
        elif f.suffix == ".js":
            text = f.read_text(encoding="utf-8", errors="replace")
            if _JS_IMPORT.search(text):
                bad.append(f"{f.relative_to(site)}: import from another host")
    return bad


def search_hits(page, query: str) -> list[str]:
    """Type into the header's search box; the hrefs of the results."""
    box = page.locator(".md-header .bf-search__input")
    box.fill(query)
    page.locator(".bf-search__item a").first.wait_for(timeout=15000)
    return page.locator(".bf-search__item a").evaluate_all("els => els.map(e => e.getAttribute('href'))")


def check_site(page, site: Path, briefing: str, query: str, found_by_query: str | None = None) -> None:
    """All checks on the built `site`, driven in Chromium over HTTP and
    from disk; `briefing` is the id of a briefing with tags and evidence
    links, and `query` a word the search must find it (or
    `found_by_query`) by."""
    assert outside_references(site) == []
    found_by_query = found_by_query or briefing
    with static_server(site) as base:
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base, "data:", "file:")) else None)
        page.goto(f"{base}/briefings/{briefing}.html")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.lang") == "ar"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.evaluate(FONT_LOADED)
        # the theme's helpers for stored settings are there, wherever they come from
        assert page.evaluate("typeof __md_get === 'function' && __md_scope.href") == f"{base}/"
        fonts = page.evaluate("performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.woff2'))")
        assert fonts and all(f.startswith(base) for f in fonts), fonts

        # ours is the search in the header, and the only one
        assert page.locator(".md-header .bf-search__input").count() == 1
        assert page.locator(".md-search, label[for='__search']").count() == 0

        # a tag chip leads to its actor page, to the actor's own section;
        # an actor of this briefing alone, to the sentence that names them
        chips = page.locator("a.md-tag")
        assert chips.count() > 0
        name = chips.first.inner_text().strip()
        chips.first.click()
        page.wait_for_load_state("load")
        path = unquote(urlsplit(page.url).path)
        anchor = urlsplit(page.url).fragment
        if path == f"/briefings/{briefing}.html":
            assert anchor.startswith("s-"), page.url
            assert page.locator(f"[id='{anchor}']").first.is_visible()
            assert name in page.locator(".bf-actors").inner_text()
        else:
            assert path.startswith("/actors/") and path.endswith(".html"), page.url
            where = page.locator(f"[id='{anchor}']") if anchor else page.locator("h1")
            assert name in where.first.inner_text(), (name, page.url)

        # an evidence link opens the text at its sentence, highlighted
        page.goto(f"{base}/briefings/{briefing}.html")
        link = page.locator("a.bf-ev").first
        target = link.get_attribute("href")
        assert target and "#s-" in target
        link.click()
        page.wait_for_function("location.hash.startsWith('#s-')")
        sentence = page.locator(f"[id='{page.evaluate('location.hash').lstrip('#')}']")
        assert sentence.is_visible()
        assert sentence.evaluate("el => getComputedStyle(el).backgroundColor") not in TRANSPARENT

        page.goto(f"{base}/index.html")
        assert any(found_by_query in h for h in search_hits(page, query))
        assert outside == [], outside

    # a copy on disk: search answers, the font shows, and no page asks for
    # the theme's sitemap.xml (refused from disk: Material fetches one
    # beside each link[rel=alternate], the feeds too, unless briefings.js
    # hides them while it looks)
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if r.url.endswith("sitemap.xml") else None)
    page.goto((site / "index.html").as_uri())
    assert any(found_by_query in h for h in search_hits(page, query))
    page.goto((site / "briefings" / f"{briefing}.html").as_uri())
    page.wait_for_load_state("load")
    assert page.evaluate(FONT_LOADED)
    assert page.locator("a.md-tag").count() > 0
    page.wait_for_load_state("networkidle")
    assert asked == [], asked
