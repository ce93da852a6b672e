"""The running-topic check of stories (refine.py, cluster.far_similarity)
on generated vectors and pairs: a story whose members recur outside their
days is clustered again, an event's story is kept."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix
from test_stories import two_templates

from briefings.stories.cluster import clusters, far_similarity
from briefings.stories.refine import BACKGROUND, FAR, NEAREST, refine


def unit_rows(rows: list[list[float]]) -> csr_matrix:
    m = np.array(rows, dtype=np.float32)
    return csr_matrix(m / np.linalg.norm(m, axis=1, keepdims=True))


def test_background_is_the_mean_of_the_nearest_articles_far_enough_away():
    # topic a on days 0, 1 and 10; topic b on day 0 and day 2 only (within FAR)
    x = unit_rows([[1, 0, 0], [1, 0.1, 0], [1, 0, 0.1], [0, 1, 0], [0, 1, 0.05], [1, 0, 0]])
    days = [0, 1, 10, 0, 2, None]
    assert FAR > 2 and NEAREST == 3
    got = far_similarity(x, days, np.arange(6), FAR, 1)
    assert got[0] > 0.99 and got[1] > 0.99 and got[2] > 0.99  # topic a recurs ten days on
    assert got[3] < 0.01 and got[4] < 0.01  # topic b's twin is two days away: its own days
    assert got[5] == 0  # undated: no background
    # only the rows asked for are computed; with k nearest, the mean of k
    got = far_similarity(x, days, np.array([2]), FAR, 2)
    assert got[0] == 0 and 0.9 < got[2] < 1.0


def test_a_story_with_a_core_that_recurs_outside_its_days_is_clustered_again():
    i, j, s = two_templates()
    [joined] = clusters(12, i, j, s, 0.08)
    keys = [frozenset({7, 100 + (k >= 6)}) for k in range(12)]  # a core key in all twelve
    quiet = np.full(12, BACKGROUND / 2, dtype=np.float32)
    assert refine([joined], 12, i, j, s, keys, 0.08, quiet) == [list(range(12))]
    recurring = np.full(12, BACKGROUND + 0.05, dtype=np.float32)
    assert refine([joined], 12, i, j, s, keys, 0.08, recurring) == [list(range(6)), list(range(6, 12))]
    # the mean decides: a few recurring members do not make an event a topic
    some = quiet.copy()
    some[:2] = 0.9
    assert float(some.mean()) < BACKGROUND
    assert refine([joined], 12, i, j, s, keys, 0.08, some) == [list(range(12))]
