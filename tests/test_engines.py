"""The same site built by each engine (MkDocs, ProperDocs, Zensical),
from the same project, passes the same browser checks: the seed's site and
one of the seed and 100 composed articles. Extraction runs once per
project (the cache); each engine builds into a folder of its own."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from articles import records
from conftest import BIN, SEED_ID, copy_project, free_port, run_build
from site_checks import check_site
from test_serve import eventually, search, stop, wait_http

ENGINES = ("mkdocs", "properdocs", "zensical")


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("engines-seed"))


@pytest.fixture(scope="module")
def corpus_project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("engines-corpus"))
    (project / "seeds" / "corpus-100.json").write_text(json.dumps(records(100, seed=3), ensure_ascii=False),
                                                        encoding="utf-8")
    return project


def build(project: Path, engine: str) -> Path:
    site = project / f"site-{engine}"
    result = run_build(project, "--engine", engine, "-d", str(site))
    assert result.returncode == 0, result.stderr
    assert "1 built" in result.stderr or " built" in result.stderr
    return site


@pytest.mark.parametrize("engine", ENGINES)
def test_seed_site(seed_project, engine, page):
    site = build(seed_project, engine)
    check_site(page, site, SEED_ID, "الأعرجي")


@pytest.mark.parametrize("engine", ENGINES)
def test_corpus_site(corpus_project, engine, page):
    site = build(corpus_project, engine)
    assert len(list((site / "briefings").glob("*.html"))) == 101
    check_site(page, site, SEED_ID, "الاعرجي")
    # every briefing's chips are links, in every engine
    pages = [p.read_text(encoding="utf-8") for p in (site / "briefings").glob("*.html")]
    assert sum('class="md-tag' in p for p in pages) > 90
    assert not any('<span class="md-tag' in p for p in pages)


def test_engines_build_the_same_pages(seed_project):
    """The same pages at the same URLs in every engine: a site moves
    between them without a broken link."""
    names = {}
    for engine in ENGINES:
        site = seed_project / f"site-{engine}"
        if not site.is_dir():
            site = build(seed_project, engine)
        names[engine] = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert names["mkdocs"] == names["properdocs"]
    # Zensical adds no page of its own beside ours, and leaves none out
    assert names["zensical"] - {"404.html"} == names["mkdocs"] - {"404.html"}


def test_an_engine_that_is_missing_says_how_to_install_it(seed_project, monkeypatch):
    import sys

    from briefings import engines

    monkeypatch.setitem(sys.modules, "zensical", None)  # as if not installed
    with pytest.raises(engines.EngineError, match=r"briefings\[zensical\]"):
        engines._use("zensical")


HARBOUR = """\
توسعة ميناء العقبة

العقبة: أعلنت شركة تطوير العقبة الأحد بدء توسعة الميناء الجنوبي بكلفة 120 مليون دينار.
"""


@pytest.mark.parametrize("engine", ENGINES)
def test_serve_shows_an_edit(tmp_path, engine, page):
    """`briefings serve --engine E`: an edited seed is regenerated and the
    engine's own server shows it, its new actor's chip a link."""
    project = copy_project(tmp_path / "p", seeds=[])
    seed = project / "seeds" / "harbour.txt"
    seed.write_text(HARBOUR, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(
        [str(BIN / "briefings"), "serve", "--engine", engine, "-a", f"127.0.0.1:{port}"],
        cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/briefings/harbour.html"
        wait_http(url, 300)
        marker = "وقال مدير الميناء سامر الحلبي إن حديقة السنديان ستفتح أمام الزوار"
        seed.write_text(HARBOUR + f"\n{marker} الشهر المقبل.\n", encoding="utf-8")
        # generous: on a loaded machine a rebuild can take a minute or more
        eventually(page, url, lambda pg: marker in pg.content()
                   and pg.locator("a.md-tag", has_text="سامر الحلبي").count() == 1, timeout=240)
        eventually(page, url, lambda pg: "harbour" in search(pg, "السنديان"), timeout=120)
    finally:
        stop(proc)


def test_a_serving_pass_finishes_a_page_in_a_later_second_than_the_engine_wrote_it(tmp_path):
    """Zensical's server answers a browser that holds a page "304 Not
    Modified" while the page's new mtime is in the same whole second as the
    one it sent: a page finished in the second the engine wrote it stayed
    unfinished in the browser (test_serve_shows_an_edit[zensical] failed so,
    1 run in 8). A serving pass leaves such a page to a later pass."""
    from briefings import engines

    project = copy_project(tmp_path / "p", seeds=[])
    cfg, plugin = engines.load("mkdocs", str(project / "mkdocs.yml"))
    site = tmp_path / "site"
    page = site / "briefings" / "a.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html>\n  <body>\n    <p>مرفأ</p>\n  </body>\n</html>\n", encoding="utf-8")
    seen: dict[Path, int] = {}
    # written "now": a stamp ahead of the clock, so that a slow run cannot
    # cross into the next second between the write and the pass
    ahead = time.time_ns() + 30 * 10**9
    os.utime(page, ns=(ahead, ahead))
    assert engines.finish_pages(plugin, cfg, site, seen) == 0
    assert page.stat().st_mtime_ns == ahead and page not in seen
    # written seconds ago: finished, in a later second than the engine's write
    before = time.time_ns() - 3 * 10**9
    os.utime(page, ns=(before, before))
    assert engines.finish_pages(plugin, cfg, site, seen) == 1
    assert page.stat().st_mtime_ns // 10**9 > before // 10**9 + 1
    assert "\n  <body>" not in page.read_text(encoding="utf-8")
    assert engines.finish_pages(plugin, cfg, site, seen) == 0  # nothing new since


def test_a_build_that_fails_in_generation_leaves_the_next_one_dirty(tmp_path):
    """The site stamp goes only when the engine starts changing site/: a
    build stopped before (here in generation: strict, an article skipped)
    left site/ as it was, and the next build renders only what changed,
    not all of it again (29 minutes at 27,000 articles)."""
    project = copy_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    assert run_build(project).returncode == 0
    page = project / "site" / "briefings" / "harbour.html"
    rendered = page.stat().st_mtime_ns
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    failed = run_build(project, "--strict")
    assert failed.returncode != 0 and "skipped" in failed.stderr
    assert page.stat().st_mtime_ns == rendered
    (project / "seeds" / "empty.txt").unlink()
    assert run_build(project).returncode == 0
    assert page.stat().st_mtime_ns == rendered  # a cold build empties site/ and renders every page
