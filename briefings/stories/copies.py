"""Wire copies: one dispatch republished by several outlets, found with
MinHash LSH over shingles of normalized words and kept only when the texts
really are one text.

LSH proposes pairs whose shingles look alike (datasketch's `MinHashLSH`,
tuned to miss few pairs at a Jaccard of 0.5); each proposed pair is then
checked on the exact sets: the same normalized text, or the same words
(Jaccard ≥ 0.9), or one text's shingles nearly all inside the other's
while the two are of a length (an edited or trimmed copy). The last test
keeps a template apart (the same telegram of congratulation to another
president shares its frame, not its runs of names), and so a long
article that carries a whole dispatch among others. Groups are the
connected pairs; the canonical briefing of a group is the earliest, then
the longest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from briefings.stories.features import Features

LSH_THRESHOLD = 0.5  # shingle Jaccard above which LSH should propose a pair
LSH_WEIGHTS = (0.2, 0.8)  # weights of false positives and false negatives when datasketch picks its bands
# the bands datasketch's MinHashLSH picks for the threshold and weights above
# (a test holds them equal): 30 bands of 4 rows
LSH_BANDS, LSH_ROWS = 30, 4
WORD_JACCARD = 0.9  # the same words, whatever their order and punctuation
CONTAINMENT = 0.8  # share of the shorter text's shingles found in the longer
LENGTH_RATIO = 0.8  # shorter / longer, in shingles: a copy, not a dispatch inside a longer article


@dataclass
class CopyGroup:
    """Indices into the features given: the canonical one, then its copies
    (by date, then longest first)."""

    members: list[int]

    @property
    def canonical(self) -> int:
        return self.members[0]

    @property
    def copies(self) -> list[int]:
        return self.members[1:]


def candidate_pairs(feats: list[Features]) -> set[tuple[int, int]]:
    """Pairs (i < j) that MinHash LSH proposes as alike: those whose
    signatures are equal over all the rows of some band, as datasketch's
    `MinHashLSH` finds them (a test holds the pairs equal), banded here in
    NumPy so that a build does not import datasketch (about a second)."""
    if len(feats) < 2:
        return set()
    sig = np.stack([f.signature for f in feats])
    pairs: set[tuple[int, int]] = set()
    for band in range(LSH_BANDS):
        _, label = np.unique(sig[:, band * LSH_ROWS : (band + 1) * LSH_ROWS], axis=0, return_inverse=True)
        label = label.ravel()
        order = np.argsort(label, kind="stable")
        # only buckets of two or more (np.split made an array of each of
        # the 27,000 articles' buckets per band: a third of a second a band)
        cuts = np.flatnonzero(np.diff(label[order])) + 1
        starts, ends = np.concatenate([[0], cuts]), np.concatenate([cuts, [len(order)]])
        shared = np.flatnonzero(ends - starts > 1)
        ordered = order.tolist()
        for lo, hi in zip(starts[shared].tolist(), ends[shared].tolist(), strict=True):
            members = ordered[lo:hi]
            pairs.update((i, j) for k, i in enumerate(members) for j in members[k + 1 :])
    return pairs


def _overlap(x: np.ndarray, y: np.ndarray) -> int:
    return len(np.intersect1d(x, y, assume_unique=True))


def word_jaccard(a: Features, b: Features) -> float:
    inter = _overlap(a.words, b.words)
    union = len(a.words) + len(b.words) - inter
    return inter / union if union else 1.0


def is_copy(a: Features, b: Features) -> bool:
    """Whether two texts are one text, on their exact word and shingle sets."""
    if a.text_key == b.text_key:
        return True
    na, nb = len(a.words), len(b.words)
    # a Jaccard of 0.9 needs sizes within 0.9 of each other: most pairs end here
    if min(na, nb) >= WORD_JACCARD * max(na, nb) and word_jaccard(a, b) >= WORD_JACCARD:
        return True
    sa, sb = len(a.shingles), len(b.shingles)
    if min(sa, sb) < LENGTH_RATIO * max(sa, sb):
        return False
    return _overlap(a.shingles, b.shingles) >= CONTAINMENT * min(sa, sb)


def copy_pairs(feats: list[Features]) -> list[tuple[int, int]]:
    return sorted(p for p in candidate_pairs(feats) if is_copy(feats[p[0]], feats[p[1]]))


def canonical_order(feats: list[Features], members: list[int]) -> list[int]:
    """The earliest first (an unknown date last), then the longest, then by id."""
    return sorted(members, key=lambda i: (feats[i].day is None, feats[i].day or 0, -feats[i].chars, feats[i].id))


def groups_of(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected components of n nodes joined by pairs: lists of two or more."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not pairs:
        return []
    rows, cols = np.array(pairs).T
    graph = coo_matrix((np.ones(len(pairs), dtype=np.int8), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    return [c.tolist() for c in np.split(order, bounds) if len(c) > 1]


def copy_groups(feats: list[Features]) -> list[CopyGroup]:
    """The groups of copies among the articles, each in canonical order,
    ordered by their canonical member."""
    groups = [CopyGroup(canonical_order(feats, g)) for g in groups_of(len(feats), copy_pairs(feats))]
    return sorted(groups, key=lambda g: g.canonical)
