"""The search box as a reader uses it, in Chromium: results from the second
letter, the matched words marked in what is shown, outlets by their
names, filters by outlet, month and kind of actor, `/` and the arrow keys,
the number of results, and a results page a query in the URL opens."""

from __future__ import annotations

import gzip
import json
from urllib.parse import quote

import pytest
from conftest import copy_project, run_build, static_server

# Our own articles, as a SaudiNewsNet archive gives them (source ids, not
# outlet names). سالم is a minister's name in one and a plain word in
# another; لمغادرة is written with its clitic only.
RECORDS = [
    {"source": "aawsat", "date_extracted": "2015-07-21 09:00:00", "title": "وزير المالية يعلن خفض الإنفاق",
     "content": "قال وزير المالية الكويتي سالم العتيبي إن الحكومة ستخفض الإنفاق على المشاريع الجديدة هذا العام. "
                "وأضاف العتيبي أن العجز سيتراجع إلى النصف خلال عامين."},
    {"source": "okaz", "date_extracted": "2015-08-03 10:00:00", "title": "عودة السفينة إلى ميناء جدة",
     "content": "وصلت السفينة إلى ميناء جدة الإسلامي بشكل سالم بعد العاصفة التي ضربت البحر الأحمر. "
                "ودعت السلطات المسافرين لمغادرة الرصيف قبل وصول الأمطار الغزيرة مساء الخميس."},
    {"source": "sabq", "date_extracted": "2015-08-05 08:00:00", "title": "افتتاح معرض للكتاب في تبوك",
     "content": "افتتح أمير منطقة تبوك معرضا للكتاب يشارك فيه مئة ناشر من عشرين دولة عربية. "
                "ويستمر المعرض عشرة أيام بحسب اللجنة المنظمة."},
]
MINISTER, SHIP, BOOKS = "minister", "ship", "books"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("search-ui")
    seeds = root / "in"
    seeds.mkdir()
    for name, rec in zip((MINISTER, SHIP, BOOKS), RECORDS, strict=True):
        (seeds / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    project = copy_project(root / "project", seeds=sorted(seeds.iterdir()))
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    with static_server(project / "site") as base:
        yield base, project


def named(project, kind: str, word: str) -> list[str]:
    """The briefings with an actor of this kind whose name holds the word."""
    out = []
    for f in sorted((project / "docs" / "briefings").glob("*.json*")):
        data = f.read_bytes()
        b = json.loads(gzip.decompress(data) if f.suffix == ".gz" else data)
        if any(a["type"] == kind and word in a["name"].split() for a in b["actors"]):
            out.append(b["id"])
    return sorted(out)


def ids(page) -> list[str]:
    hrefs = page.locator(".bf-search__item a").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    return [h.rsplit("/", 1)[-1].split(".html")[0].removesuffix("-text") for h in hrefs]


def open_home(page, base: str) -> None:
    page.goto(f"{base}/index.html")
    page.wait_for_function("typeof window.briefingsSearch === 'function'")


def test_results_come_from_the_second_letter_with_the_words_marked(site, page):
    base, _ = site
    open_home(page, base)
    box = page.locator(".bf-search__input")
    box.click()
    page.keyboard.type("مغ")  # the beginning of لمغادرة's word, typed
    # each key may start a search (and, on a loaded machine, show its
    # results): wait until the panel shows the query typed so far
    shown = "q => document.querySelector('.bf-search__panel').dataset.q === q"
    page.wait_for_function(shown, arg="مغ", timeout=10_000)
    assert ids(page) == [SHIP]
    page.keyboard.type("ادرة")
    page.wait_for_function(shown, arg="مغادرة", timeout=10_000)
    # its snippet is the matched sentence once fetched (the summary stands in before)
    page.wait_for_function("document.querySelector('.bf-search__snippet mark')", timeout=10_000)
    marks = page.locator(".bf-search__snippet mark").all_inner_texts()
    assert marks == ["لمغادرة"], marks  # the word as the article writes it, clitic and all
    assert "المسافرين" in page.locator(".bf-search__snippet").first.inner_text()
    assert page.locator(".bf-search__meta").inner_text().startswith("نتيجة واحدة")


def test_outlets_are_shown_by_name_and_the_count_is_every_result(site, page):
    base, _ = site
    open_home(page, base)
    page.locator(".bf-search__input").fill("سالم")
    page.locator(".bf-search__item").nth(1).wait_for(timeout=10_000)
    assert sorted(ids(page)) == sorted([MINISTER, SHIP])
    info = " ".join(page.locator(".bf-search__info").all_inner_texts())
    assert "الشرق الأوسط" in info and "عكاظ" in info, info
    assert "aawsat" not in info and "okaz" not in info
    assert page.locator(".bf-search__meta").inner_text().startswith("نتيجتان")
    # the minister, a person, comes first: his name weighs more than a word of the text
    assert ids(page)[0] == MINISTER


def test_slash_focuses_the_box_and_arrows_move_through_the_results(site, page):
    base, _ = site
    open_home(page, base)
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('bf-search__input')")
    assert page.locator(".bf-search__input").input_value() == ""  # the slash is not typed
    page.keyboard.type("سالم")
    page.locator(".bf-search__item").nth(1).wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    active = page.locator(".bf-search__item--active")
    assert active.count() == 1
    assert active.get_attribute("aria-selected") == "true"
    want = ids(page)[1]
    assert page.locator(".bf-search__item").nth(1).get_attribute("class").endswith("--active")
    page.keyboard.press("ArrowUp")
    assert ids(page)[0] in page.locator(".bf-search__item--active a").get_attribute("href")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/briefings/{want}*")


def test_enter_opens_a_results_page_that_a_link_reopens(site, page):
    base, _ = site
    open_home(page, base)
    page.locator(".bf-search__input").fill("سالم")
    page.locator(".bf-search__item").first.wait_for(timeout=10_000)
    page.locator(".bf-search__input").press("Enter")
    page.wait_for_url("**/search.html?q=*")
    page.locator("#bf-results .bf-search__item").nth(1).wait_for(timeout=10_000)
    assert page.locator("#bf-results .bf-search__meta").inner_text().startswith("نتيجتان")
    linked = page.url
    page.goto(f"{base}/index.html")
    page.goto(linked)
    page.locator("#bf-results .bf-search__item").nth(1).wait_for(timeout=10_000)
    assert sorted(ids(page.locator("#bf-results"))) == sorted([MINISTER, SHIP])


@pytest.mark.parametrize("where", ["http", "file"])
def test_filters_by_outlet_month_and_kind_of_actor(site, page, where):
    base, project = site
    results = f"{base}/search.html" if where == "http" else (project / "site" / "search.html").as_uri()

    def shown(query: str) -> list[str]:
        page.goto(f"{results}?{query}")
        page.wait_for_function("document.querySelector('#bf-results .bf-search__meta')?.textContent")
        return sorted(ids(page.locator("#bf-results")))

    assert shown(f"q={quote('سالم')}") == sorted([MINISTER, SHIP])
    assert shown(f"q={quote('سالم')}&outlet={quote('الشرق الأوسط')}") == [MINISTER]
    assert shown(f"q={quote('سالم')}&month=2015-08") == [SHIP]
    # the kind filter keeps the briefings where the word is in the name of
    # an actor of that kind, as extraction found them
    people, places = named(project, "person", "سالم"), named(project, "place", "سالم")
    assert MINISTER in people
    assert shown(f"q={quote('سالم')}&kind=person") == people
    assert shown(f"q={quote('سالم')}&kind=place") == places
    if not places:
        assert page.locator("#bf-results .bf-search__meta").inner_text() == "لا نتائج"
    # chosen on the page, a filter narrows the results and the address keeps it
    shown(f"q={quote('سالم')}")
    page.locator("#bf-results select[name=outlet]").select_option("عكاظ")
    page.wait_for_function("document.querySelectorAll('#bf-results .bf-search__item').length === 1")
    assert ids(page.locator("#bf-results")) == [SHIP]
    if where == "http":
        assert "outlet=" in page.url
    months = page.locator("#bf-results select[name=month] option").all_inner_texts()
    assert len(months) == 3 and "2015" in months[1]  # every month, then all, newest first


def test_a_linked_query_works_from_a_copy_on_disk(site, page):
    _, project = site
    page.goto((project / "site" / "search.html").as_uri() + "?q=" + quote("مغادرة"))
    page.locator("#bf-results .bf-search__item").first.wait_for(timeout=10_000)
    assert ids(page.locator("#bf-results")) == [SHIP]
    # no fetch from disk: the summary stands in for the sentence, marked all the same
    page.wait_for_function("document.querySelector('#bf-results .bf-search__snippet')")
    assert page.locator("#bf-results .bf-search__meta").inner_text().startswith("نتيجة واحدة")
