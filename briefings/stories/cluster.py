"""Stories: articles about one event, published within a few days of each
other, grouped by the similarity of their TF-IDF vectors.

Only articles at most `window` days apart are compared (undated ones are
compared with every article), one day of articles against the days before
it, so the work grows with the collection's length in days, not its
square. Stories are the clusters of average linkage over those pairs'
similarities: two groups merge while their members are on average at
least as alike as the threshold, so that one article close to two events
does not chain them into one story (single linkage made one component of
5,000 articles of SaudiNewsNet), while an article only a little like each
of an event's articles still joins them.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

WINDOW = 2  # days apart at most: an event's articles come out within three days
# articles compared at once: bounds the memory of one product (a day of
# SaudiNewsNet against its window, 2,000 rows at once, was 230 MB more at
# a build's peak; the pairs come out in the same order whatever it is)
ROWS = 500


def similar_pairs(x, days: list[int | None], threshold: float, window: int = WINDOW):
    """Pairs (i < j) of rows of the L2-normalized matrix `x` whose cosine
    is at least `threshold`, among rows at most `window` days apart: arrays
    i, j and their similarity."""
    n = x.shape[0]
    known = np.array([d is not None for d in days], dtype=bool)
    day = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    order = np.lexsort((np.arange(n), day, ~known))  # undated first, then by day
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    out_i, out_j, out_s = [], [], []

    def compare(rows: np.ndarray, cols: np.ndarray) -> None:
        against = x[cols].T
        for start in range(0, len(rows), ROWS):
            r = rows[start : start + ROWS]
            sim = (x[r] @ against).tocoo()
            a, b = r[sim.row], cols[sim.col]
            # each pair once: from the later of its two articles in date
            # order (an undated article meets every dated one from its side)
            keep = (sim.data >= threshold) & ((rank[b] < rank[a]) | (known[b] & ~known[a]))
            a, b = a[keep], b[keep]
            out_i.append(np.minimum(a, b))
            out_j.append(np.maximum(a, b))
            out_s.append(sim.data[keep])

    undated = order[~known[order]]
    if len(undated):
        compare(undated, np.arange(n))
    dated = order[known[order]]
    dd = day[dated]
    for d in np.unique(dd):
        rows = dated[dd == d]
        lo = np.searchsorted(dd, d - window, side="left")
        hi = np.searchsorted(dd, d, side="right")
        compare(rows, dated[lo:hi])  # this day against itself and the days before
    if not out_i:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0, dtype=np.float32)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)


def clusters(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage clustering of n items over the known similarities
    (i, j, s), a pair not among them counting as 0: the two groups whose
    members are most alike on average are merged first, as long as that
    average is at least `threshold`. Groups of two or more, members sorted."""
    members: list[list[int]] = [[k] for k in range(n)]
    for _ in merge_steps(n, i, j, s, threshold, members):
        pass
    return [sorted(m) for m in members if len(m) > 1]


def merge_steps(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, threshold: float,
                members: list[list[int]]) -> Iterator[tuple[int, int, float]]:
    """The merges `clusters` makes, in order: (a, b, average) as group b
    goes into group a, `members` (one list per item, [[0], [1], …])
    updated in place before each is yielded. The one loop of the
    clustering, which the incremental relink replays (incremental._merges).

    Kept sparse: each group holds the sum of its similarities to each
    neighbouring group, so a merge adds two rows (the Lance-Williams update
    for average linkage) instead of recomputing a matrix."""
    import heapq

    size = [1] * n
    links = _links(n, np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64), np.asarray(s, dtype=np.float64))
    # only what could merge is queued: once the best average left is under
    # the threshold nothing merges, so an entry under it is never used
    # (most pairs are: 0.3 million of 1.1 million at 27,000 articles)
    heap = [(-v, a, b) for a in range(n) for b, v in links[a].items() if a < b and v >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        total = links[a].get(b)
        if total is None or abs(total / (size[a] * size[b]) + neg) > 1e-9:
            continue  # a group merged since: this entry is stale
        if size[a] < size[b]:
            a, b = b, a
        # b into a: a's sums to every neighbour gain b's
        for c, v in links[b].items():
            if c != a:
                links[a][c] = links[a].get(c, 0.0) + v
                links[c][a] = links[a][c]
                del links[c][b]
        del links[a][b]
        links[b] = {}
        size[a] += size[b]
        members[a] += members[b]
        members[b] = []
        yield a, b, -neg
        for c, v in links[a].items():
            avg = v / (size[a] * size[c])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(a, c), max(a, c)))


def _links(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> list[dict[int, float]]:
    """Each item's similarities to its neighbours, a pair given twice
    counted as the sum: dicts made a row at a time from sorted arrays (a
    million pairs set one at a time in Python were a third of `clusters`)."""
    keep = i != j
    a = np.concatenate([i[keep], j[keep]])
    b = np.concatenate([j[keep], i[keep]])
    v = np.concatenate([s[keep], s[keep]])
    order = np.lexsort((b, a))
    a, b, v = a[order], b[order], v[order]
    if len(a) > 1 and ((a[1:] == a[:-1]) & (b[1:] == b[:-1])).any():  # a pair given twice: summed in order
        links: list[dict[int, float]] = [{} for _ in range(n)]
        for x, y, w in zip(i.tolist(), j.tolist(), s.tolist(), strict=True):
            if x != y:
                links[x][y] = links[x].get(y, 0.0) + w
                links[y][x] = links[x][y]
        return links
    starts = np.searchsorted(a, np.arange(n + 1))
    bl, vl, sl = b.tolist(), v.tolist(), starts.tolist()
    return [dict(zip(bl[sl[k] : sl[k + 1]], vl[sl[k] : sl[k + 1]], strict=True)) for k in range(n)]


def far_similarity(x, days: list[int | None], rows: np.ndarray, gap: int, k: int, chunk: int = 500) -> np.ndarray:
    """For each of `rows` of the L2-normalized matrix `x`, the mean of its k
    highest cosines to rows at least `gap` days away: how much its topic
    recurs outside its own days (an undated row, or one with nothing that
    far, gets 0). An array of n values, 0 outside `rows`."""
    n = x.shape[0]
    out = np.zeros(n, dtype=np.float32)
    known = np.array([d is not None for d in days], dtype=bool)
    day = np.array([d if d is not None else 0 for d in days], dtype=np.int64)
    rows = np.asarray(rows, dtype=np.int64)
    rows = rows[known[rows]]
    dated = np.flatnonzero(known)
    for d in np.unique(day[rows]):
        r = rows[day[rows] == d]
        cols = dated[np.abs(day[dated] - d) >= gap]
        if not len(cols):
            continue
        xc = x[cols].T.tocsc()
        for start in range(0, len(r), chunk):
            rr = r[start : start + chunk]
            sim = (x[rr] @ xc).toarray()
            top = np.partition(sim, sim.shape[1] - k, axis=1)[:, -k:] if sim.shape[1] > k else sim
            out[rr] = top.mean(axis=1)
    return out


def far_nearest(feats, days: list[int | None], rows: np.ndarray, cols: np.ndarray, gap: int, k: int, keys: list,
                chunk: int = 500, made: dict | None = None):
    """For each of `rows` (dated), its k highest TF-IDF cosines to those of
    `cols` (dated) at least `gap` days away, highest first (float32), and
    those articles' keys: (row, values, keys) for each row with any. The
    cosines are computed over these articles alone, and are the ones
    computed over any others (vectors.tfidf). `made` keeps the matrix of
    one set of articles for the next call over the same set (a link asks
    twice against every dated article: the stories checked, then the
    members of the ones that could join a major event)."""
    from briefings.stories.vectors import tfidf

    local = np.union1d(rows, cols)
    sign = local.tobytes()
    if made is not None and made.get("local") == sign:
        x = made["x"]
    else:
        x = tfidf([feats[p] for p in local])
        if made is not None:
            made.update(local=sign, x=x)
    day = np.array([days[p] for p in local.tolist()], dtype=np.int64)
    r_at, c_at = np.searchsorted(local, rows), np.searchsorted(local, cols)
    for d in np.unique(day[r_at]):
        r = r_at[day[r_at] == d]
        c = c_at[np.abs(day[c_at] - d) >= gap]
        if not len(c):
            continue
        xc = x[c].T.tocsc()
        for start in range(0, len(r), chunk):
            rr = r[start : start + chunk]
            sim = (x[rr] @ xc).toarray()
            top = np.argpartition(-sim, k - 1, axis=1)[:, :k] if sim.shape[1] > k else np.tile(np.arange(sim.shape[1]), (len(rr), 1))
            vals = np.take_along_axis(sim, top, axis=1)
            order = np.argsort(-vals, axis=1, kind="stable")
            vals = np.take_along_axis(vals, order, axis=1).astype(np.float32)
            top = np.take_along_axis(top, order, axis=1)
            for n, row in enumerate(rr.tolist()):
                yield int(local[row]), vals[n], tuple(keys[int(local[c[q]])] for q in top[n].tolist())
