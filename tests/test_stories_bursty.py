"""The bursty-core check of stories (refine.Days): a story's core key must
crowd into the story's days, as an event's does, not be named every day
of the collection, as a sender of telegrams or a front's city is."""

from __future__ import annotations

from test_stories import two_templates

from briefings.stories.cluster import clusters
from briefings.stories.refine import BURST, BURST_CORE, Days, refine

CORE_KEY, OTHER = 7, 9


def collection(core_days: list[int]) -> tuple[list[int | None], list[frozenset[int]]]:
    """Twelve story members on days 10 and 11 holding CORE_KEY (and, four
    by four, a key of their own: a third of the story, under BURST_CORE),
    then 40 other articles on days 0 to 19 (two a day), those on
    `core_days` holding CORE_KEY too."""
    days: list[int | None] = [10 + (k % 2) for k in range(12)]
    keys = [frozenset({CORE_KEY, 100 + k // 4}) for k in range(12)]
    assert 4 < BURST_CORE * 12
    for d in range(20):
        for _ in range(2):
            days.append(d)
            keys.append(frozenset({CORE_KEY, OTHER}) if d in core_days else frozenset({OTHER}))
    return days, keys


def test_a_key_named_only_in_the_storys_days_is_bursty_one_named_every_day_is_not():
    story = list(range(12))
    days, keys = collection(core_days=[])  # only the story's days name the key
    assert Days(days, keys).bursty(story, keys)
    days, keys = collection(core_days=list(range(20)))  # every day names it
    assert not Days(days, keys).bursty(story, keys)
    # another key crowding into the days, held by BURST_CORE of the members, does
    part = [0, 1, 2, 3, 4, 5]  # key 100 in four of six
    assert 4 >= BURST_CORE * 6 and Days(days, keys).bursty(part, keys)


def test_the_share_of_the_storys_days_is_what_a_key_is_weighed_against():
    days, keys = collection(core_days=[])
    crowd = Days(days, keys)
    assert crowd.share(10, 11) == (12 + 4) / 52
    assert crowd.share(0, 19) == 1.0
    # a story spanning the whole collection: no key can crowd into its days
    wide = [0, 19] + list(range(2, 12))
    wide_days = list(days)
    wide_days[0], wide_days[1] = 0, 19
    assert (Days(wide_days, keys).share(0, 19)) * BURST > 1
    assert not Days(wide_days, keys).bursty(wide, keys)


def test_undated_members_cannot_be_judged_and_pass():
    days, keys = collection(core_days=list(range(20)))
    days = [None] * 12 + days[12:]
    assert Days(days, keys).bursty(list(range(12)), keys)


def test_a_story_whose_core_key_is_named_every_day_is_clustered_again():
    i, j, s = two_templates()
    [joined] = clusters(12, i, j, s, 0.08)
    n = 52
    # as refine sees them: the pairs of the twelve story members only
    for core_days, want in (([], [list(range(12))]), (list(range(20)), [list(range(6)), list(range(6, 12))])):
        days, keys = collection(core_days)
        assert refine([joined], n, i, j, s, keys, 0.08, None, None, days) == want
    # without days the check is not made (a collection whose days are unknown)
    days, keys = collection(list(range(20)))
    assert refine([joined], n, i, j, s, keys, 0.08) == [list(range(12))]


def test_a_key_only_half_again_as_crowded_in_the_storys_days_is_not_an_events():
    """BURST: a key half of whose articles are in the story's days, where
    the collection has under a third of its articles (a lift of 1.63), is
    a running topic's (the story is clustered again); one with 12 of 22
    there (a lift of 1.77) crowds in as an event's key does."""
    story = list(range(12))
    for outside, lift, bursty in ((range(6), 12 / 24 / (16 / 52), False), (range(5), 12 / 22 / (16 / 52), True)):
        days, keys = collection(core_days=list(outside))  # two more articles name the key each of these days
        assert (lift >= BURST) is bursty
        assert Days(days, keys).bursty(story, keys) is bursty
