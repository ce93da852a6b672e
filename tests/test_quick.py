"""A serving process's quick pass (site/quick.py): the pages of the
briefings that changed, written before the full generation, as that
generation writes them; and the full generation after it leaves docs/ as
a generation from nothing does, even when the edit was undone between
the two."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import copy_project

from briefings.run import Report
from briefings.site import Options, ServeState, generate
from briefings.site.quick import changed_pages

ROOT = Path(__file__).resolve().parent.parent
RAIN = "أمطار على أبها\n\nهطلت أمطار غزيرة على مدينة أبها أمس وأغلقت الطرق المؤدية إلى السودة."
BRIDGE = "افتتاح جسر\n\nأعلنت وزارة النقل اليوم افتتاح جسر جديد في المدينة المنورة بطول 12 كيلومترا."
ADDED = "\n\nوقال مدير الدفاع المدني إن فرق الإنقاذ فتحت طريق الخزامى صباح اليوم."


def _docs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _opts(tmp_path: Path, at: str) -> Options:
    return Options(inputs=[tmp_path / "seeds"], cache_dir=tmp_path / at / "cache", docs_dir=tmp_path / at / "docs",
                   templates_dir=ROOT / "templates")


def _fresh(tmp_path: Path, name: str) -> dict[str, bytes]:
    generate(_opts(tmp_path, name), jobs=1)
    return _docs(tmp_path / name / "docs")


def test_the_quick_pass_writes_what_the_full_generation_writes(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "rain.txt").write_text(RAIN, encoding="utf-8")
    (seeds / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    warm, state = _opts(tmp_path, "warm"), ServeState()
    generate(warm, jobs=1, shortcut=False, state=state)
    before = _docs(warm.docs_dir)

    (seeds / "rain.txt").write_text(RAIN + ADDED, encoding="utf-8")
    written = changed_pages(warm, state, Report(), jobs=1)
    names = sorted(p.name for p in written)
    assert names == ["rain.json.gz", "rain.md"]  # the other briefing's pages are not touched
    assert "الخزامى" in (warm.docs_dir / "briefings" / "rain.md").read_text(encoding="utf-8")
    quick = _docs(warm.docs_dir)
    generate(warm, jobs=1, state=state)
    full = _docs(warm.docs_dir)
    # the briefing's files are what the full generation writes
    for rel in ("briefings/rain.md", "briefings/rain.json.gz"):
        assert quick[rel] == full[rel]
    assert full == _fresh(tmp_path, "fresh-edited")

    # nothing changed since: no page to show first
    assert changed_pages(warm, state, Report(), jobs=1) == []

    # an edit undone before the full generation ran: the pages the quick
    # pass wrote are not kept on the manifest's word
    (seeds / "rain.txt").write_text(RAIN + ADDED + ADDED.replace("الخزامى", "العرفج"), encoding="utf-8")
    assert changed_pages(warm, state, Report(), jobs=1)
    (seeds / "rain.txt").write_text(RAIN + ADDED, encoding="utf-8")
    generate(warm, jobs=1, state=state)
    assert _docs(warm.docs_dir) == full
    assert before != full


@pytest.fixture
def mkdocs_serving(tmp_path):
    """A project built in this process as `mkdocs serve --dirty` builds
    it: one plugin instance across builds (MkDocs keeps it between the
    configurations it loads), emptied again after the test."""
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    cache = MkDocsConfig.plugins.plugin_cache
    cache.clear()
    project = copy_project(tmp_path / "p", seeds=[])

    def config():
        return load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))

    try:
        yield project, tmp_path / "site", config
    finally:
        cache.clear()


def _chips(html: str) -> list[str]:
    return re.findall(r'class="md-tag"[^>]*>([^<]*)<', html)


def test_a_quick_page_whose_edit_drops_every_tag_shows_none(mkdocs_serving):
    """Material's tags plugin keeps each page's tags from the build that
    read it and replaces them only when the page still has some: the
    quick pass renders with the last build's plugins, so a page edited to
    name no actor kept the chips of its old actors, and the full build
    after it (the page's Markdown unchanged since) did not render it again."""
    from mkdocs.commands.build import build

    project, site, config = mkdocs_serving
    seed = project / "seeds" / "rain.txt"
    seed.write_text("أمطار على أبها\n\nقال مدير الدفاع المدني اللواء سليمان العمرو إن أمطارا غزيرة هطلت على أبها أمس.\n",
                    encoding="utf-8")
    (project / "seeds" / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    first = config()
    first.plugins.on_startup(command="serve", dirty=True)
    build(first, dirty=True)
    plugin = first.plugins["briefings"]
    page = site / "briefings" / "rain.html"
    assert "سليمان العمرو" in _chips(page.read_text(encoding="utf-8"))

    seed.write_text("أمطار غزيرة\n\nهطلت أمطار غزيرة أمس وأغلقت الطرق لساعات.\n", encoding="utf-8")
    assert plugin._quick(plugin._built)
    assert "لساعات" in page.read_text(encoding="utf-8")
    assert _chips(page.read_text(encoding="utf-8")) == []
    again = config()
    assert again.plugins["briefings"] is plugin
    build(again, dirty=True)
    assert _chips(page.read_text(encoding="utf-8")) == []
    assert _chips((site / "briefings" / "bridge.html").read_text(encoding="utf-8"))  # the other page keeps its own
