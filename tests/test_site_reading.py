"""What an Arabic reader sees, read in headless Chromium from a site built
with the real MkDocs: dates after Arabic words that read as written, not
backwards; counts in Arabic's agreement (مقالان، 3 مقالات); currencies by
their Arabic names, not ISO codes; no English credit; no "more" button
with nothing more; a person named two ways in a story listed once."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from articles import STORY, article
from conftest import ROOT, copy_project, run_build, static_server

from briefings.site.charts import bars
from briefings.site.front import _story_actors
from briefings.site.render import Renderer, count_noun, currency_name, day_name, month_name

# written for these tests: two reports with money, on two days and by two outlets
BUDGET = ("أعلن وزير المالية سلطان الدوسري أن الحكومة خصصت 40 مليون دولار لبناء مدارس جديدة في منطقة الجوف. "
          "وقال الدوسري إن العمل في المدارس يبدأ مطلع العام المقبل.")
HARBOUR = ("وقعت هيئة الموانئ عقداً بقيمة 250 مليون ريال لتوسعة ميناء ينبع التجاري. "
           "وأوضح رئيس الهيئة عادل الشهري أن التوسعة تضاعف طاقة الميناء خلال ثلاث سنوات، "
           "على أن تكتمل في عام 1438هـ.")

PARK = "افتتح أمين منطقة حائل ماجد العنزي حديقة عامة جديدة في حي النقرة تضم ممرات للمشاة وملاعب للأطفال."

VERDICTS = ("قضت المحكمة الجزائية بسجن متهم في قضية احتيال مالي خمس سنوات. "
            "وقالت النيابة العامة في بيان: «لن نتهاون مع من يعبث بأموال الناس». "
            "وفي قضية ثانية قضت المحكمة بسجن متهم آخر ثلاث سنوات بتهمة التزوير. "
            "وقالت النيابة العامة في بيان: «لن نتهاون مع من يعبث بأموال الناس».")


def _seeds() -> list[dict]:
    recs = [article(body, title=title, outlet=outlet, date=date) for date, outlet, title, body in STORY]
    recs.append(article(BUDGET, title="أربعون مليون دولار لمدارس الجوف", outlet="aawsat", date="2015-08-05"))
    recs.append(article(HARBOUR, title="عقد لتوسعة ميناء ينبع", outlet="okaz", date="2015-08-06"))
    recs.append(article(PARK, title="حديقة جديدة في حائل", outlet="okaz", date=None))
    recs.append(article(VERDICTS, title="حكمان بالسجن في قضيتي احتيال وتزوير", outlet="okaz", date="2015-08-06"))
    return recs


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("reading"), seeds=[])
    (project / "seeds" / "news.json").write_text(json.dumps(_seeds(), ensure_ascii=False), encoding="utf-8")
    r = run_build(project)
    assert r.returncode == 0, r.stderr
    return project / "site"


# Each ISO date of the page (in a <time>) whose first digit is drawn to the
# right of its last: a date that reads backwards (06-08-2015).
BACKWARDS = """() => [...document.querySelectorAll('article time')].filter(t => {
  const n = t.firstChild; if (!n || !/^\\d{4}-\\d\\d(-\\d\\d)?$/.test(n.data)) return false;
  const r = i => { const g = document.createRange(); g.setStart(n, i); g.setEnd(n, i + 1); return g.getBoundingClientRect(); };
  return r(0).left > r(n.data.length - 1).left;
}).map(t => t.textContent)"""


def test_a_date_after_arabic_words_reads_as_written(site, page):
    pages = [p.relative_to(site).as_posix() for folder in ("outlets", "actors", "months", "stories")
             for p in sorted((site / folder).glob("*.html")) if p.name != "index.html"]
    with static_server(site) as base:
        checked = 0
        for rel in pages:
            page.goto(f"{base}/{rel}")
            checked += page.locator("article time").count()
            assert page.evaluate(BACKWARDS) == [], rel
    assert checked > 10


def test_a_day_or_month_in_a_title_is_named_in_arabic(site):
    front = (site / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2015-08-07">7 أغسطس 2015</time>' in front
    day = (site / "days" / "2015-08-05.html").read_text(encoding="utf-8")
    assert "<title>أخبار 5 أغسطس 2015" in day and "أخبار 2015-08-05" not in day
    month = (site / "months" / "2015-08.html").read_text(encoding="utf-8")
    assert "الشهر: أغسطس 2015" in month and "الشهر: 2015-08" not in month
    months = (site / "months" / "index.html").read_text(encoding="utf-8")
    assert "أغسطس 2015" in months and "بلا تاريخ" in months and ">undated<" not in months


def test_an_outlets_page_does_not_name_it_on_every_line(site, page):
    with static_server(site) as base:
        page.goto(f"{base}/outlets/index.html")
        page.locator("article a", has_text="عكاظ").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == "المصدر: عكاظ"
        lines = page.locator("article li").all_inner_texts()
        assert len(lines) == 3 and not any("عكاظ" in line for line in lines), lines


def test_counts_agree_with_their_noun(site, page):
    with static_server(site) as base:
        page.goto(f"{base}/archive/index.html")
        intro = page.locator(".bf-intro, article p").first.inner_text()
        assert intro.startswith("7 موجزات،"), intro  # not "7 موجزاً"
        story = next(p for p in sorted((site / "stories").glob("*.html")))
        page.goto(f"{base}/stories/{story.name}")
        meta = page.locator("article .bf-meta").first.inner_text()
        assert re.search(r"مقالان|\d+ مقالات", meta), meta
        assert "مقالاً" not in meta


def test_money_shows_its_currency_by_name(site, page):
    with static_server(site) as base:
        briefing = next(p for p in (site / "briefings").glob("*.html") if "ميناء ينبع" in p.read_text(encoding="utf-8"))
        page.goto(f"{base}/briefings/{briefing.name}")
        units = page.locator(".bf-figures tbody td:nth-child(4)").all_inner_texts()
        assert "ريال سعودي" in units and "SAR" not in units, units
        values = page.locator(".bf-figures tbody td:nth-child(3)").all_inner_texts()
        assert "1438" in values and "1,438" not in values, values  # a year is not grouped as a number
        page.goto(f"{base}/figures/money.html")
        text = page.locator("article").inner_text()
        assert "دولار أمريكي" in text and "ريال سعودي" in text
        assert not re.search(r"\b(USD|SAR)\b", text), text


def test_an_actors_table_has_no_column_empty_in_every_row(site, page):
    with static_server(site) as base:
        checked = 0
        for p in sorted((site / "briefings").glob("*.html")):
            page.goto(f"{base}/briefings/{p.name}")
            if not page.locator(".bf-actors").count():
                continue
            heads = page.locator(".bf-actors thead th").all_inner_texts()
            cells = page.locator(".bf-actors tbody tr").evaluate_all(
                "rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()))")
            assert all(len(r) == len(heads) for r in cells), p.name
            empty = [h for i, h in enumerate(heads) if not any(r[i] for r in cells)]
            assert empty == [], (p.name, empty)
            checked += 1
    assert checked >= 3


def test_search_results_have_no_more_button_with_nothing_more(site, page):
    with static_server(site) as base:
        page.goto(f"{base}/search.html?q={quote('ينبع')}")
        page.locator(".bf-search__item").first.wait_for(timeout=15000)
        assert page.locator(".bf-search__item").count() == 1
        assert not page.locator(".bf-search__more").is_visible()
        kinds = page.locator(".bf-search__filter option").all_inner_texts()
        assert "مؤسسة" not in kinds  # the actor pages say منظمة


def test_the_hand_written_pages_credit_the_theme_in_arabic(site, page):
    with static_server(site) as base:
        page.goto(f"{base}/about.html")
        footer = page.locator(".md-copyright").inner_text()
        assert "صُنع باستخدام" in footer and "Made with" not in footer


def test_the_same_words_said_again_are_one_quote_with_both_sentences(site, page):
    briefing = next(p for p in (site / "briefings").glob("*.html") if "قضية ثانية" in p.read_text(encoding="utf-8"))
    with static_server(site) as base:
        page.goto(f"{base}/briefings/{briefing.name}")
        quotes = page.locator(".bf-quotes .bf-quote")
        assert quotes.count() == 1
        links = quotes.first.locator("footer a.bf-ev").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert links == ["#s-1", "#s-3"], links


def test_a_missing_page_says_so_in_arabic(site, page):
    with static_server(site) as base:
        r = page.goto(f"{base}/404.html")
        assert r.status == 200
        heading = page.locator("article h1").inner_text()
        assert "الصفحة غير موجودة" in heading and "Not found" not in page.locator("article").inner_text()


def test_a_relative_date_keeps_its_mark_beside_it(site):
    text = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"</time>(&nbsp;|\xa0)~", text) and not re.search(r"</time> ~", text)


def test_a_story_figure_says_what_its_columns_hold():
    figure = {"kind": "year", "unit": "", "disagree": True, "vals": [
        {"text": "1436/1437هـ", "value": 1436, "value_max": 1437, "outlets": ["عكاظ"],
         "sources": [{"outlet": "عكاظ", "published": "2015-08-06", "href": "../briefings/a.html#s-1"}]}]}
    story = {"headline": "عنوان", "summary": [], "count": 2, "outlets": ["عكاظ"], "first": "2015-08-06", "last": "2015-08-06",
             "figures": [figure], "speakers": [], "actors": [], "chart": "", "days": [], "members": [], "more_members": 0}
    text = Renderer(ROOT / "templates").render("story.md.j2", {"s": story, "prefix": "../"})
    assert "<th>القيمة (سنة)</th><th>المصادر</th>" in text
    assert "<td>1436 – 1437</td>" in text and "1,436" not in text


def test_count_noun_follows_arabic_agreement():
    assert [count_noun(n, "مقال") for n in (1, 2, 3, 10, 11, 99, 100, 103, 111)] == [
        "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالاً", "99 مقالاً", "100 مقال", "103 مقالات", "111 مقالاً"]
    assert count_noun(2, "موجز") == "موجزان" and count_noun(1200, "موجز") == "1,200 موجز"


def test_dates_and_currencies_by_name():
    assert day_name("2015-08-06") == "6 أغسطس 2015" and day_name("2015-12") == "ديسمبر 2015"
    assert day_name("2015") == "2015" and month_name("2015-13") == "2015-13"
    assert currency_name("USD") == "دولار أمريكي" and currency_name("EUR") == "يورو"
    assert currency_name("KWD") == "دينار كويتي" and currency_name("XYZ") == "XYZ"


def test_one_bar_is_no_chart():
    assert str(bars([("2015-08-06", 38)], "عدد الموجزات في كل يوم")) == ""
    assert "<rect" in str(bars([("2015-08-05", 3), ("2015-08-06", 38)], "عدد الموجزات في كل يوم"))


def test_a_person_named_two_ways_in_a_story_is_one_line():
    found = [
        {"id": "p-1", "name": "فهد بن سلطان بن عبدالعزيز آل سعود", "type": "person", "titles": ["أمير منطقة تبوك"],
         "articles": ["a", "b"]},
        {"id": "p-2", "name": "فهد بن سلطان بن عبدالعزيز", "type": "person", "titles": ["الأمير"], "articles": ["b", "c"]},
        # two actors of one briefing each, named in the same sentence: two lines
        {"id": "p-3", "name": "ماجد الحربي", "type": "person", "titles": [], "articles": ["a"]},
        {"id": "p-4", "name": "هند الحربي", "type": "person", "titles": [], "articles": ["a"]},
    ]
    homes = {"فهد بن سلطان بن عبدالعزيز آل سعود": "actors/more-x.md#p-1", "فهد بن سلطان بن عبدالعزيز": "actors/more-x.md#p-1",
             "ماجد الحربي": "briefings/a.md#s-2", "هند الحربي": "briefings/a.md#s-2"}
    lines = _story_actors(found, homes)
    assert [(a["name"], a["articles"]) for a in lines] == [
        ("فهد بن سلطان بن عبدالعزيز آل سعود", 3), ("ماجد الحربي", 1), ("هند الحربي", 1)]
    assert lines[0]["titles"] == ["أمير منطقة تبوك", "الأمير"] and lines[0]["href"] == "../actors/more-x.html#p-1"


# For each row of a story's figures side by side, the space between the
# text of a cell and of the next (to its left, right to left): cells that
# ran together read «45.92 دولارًا45.92».
CELL_GAPS = """() => [...document.querySelectorAll('table.bf-side tr')].flatMap(tr => {
  const text = c => { const g = document.createRange(); g.selectNodeContents(c); return g.getBoundingClientRect(); };
  const cells = [...tr.children];
  return cells.slice(1).map((c, i) => text(cells[i]).left - text(c).right);
})"""


def test_a_storys_figures_side_by_side_keep_their_cells_apart(site, page):
    stories = [p for p in sorted((site / "stories").glob("s-*.html")) if 'class="bf-side"' in p.read_text(encoding="utf-8")]
    assert stories
    with static_server(site) as base:
        page.goto(f"{base}/stories/{stories[0].name}")
        gaps = page.evaluate(CELL_GAPS)
    assert len(gaps) >= 6 and min(gaps) >= 8, gaps
