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
from articles import records
from conftest import ROOT, copy_project, run_build

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
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_collection_pages_exist(corpus_site):
    assert len(list((corpus_site / "briefings").glob("*.html"))) == 101
    for d in ("actors", "timeline", "figures", "outlets", "months"):
        assert (corpus_site / d / "index.html").is_file(), d
    assert len(list((corpus_site / "actors").glob("p-*.html"))) > 20  # people in two briefings or more
    assert (corpus_site / "actors" / "more-1.html").is_file()  # and those in one share pages
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


def test_no_page_is_too_heavy(corpus_site):
    heavy = [(p.name, p.stat().st_size) for p in corpus_site.rglob("*.html") if p.stat().st_size > MAX_PAGE]
    assert heavy == []


def test_screenshots_of_the_main_pages(corpus_site, page):
    """Screenshots for a person to look at (tests/artifacts/), and the
    minimum each page must show."""
    from conftest import static_server

    out = ROOT / "tests" / "artifacts"
    out.mkdir(exist_ok=True)
    with static_server(corpus_site) as base:
        page.goto(f"{base}/index.html")
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
