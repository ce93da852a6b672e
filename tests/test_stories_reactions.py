"""The seventeenth round of helpers's join of a major event's reactions
(refine.with_reactions): a smaller story whose members are each tied to
several of a major event's reports, in the event's days, joins it; a
story tied too weakly, to too few reports, outside the event's days, or
to a story that is no major event stays apart."""

from __future__ import annotations

import numpy as np

from briefings.stories.refine import (
    EVENT_BACKGROUND,
    EVENT_FROM,
    REACTION,
    REACTION_BACKGROUND,
    REACTION_SHARE,
    REACTION_TIES,
    with_reactions,
)

EVENT = list(range(EVENT_FROM))  # a major event's reports, days 10 and 11
SMALL = [EVENT_FROM, EVENT_FROM + 1]  # its funeral, told in two reports of day 12
N = EVENT_FROM + 2


def _pairs(score: float, ties: int, tied: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The event's reports tied to each other at 0.3, and `tied` of the
    small story's members each tied to `ties` of the reports at `score`."""
    i, j, s = [], [], []
    for a in EVENT:
        for b in EVENT:
            if a < b:
                i.append(a)
                j.append(b)
                s.append(0.3)
    i.append(SMALL[0])
    j.append(SMALL[1])
    s.append(0.3)
    for m in SMALL[:tied]:
        for a in EVENT[:ties]:
            i.append(a)
            j.append(m)
            s.append(score)
    return np.array(i), np.array(j), np.array(s)


def _days(small_day: int = 12) -> list[int | None]:
    return [10 + (k % 2) for k in EVENT] + [small_day] * len(SMALL)


def _background(value: float = 0.15) -> np.ndarray:
    out = np.zeros(N, dtype=np.float32)
    out[EVENT] = value
    return out


def test_a_story_tied_to_a_major_event_in_its_days_joins_it():
    i, j, s = _pairs(REACTION, REACTION_TIES)
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days()) == [EVENT + SMALL]
    # half its members tied is enough
    assert REACTION_SHARE <= 0.5
    i, j, s = _pairs(REACTION, REACTION_TIES, tied=1)
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days()) == [EVENT + SMALL]


def test_a_story_tied_too_weakly_or_to_too_few_reports_stays_apart():
    i, j, s = _pairs(REACTION - 0.01, REACTION_TIES)
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days()) == [EVENT, SMALL]
    i, j, s = _pairs(REACTION, REACTION_TIES - 1)
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days()) == [EVENT, SMALL]


def test_a_story_outside_the_events_days_stays_apart():
    i, j, s = _pairs(REACTION, REACTION_TIES)
    # a day after the event's last is within; two days after or before its first is not
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days(12)) == [EVENT + SMALL]
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days(13)) == [EVENT, SMALL]
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days(8)) == [EVENT, SMALL]


def test_only_a_major_event_takes_reactions():
    i, j, s = _pairs(REACTION, REACTION_TIES)
    # a running topic (members as like other weeks' articles) is no event
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(EVENT_BACKGROUND + 0.01), _days()) == [EVENT, SMALL]
    # nor is a story under EVENT_FROM
    short = EVENT[:-1]
    keep = (np.isin(i, short) | np.isin(i, SMALL)) & (np.isin(j, short) | np.isin(j, SMALL))
    got = with_reactions([short, SMALL], N, i[keep], j[keep], s[keep], _background(), _days())
    assert got == [short, SMALL]


def test_a_running_topic_tied_to_an_event_stays_apart():
    # a governor's receptions the week of a bombing in his region: tied to
    # its reports by his name and the place, but recurring in other weeks
    i, j, s = _pairs(REACTION, REACTION_TIES)
    background = _background()
    background[SMALL] = REACTION_BACKGROUND
    assert with_reactions([EVENT, SMALL], N, i, j, s, background, _days()) == [EVENT, SMALL]
    background[SMALL] = REACTION_BACKGROUND - 0.01
    assert with_reactions([EVENT, SMALL], N, i, j, s, background, _days()) == [EVENT + SMALL]


def test_a_story_tied_to_two_events_joins_the_one_more_of_its_members_are_tied_to():
    other = list(range(N, N + EVENT_FROM))
    small = [N + EVENT_FROM, N + EVENT_FROM + 1]
    n = N + EVENT_FROM + 2
    i, j, s = [], [], []
    for a in small:  # both members tied to the first event, one to the second
        for e in EVENT[:REACTION_TIES]:
            i.append(e)
            j.append(a)
            s.append(REACTION)
    for e in other[:REACTION_TIES]:
        i.append(e)
        j.append(small[0])
        s.append(REACTION)
    background = np.zeros(n, dtype=np.float32)
    days = [10] * n
    got = with_reactions([EVENT, other, small], n, np.array(i), np.array(j), np.array(s), background, days)
    assert got == sorted([sorted(EVENT + small), other])


def test_given_keys_a_major_event_needs_a_key_crowding_into_its_days():
    i, j, s = _pairs(REACTION, REACTION_TIES)
    # a collection of three days: the event's days hold all of it, no key
    # can crowd into them, so nothing is known to be a major event
    keys = [frozenset({7}) for _ in EVENT] + [frozenset() for _ in SMALL]
    assert with_reactions([EVENT, SMALL], N, i, j, s, _background(), _days(), keys) == [EVENT, SMALL]
    # the same among sixty articles of a week before: its key is its days'
    filler = 60
    n = N + filler
    days = _days() + [k % 6 for k in range(filler)]
    keys += [frozenset() for _ in range(filler)]
    background = np.zeros(n, dtype=np.float32)
    background[EVENT] = 0.15
    assert with_reactions([EVENT, SMALL], n, i, j, s, background, days, keys) == [EVENT + SMALL]
    # its key as common outside its days as in them: no event
    keys = [frozenset({7}) for _ in EVENT] + [frozenset() for _ in SMALL] + [frozenset({7}) for _ in range(filler)]
    assert with_reactions([EVENT, SMALL], n, i, j, s, background, days, keys) == [EVENT, SMALL]
