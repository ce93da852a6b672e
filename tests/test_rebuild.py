"""A rebuild does work in proportion to what changed: an added briefing
leaves the pages that do not show it as they were, and what was computed
for the briefings that did not change is read back, not computed again."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT

from briefings.site import pages
from briefings.site.render import Renderer
from briefings.site.story_features import StoryFeatures
from briefings.stories import Collector

RENDERER = Renderer(ROOT / "templates")


def _entry(i: int, kind: str, published: str | None) -> dict:
    figure = {"kind": kind, "text": f"{i} مليون", "value": float(i), "value_max": None, "approx": "exact",
              "unit": "ريال" if kind == "money" else None, "currency": None, "date": None, "relative": False,
              "calendar": None, "sentence": 0, "context": None}
    return {"id": f"b{i:03d}", "title": f"موجز رقم {i}", "published": published, "long": False, "figures": [figure]}


def _ledger(entries: list[dict], docs: Path) -> dict[str, str]:
    made: dict[str, str] = {}
    pages._ledger_pages(entries, RENDERER, docs, lambda path, page: made.__setitem__(path.name, page.digest()))
    return made


def test_a_figure_added_changes_only_the_pages_it_is_on(tmp_path):
    rows = pages.ROWS
    entries = [_entry(i, "money" if i % 2 else "count", f"2015-07-{1 + i % 28:02d}") for i in range(4 * rows - 2)]
    before = _ledger(entries, tmp_path)
    assert {"money.md", "money-2.md", "count.md", "count-2.md", "index.md"} <= before.keys()
    # an undated briefing sorts last: its count goes on the last page of counts,
    # which has room for it (a page more would change every page's pager)
    after = _ledger([*entries, _entry(999, "count", None)], tmp_path)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"index.md", "count-2.md"}, changed


def test_story_features_are_read_back_not_computed_again(tmp_path):
    def briefing(i: int) -> dict:
        body = f"أعلنت وزارة النقل اليوم افتتاح جسر رقم {i} في المدينة المنورة بطول {i} كيلومترا."
        return {"id": f"b{i}", "title": f"جسر {i}", "body": body, "source": {"path": f"f{i}.txt", "published": "2015-07-21"},
                "summary": [], "actors": [], "quotes": [], "figures": []}

    def build(keys: list[str]) -> tuple[Collector, list[str]]:
        store = StoryFeatures(tmp_path)
        asked: list[str] = []
        c = Collector(store.known)
        for k in keys:
            c.add(lambda k=k: asked.append(k) or briefing(int(k[2:])), k)
        c.finish()
        store.save(c.computed)
        return c, asked

    first, asked = build(["aa01", "aa02", "bb03"])
    assert asked == ["aa01", "aa02", "bb03"]
    shards = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "stories").rglob("*.pickle")}
    assert set(shards) == {"aa.pickle", "bb.pickle"}
    second, asked = build(["aa01", "aa02", "bb03", "cc04"])
    assert asked == ["cc04"]  # only the new briefing is read and computed
    assert [f.id for f in second.feats[:3]] == [f.id for f in first.feats]
    assert (second.feats[0].signature == first.feats[0].signature).all()
    now = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "stories").rglob("*.pickle")}
    assert now["aa.pickle"] == shards["aa.pickle"] and now["bb.pickle"] == shards["bb.pickle"]  # not rewritten
    build(["aa01", "cc04"])  # a briefing gone: its shard is written without it
    third, asked = build(["aa01", "aa02"])
    assert asked == ["aa02"] and not list((tmp_path / "stories").rglob("bb.pickle"))
