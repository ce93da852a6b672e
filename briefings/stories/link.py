"""Which articles go together: wire copies first, then stories among the
canonical articles, each story carrying the copies of its members.

The score of two articles is the mean of two TF-IDF cosines, over all
their words and over their titles, halved when one outlet published both
(an outlet rarely reports one event twice in three days; it often runs a
template twice: the Eid party of one ministry, then of another). Stories
are the average-linkage clusters of the scores at or above THRESHOLD,
those of a template's run (no specific key at their core), of a running
topic (members as like other weeks' articles as each other), of one
outlet's series or of a key named as often outside its days (the king
in a run of telegrams) clustered again more strictly, a member like no other
member of its story taken out, two stories of one event joined, a member
of a large story tied to too few of its other members taken out, and
last a story of a running topic split by what its members' leads say
happened, and last a story of a template (members as like other weeks'
articles as a week's weather) dropped and a member of a small story
scoring low with every other member taken out, and last a smaller story
tied to a major event's story in its days (its reactions) joined to it (refine.py); the numbers were chosen on the tune half of
bench/data/story-pairs.tsv (bench/README.md).

A `Linker` kept between builds links again only what changed: an
article's TF-IDF row is a function of the article alone (vectors.py:
the reference's document frequencies), so the pairs of two articles
both linked before are the pairs found then, and each article's
background (its nearest articles far away) is updated by the articles
added since. Only the pairs of the new articles are computed, and the
clusters are made again only where the new or gone articles can move a
merge (incremental.py; the last call's clusters are kept too); what
comes out is what a first link of the same collection gives, to the
bit (tests hold it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from briefings.stories.cluster import ROWS, WINDOW, clusters, far_nearest, similar_pairs
from briefings.stories.copies import CopyGroup, copy_groups
from briefings.stories.features import Features
from briefings.stories.incremental import recluster
from briefings.stories.refine import (
    FAR,
    MIN_CHECKED,
    NEAREST,
    by_lead,
    join_events,
    join_reactions,
    reactions,
    refine,
    specific_sets,
    tied,
    without_templates,
    without_weak_small,
)
from briefings.stories.vectors import row_dots, tfidf

THRESHOLD = 0.08  # average score within a story, at least: with the core check (refine.py), the best F1 on the tune pairs
FLOOR = 0.08  # pairs below this cosine over all words count as unrelated (0): keeps the comparison sparse
SAME_OUTLET = 0.5  # factor of the score of two articles of one outlet


@dataclass
class Linked:
    """Indices into the features given."""

    groups: list[CopyGroup]  # wire copies, canonical first
    stories: list[list[int]]  # canonical articles of each story, two or more, sorted
    canonical: np.ndarray  # each article's canonical article (itself when it has no copy)


def outlet_codes(feats: list[Features]) -> np.ndarray:
    """Each article's outlet as an integer; an article of no known outlet
    is of an outlet of its own."""
    codes: dict[str, int] = {}
    return np.array([codes.setdefault(f.outlet, len(codes)) if f.outlet else -1 - k for k, f in enumerate(feats)],
                    dtype=np.int64)


def _score(feats: list[Features], i: np.ndarray, j: np.ndarray, s: np.ndarray, t: np.ndarray) -> np.ndarray:
    outlet = outlet_codes(feats)
    same = outlet[i] == outlet[j]
    return (s + t) / 2 * np.where(same, SAME_OUTLET, 1.0)


def scores(feats: list[Features], window: int = WINDOW, x=None):
    """Pairs (i < j) of articles at most `window` days apart that share
    enough words to be compared, with their scores (`x`: the articles'
    TF-IDF rows, when already made), ordered by i, then j."""
    x = tfidf(feats) if x is None else x
    i, j, s = similar_pairs(x, [f.day for f in feats], FLOOR, window)
    order = np.lexsort((j, i))
    i, j, s = i[order], j[order], s[order]
    return i, j, _score(feats, i, j, s, row_dots(tfidf(feats, field="title_terms"), i, j))


def scores_of(feats: list[Features], fresh: np.ndarray, window: int = WINDOW):
    """`scores` of the pairs that hold one of the articles `fresh` (sorted
    indices), computed over those articles and the ones within their days:
    the same pairs and values as `scores` over all of them."""
    n = len(feats)
    known = np.array([f.day is not None for f in feats], dtype=bool)
    day = np.array([f.day if f.day is not None else 0 for f in feats], dtype=np.int64)
    if not known[fresh].all():
        near = np.ones(n, dtype=bool)  # an undated article is compared with every article
    else:
        days = np.unique(day[fresh])
        lo = np.searchsorted(days, day - window, side="left")  # the first fresh day at or after d - window
        near = ~known | ((lo < len(days)) & (days[np.minimum(lo, len(days) - 1)] <= day + window))
    near[fresh] = True
    local = np.flatnonzero(near)
    sub = [feats[k] for k in local]
    x = tfidf(sub)
    is_fresh = np.zeros(n, dtype=bool)
    is_fresh[fresh] = True
    rows = np.searchsorted(local, fresh)
    against = x.T.tocsr()
    out_i, out_j, out_s = [], [], []
    for start in range(0, len(rows), ROWS):
        r = rows[start : start + ROWS]
        sim = (x[r] @ against).tocoo()
        a, b = local[r[sim.row]], local[sim.col]
        within = ~known[a] | ~known[b] | (np.abs(day[a] - day[b]) <= window)
        # a pair of two fresh articles once, from its first
        keep = (sim.data >= FLOOR) & (a != b) & within & (~is_fresh[b] | (a < b))
        out_i.append(np.minimum(a[keep], b[keep]))
        out_j.append(np.maximum(a[keep], b[keep]))
        out_s.append(sim.data[keep])
    i, j, s = (np.concatenate(v) for v in (out_i, out_j, out_s))
    order = np.lexsort((j, i))
    i, j, s = i[order], j[order], s[order]
    t = row_dots(tfidf(sub, field="title_terms"), np.searchsorted(local, i), np.searchsorted(local, j))
    return i, j, _score(feats, i, j, s, t)


def pair_key(f: Features) -> bytes:
    """What an article's pairs and background depend on: its id, day,
    outlet and terms."""
    h = hashlib.blake2b(digest_size=16)
    for part in (f.id, str(f.day), f.outlet or ""):
        h.update(part.encode("utf-8") + b"\0")
    h.update(np.ascontiguousarray(f.terms, dtype=np.uint32).tobytes())
    h.update(b"\0")
    h.update(np.ascontiguousarray(f.title_terms, dtype=np.uint32).tobytes())
    return h.digest()


def canonical_rows(n: int, groups) -> tuple[np.ndarray, np.ndarray]:
    """Each of n articles' canonical article (itself outside a copy group),
    and the canonical articles in order: stories are linked among those."""
    canonical = np.arange(n)
    for g in groups:
        canonical[g.members] = g.canonical
    return canonical, np.flatnonzero(canonical == np.arange(n))


class Linker:
    """`link` kept between builds: the canonical articles' pairs and
    backgrounds of the last call, by the key of what they depend on, so
    that the next call computes only the pairs of the articles new to it
    (an edited one is new) and updates the backgrounds with them."""

    def __init__(self, window: int = WINDOW) -> None:
        self.window = window
        self.keys: list[bytes] = []  # the canonical articles of the last call, in order
        self.i = np.empty(0, dtype=np.int64)
        self.j = np.empty(0, dtype=np.int64)
        self.s = np.empty(0, dtype=np.float64)
        # key → (the article's NEAREST highest cosines to articles FAR days
        # away or more, highest first; the keys of those articles)
        self.far: dict[bytes, tuple[np.ndarray, tuple[bytes, ...]]] = {}
        # the clusters of the last call before `refine` (indices into its
        # articles, two or more each) and the threshold they were made at
        self.found: list[list[int]] = []
        self.found_at: float | None = None

    def save(self, path) -> None:
        """Kept in a file (a build's cache) for the next build."""
        import pickle

        from briefings.fsutil import write_if_changed

        write_if_changed(path, pickle.dumps(self.__dict__, protocol=5))

    @classmethod
    def load(cls, path) -> Linker:
        """What `save` wrote; a linker with nothing kept when it cannot be read."""
        import pickle

        linker = cls()
        try:
            kept = pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - whatever the damage, the next link starts afresh
            return linker
        if isinstance(kept, dict) and kept.keys() == linker.__dict__.keys():
            linker.__dict__.update(kept)
        return linker

    def link(self, feats: list[Features], threshold: float = THRESHOLD) -> Linked:
        groups = copy_groups(feats)
        canonical, canon = canonical_rows(len(feats), groups)
        sub = [feats[k] for k in canon]
        keys = [pair_key(f) for f in sub]
        fresh, far = self._fresh(keys)
        i, j, s = self._pairs(sub, keys, fresh)
        found = self._clusters(len(sub), keys, fresh, i, j, s, threshold)
        clustered = found
        # only the members of a story that will be checked need a background
        checked = np.array(sorted({k for c in found if len(c) >= MIN_CHECKED for k in c}), dtype=np.int64)
        made: dict = {}  # the TF-IDF of every dated article, made once for both backgrounds
        background, far = self._background(sub, keys, fresh, checked, far, made)
        keys_of = specific_sets([f.specifics for f in sub])
        found = refine(found, len(sub), i, j, s, keys_of, threshold, background, outlet_codes(sub), [f.day for f in sub])
        found = without_templates(found, background)
        # the stories of five or more left are parts of the ones checked
        # above: their members' backgrounds are known
        found = join_events(found, len(sub), i, j, s, keys_of, background)
        found = tied(found, len(sub), i, j, s)
        found = by_lead(found, lambda members: tfidf([sub[m] for m in members], field="lead_terms"))
        found = without_weak_small(found, len(sub), i, j, s)
        # last, a major event's reactions told apart from it join it again
        # (the event's members' backgrounds are known: it is made of checked
        # stories; a smaller story's are computed only when it could join)
        joins = reactions(found, len(sub), i, j, s, background, [f.day for f in sub], keys_of)
        rows = np.array(sorted({m for x in joins for m in found[x]}), dtype=np.int64)
        background, far = self._more_background(sub, keys, rows, background, far, made)
        found = join_reactions(found, joins, background)
        # kept only once the whole link is done: the pairs are indices into
        # this call's articles, and a serving process keeps its linker
        # through a build that fails (read against the last call's
        # articles, they linked wrong pairs or indexed past the end)
        self.keys, self.i, self.j, self.s, self.far = keys, i, j, s, far
        self.found, self.found_at = clustered, threshold
        stories = [canon[c].tolist() for c in found]
        return Linked(groups, sorted(stories), canonical)

    def _fresh(self, keys: list[bytes]) -> tuple[np.ndarray, dict]:
        """Which articles the last call did not link (all of them when an
        article is there twice: its pairs could not be told apart), and the
        backgrounds to start from."""
        if len(set(keys)) < len(keys) or len(set(self.keys)) < len(self.keys):
            return np.ones(len(keys), dtype=bool), {}
        before = set(self.keys)
        return np.array([k not in before for k in keys], dtype=bool), self.far

    def _pairs(self, sub: list[Features], keys: list[bytes], fresh: np.ndarray):
        if fresh.all():
            i, j, s = scores(sub, self.window)
        else:
            where = {k: p for p, k in enumerate(keys)}
            new_at = np.array([where.get(k, -1) for k in self.keys], dtype=np.int64)  # last call's index → this one's
            kept = (new_at[self.i] >= 0) & (new_at[self.j] >= 0) if len(self.i) else np.zeros(0, dtype=bool)
            a, b = new_at[self.i[kept]], new_at[self.j[kept]]
            parts = [(np.minimum(a, b), np.maximum(a, b), self.s[kept])]
            if fresh.any():
                parts.append(scores_of(sub, np.flatnonzero(fresh), self.window))
            i, j, s = (np.concatenate(v) for v in zip(*parts, strict=True))
            order = np.lexsort((j, i))
            i, j, s = i[order], j[order], s[order]
        return i, j, s

    def _clusters(self, n: int, keys: list[bytes], fresh: np.ndarray, i: np.ndarray, j: np.ndarray, s: np.ndarray,
                  threshold: float) -> list[list[int]]:
        """`clusters` of the pairs, clustered again only where the articles
        new or gone since the last call can reach (incremental.py)."""
        if fresh.all() or self.found_at != threshold or not self.keys:
            return clusters(n, i, j, s, threshold)
        where = {k: p for p, k in enumerate(keys)}
        last = [[where.get(self.keys[m], -1) for m in c] for c in self.found]
        return recluster(n, i, j, s, threshold, last, fresh)

    def _more_background(self, sub: list[Features], keys: list[bytes], rows: np.ndarray, background: np.ndarray,
                         far: dict, made: dict) -> tuple[np.ndarray, dict]:
        """`background` with the backgrounds of `rows` too, their entries
        added to `far` (made by `_background`: an entry kept from the last
        call is already updated with the articles added since)."""
        if not len(rows):
            return background, far
        days = [f.day for f in sub]
        dated = np.array([d is not None for d in days], dtype=bool)
        missing = np.array([p for p in rows.tolist() if dated[p] and keys[p] not in far], dtype=np.int64)
        if len(missing):
            for p, values, near in far_nearest(sub, days, missing, np.flatnonzero(dated), FAR, NEAREST, keys,
                                               made=made):
                far[keys[p]] = (values, near)
        out = background.copy()
        for p in rows.tolist():
            got = far.get(keys[p])
            if got is not None and len(got[0]):
                out[p] = got[0].mean()
        return out, far

    def _background(self, sub: list[Features], keys: list[bytes], fresh: np.ndarray, checked: np.ndarray,
                    last: dict, made: dict) -> tuple[np.ndarray, dict]:
        """Each checked article's background: the mean of its NEAREST
        highest cosines to articles FAR days away or more (0 undated); and
        the entries of this call, made from `last` (the last call's, left
        as they are)."""
        present = set(keys)
        # an entry is dropped with its article, or with one of its nearest
        far = {k: v for k, v in last.items() if k in present and all(p in present for p in v[1])}
        dated = np.array([f.day is not None for f in sub], dtype=bool)
        days = [f.day for f in sub]
        kept = np.array([p for p, k in enumerate(keys) if k in far and dated[p]], dtype=np.int64)
        added = np.flatnonzero(fresh & dated)
        if len(kept) and len(added):  # the entries kept learn of the articles added since
            for p, values, near in far_nearest(sub, days, kept, added, FAR, NEAREST, keys):
                old, whose = far[keys[p]]
                merged = sorted(zip(np.concatenate([old, values]).tolist(), (*whose, *near), strict=True), key=lambda e: -e[0])[:NEAREST]
                far[keys[p]] = (np.array([v for v, _ in merged], dtype=np.float32), tuple(w for _, w in merged))
        missing = np.array([p for p in checked.tolist() if dated[p] and keys[p] not in far], dtype=np.int64)
        if len(missing):
            for p, values, near in far_nearest(sub, days, missing, np.flatnonzero(dated), FAR, NEAREST, keys,
                                               made=made):
                far[keys[p]] = (values, near)
        out = np.zeros(len(sub), dtype=np.float32)
        for p in checked.tolist():
            got = far.get(keys[p])
            if got is not None and len(got[0]):
                out[p] = got[0].mean()
        return out, far


def link(feats: list[Features], threshold: float = THRESHOLD, window: int = WINDOW) -> Linked:
    """Copy groups and stories of a collection (a first link)."""
    return Linker(window).link(feats, threshold)
