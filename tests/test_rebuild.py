"""A rebuild does work in proportion to what changed: an added briefing
leaves the pages that do not show it as they were, and what was computed
for the briefings that did not change is read back, not computed again."""

from __future__ import annotations

import shutil
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
    assert {"money.md", "money-1.md", "money-2.md", "count.md", "count-1.md", "count-2.md", "index.md"} <= before.keys()
    # today's figure: on the first page of counts and the newest numbered one,
    # which has room for it; the older pages hold the same rows as before
    after = _ledger([*entries, _entry(999, "count", "2015-08-01")], tmp_path)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"index.md", "count.md", "count-2.md"}, changed
    # an undated one sorts last, on a page of its own that the oldest links
    after = _ledger([*entries, _entry(999, "count", None)], tmp_path)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"index.md", "count.md", "count-1.md", "count-undated-1.md"}, changed


def _lists(entries: list[dict], docs: Path) -> dict[str, str]:
    made: dict[str, str] = {}

    def put(path: Path, page) -> None:
        made[path.relative_to(docs).as_posix()] = page.digest()

    pages._archive_pages(entries, RENDERER, docs, put)
    pages._grouped_lists(entries, RENDERER, docs, put, "months", "الشهر", lambda e: (e["published"] or "")[:7] or "undated")
    return made


def _card_entry(i: int, published: str | None) -> dict:
    return {"id": f"b{i:04d}", "title": f"موجز رقم {i}", "published": published, "outlet": None, "long": False,
            "stale": False, "summary": [f"جملة الموجز رقم {i}."]}


def test_todays_briefing_changes_the_first_and_newest_list_pages_only(tmp_path):
    """Lists are numbered from the oldest: page n holds the same briefings
    however many are added after them."""
    per = pages.BRIEFINGS
    entries = [_card_entry(i, f"2015-07-{1 + i // 10:02d}") for i in range(5 * per + 3)]  # archive pages 1-6
    undated = [_card_entry(900 + i, None) for i in range(3)]
    before = _lists([*entries, *undated], tmp_path)
    assert {"archive/index.md", "archive/page-1.md", "archive/page-6.md", "archive/undated-1.md", "months/2015-07.md",
            "months/2015-07-1.md", "months/undated.md"} <= before.keys()
    today = _card_entry(999, "2015-07-31")
    after = _lists([*entries, today, *undated], tmp_path)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"archive/index.md", "archive/page-6.md", "months/index.md", "months/2015-07.md",
                       "months/2015-07-2.md"}, changed
    # an undated one: the undated pages and the first pages that count them
    after = _lists([*entries, *undated, _card_entry(950, None)], tmp_path)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"archive/index.md", "archive/undated-1.md", "months/index.md", "months/undated.md"}, changed


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
    shards = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "story-features").rglob("*.pickle")}
    assert set(shards) == {"aa.pickle", "bb.pickle"}
    second, asked = build(["aa01", "aa02", "bb03", "cc04"])
    assert asked == ["cc04"]  # only the new briefing is read and computed
    assert [f.id for f in second.feats[:3]] == [f.id for f in first.feats]
    assert (second.feats[0].signature == first.feats[0].signature).all()
    now = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "story-features").rglob("*.pickle")}
    assert now["aa.pickle"] == shards["aa.pickle"] and now["bb.pickle"] == shards["bb.pickle"]  # not rewritten
    build(["aa01", "cc04"])  # a briefing gone: its shard is written without it
    third, asked = build(["aa01", "aa02"])
    assert asked == ["aa02"] and not list((tmp_path / "story-features").rglob("bb.pickle"))


def test_lists_numbered_from_the_oldest_hold_every_item_once_and_link_pages_that_exist():
    from briefings.site.paginator import FromOldest

    lists = FromOldest(3, "l/index.md", lambda n: f"l/page-{n}.md", lambda n: f"l/undated-{n}.md")
    for dated_n, undated_n in ((0, 0), (2, 1), (3, 0), (4, 0), (20, 0), (20, 4), (0, 7)):
        dated, undated = list(range(dated_n, 0, -1)), [f"u{i}" for i in range(undated_n)]
        made = lists.pages(dated, undated)
        first, rest = made[0], made[1:]
        assert first.path == "l/index.md" and first.items == [*dated, *undated][:3]
        if rest:  # every item on one numbered or undated page
            assert sorted(map(str, (x for p in rest for x in p.items))) == sorted(map(str, [*dated, *undated]))
        else:  # or all on the first
            assert len(dated) + len(undated) <= 3
        if dated_n > 3:
            assert made[1].items == [3, 2, 1] and made[1].path == "l/page-1.md"  # the oldest, whatever comes after
        paths = {p.path for p in made}
        for p in made:
            for _, link in p.pager:
                assert link.removeprefix("../") in paths


ARTICLES = {
    "bridge.txt": "افتتاح جسر\n\nأعلنت وزارة النقل اليوم افتتاح جسر جديد في المدينة المنورة بطول 12 كيلومترا.",
    "rain.txt": "أمطار على أبها\n\nهطلت أمطار غزيرة على مدينة أبها أمس وأغلقت الطرق المؤدية إلى السودة.",
    "health.txt": "مستشفى جديد\n\nأعلن وزير الصحة السعودي توفيق الربيعة اليوم في جدة افتتاح مستشفى جديد بسعة 300 سرير.",
}


def _docs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _seeds(tmp_path: Path, *copies: str) -> Path:
    """ARTICLES in a seeds folder, with copies of bridge.txt by these names."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    for name in copies:
        (seeds / name).write_text(ARTICLES["bridge.txt"], encoding="utf-8")
    return seeds


def _opts(seeds: Path, at: Path):
    from briefings.site import Options

    return Options(inputs=[seeds], cache_dir=at / "cache", docs_dir=at / "docs", templates_dir=ROOT / "templates")


def _cold(seeds: Path, tmp_path: Path) -> dict[str, bytes]:
    """The docs/ a build from an empty cache writes."""
    from briefings.site import generate

    shutil.rmtree(tmp_path / "cold", ignore_errors=True)
    generate(_opts(seeds, tmp_path / "cold"), jobs=1)
    return _docs(tmp_path / "cold" / "docs")


def test_a_rebuild_reads_back_whole_only_the_briefings_that_changed(tmp_path, monkeypatch):
    """An unchanged briefing comes from its cache entry's light form and
    its kept collection entry and postings, never parsed whole; the pages
    are those a build from an empty cache writes, byte for byte."""
    from briefings.run import cache as cache_module
    from briefings.run import item as item_module
    from briefings.site import Options, generate

    seeds = _seeds(tmp_path)

    def opts(at: str) -> Options:
        return _opts(seeds, tmp_path / at)

    def cold() -> dict[str, bytes]:
        return _cold(seeds, tmp_path)

    warm = opts("warm")
    generate(warm, jobs=1)
    # the feeds where earlier versions wrote them: a rebuild deletes them
    for name in ("briefings.xml", "stories.xml"):
        (warm.docs_dir / "feeds").mkdir(exist_ok=True)
        (warm.docs_dir / "feeds" / name).write_text("<feed/>", encoding="utf-8")
    read: list[str] = []
    real_read, real_briefing = cache_module.Cache.read, item_module.read_briefing
    monkeypatch.setattr(cache_module.Cache, "read", lambda self, key: read.append(key) or real_read(self, key))
    monkeypatch.setattr(item_module, "read_briefing", lambda entry, i: read.append(entry.stem) or real_briefing(entry, i))

    assert generate(warm, jobs=1, shortcut=False).extracted == 0
    assert read == []  # nothing parsed whole
    assert _docs(warm.docs_dir) == cold()

    (seeds / "rain.txt").write_text(ARTICLES["rain.txt"].replace("أمس", "اليوم"), encoding="utf-8")
    (seeds / "added.txt").write_text("جسر آخر\n\nافتتحت وزارة النقل جسرا آخر في تبوك بطول 3 كيلومترات.", encoding="utf-8")
    assert generate(warm, jobs=1, shortcut=False).extracted == 2
    assert read == []  # the two extracted are in hand; the others are light
    assert _docs(warm.docs_dir) == cold()

    # light forms lost (or of another version): the entries are read whole once, and they are made again
    for p in (tmp_path / "warm" / "cache").rglob("*.light-*.json"):
        p.unlink()
    generate(warm, jobs=1, shortcut=False)
    assert sorted(set(read)) == sorted(read) and len(read) == 4  # each entry once
    assert len(list((tmp_path / "warm" / "cache").rglob("*.light-*.json"))) == 4
    read.clear()
    (seeds / "health.txt").unlink()
    generate(warm, jobs=1, shortcut=False)
    assert read == []
    assert _docs(warm.docs_dir) == cold()


def _actor_entry(i: int, names: list[str], published: str = "2015-07-01") -> dict:
    actors = [{"name": n, "aliases": [], "type": "organization", "titles": [], "nationality": None, "sentence": 0,
               "text": f"جملة عن {n}.", "mentions": 1} for n in names]
    return {"id": f"b{i:04d}", "title": f"موجز رقم {i}", "published": published, "long": False, "actors": actors}


def _actor_digests(entries: list[dict], docs: Path) -> dict[str, str]:
    made: dict[str, str] = {}
    pages.actor_pages(entries, RENDERER, docs, lambda path, page: made.__setitem__(
        path.relative_to(docs).as_posix(), page.digest()))
    return made


def test_a_new_actor_changes_its_page_of_the_index_not_every_later_one(tmp_path):
    """The index by name holds its rows: a new name changes the page it
    falls on (and the first page, which counts them), where the index by
    count changed every page after the new name's place."""
    names = [f"هيئة رقم {i:05d}" for i in range(1500)]
    entries = [_actor_entry(i, names[i * 3 : i * 3 + 3]) for i in range(500)]
    entries += [_actor_entry(600 + i, ["هيئة الرصد المشتركة"]) for i in range(7)]  # and one in several briefings
    before = _actor_digests(entries, tmp_path)
    index_pages = {p for p in before if p.startswith("actors/names-")}
    assert len(index_pages) > 8
    for new in ["هيئة رقم 00777 ب", "هيئة رقم 01400 ب", "مجلس جديد"]:
        after = _actor_digests([*entries, _actor_entry(999, [new])], tmp_path)
        changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        assert "actors/index.md" in changed
        assert len(changed - {"actors/index.md"}) <= 3, (new, changed)  # its page, split or joined with the next
    # counted again (eight briefings, seven before): its own page and the
    # first page, not its row's page by name, which gives the band (5–9)
    after = _actor_digests([*entries, _actor_entry(999, ["هيئة الرصد المشتركة"])], tmp_path)
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert "actors/index.md" in changed and len(changed) == 2, changed
    assert not any(p.startswith("actors/names-") for p in changed), changed
    # counted into the next band (ten): its row's page too
    ten = [*entries, *(_actor_entry(990 + i, ["هيئة الرصد المشتركة"]) for i in range(3))]
    after = _actor_digests(ten, tmp_path)
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert len([p for p in changed if p.startswith("actors/names-")]) == 1, changed


def test_a_count_band_holds_the_count_and_its_edges_are_the_1_2_5_steps():
    assert [pages.count_band(n) for n in (1, 2, 4, 5, 9, 10, 19, 20, 49, 50, 99, 100, 1999, 2000, 4999, 5000)] == [
        "1", "2–4", "2–4", "5–9", "5–9", "10–19", "10–19", "20–49", "20–49", "50–99", "50–99", "100–199",
        "1,000–1,999", "2,000–4,999", "2,000–4,999", "5,000–9,999"]
    for n in range(2, 30_000):
        low, high = (int(x.replace(",", "")) for x in pages.count_band(n).split("–"))
        assert low <= n <= high
        assert str(low)[0] in "125" and set(str(low)[1:]) <= {"0"}  # a band starts on a step


def test_an_event_added_changes_the_pages_of_its_year_it_falls_on(tmp_path):
    def entry(i: int, date: str) -> dict:
        figure = {"kind": "date", "text": date, "date": date, "context": f"حدث رقم {i}", "relative": False,
                  "sentence": 0}
        return {"id": f"b{i:04d}", "title": f"موجز رقم {i}", "published": "2015-08-01", "long": False,
                "figures": [figure]}

    def made(entries):
        out: dict[str, str] = {}
        pages._timeline_pages(entries, RENDERER, tmp_path, lambda path, page: out.__setitem__(
            path.relative_to(tmp_path).as_posix(), page.digest()))
        return out

    entries = [entry(i, f"2015-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(1500)]
    entries += [entry(2000 + i, f"{1990 + i}-01-01") for i in range(5)]
    before = made(entries)
    assert sum(p.startswith("timeline/2015") for p in before) > 8
    after = made([*entries, entry(3000, "2015-03-15")])
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert "timeline/index.md" in changed and len(changed) <= 4, changed
    # a year not named before: its page, the index, and the years beside it
    after = made([*entries, entry(3000, "2001-05-05")])
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert changed == {"timeline/index.md", "timeline/2001.md", "timeline/1994.md", "timeline/2015.md"}, changed


def test_a_settling_build_writes_a_copy_groups_canonical_page_once(tmp_path, monkeypatch):
    """After a change of the code that renders the pages, every briefing
    page is rendered again; the canonical page of a copy group is rendered
    with the note of its copies the last build gave it, so a page that
    ends as it was is not written at all (it was written without the note,
    then with it, and MkDocs rendered it again)."""
    import sys

    from briefings.site import Options, generate

    generate_module = sys.modules["briefings.site.generate"]
    seeds = _seeds(tmp_path, "bridge-again.txt")  # a copy

    def opts(at: str) -> Options:
        return _opts(seeds, tmp_path / at)

    warm = opts("warm")
    generate(warm, jobs=1)
    noted = [p for p in (warm.docs_dir / "briefings").glob("*.md") if "نُشر أيضاً في" in p.read_text(encoding="utf-8")]
    assert len(noted) == 1, noted
    mtime = noted[0].stat().st_mtime_ns
    real = generate_module.rendering_version
    monkeypatch.setattr(generate_module, "rendering_version", lambda: real() + "-changed")
    report = generate(warm, jobs=1, shortcut=False)
    assert noted[0].stat().st_mtime_ns == mtime and report.written == 0
    generate(opts("cold"), jobs=1)
    assert _docs(warm.docs_dir) == _docs(tmp_path / "cold" / "docs")


def test_a_page_rendered_with_the_last_builds_note_loses_it_when_its_copies_go(tmp_path):
    """The note of copies a briefing page is rendered with in the stream is
    the last build's guess: an edit that ends the copy group (the page is
    rendered with the old note) and the removal of a copy (the page is not
    rendered in the stream) both leave the page a cold build writes."""
    from briefings.site import Options, generate

    seeds = _seeds(tmp_path, "bridge-again.txt", "bridge-third.txt")

    def opts(at: str) -> Options:
        return _opts(seeds, tmp_path / at)

    def cold() -> dict[str, bytes]:
        return _cold(seeds, tmp_path)

    def noted(docs: dict[str, bytes]) -> list[str]:
        return sorted(k for k, v in docs.items() if k.endswith(".md") and "نُشر أيضاً في".encode() in v)

    warm = opts("warm")
    generate(warm, jobs=1)
    assert len(noted(_docs(warm.docs_dir))) == 1
    # the canonical one edited into another text: rendered in the stream
    # with the note it had, and its group is now the two others
    canonical = noted(_docs(warm.docs_dir))[0].rsplit("/", 1)[-1][:-3]
    edited = next(n for n in ("bridge.txt", "bridge-again.txt", "bridge-third.txt") if n.startswith(canonical))
    (seeds / edited).write_text(ARTICLES["rain.txt"].replace("أبها", "تبوك"), encoding="utf-8")
    generate(warm, jobs=1, shortcut=False)
    assert _docs(warm.docs_dir) == cold()
    # a copy removed: no group is left, and no page keeps a note
    for name in ("bridge.txt", "bridge-again.txt", "bridge-third.txt"):
        if name != edited and (seeds / name).exists():
            (seeds / name).unlink()
            break
    generate(warm, jobs=1, shortcut=False)
    assert noted(_docs(warm.docs_dir)) == [] and _docs(warm.docs_dir) == cold()


# one man named three ways, in three articles (and the places they name)
NAMED_THREE_WAYS = {
    "a.txt": "الجبير في الرياض\n\nأكد وزير الخارجية عادل بن أحمد الجبير اليوم في الرياض أن المملكة تدعم الحل السياسي في اليمن.",
    "b.txt": "الجبير في جدة\n\nقال عادل الجبير في مؤتمر صحفي بجدة إن المحادثات مع الوفد الأمريكي كانت مثمرة.",
    "c.txt": "اتفاقيات مرتقبة\n\nوصرح عادل أحمد الجبير للصحفيين في الرياض بأن الزيارة ستشمل توقيع عدة اتفاقيات.",
}


def _actor_files(at: Path) -> dict[str, bytes]:
    """The actor pages of a generated docs/ and where each name leads (the
    tag chips' links)."""
    made = _docs(at / "docs" / "actors")
    made["tag-links.json"] = (at / "cache" / "tag-links.json").read_bytes()
    return made


def test_an_article_added_later_leaves_the_actor_pages_a_build_of_all_at_once_makes(tmp_path):
    """A site that got C after A and B has the actor pages of a site built
    from A, B and C at once, whatever order its inputs come in: the merge
    is of the set of briefings (site/collection.ActorMerge). Before, the
    order they came in decided whether عادل الجبير joined the man's other
    names (it weighed them before or after they had joined)."""
    from briefings.site import Options, generate

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in NAMED_THREE_WAYS.items():
        (folder / name).write_text(text, encoding="utf-8")

    def build(at: str, order: str) -> dict[str, bytes]:
        where = tmp_path / at
        generate(Options(inputs=[folder / f"{n}.txt" for n in order], cache_dir=where / "cache",
                         docs_dir=where / "docs", templates_dir=ROOT / "templates"), jobs=1)
        return _actor_files(where)

    build("grown", "ab")
    grown = build("grown", "abc")
    for order in ("cba", "bca", "acb"):
        assert build(f"cold-{order}", order) == grown, order
    # one man's section: the shorter names joined the longest, each whole
    once = next(text.decode() for path, text in grown.items() if path.startswith("more-"))
    assert all(name in once for name in ("عادل بن أحمد الجبير", "عادل أحمد الجبير", "عادل الجبير"))


def test_a_kept_actor_merge_leaves_the_actor_pages_a_cold_build_makes(tmp_path):
    """The actor merge a build keeps for the next (site/merge_kept.py, in a
    serving process's state and in the cache of one-off builds): after an
    article is added, edited to name the man otherwise, and removed, the
    actor pages and tag links are those of a cold build of the same
    articles."""
    from briefings.site import Options, ServeState, generate

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in NAMED_THREE_WAYS.items():
        (folder / name).write_text(text, encoding="utf-8")
    state = ServeState()

    def build(at: str, order: str, state: ServeState | None = None) -> dict[str, bytes]:
        where = tmp_path / at
        generate(Options(inputs=[folder / f"{n}.txt" for n in order], cache_dir=where / "cache",
                         docs_dir=where / "docs", templates_dir=ROOT / "templates"), jobs=1, state=state)
        return _actor_files(where)

    build("served", "ab", state)
    build("kept", "ab")
    steps = [("abc", None), ("abc", NAMED_THREE_WAYS["c.txt"].replace("عادل أحمد الجبير", "عادل الجبير")), ("bc", None)]
    for n, (order, edit) in enumerate(steps):
        if edit is not None:
            (folder / "c.txt").write_text(edit, encoding="utf-8")
        cold = build(f"cold-{n}", order)
        assert build("served", order, state) == cold, (n, "served")
        assert build("kept", order) == cold, (n, "kept")
    assert state.merge is not None and state.merge.last_redone > 0


def _redone(monkeypatch) -> list[int]:
    """The mentions each kept actor merge of the builds that follow merges
    again, in order."""
    from briefings.site.merge_kept import KeptMerge

    got: list[int] = []
    finish = KeptMerge.finish

    def counted(self):
        actors = finish(self)
        got.append(self.last_redone)
        return actors

    monkeypatch.setattr(KeptMerge, "finish", counted)
    return got


def test_briefings_read_back_are_not_merged_again_by_a_build_that_did_not_change_them(tmp_path, monkeypatch):
    """Briefings that no extraction cache holds (read back with
    --from-json, or kept from an earlier version) are packed afresh at
    every build; their merge part's bytes are the kept merge's signature,
    and were marshal's newest version's, which differ with the strings'
    references and interning: each build merged them all again. Built
    twice (the second not skipped), the second merges nothing again and
    its actor pages are the first's."""
    import json
    import sys

    from briefings.assemble import assemble
    from briefings.model import Article
    from briefings.serialize import to_dict
    from briefings.site import Options, generate
    from briefings.site.collection import entry

    src = tmp_path / "json"
    src.mkdir()
    for name, text in NAMED_THREE_WAYS.items():
        stem = name.removesuffix(".txt")
        title, body = text.split("\n\n")
        b = to_dict(assemble(Article(id=stem, path=name, sha256="0" * 64, body=body, title=title)))
        (src / f"{stem}.json").write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")
    # the mechanism: one entry packed while nothing else holds its strings,
    # and while something does (the whole briefing, a cache of names)
    e = json.loads(json.dumps(entry(json.loads((src / "a.json").read_text(encoding="utf-8")))))
    alone = pages.packed(e)[0]
    held = [a["name"] for a in e["actors"]] + [e["title"], sys.intern(e["actors"][0]["type"])]
    assert held  # kept alive: marshal 3/4 would flag these strings as referenced
    assert pages.packed(e)[0] == alone
    redone = _redone(monkeypatch)
    opts = Options(inputs=[tmp_path / "seeds"], cache_dir=tmp_path / "cache", docs_dir=tmp_path / "docs",
                   templates_dir=ROOT / "templates")
    generate(opts, jobs=1, from_json=src)
    first = _actor_files(tmp_path)
    generate(opts, jobs=1, from_json=src, shortcut=False)
    assert redone[0] >= 3 and redone[1:] == [0]
    assert _actor_files(tmp_path) == first


def test_a_serving_process_starts_from_the_actor_merge_a_build_kept(tmp_path, monkeypatch):
    """`briefings serve`'s first generation merged every actor again: it
    now starts from the file the last one-off build kept, and merges again
    only what changed since (nothing, then the article edited), with the
    actor pages of a cold build."""
    from briefings.site import Options, ServeState, generate

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in NAMED_THREE_WAYS.items():
        (folder / name).write_text(text, encoding="utf-8")

    def build(at: str, state: ServeState | None = None) -> dict[str, bytes]:
        where = tmp_path / at
        generate(Options(inputs=sorted(folder.glob("*.txt")), cache_dir=where / "cache", docs_dir=where / "docs",
                         templates_dir=ROOT / "templates"), jobs=1, state=state, shortcut=state is None)
        return _actor_files(where)

    built = build("site")
    redone = _redone(monkeypatch)
    state = ServeState()
    assert build("site", state) == built
    (folder / "c.txt").write_text(NAMED_THREE_WAYS["c.txt"].replace("عادل أحمد الجبير", "عادل الجبير"), encoding="utf-8")
    served = build("site", state)
    assert served == build("cold")
    assert redone[0] == 0 and redone[1] > 0
