"""The actor pages in proportion to what changed (site/actor_pages.py):
after briefings are added, edited and removed, the pages a build keeps
and renders are, page for page, those a cold build makes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from test_merge_kept import _actor, _briefing

from briefings.run import Report
from briefings.site import actor_pages
from briefings.site.actor_pages import KeptPages, actor_pages_of
from briefings.site.anchored import Anchored
from briefings.site.collection import canonical, merge_actors, merge_part
from briefings.site.merge_kept import KeptMerge
from briefings.site.render import Renderer
from briefings.site.writer import Writer

ROOT = Path(__file__).resolve().parents[1]
RENDERER = Renderer(ROOT / "templates")


def _cold(live: dict[str, dict]) -> tuple[dict[str, str], dict[str, str]]:
    """The actor pages (path → text) and tag links of a cold build."""
    made: dict[str, str] = {}
    docs = Path("/cold")

    def put(path: Path, page) -> None:
        made[path.relative_to(docs).as_posix()] = page.render()

    names = actor_pages_of(merge_actors(live.values()), RENDERER, docs, put)
    return made, names


def _on_disk(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in (docs / "actors").rglob("*.md")}


class _Build:
    """The actor pages as a build makes them: a one-off build's kept merge
    and pages' state read from and saved to the cache folder (`share`:
    how much must have been merged again for the merge to be written,
    1.0 for a file that stays a few builds old), or a serving process's
    held in memory."""

    def __init__(self, tmp: Path, serving: bool) -> None:
        self.docs, self.cache = tmp / "docs", tmp / "cache"
        self.cache.mkdir(parents=True)
        self.serving = serving
        self.merge: KeptMerge | None = None
        self.pages = KeptPages()
        self.rendered = self.last = 0  # pages rendered (the index aside): in all, by the last build

    def __call__(self, briefings: list[dict], share: float) -> dict[str, str]:
        if self.serving:
            if self.merge is None:
                self.merge = KeptMerge(held=True)
            merge, kept = self.merge, self.pages
        else:
            merge = KeptMerge.load(self.cache)
            kept = KeptPages.load(self.cache, merge.token)
        writer = Writer(self.docs, self.cache / "manifest.json", ("actors",), "v1")
        for e in briefings:
            merge.add(e, None if self.serving else canonical(merge_part(e)))
        names = actor_pages_of(merge.finish(), RENDERER, self.docs, writer.put, merge, kept, writer.keep)
        self.last = kept.rendered
        self.rendered += kept.rendered
        if self.serving:
            kept.advance()
        else:
            saved = merge.save(self.cache, share=share, force=kept.whole and kept.made is not None)
            kept.save(self.cache, merge.token, saved)
        writer.finish("fingerprint", Report())
        return names


@pytest.mark.parametrize("serving", [False, True])
def test_actor_pages_kept_from_build_to_build_are_those_of_a_cold_build(tmp_path, monkeypatch, serving):
    """Random collections, each changed eight times (briefings added,
    edited, removed), their actor pages kept from build to build (through
    the cache, with the merge's file written at every build or left a few
    builds old, or in a serving process's memory) and made whole: the
    same files, byte for byte, and the same tag links; fewer pages
    rendered than the cold builds render, none by a serving process's
    build with nothing changed. Pages of a few rows, so that
    the lists by name are cut into many."""
    monkeypatch.setattr(actor_pages, "ACTORS", Anchored(3, 8, lambda n: f"actors/names-{n}.md", "actors/index.md", "names"))
    monkeypatch.setattr(actor_pages, "ONCE", Anchored(2, 4, lambda n: f"actors/more-{n}.md", "actors/index.md", "more"))
    rendered = cold_pages = 0
    for seed in range(12):
        r = random.Random(seed)
        ids = [f"b{r.randint(0, 99):02d}-{i}" for i in range(40)]
        live = {bid: {**_briefing(r, bid), "tags": []} for bid in r.sample(ids, 20)}
        build = _Build(tmp_path / f"{seed}", serving)
        for step in range(10):
            quiet = step > 0 and r.random() < 0.3  # nothing changed
            before = build.last
            if step and not quiet:
                for _ in range(r.randint(0, 2)):  # new
                    bid = r.choice(ids)
                    live[bid] = {**_briefing(r, bid), "tags": []}
                for bid in r.sample(sorted(live), min(len(live), r.randint(0, 2))):  # edited
                    e = live[bid]
                    if r.random() < 0.6 and e["actors"]:
                        e = {**e, "actors": e["actors"][:-1] + [_actor(r, 9)]}
                    else:
                        e = {**e, "published": f"2015-02-{1 + r.randint(0, 9):02d}"}
                    live[bid] = e
                for bid in r.sample(sorted(live), min(len(live), r.randint(0, 1))):  # removed
                    del live[bid]
            shuffled = list(live.values())
            r.shuffle(shuffled)
            names = build(shuffled, r.choice([0.0, 1.0]))
            made, cold_names = _cold(live)
            assert _on_disk(build.docs) == made, (seed, step)
            assert names == cold_names, (seed, step)
            if quiet:
                # nothing changed: a serving process renders nothing; a
                # one-off build what the last did at most (the pages changed
                # since the merge's file, when it was not written again)
                assert build.last == 0 if serving else build.last <= before, (seed, step)
            cold_pages += len(made) - 1  # all but the index, which every build renders
        rendered += build.rendered
    assert rendered < cold_pages, (rendered, cold_pages)
