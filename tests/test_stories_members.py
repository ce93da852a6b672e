"""The eighth round's story checks (refine.py) on generated pairs: a story
one outlet wrote most of is clustered again, and a member whose best link
inside its story is weak is taken out."""

from __future__ import annotations

import numpy as np
from test_stories import two_templates

from briefings.stories.cluster import clusters
from briefings.stories.refine import MIN_CHECKED, ONE_OUTLET, WEAK, refine, without_weak


def test_a_story_mostly_of_one_outlet_is_clustered_again():
    i, j, s = two_templates()
    [joined] = clusters(12, i, j, s, 0.08)
    keys = [frozenset({7}) for _ in range(12)]  # a core key in all twelve: an event by its keys
    several = np.arange(12) % 4  # four outlets, three articles each
    assert refine([joined], 12, i, j, s, keys, 0.08, None, several) == [list(range(12))]
    one = np.zeros(12, dtype=np.int64)
    one[:2] = [1, 2]  # ten of twelve from one outlet
    assert 10 > ONE_OUTLET * 12
    assert refine([joined], 12, i, j, s, keys, 0.08, None, one) == [list(range(6)), list(range(6, 12))]
    # without outlets given the check does not apply
    assert refine([joined], 12, i, j, s, keys, 0.08) == [list(range(12))]


def story_with_a_straggler(n: int, weak: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """n items alike (0.5), and one more, n, a little like each (`weak`)."""
    i, j, s = [], [], []
    for a in range(n + 1):
        for b in range(a + 1, n + 1):
            i.append(a)
            j.append(b)
            s.append(weak if b == n else 0.5)
    return np.array(i), np.array(j), np.array(s)


def test_a_member_like_no_other_member_is_taken_out():
    n = MIN_CHECKED + 1
    i, j, s = story_with_a_straggler(n, WEAK / 2)
    [joined] = clusters(n + 1, i, j, s, 0.08)
    assert joined == list(range(n + 1))  # average linkage lets it in: WEAK / 2 is above 0.08
    assert without_weak([joined], n + 1, i, j, s) == [list(range(n))]
    # one link as strong as WEAK keeps it
    s2 = s.copy()
    s2[np.flatnonzero((i == 0) & (j == n))] = WEAK
    assert without_weak([joined], n + 1, i, j, s2) == [joined]
    # a story smaller than MIN_CHECKED is not pruned
    i3, j3, s3 = story_with_a_straggler(MIN_CHECKED - 2, WEAK / 2)
    small = list(range(MIN_CHECKED - 1))
    assert without_weak([small], len(small), i3, j3, s3) == [small]
    # a strong link to an article of another story does not count
    i4, j4, s4 = np.append(i, [n, n + 1]), np.append(j, [n + 1, n + 2]), np.append(s, [0.9, 0.9])
    assert without_weak([joined, [n + 1, n + 2]], n + 3, i4, j4, s4) == [list(range(n)), [n + 1, n + 2]]


def two_reports(n: int, across: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Two stories of n items each, alike within (0.5), `across` between."""
    i, j, s = [], [], []
    for a in range(2 * n):
        for b in range(a + 1, 2 * n):
            i.append(a)
            j.append(b)
            s.append(0.5 if (a < n) == (b < n) else across)
    return np.array(i), np.array(j), np.array(s)


def test_two_stories_of_one_event_are_joined():
    from briefings.stories.refine import EVENT_BACKGROUND, JOIN, join_events

    n = MIN_CHECKED
    stories = [list(range(n)), list(range(n, 2 * n))]
    i, j, s = two_reports(n, JOIN + 0.01)
    event = np.full(2 * n, EVENT_BACKGROUND / 2)
    shared = [frozenset({7}) for _ in range(2 * n)]  # the bombed town in every report
    assert join_events(stories, 2 * n, i, j, s, shared, event) == [list(range(2 * n))]
    # no core key in common: two events
    apart = [frozenset({7 + (k >= n)}) for k in range(2 * n)]
    assert join_events(stories, 2 * n, i, j, s, apart, event) == stories
    # a running topic (its members recur on other days) is not joined
    topic = np.full(2 * n, EVENT_BACKGROUND + 0.05)
    assert join_events(stories, 2 * n, i, j, s, shared, topic) == stories
    # too unlike on average
    i2, j2, s2 = two_reports(n, JOIN / 2)
    assert join_events(stories, 2 * n, i2, j2, s2, shared, event) == stories
    # a story smaller than MIN_CHECKED is not joined
    small = [list(range(n)), list(range(n, 2 * n - 1))]
    assert join_events(small, 2 * n, i, j, s, shared, event) == small
