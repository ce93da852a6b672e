"""Average linkage clustered again only where a change can reach: what
`cluster.clusters` gives over all the pairs, computed from the last
call's clusters, the articles added and those gone.

Why a part can be clustered alone. Every merge `clusters` makes joins two
groups of one final cluster; so the merges inside a final cluster are
made in the order and with the sums they would be made alone, and the
clusters of a union of final clusters R are those of R clustered alone,
as long as no group formed inside R would merge with a group formed
outside it. A group formed inside a cluster is a node of its dendrogram
(one article, or the members after one of its merges), alive from the
merge that formed it until the merge that takes it into a larger group;
merges come in falling order of their scores (average linkage never
merges above its last merge). Two groups could merge only if their
average w is at least the threshold, each was formed before the other
was taken, and neither was taken at a score above w (that merge came
first). When no node of a cluster of R and node of a cluster outside R
meet that, R's clusters with the others' are the clusters of the whole.
(A bound without the lifetimes, any two nodes averaging the threshold,
sent most of a 10,000-article collection into R: two articles of
different stories often score the threshold and more, each having been
merged first at a higher score.)

So: R starts as the articles added, the clusters that lost a member
(their members' merges change) and the clusters an added article scores
the threshold with; R is clustered alone; each of its clusters is
checked against the clusters outside it that it has a pair with (their
dendrograms: the cluster clustered alone, `_merges`), and a cluster
outside that fails the check joins R, which is clustered again. Outside
R the last call's clusters stay (their members and pairs unchanged, their
merges are the same). What comes out is `clusters` of all the pairs,
sorted; tests add articles one by one and compare
(`tests/test_stories_incremental.py`).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from briefings.stories.cluster import clusters, merge_steps

SLACK = 1e-9  # an average this close under the threshold counts as at it: the check errs towards clustering again


def recluster(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, threshold: float, last: list[list[int]],
              fresh: np.ndarray) -> list[list[int]]:
    """`clusters(n, i, j, s, threshold)`, sorted, given `last`: the last
    call's clusters in this call's indices (-1 for a member gone) and
    `fresh`: the articles (a boolean mask) the last call did not have."""
    group = np.full(n, -1, dtype=np.int64)  # each article's cluster of the last call (-1: alone)
    inside = np.zeros(n, dtype=bool)
    for c, members in enumerate(last):
        alive = [m for m in members if m >= 0]
        group[alive] = c
        if len(alive) < len(members):
            inside[alive] = True  # a cluster that lost a member is clustered again
    inside |= fresh
    # the clusters an added article scores the threshold with: the check
    # would send them in one round later
    strong = (s >= threshold) & (fresh[i] | fresh[j])
    near = np.union1d(i[strong], j[strong])
    _take(inside, group, near)
    while True:
        r = np.flatnonzero(inside)
        found = _part(r, inside, i, j, s, threshold)
        failed = _failing(found, inside, group, i, j, s, threshold)
        if failed is None:
            return sorted(sorted(c) for c in clusters(n, i, j, s, threshold))
        if not len(failed):
            break
        _take(inside, group, failed)
    out = [sorted(m for m in c if m >= 0) for c in last if not any(inside[m] for m in c if m >= 0)]
    out += found
    return sorted(sorted(c) for c in out if len(c) > 1)


def _take(inside: np.ndarray, group: np.ndarray, articles: np.ndarray) -> None:
    """The articles, and every member of their clusters, into R."""
    if not len(articles):
        return
    inside[articles] = True
    clustered = np.unique(group[articles])
    clustered = clustered[clustered >= 0]
    if len(clustered):
        inside[np.isin(group, clustered)] = True


def _part(r: np.ndarray, inside: np.ndarray, i: np.ndarray, j: np.ndarray, s: np.ndarray,
          threshold: float) -> list[list[int]]:
    """The clusters of the articles r (sorted) clustered alone, in their
    indices: every one of r in one, alone or not."""
    both = inside[i] & inside[j]
    li, lj = np.searchsorted(r, i[both]), np.searchsorted(r, j[both])
    found = [r[c].tolist() for c in clusters(len(r), li, lj, s[both], threshold)]
    held = np.zeros(len(r), dtype=bool)
    for c in found:
        held[np.searchsorted(r, c)] = True
    return found + [[int(m)] for m in r[~held]]


def _failing(found: list[list[int]], inside: np.ndarray, group: np.ndarray, i: np.ndarray, j: np.ndarray,
             s: np.ndarray, threshold: float) -> np.ndarray | None:
    """The articles outside R of the clusters that fail the check against
    R's clusters `found` (empty: none fails; None: a dendrogram could not
    be made again as `clusters` made it, so only a whole clustering is sure)."""
    n = len(inside)
    # each article's cluster: outside R the last call's (or itself alone,
    # n + its index), in R its place in `found` (2n + it)
    gid = np.where(group >= 0, group, n + np.arange(n))
    for k, c in enumerate(found):
        gid[c] = 2 * n + k
    cross = inside[i] != inside[j]
    a = np.where(inside[i[cross]], i[cross], j[cross])  # the side in R
    b = np.where(inside[i[cross]], j[cross], i[cross])
    v = s[cross].astype(np.float64)
    if not len(a):
        return np.empty(0, dtype=np.int64)
    order = np.lexsort((gid[b], gid[a]))
    a, b, v = a[order], b[order], v[order]
    ga, gb = gid[a], gid[b]
    cuts = np.flatnonzero((ga[1:] != ga[:-1]) | (gb[1:] != gb[:-1])) + 1
    runs = [(lo, hi) for lo, hi in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(a)].tolist(), strict=True)
            # pairs summing under the threshold: no two nodes average it
            if v[lo:hi].sum() >= threshold - SLACK]
    if not runs:
        return np.empty(0, dtype=np.int64)
    # the pairs inside each cluster a run touches, by cluster
    touched = np.unique(np.concatenate([[ga[lo], gb[lo]] for lo, _ in runs]))
    of = np.isin(gid, touched)
    own = of[i] & of[j] & (gid[i] == gid[j])
    oi, oj, os_ = i[own], j[own], s[own]
    order = np.argsort(gid[oi], kind="stable")
    oi, oj, os_ = oi[order], oj[order], os_[order]
    og = gid[oi]
    nodes: dict[int, Tree | None] = {}
    members: dict[int, np.ndarray] = {}

    def node_list(g: int, member: int) -> Tree | None:
        if g not in nodes:
            ms = np.array(found[g - 2 * n], dtype=np.int64) if g >= 2 * n else (
                np.array([member], dtype=np.int64) if g >= n else np.flatnonzero(group == g))
            lo, hi = np.searchsorted(og, g, side="left"), np.searchsorted(og, g, side="right")
            members[g] = ms
            nodes[g] = _nodes(ms, np.searchsorted(ms, oi[lo:hi]), np.searchsorted(ms, oj[lo:hi]), os_[lo:hi], threshold)
        return nodes[g]

    failed: list[np.ndarray] = []
    for lo, hi in runs:
        x, y = int(ga[lo]), int(gb[lo])
        nx, ny = node_list(x, int(a[lo])), node_list(y, int(b[lo]))
        if nx is None or ny is None:
            return None
        if _meets(nx, ny, np.searchsorted(members[x], a[lo:hi]), np.searchsorted(members[y], b[lo:hi]), v[lo:hi],
                  threshold):
            failed.append(members[y])
    return np.concatenate(failed) if failed else np.empty(0, dtype=np.int64)


class Tree(NamedTuple):
    """A final cluster's dendrogram: each node a boolean mask over its
    sorted members (every member alone first, then the group after each
    merge, in order), the score of the merge that formed it (inf for one
    member) and of the merge that took it into a larger group (-inf for
    the cluster itself)."""

    nodes: np.ndarray  # (nodes × members) booleans
    formed: np.ndarray
    taken: np.ndarray


def _nodes(members: np.ndarray, li: np.ndarray, lj: np.ndarray, ls: np.ndarray, threshold: float) -> Tree | None:
    """The dendrogram of a final cluster as `clusters` merges it over the
    cluster's own pairs (li, lj: places among the members); None when it
    does not end in the one cluster (`clusters` then formed it otherwise
    than over its own pairs)."""
    m = len(members)
    merged = _merges(m, li, lj, ls, threshold) if m > 1 else []
    nodes = np.zeros((m + len(merged), m), dtype=bool)
    nodes[np.arange(m), np.arange(m)] = True
    formed = np.full(m + len(merged), np.inf)
    taken = np.full(m + len(merged), -np.inf)
    for k, (group, value, parts) in enumerate(merged):
        nodes[m + k, group] = True
        formed[m + k] = value
        taken[list(parts)] = value
    if m > 1 and (not merged or len(merged[-1][0]) != m):
        return None
    return Tree(nodes, formed, taken)


def _merges(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, threshold: float) -> list[tuple[list[int], float, tuple[int, int]]]:
    """The groups `cluster.clusters` forms, in the order it forms them,
    with the score of each merge and the nodes it joins (numbered as
    `Tree` numbers them): its own loop (`cluster.merge_steps`), each merge
    noted."""
    members: list[list[int]] = [[k] for k in range(n)]
    node = list(range(n))  # the node each group is now
    out: list[tuple[list[int], float, tuple[int, int]]] = []
    for a, b, score in merge_steps(n, i, j, s, threshold, members):
        out.append((list(members[a]), score, (node[a], node[b])))
        node[a] = n + len(out) - 1
    return out


def _meets(tx: Tree, ty: Tree, a: np.ndarray, b: np.ndarray, v: np.ndarray, threshold: float) -> bool:
    """Whether a node of one dendrogram and a node of the other could merge
    were the two clusters clustered together (a, b, v: the pairs between
    them, a and b members' places in their clusters). Two nodes merge
    only if their average w is at least the threshold while both are
    groups: each formed before the other was taken into a larger group,
    and neither taken at a score above w (the larger score is merged first)."""
    floor = threshold - SLACK
    wx = tx.nodes.astype(np.float64) @ np.bincount(a, weights=v, minlength=tx.nodes.shape[1])
    wy = ty.nodes.astype(np.float64) @ np.bincount(b, weights=v, minlength=ty.nodes.shape[1])
    sx, sy = tx.nodes.sum(axis=1), ty.nodes.sum(axis=1)
    # a node's pairs to the whole other cluster, over its size, bound its
    # average with any node there
    xs = np.flatnonzero(wx >= np.maximum(floor, tx.taken - SLACK) * sx)
    ys = np.flatnonzero(wy >= np.maximum(floor, ty.taken - SLACK) * sy)
    if not len(xs) or not len(ys):
        return False
    # the sums between every candidate pair of nodes
    pairs = np.zeros((tx.nodes.shape[1], ty.nodes.shape[1]))
    np.add.at(pairs, (a, b), v)
    sums = tx.nodes[xs].astype(np.float64) @ pairs @ ty.nodes[ys].astype(np.float64).T
    w = sums / np.outer(sx[xs], sy[ys])
    fx, px = tx.formed[xs][:, None], tx.taken[xs][:, None]
    fy, py = ty.formed[ys][None, :], ty.taken[ys][None, :]
    could = ((w >= floor) & (w >= px - SLACK) & (w >= py - SLACK)
             & (fx >= py - SLACK) & (fy >= px - SLACK))
    return bool(could.any())
