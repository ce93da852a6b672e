"""Which articles go together: wire copies first, then stories among the
canonical articles, each story carrying the copies of its members.

The score of two articles is the mean of two TF-IDF cosines, over all
their words and over their titles, halved when one outlet published both
(an outlet rarely reports one event twice in three days; it often runs a
template twice: the Eid party of one ministry, then of another). Stories
are the average-linkage clusters of the scores at or above THRESHOLD,
those of a template's run (no specific key at their core) or of a running
topic (members as like other weeks' articles as each other) clustered
again more strictly (refine.py); the numbers were chosen on the tune half of bench/data/story-pairs.tsv
(bench/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from briefings.stories.cluster import WINDOW, clusters, far_similarity, similar_pairs
from briefings.stories.copies import CopyGroup, copy_groups
from briefings.stories.features import Features
from briefings.stories.refine import FAR, MIN_CHECKED, NEAREST, refine, specific_sets
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


def scores(feats: list[Features], window: int = WINDOW, x=None):
    """Pairs (i < j) of articles at most `window` days apart that share
    enough words to be compared, with their scores (`x`: the articles'
    TF-IDF rows, when already made)."""
    x = tfidf(feats) if x is None else x
    i, j, s = similar_pairs(x, [f.day for f in feats], FLOOR, window)
    t = row_dots(tfidf(feats, field="title_terms"), i, j)
    codes: dict[str, int] = {}
    # an article of no known outlet is of an outlet of its own
    outlet = np.array([codes.setdefault(f.outlet, len(codes)) if f.outlet else -1 - k for k, f in enumerate(feats)])
    same = outlet[i] == outlet[j]
    return i, j, (s + t) / 2 * np.where(same, SAME_OUTLET, 1.0)


def canonical_rows(n: int, groups) -> tuple[np.ndarray, np.ndarray]:
    """Each of n articles' canonical article (itself outside a copy group),
    and the canonical articles in order: stories are linked among those."""
    canonical = np.arange(n)
    for g in groups:
        canonical[g.members] = g.canonical
    return canonical, np.flatnonzero(canonical == np.arange(n))


def link(feats: list[Features], threshold: float = THRESHOLD, window: int = WINDOW) -> Linked:
    groups = copy_groups(feats)
    canonical, canon = canonical_rows(len(feats), groups)
    sub = [feats[k] for k in canon]
    x = tfidf(sub)
    i, j, s = scores(sub, window, x)
    found = clusters(len(sub), i, j, s, threshold)
    # only the members of a story that will be checked need a background
    checked = [k for c in found if len(c) >= MIN_CHECKED for k in c]
    background = far_similarity(x, [f.day for f in sub], np.array(checked, dtype=np.int64), FAR, NEAREST)
    found = refine(found, len(sub), i, j, s, specific_sets([f.specifics for f in sub]), threshold, background)
    stories = [canon[c].tolist() for c in found]
    return Linked(groups, sorted(stories), canonical)
