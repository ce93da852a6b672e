"""A rebuild renders only what changed (MkDocs' dirty build), and the site
it leaves is the very site a cold build makes: after an edit, an addition
and a removal, byte for byte."""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

from conftest import copy_project, run_build

from briefings.site.dirty import built_site, can_build_dirty, site_fingerprint, stamp_text
from briefings.site.pages import OWN_PAGE

HEALTH = "مستشفى جديد في {city}\n\nأعلن وزير الصحة السعودي توفيق الربيعة اليوم في {city} افتتاح مستشفى جديد بسعة {beds} سرير."
CITIES = ["الرياض", "جدة", "الدمام", "الطائف", "تبوك", "حائل", "أبها", "نجران"]
# the minister is in one briefing fewer than an actor page of his own takes;
# the last article gives him one, and the tag chips of the others lead to it
ARTICLES = {f"h{i}.txt": HEALTH.format(city=c, beds=100 + 10 * i) for i, c in enumerate(CITIES[: OWN_PAGE - 1])}
ARTICLES["rain.txt"] = "أمطار على أبها\n\nهطلت أمطار غزيرة على مدينة أبها أمس وأغلقت الطرق المؤدية إلى السودة."
ADDED = HEALTH.format(city=CITIES[OWN_PAGE - 1], beds=400)


def tree(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_dirty_rebuilds_equal_a_cold_build(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the sitemap's dates and gzip header
    project = copy_project(tmp_path / "p", seeds=[])
    for name, text in ARTICLES.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    assert run_build(project).returncode == 0
    # the theme's compiled templates are kept for the next one-off build
    assert list((project / ".briefings-cache" / "jinja").rglob("__jinja2_*.cache"))
    site = project / "site"
    first = site / "briefings" / "h0.html"
    first_md = project / "docs" / "briefings" / "h0.md"
    untouched = site / "briefings" / "rain.html"
    before = (first.read_text(encoding="utf-8"), first_md.stat().st_mtime_ns, untouched.stat().st_mtime_ns)
    minister = "توفيق الربيعة"
    # in too few briefings: a section of a shared page
    assert re.search(rf'href="../actors/more-[\w-]+\.html#p-[0-9a-f]+">{minister}<', before[0])

    # an addition
    (project / "seeds" / "added.txt").write_text(ADDED, encoding="utf-8")
    r = run_build(project)
    assert r.returncode == 0, r.stderr
    assert "dirty" not in r.stderr.lower()  # MkDocs' warning is for builds that can go wrong; this one cannot
    assert untouched.stat().st_mtime_ns == before[2]  # not rendered again
    # the chip now leads to the minister's own page, though the page's Markdown is the same
    assert first_md.read_text(encoding="utf-8") and first_md.stat().st_mtime_ns > before[1]
    assert re.search(rf'href="../actors/p-[0-9a-f]+\.html">{minister}<', first.read_text(encoding="utf-8"))

    # an edit
    edited = ARTICLES["h1.txt"].replace("110", "260")
    (project / "seeds" / "h1.txt").write_text(edited, encoding="utf-8")
    assert run_build(project).returncode == 0
    assert "260" in (site / "briefings" / "h1.html").read_text(encoding="utf-8")
    assert untouched.stat().st_mtime_ns == before[2]

    # a removal: its page, its download and whatever else it alone made go
    (project / "seeds" / "rain.txt").unlink()
    assert run_build(project).returncode == 0
    assert not untouched.exists() and not (site / "briefings" / "rain.json.gz").exists()

    # the same project built cold
    cold = tmp_path / "cold"
    shutil.copytree(project, cold, ignore=shutil.ignore_patterns("site", "site-fingerprint"))
    r = run_build(cold)
    assert r.returncode == 0, r.stderr
    assert tree(site) == tree(cold / "site")
    _, mismatch, errors = filecmp.cmpfiles(site, cold / "site", sorted(tree(site)), shallow=False)
    assert mismatch == [] and errors == []


def test_what_every_page_depends_on_is_in_the_fingerprint(tmp_path):
    project = copy_project(tmp_path / "p", seeds=[])
    config, docs, site = project / "mkdocs.yml", project / "docs", project / "site"
    first = site_fingerprint(config, docs, site)
    (docs / "briefings").mkdir()
    (docs / "briefings" / "x.md").write_text("# x\n", encoding="utf-8")
    (docs / "index.md").write_text("# home\n", encoding="utf-8")
    assert site_fingerprint(config, docs, site) == first  # generated pages are each their own
    assert site_fingerprint(config, docs, project / "elsewhere") != first  # another site/ is not this one
    (docs / "contact.md").write_text("# contact\n", encoding="utf-8")
    second = site_fingerprint(config, docs, site)
    assert second != first  # a hand-written page: the navigation may change
    config.write_text(config.read_text(encoding="utf-8").replace("site_name:", "site_name: x"), encoding="utf-8")
    assert site_fingerprint(config, docs, site) not in (first, second)


def test_a_serving_process_starts_from_the_built_site_only_while_it_is_current(tmp_path):
    project = copy_project(tmp_path / "p", seeds=[])
    config, docs, site = project / "mkdocs.yml", project / "docs", project / "site"
    site.mkdir()
    stamp = project / "site-fingerprint"
    fingerprint = f"{site_fingerprint(config, docs, site)} mkdocs"
    stamp.write_text(stamp_text(fingerprint, site, "https://example.org/news/"), encoding="utf-8")
    assert can_build_dirty(stamp, fingerprint, site)
    assert not can_build_dirty(stamp, fingerprint, project / "elsewhere")
    assert built_site(stamp, config, docs, "mkdocs") == (site.resolve(), "https://example.org/news/")
    assert built_site(stamp, config, docs, "properdocs") is None  # another engine built it
    (docs / "contact.md").write_text("# contact\n", encoding="utf-8")
    assert built_site(stamp, config, docs, "mkdocs") is None  # the navigation may have changed
    stamp.write_text(fingerprint, encoding="utf-8")  # a stamp of older code
    assert built_site(stamp, config, docs, "mkdocs") is None and not can_build_dirty(stamp, fingerprint, site)


def test_the_hand_written_files_are_those_a_whole_walk_finds(tmp_path):
    """The fingerprint's walk skips the generated folders; it lists what a
    walk of every file, filtered, lists, in the same order."""
    from briefings.site.dirty import _hand_written
    from briefings.site.paths import FONT_DIR, GENERATED_DIRS, ROOT_FILES

    docs = tmp_path / "docs"
    for rel in ["index.md", "feed-briefings.xml", "feed-stories.xml", "feed.xml", "contact.md", "a/b/c.md", "assets/x.css", "assets/fonts/f.woff2", "assets/fontsy.css",
                "briefings/x.md", "actors/p/q.md", "index.mdx", "Z.md", "a/B.md", ".hidden/h.md", "archived/x.md"]:
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("x", encoding="utf-8")
    generated = (*(f"{d}/" for d in (*GENERATED_DIRS, FONT_DIR)), *ROOT_FILES)
    whole = [p.relative_to(docs).as_posix() for p in sorted(docs.rglob("*"))
             if p.is_file() and not p.relative_to(docs).as_posix().startswith(generated)]
    assert "contact.md" in whole and "assets/x.css" in whole and "archived/x.md" in whole and "feed.xml" in whole
    assert "feed-briefings.xml" not in whole  # the feeds are generated, at the root
    assert _hand_written(docs) == whole


def test_settled_modified_answers_as_mkdocs_does_until_forgotten(tmp_path):
    """`settle_modified` answers once what `File.is_modified` answers (an
    output missing, older, newer, a folder in its place; a file made in
    memory), and a forgotten file asks the file system again."""
    import os

    from mkdocs.structure.files import File

    from briefings.site.dirty import forget_modified, settle_modified

    docs, site = tmp_path / "docs", tmp_path / "site"
    docs.mkdir()
    site.mkdir()
    for name in ("missing.md", "older.md", "newer.md", "folder.md", "data.json"):
        (docs / name).write_text(name, encoding="utf-8")
        os.utime(docs / name, (1_000_000, 1_000_000))
    for name, when in (("older.html", 999_000), ("newer.html", 1_001_000), ("data.json", 1_000_000)):
        (site / name).write_text("out", encoding="utf-8")
        os.utime(site / name, (when, when))
    (site / "folder.html").mkdir()
    files = [File(n, str(docs), str(site), False) for n in ("missing.md", "older.md", "newer.md", "folder.md", "data.json")]
    made = File("made.md", str(docs), str(site), False)
    made.content_string = "made"  # a file a plugin made in memory
    expected = [f.is_modified() for f in files]
    assert expected == [True, True, False, True, False]
    settled = settle_modified([*files, made])
    assert made not in settled and made.is_modified()
    assert [f.is_modified() for f in files] == expected
    os.utime(docs / "newer.md", (1_002_000, 1_002_000))  # settled: the answer of the build's start
    assert not files[2].is_modified()
    forget_modified(settled)
    assert files[2].is_modified()
