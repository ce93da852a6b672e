"""Linking again what changed (link.Linker): a linker given a collection
after it linked another gives what a first link of that collection gives,
to the bit, computing only the pairs of the articles new to it."""

from __future__ import annotations

import dataclasses
import sys

import numpy as np
import pytest
from articles import DISPATCH, DISPATCH_COPY, article, records, story_records
from test_stories import dicts

from briefings.stories import features
from briefings.stories.link import Linker
from briefings.stories.vectors import tfidf

link_module = sys.modules["briefings.stories.link"]  # the package exports a function of that name


@pytest.fixture(scope="module")
def feats():
    recs = records(70, seed=3)
    for n, r in enumerate(recs):  # twelve days, so that some articles are far from others
        r["date_extracted"] = f"2015-08-{1 + n % 12:02d} 08:00:00"
    recs += story_records()
    recs += [article(DISPATCH, date="2015-08-03"), article(DISPATCH_COPY, outlet="صحيفة ب", date="2015-08-03")]
    recs.append(article("خبر بلا تاريخ عن افتتاح مشروع للطرق في بلدة النخيل", date=""))
    return features(dicts(recs))


def same(a, b) -> bool:
    return (a.stories == b.stories and np.array_equal(a.canonical, b.canonical)
            and [g.members for g in a.groups] == [g.members for g in b.groups])


def state(linker: Linker) -> tuple:
    far = {k: (v.tobytes(), whose) for k, (v, whose) in linker.far.items()}
    return linker.keys, linker.i.tobytes(), linker.j.tobytes(), linker.s.tobytes(), far


def first(feats) -> tuple:
    linker = Linker()
    return linker.link(feats), linker


def test_a_row_is_the_articles_own_whatever_the_collection(feats):
    alone, among = tfidf(feats[:1]), tfidf(feats)
    got = among[0]
    assert np.array_equal(alone.data, got.data)  # the same weights, in the same (hash) order


def test_added_edited_and_removed_articles_link_as_a_first_link(feats, monkeypatch):
    linker = Linker()
    linker.link(feats[:40])
    wanted, fresh = first(feats)
    assert any(len(s) >= 5 for s in wanted.stories) and fresh.far  # backgrounds were needed
    assert wanted.groups and len(wanted.stories) > 2

    calls = []
    real = link_module.scores_of

    def counted(sub, rows, window):
        calls.append(len(rows))
        return real(sub, rows, window)

    monkeypatch.setattr(link_module, "scores_of", counted)
    monkeypatch.setattr(link_module, "scores", lambda *a, **k: pytest.fail("all pairs computed again"))
    assert same(linker.link(feats), wanted)
    assert state(linker) == state(fresh)
    assert calls == [len(feats) - 40 - 1]  # only the new articles' pairs (the dispatch's copy folds into it)

    # an article edited (half its words), two removed, one added back
    edited = list(feats)
    k = next(n for n, s in enumerate(wanted.stories) if len(s) >= 5)
    e = wanted.stories[k][1]
    edited[e] = dataclasses.replace(edited[e], terms=edited[e].terms[: len(edited[e].terms) // 2])
    del edited[wanted.stories[k][0]]
    del edited[3]
    calls.clear()
    got = linker.link(edited)
    monkeypatch.undo()
    wanted, fresh = first(edited)
    assert same(got, wanted) and state(linker) == state(fresh)
    assert calls == [1]
    assert same(linker.link(feats), first(feats)[0])


def test_nothing_changed_computes_no_pair(feats, monkeypatch):
    linker = Linker()
    before = linker.link(feats)
    monkeypatch.setattr(link_module, "scores", lambda *a, **k: pytest.fail("pairs computed again"))
    monkeypatch.setattr(link_module, "scores_of", lambda *a, **k: pytest.fail("pairs computed again"))
    assert same(linker.link(feats), before)


def test_an_article_twice_is_linked_from_scratch(feats):
    linker = Linker()
    linker.link(feats)
    twice = [*feats, feats[5]]
    assert same(linker.link(twice), first(twice)[0])


def test_a_linker_kept_in_a_file_links_only_what_changed(feats, tmp_path, monkeypatch):
    linker = Linker()
    linker.link(feats[:-3])
    linker.save(tmp_path / "linker.state")
    back = Linker.load(tmp_path / "linker.state")
    assert state(back) == state(linker)
    calls = []
    real = link_module.scores_of
    monkeypatch.setattr(link_module, "scores_of", lambda sub, rows, window: calls.append(len(rows)) or real(sub, rows, window))
    monkeypatch.setattr(link_module, "scores", lambda *a, **k: pytest.fail("all pairs computed again"))
    got = back.link(feats)
    monkeypatch.undo()
    assert calls == [2] and same(got, first(feats)[0])  # the last three: a dispatch, its copy (folded), one undated
    (tmp_path / "bad.state").write_bytes(b"not a pickle")
    assert Linker.load(tmp_path / "bad.state").keys == []  # a damaged file: linked afresh


def test_a_link_that_fails_half_way_leaves_the_last_ones_state(feats, monkeypatch):
    """A serving process keeps its linker through a build that fails: the
    pairs of a link that stopped after computing them (indices into its
    own articles) must not be read against the last link's articles."""
    linker = Linker()
    linker.link(feats[:40])
    kept = state(linker)

    def fail(*a, **k):
        raise MemoryError("refine")

    monkeypatch.setattr(link_module, "refine", fail)
    with pytest.raises(MemoryError):
        linker.link(feats)
    monkeypatch.undo()
    assert state(linker) == kept
    wanted, fresh = first(feats)
    assert same(linker.link(feats), wanted) and state(linker) == state(fresh)


def _graph(n: int, rng) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of n items in topics: alike inside one, a little across, so
    that average linkage chains and a new item moves merges around it."""
    topic = rng.integers(0, max(2, n // 6), n)
    a, b = np.triu_indices(n, 1)
    same_topic = topic[a] == topic[b]
    keep = rng.random(len(a)) < np.where(same_topic, 0.5, 0.08)
    s = np.where(same_topic, rng.uniform(0.05, 0.4, len(a)), rng.uniform(0.0, 0.15, len(a)))
    return a[keep], b[keep], s[keep].astype(np.float32).astype(np.float64)


def test_clusters_made_again_where_articles_came_and_went_are_all_clusters(monkeypatch):
    """`incremental.recluster` over items added one or two at a time (and
    now and then one removed) gives `clusters` of the whole, sorted, at
    every step; without its check of the clusters around the part made
    again, it would not (the check is what these graphs exercise)."""
    from briefings.stories import incremental
    from briefings.stories.cluster import clusters

    def run(seeds) -> int:
        wrong = 0
        for seed in seeds:
            rng = np.random.default_rng(seed)
            size = int(rng.integers(10, 80))
            big_i, big_j, big_s = _graph(size, rng)
            present = np.arange(size) < size // 2
            last: list[list[int]] = []  # the last step's clusters, in items' numbers
            for _ in range(12):
                before = present.copy()
                off = np.flatnonzero(~present)
                if len(off):
                    present[rng.choice(off, size=min(len(off), int(rng.integers(1, 3))), replace=False)] = True
                if rng.random() < 0.3:
                    present[rng.choice(np.flatnonzero(present))] = False
                idx = np.flatnonzero(present)
                at = np.full(size, -1)
                at[idx] = np.arange(len(idx))
                both = present[big_i] & present[big_j]
                i, j, s = at[big_i[both]], at[big_j[both]], big_s[both]
                want = sorted(sorted(c) for c in clusters(len(idx), i, j, s, 0.08))
                if last:
                    got = incremental.recluster(len(idx), i, j, s, 0.08, [[int(at[m]) for m in c] for c in last],
                                                ~before[idx])
                    if got != want:
                        wrong += 1
                        break
                last = [idx[c].tolist() for c in want]
        return wrong

    assert run(range(40)) == 0
    monkeypatch.setattr(incremental, "_failing", lambda *a, **k: np.empty(0, dtype=np.int64))
    assert run(range(40)) > 0  # the check is needed


def test_articles_added_one_by_one_link_as_a_first_link(feats, monkeypatch):
    """A linker given one more article each time clusters only around it
    (never the whole collection) and gives what a first link gives."""
    linker = Linker()
    linker.link(feats[:55])
    whole = []
    real = link_module.clusters
    for k in range(56, len(feats) + 1):
        monkeypatch.setattr(link_module, "clusters", lambda *a, **kw: whole.append(a[0]) or real(*a, **kw))
        got = linker.link(feats[:k])
        monkeypatch.undo()
        wanted, fresh = first(feats[:k])
        assert same(got, wanted) and state(linker) == state(fresh)
        assert sorted(map(sorted, linker.found)) == sorted(map(sorted, fresh.found))
    assert whole == []
