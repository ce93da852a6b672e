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
