"""The fifteenth round's check on large stories (refine.tied): after the
joins, a member of a story of TIED_FROM or more is kept only when TIES
other members score STRONG or more with it."""

from __future__ import annotations

import numpy as np

from briefings.stories.cluster import clusters
from briefings.stories.refine import STRONG, TIED_FROM, TIES, tied


def pairs(scores: dict[tuple[int, int], float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    keys = sorted(scores)
    return (np.array([a for a, _ in keys]), np.array([b for _, b in keys]),
            np.array([scores[k] for k in keys], dtype=np.float64))


def event_and_followers(n: int, follower: float, links: int) -> dict[tuple[int, int], float]:
    """n reports of one event, each pair 0.5, and one more article, n,
    scoring `follower` with the first `links` reports and a little (0.1)
    with the rest."""
    out = {(a, b): 0.5 for a in range(n) for b in range(a + 1, n)}
    out.update({(a, n): follower if a < links else 0.1 for a in range(n)})
    return out


def test_a_member_tied_to_too_few_members_is_taken_out():
    n = TIED_FROM + 1
    i, j, s = pairs(event_and_followers(n, STRONG, TIES - 1))
    [story] = clusters(n + 1, i, j, s, 0.08)
    assert story == list(range(n + 1))  # average linkage lets it in
    assert tied([story], n + 1, i, j, s) == [list(range(n))]
    # one more tie as strong as STRONG keeps it
    i, j, s = pairs(event_and_followers(n, STRONG, TIES))
    assert tied([story], n + 1, i, j, s) == [story]
    # ties just under STRONG do not count
    i, j, s = pairs(event_and_followers(n, STRONG - 0.01, n))
    assert tied([story], n + 1, i, j, s) == [list(range(n))]


def test_a_running_topic_keeps_only_its_tied_reports():
    # happenings of one topic, two reports each (0.6 between them), every
    # other pair 0.12: average linkage makes one story of them all
    n = TIED_FROM + TIED_FROM % 2
    scores = {(a, b): 0.12 for a in range(n) for b in range(a + 1, n)}
    scores.update({(a, a + 1): 0.6 for a in range(0, n, 2)})
    i, j, s = pairs(scores)
    [story] = clusters(n, i, j, s, 0.08)
    assert story == list(range(n)) and TIES > 1 and 0.12 < STRONG
    assert tied([story], n, i, j, s) == []  # none is tied to TIES others: all left alone
    # one happening told by TIES + 1 outlets keeps its reports
    scores.update({(a, b): 0.6 for a in range(TIES + 1) for b in range(a + 1, TIES + 1)})
    i, j, s = pairs(scores)
    assert tied([story], n, i, j, s) == [list(range(TIES + 1))]


def test_small_stories_and_ties_outside_a_story_are_left_as_they_are():
    small = list(range(TIED_FROM - 1))
    i, j, s = pairs({(a, a + 1): STRONG / 2 for a in range(len(small) - 1)})
    assert tied([small], len(small), i, j, s) == [small]
    # the follower's strong scores to another story's members do not count
    n = TIED_FROM + 1
    scores = event_and_followers(n, 0.1, 0)
    scores.update({(n, n + 1 + k): 0.9 for k in range(TIES)})
    scores.update({(n + 1 + a, n + 1 + b): 0.9 for a in range(TIES) for b in range(a + 1, TIES)})
    i, j, s = pairs(scores)
    other = list(range(n + 1, n + 1 + TIES))
    assert tied([list(range(n + 1)), other], n + 1 + TIES, i, j, s) == [list(range(n)), other]
