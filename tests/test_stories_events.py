"""The same-event check on the kind of event titles name (events.py): a
story that is a run of one template kind (fires, receptions) is cut into
the events its members' rare keys tell apart; other stories are left."""

from __future__ import annotations

import numpy as np

from briefings.stories.events import MIN_SIZE, RARE, TEMPLATE, kinds_of, linked_by, split_templates
from briefings.stories.features import word_hashes
from briefings.stories.refine import SPECIFIC_FLOOR
from briefings.text.terms import terms


def title(text: str) -> np.ndarray:
    return word_hashes(terms(text))


def test_kinds_are_read_off_the_title_base_forms():
    assert kinds_of(title("اندلاع حريق في مستودع بحي الصناعية")) == {"fire"}
    assert kinds_of(title("أمير المنطقة يستقبل سفير اليابان")) == {"reception"}
    assert kinds_of(title("افتتاح معرض للكتاب في الجامعة")) == {"opening", "exhibition"}
    assert kinds_of(title("وصول وفد رياضي إلى المطار")) == frozenset()
    # a kind that crowds into a few days names one event, not a template: not read
    assert kinds_of(title("انفجار في مصنع للكيماويات")) == frozenset()


def keys(*ks: int) -> np.ndarray:
    return np.array(sorted(ks), dtype=np.uint32)


def collection(stories_keys: list[np.ndarray], n: int = 200, common: int = 999) -> list[np.ndarray]:
    """The stories' keys first, then filler items holding a key common
    enough (in more than RARE of the items) to be no one event's."""
    assert n * RARE < SPECIFIC_FLOOR  # a small collection: the floor is the bound
    filler = [keys(common) for _ in range(n - len(stories_keys))]
    return stories_keys + filler


def test_a_run_of_fires_is_cut_into_its_fires():
    fires = [
        "اندلاع حريق في مستودع بحي الصناعية",  # the warehouse fire, two reports
        "السيطرة على حريق مستودع الصناعية دون إصابات",
        "حريق في مدرسة مهجورة شمال المدينة",  # the school fire, two reports
        "الدفاع المدني: حريق المدرسة المهجورة بفعل فاعل",
        "حريق سيارة على الطريق الدائري",  # a car fire, one report
    ]
    tt = [title(t) for t in fires]
    # each fire's reports share its place; all share the civil defence, named in many items
    sp = collection([keys(11, 999), keys(11, 999), keys(22, 999), keys(22, 999), keys(33, 999)])
    assert split_templates([list(range(5))], tt + [title("")] * (len(sp) - 5), sp) == [[0, 1], [2, 3]]


def test_an_event_and_a_small_story_are_left_as_they_are():
    event = [
        "وزير الخارجية يصل إلى القاهرة في زيارة رسمية",  # one template title (a visit) of six...
        "مباحثات سعودية مصرية في القاهرة اليوم",
        "وزيرا خارجية البلدين يعقدان مؤتمرا صحفيا",
        "بيان مشترك عقب المباحثات في القاهرة",
        "القاهرة والرياض تتفقان على تنسيق المواقف",
        "محللون: المباحثات تفتح صفحة جديدة بين البلدين",
    ]
    assert sum(bool(kinds_of(title(t))) for t in event) == 1 < TEMPLATE * len(event)  # ...under TEMPLATE
    sp = collection([keys(k, 999) for k in range(1, 7)])  # no rare key shared
    tt = [title(t) for t in event] + [title("")] * (len(sp) - 6)
    assert split_templates([list(range(6))], tt, sp) == [list(range(6))]
    # the same story with fires for titles is cut, its members sharing no rare key left alone
    fires = [title("حريق في مستودع")] * 6 + [title("")] * (len(sp) - 6)
    assert split_templates([list(range(6))], fires, sp) == []
    # a story under MIN_SIZE is never cut
    small = list(range(MIN_SIZE - 1))
    assert split_templates([small], fires, sp) == [small]


def test_members_are_linked_through_each_other():
    ks = [frozenset({1}), frozenset({1, 2}), frozenset({2}), frozenset({3})]
    assert sorted(linked_by([0, 1, 2, 3], ks)) == [[0, 1, 2], [3]]
