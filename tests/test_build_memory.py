"""What a cold build holds at once (issue 17's 2 GB at 27,000 articles).

MkDocs keeps every page's Markdown and HTML from its reading pass to the
end of the build; the plugin keeps them on disk in between
(site/page_spool.py) and lets each page's go once it is written: the site
is the same as without it, byte for byte. A cold build's extraction
workers are gone before the collection grows, and the generator's word
tables before the collection pages."""

from __future__ import annotations

import filecmp
import importlib
import multiprocessing
import os
from pathlib import Path

import pytest
from conftest import copy_project
from mkdocs.commands import build as mkdocs_build

from briefings import cli
from briefings.plugin import BriefingsPlugin
from briefings.site import Options
from briefings.site.page_spool import PageSpool

generate_module = importlib.import_module("briefings.site.generate")

ARTICLES = {
    "a.txt": "افتتاح مستشفى في جدة\n\nأعلن وزير الصحة اليوم في جدة افتتاح مستشفى جديد بسعة 300 سرير.",
    "b.txt": "أمطار على أبها\n\nهطلت أمطار غزيرة على مدينة أبها أمس وأغلقت الطرق المؤدية إلى السودة.",
    "c.txt": "معرض للكتاب في الرياض\n\nافتتح في الرياض أمس معرض للكتاب تشارك فيه 500 دار نشر من 30 دولة.",
}


def test_the_spool_gives_each_page_back_once(tmp_path):
    spool = PageSpool(tmp_path / "cache")
    spool.put("a.md", "# عنوان\n", "<h1>عنوان</h1>")
    spool.put("b.md", "", "<p>نص \ud800 فيه نصف زوج</p>")  # a lone surrogate survives the file
    assert len(spool) == 2
    assert spool.take("b.md") == ("", "<p>نص \ud800 فيه نصف زوج</p>")
    assert spool.take("a.md") == ("# عنوان\n", "<h1>عنوان</h1>")
    assert spool.take("a.md") is None and spool.take("never.md") is None
    spool.close()
    assert not list((tmp_path / "cache").iterdir())  # a temporary file: nothing left behind


def _build(project, monkeypatch) -> None:
    monkeypatch.chdir(project)
    assert cli.main(["build"]) == 0


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the sitemap's dates and gzip header
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    p = copy_project(tmp_path / "p", seeds=[])
    for name, text in ARTICLES.items():
        (p / "seeds" / name).write_text(text, encoding="utf-8")
    return p


def test_pages_hold_their_text_only_while_written(project, tmp_path, monkeypatch):
    held_after_reading: list[int] = []
    held_while_writing: list[int] = []
    pages: list = []
    populate, build_page = mkdocs_build._populate_page, mkdocs_build._build_page

    def holding() -> int:
        return sum(1 for p in pages if p.content or p.markdown)

    def read(page, *a, **k):
        populate(page, *a, **k)
        pages.append(page)
        held_after_reading.append(holding())

    def write(page, *a, **k):
        build_page(page, *a, **k)
        # the page just written, and at most the one before it until the
        # next page is taken back
        held_while_writing.append(holding())
        assert page.content, "the page had its HTML back to be written"

    monkeypatch.setattr(mkdocs_build, "_populate_page", read)
    monkeypatch.setattr(mkdocs_build, "_build_page", write)
    _build(project, monkeypatch)
    assert len(pages) > len(ARTICLES)  # the briefings, the lists, the hand-written pages
    assert max(held_after_reading) == 0  # every page's text on disk once rendered
    assert max(held_while_writing) == 1
    assert not [f for f in (project / ".briefings-cache").iterdir() if f.name.startswith(".pages-")]

    # the same site as with the text kept in memory, byte for byte
    site = project / "site"
    kept = tmp_path / "kept"
    copy_project(kept, seeds=[])
    for name, text in ARTICLES.items():
        (kept / "seeds" / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(mkdocs_build, "_populate_page", populate)
    monkeypatch.setattr(mkdocs_build, "_build_page", build_page)
    monkeypatch.setattr(BriefingsPlugin, "on_page_content", lambda self, html, **k: html)
    _build(kept, monkeypatch)
    files = sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(kept / "site")) for p in (kept / "site").rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(site, kept / "site", files, shallow=False)
    assert mismatch == [] and errors == []
    assert os.path.getsize(site / "briefings" / "a.html") > 1000


def _options(project: Path) -> Options:
    return Options(inputs=[project / "seeds"], docs_dir=project / "docs", templates_dir=project / "templates",
                   cache_dir=project / ".briefings-cache")


def test_a_cold_build_extracts_first_and_lets_go_of_words(project, monkeypatch):
    workers_extracting: list[int] = []
    workers_streaming: list[int] = []
    words_at_stories: list[int] = []
    results, items, document = generate_module.results, generate_module.items, generate_module.document

    def extracting(*a, **k):
        for got in results(*a, **k):
            workers_extracting.append(len(multiprocessing.active_children()))
            yield got

    def streaming(*a, **k):
        for item in items(*a, **k):
            workers_streaming.append(len(multiprocessing.active_children()))
            yield item

    def stories(*a, **k):
        words_at_stories.append(len(generate_module.TERMS) + len(generate_module.STORY_WORD_HASHES))
        return document(*a, **k)

    monkeypatch.setattr(generate_module, "results", extracting)
    monkeypatch.setattr(generate_module, "items", streaming)
    monkeypatch.setattr(generate_module, "document", stories)
    report = generate_module.generate(_options(project), jobs=2)
    assert report.extracted == len(ARTICLES) and len(report.built) == len(ARTICLES)
    assert max(workers_extracting) > 0  # extracted by worker processes
    assert workers_streaming and max(workers_streaming) == 0  # all gone before the first briefing
    assert words_at_stories[0] > 0  # the tables were filled, then emptied for the collection pages
    assert not generate_module.TERMS and not generate_module.TOKEN_KEYS and not generate_module.STORY_WORD_HASHES

    # a rebuild extracts what is new as it streams: no second reading of every input
    (project / "seeds" / "d.txt").write_text("زيارة إلى تبوك\n\nوصل وفد رسمي إلى تبوك أمس في زيارة تستمر يومين.",
                                            encoding="utf-8")
    workers_extracting.clear()
    report = generate_module.generate(_options(project), jobs=2)
    assert report.extracted == 1 and len(report.built) == len(ARTICLES) + 1
    assert workers_extracting == []
