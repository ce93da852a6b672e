"""What a reader trips on, read in Chromium from a site built with the real
MkDocs: the header's search counts the word being typed as a beginning
too, and the results page it leads to (Enter, «كل النتائج») counts and
lists the same, also after a reload; a bare link is whole words. The
timeline shows an event three papers gave in near the same words once,
naming the other two. No page asks for Material's sitemap.xml (refused
from disk, on every page), and the feeds stay announced. Articles
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from articles import article
from conftest import copy_project, run_build, static_server

# النفط as a whole word in one article, only as the beginning of النفطية in another
CRUDE = ("ارتفعت أسعار النفط في الأسواق العالمية أمس بعد تراجع المخزونات الأمريكية. "
         "وقال محللون إن الطلب يتحسن مع دخول فصل الصيف.")
EXPORTS = ("أعلنت الهيئة العامة للإحصاء أن الصادرات النفطية للمملكة تراجعت خلال الربع الثاني. "
           "وأوضحت الهيئة أن الصادرات غير البترولية ارتفعت بنسبة طفيفة.")
# one statement in three papers' words, each article otherwise its own
MEETING = "وتعقد اللجنة الوزارية المشتركة اجتماعها المقبل في الرياض يوم 14 سبتمبر لبحث ملفات التعاون الاقتصادي بين البلدين."
MEETING_B = "وتعقد اللجنة الوزارية المشتركة اجتماعها القادم في الرياض يوم 14 سبتمبر لبحث ملفات التعاون الاقتصادي بين البلدين."
MEETING_C = "وتعقد اللجنة الوزارية المشتركة اجتماعها المقبل بالرياض في 14 سبتمبر لبحث ملفات التعاون الاقتصادي بين البلدين."
LEADS = ["استقبل وزير التجارة توفيق الربيعة في مكتبه نظيره الأردني لبحث زيادة التبادل التجاري.",
         "بحث وزير التجارة السعودي مع وفد أردني رفيع سبل تنمية الاستثمارات المشتركة في قطاع الصناعة.",
         "التقى الوزير الربيعة بالوفد الأردني الزائر وناقش الجانبان فرص الشراكة بين رجال الأعمال."]


def _seeds() -> list[dict]:
    recs = [article(CRUDE, title="النفط يرتفع", outlet="okaz", date="2015-08-20"),
            article(EXPORTS, title="تراجع الصادرات", outlet="alriyadh", date="2015-08-20")]
    for lead, meeting, outlet in zip(LEADS, (MEETING, MEETING_B, MEETING_C), ("okaz", "alriyadh", "alyaum"), strict=True):
        recs.append(article(f"{lead} {meeting}", title=lead.split(" ")[0] + " الوفد الأردني", outlet=outlet, date="2015-08-19"))
    return recs


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("reader17"), seeds=[])
    (project / "seeds" / "news.json").write_text(json.dumps(_seeds(), ensure_ascii=False), encoding="utf-8")
    r = run_build(project)
    assert r.returncode == 0, r.stderr
    return project / "site"


SHOWN = "([sel, q]) => document.querySelector(sel)?.dataset.q === q"


def _ids(page, scope: str) -> list[str]:
    hrefs = page.locator(f"{scope} .bf-search__item a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    return sorted(h.rsplit("/", 1)[-1].split(".html")[0] for h in hrefs)


def test_the_results_page_counts_what_the_header_counted(site, page):
    with static_server(site) as base:
        page.goto(f"{base}/index.html")
        page.wait_for_function("typeof window.briefingsSearch === 'function'")
        page.locator(".bf-search__input").click()
        page.keyboard.type("النفط")
        page.wait_for_function(SHOWN, arg=[".bf-search__panel", "النفط"], timeout=10_000)
        counted = page.locator(".bf-search__panel .bf-search__meta").inner_text()
        listed = _ids(page, ".bf-search__panel")
        assert counted.startswith("نتيجتان") and len(listed) == 2  # النفط, and النفطية as its beginning
        page.keyboard.press("Enter")
        page.wait_for_url("**/search.html?q=*")
        page.wait_for_function(SHOWN, arg=[".bf-search__page", "النفط"], timeout=10_000)
        assert page.locator("#bf-results .bf-search__meta").inner_text() == counted
        assert _ids(page, "#bf-results") == listed
        # the address keeps what was shown
        page.reload()
        page.wait_for_function(SHOWN, arg=[".bf-search__page", "النفط"], timeout=10_000)
        assert page.locator("#bf-results .bf-search__meta").inner_text() == counted
        # a bare link is whole words: النفط alone
        page.goto(f"{base}/search.html?q={quote('النفط')}")
        page.wait_for_function(SHOWN, arg=[".bf-search__page", "النفط "], timeout=10_000)
        assert page.locator("#bf-results .bf-search__meta").inner_text().startswith("نتيجة واحدة")


def test_the_timeline_shows_one_statement_of_three_papers_once(site, page):
    with static_server(site) as base:
        page.goto(f"{base}/timeline/index.html")
        rows = page.locator("article tr", has_text="اللجنة الوزارية")
        assert rows.count() == 1
        others = rows.first.locator(".bf-rep a")
        named = others.all_inner_texts()
        assert len(named) == 2 and len(set(named)) == 2 and set(named) < {"عكاظ", "الرياض", "اليوم"}, named
        # each leads to its own briefing's sentence
        href = others.first.get_attribute("href")
        others.first.click()
        page.wait_for_load_state()
        anchor = href.split("#", 1)[1]
        assert "/briefings/" in page.url and page.locator(f"[id='{anchor}']").count() == 1
        assert "اللجنة الوزارية" in page.locator(f"[id='{anchor}']").inner_text()


@pytest.mark.parametrize("where", ["http", "file"])
def test_no_page_asks_for_the_sitemap_and_the_feeds_stay_announced(site, page, where):
    asked: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    with static_server(site) as base:
        for rel in ("index.html", "timeline/index.html", "archive/index.html"):
            page.goto(f"{base}/{rel}" if where == "http" else (site / rel).as_uri())
            page.wait_for_load_state("networkidle")
            assert page.locator('head link[rel="alternate"][type="application/atom+xml"]').count() == 2
    assert not [u for u in asked if u.endswith("sitemap.xml")], asked
    assert errors == []
