"""A site partitioned by year (`briefings build --partition year`) against
the single build of the same articles: every briefing page is there, in
its year's folder, with the same content once links are mapped; one search
from any partition finds briefings of every partition; an edit rebuilds
only its partition; and the partitions build on a two-worker Dask
LocalCluster as they do in local processes.

The mapping of links: a briefing page `briefings/<id>.html` of the single
site is `<year>/briefings/<id>.html` of the partitioned one (a relative
link from one briefing to its own files, its full text or its sentences is
the same text); a tag chip leads to the actor's page of its partition,
which is not the single site's (an actor's page lists the briefings of
its partition only, and may be a shared page there): a chip is compared
by its label, and its link must lead to a page of the partition that
names the actor."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from articles import records
from conftest import briefings_of, copy_project, run_build, static_server

from briefings.site.partition import part_of

ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
CHIP = re.compile(r'<a class="(md-tag[^"]*)" href="([^"]*)">([^<]*)</a>')


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The same 60 articles (over several years) built whole and by year,
    a file each (a briefing names its input file's hash: an edit of one
    file changes the briefings of that file alone)."""
    base = tmp_path_factory.mktemp("partition")
    arts = records(60, seed=4)
    single = copy_project(base / "single", seeds=[])
    parted = copy_project(base / "parted", seeds=[])
    for project in (single, parted):
        for n, a in enumerate(arts):
            (project / "seeds" / f"news-{n:02d}.json").write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
    r = run_build(single)
    assert r.returncode == 0, r.stderr
    r = run_build(parted, "--partition", "year")
    assert r.returncode == 0, r.stderr
    return single, parted


def _content(html: str, page: Path) -> tuple[str, list[str]]:
    """A page's article with each tag chip's link replaced by its label;
    and where the chips led (as files)."""
    article = ARTICLE.search(html).group(0)
    targets = [str((page.parent / m.group(2).split("#")[0]).resolve()) for m in CHIP.finditer(article)]
    return CHIP.sub(lambda m: f'<a class="{m.group(1)}" href="actor:{m.group(3)}">{m.group(3)}</a>', article), targets


def test_partitioned_build_equals_the_single_build_page_for_page(sites):
    single, parted = sites
    briefings = briefings_of(single / "site" / "briefings")
    years = {b["id"]: part_of(b["source"]["published"], "year") for b in briefings.values()}
    assert len(set(years.values())) >= 3  # the articles span several years
    pages = sorted((single / "site" / "briefings").glob("*.html"))
    assert len(pages) == 60
    moved = sorted(p.relative_to(parted / "site").as_posix() for p in (parted / "site").glob("*/briefings/*.html"))
    assert moved == sorted(f"{years[p.stem]}/briefings/{p.name}" for p in pages)
    chips = 0
    for p in pages:
        there = parted / "site" / years[p.stem] / "briefings" / p.name
        want, _ = _content(p.read_text(encoding="utf-8"), p)
        got, targets = _content(there.read_text(encoding="utf-8"), there)
        assert got == want, p.name
        # the data offered for download is the same, byte for byte
        gz = p.with_suffix(".json.gz")
        assert (there.parent / gz.name).read_bytes() == gz.read_bytes()
        for t, label in zip(targets, re.findall(r'href="actor:[^"]*">([^<]*)<', got), strict=True):
            assert t.startswith(str((parted / "site" / years[p.stem]).resolve()) + "/"), t
            assert label in Path(t).read_text(encoding="utf-8"), (p.name, label)
            chips += 1
    assert chips >= 30


def test_the_top_level_links_every_partition_and_actors_across_them(sites):
    _, parted = sites
    site = parted / "site"
    top = (site / "index.html").read_text(encoding="utf-8")
    parts = sorted(p.parent.name for p in site.glob("*/briefings"))
    for key in parts:
        assert f'href="{key}/index.html"' in top
        assert (site / key / "index.html").is_file()
    actors = (site / "actors" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="\.\./(\d{4})/(actors/[^"#]+)', actors)
    assert links, "no actor links into partitions"
    assert len({y for y, _ in links}) >= 2
    for year, path in links:
        assert (site / year / path).is_file(), (year, path)


def test_one_search_from_a_partition_finds_briefings_of_every_partition(sites, page):
    _, parted = sites
    site = parted / "site"
    assert not (site / "2015" / "assets" / "search").exists()  # a partition has no index of its own
    first = sorted(site.glob("*/briefings/*.html"))[0]
    with static_server(site) as base:
        page.goto(f"{base}/{first.relative_to(site).as_posix()}")
        page.wait_for_function("typeof window.briefingsSearch === 'function'")
        # the verbs of the composed titles: results from every year
        found = page.evaluate("""Promise.all(['يفتتح', 'يدشن', 'يطلق'].map(q => briefingsSearch(q, {limit: 100})))
            .then(rs => rs.flatMap(r => r.hits.map(h => (h.part || '') + 'briefings/' + h.id)))""")
        assert found and all((site / f"{f}.html").is_file() for f in found), found
        assert len({f.split("/")[0] for f in found}) >= 3
        # and the panel's links lead there from a partition's page
        title = re.search(r"<h1[^>]*>([^<]+)</h1>", first.read_text(encoding="utf-8")).group(1).split()
        page.locator(".bf-search__input").fill(" ".join(title[:3]))
        page.locator(".bf-search__item a").first.wait_for(timeout=10_000)
        page.locator(".bf-search__item a").first.click()
        page.wait_for_load_state()
        assert re.search(r"/\d{4}/briefings/[^/]+\.html", page.url), page.url
        assert page.locator("article h1").count() == 1


def _report(project: Path) -> dict[str, dict]:
    data = json.loads((project / ".briefings-cache" / "partitions" / "report.json").read_text(encoding="utf-8"))
    return {p["part"]: p for p in data["parts"]}


def test_an_edit_rebuilds_only_its_partition_and_the_top_level(sites, tmp_path):
    single, parted = sites
    project = tmp_path / "p"
    shutil.copytree(parted, project)
    # what a single build left in site/ goes (site/ is build output)
    shutil.copytree(single / "site" / "archive", project / "site" / "archive")
    # the copy's partitions are configured anew (its own folders): all built once
    r = run_build(project, "--partition", "year")
    assert r.returncode == 0, r.stderr
    assert not (project / "site" / "archive").exists()
    edited = project / "seeds" / "news-00.json"
    art = json.loads(edited.read_text(encoding="utf-8"))
    year = part_of(art["date_extracted"], "year")
    others = {p.parent.name: (p.parent / "index.html").stat().st_mtime_ns for p in (project / "site").glob("*/briefings")}
    others.pop(year)
    art["title"] = "عنوان جديد للمقال الأول"
    edited.write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    r = run_build(project, "--partition", "year")
    assert r.returncode == 0, r.stderr
    report = _report(project)
    assert not report[year].get("unchanged") and report[year]["returncode"] == 0
    assert all(report[k].get("unchanged") for k in others), report
    assert {k: (project / "site" / k / "index.html").stat().st_mtime_ns for k in others} == others
    assert "عنوان جديد للمقال الأول" in "".join(
        p.read_text(encoding="utf-8") for p in (project / "site" / year / "briefings").glob("*.html"))
    assert "عنوان جديد للمقال الأول" in "".join(
        p.read_text(encoding="utf-8") for p in (project / "site" / "assets" / "search" / "d").glob("*.js"))


def test_partitions_build_on_a_two_worker_local_cluster(sites, tmp_path):
    from distributed import Client, LocalCluster

    _, parted = sites
    project = copy_project(tmp_path / "dask", seeds=sorted((parted / "seeds").iterdir()))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        workers = set(client.run(lambda: __import__("os").getpid()).values())
        r = run_build(project, "--partition", "year", "--scheduler", cluster.scheduler_address)
    assert r.returncode == 0, r.stderr
    report = _report(project)
    assert len(report) >= 3 and {p["pid"] for p in report.values()} <= workers, (report, workers)
    assert len({p["pid"] for p in report.values()}) == 2  # both workers took partitions
    local = {p.relative_to(parted / "site"): p.read_bytes() for p in (parted / "site").glob("*/briefings/*")}
    remote = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").glob("*/briefings/*")}
    assert remote == local
