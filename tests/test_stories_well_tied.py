"""The nineteenth round's rule for large running topics
(refine.well_tied): in a story of EVENT_FROM or more whose members' mean
background is EVENT_BACKGROUND or more, a member needs TOPIC_TIES others
scoring WEAK or more with it; a side piece tied through one report that
names both is taken out. A major event's story and a smaller story are
left as they are."""

from __future__ import annotations

import numpy as np

from briefings.stories.features import features
from briefings.stories.link import scores
from briefings.stories.refine import EVENT_BACKGROUND, EVENT_FROM, TOPIC_TIES, WEAK, well_tied

# what each outlet adds besides the happening: none of the happenings' words
ASIDES = (
    "وأشار المراسل إلى أن الطقس كان معتدلا طوال اليوم.",
    "ونقلت وكالات الأنباء صورا للحدث من زوايا مختلفة.",
    "وتابع المواطنون التغطية عبر شاشات التلفاز في المقاهي.",
    "وذكرت مصادر إعلامية أن الاستعدادات بدأت منذ أسابيع.",
    "وأفاد شهود عيان بأن الشوارع شهدت ازدحاما ملحوظا.",
    "وبثت القنوات الفضائية الحدث على الهواء مباشرة.",
    "وأكد متابعون أن الحدث لقي اهتماما واسعا في المنطقة.",
    "وتداول ناشطون على مواقع التواصل مقاطع مصورة.",
)

OPENING = (
    "افتتح الرئيس المصري اليوم قناة السويس الجديدة في حفل حضره ملوك ورؤساء وعبرت السفن المجرى الجديد "
    "وسط احتفالات شعبية في الإسماعيلية وأطلقت الألعاب النارية فوق الممر الملاحي."
)
# a museum of the finds of the digging: written the same week, another happening
MUSEUM = (
    "افتتح في القاهرة معرض للآثار الفرعونية التي عثر عليها العمال أثناء الحفر ويضم تماثيل ورأس الملكة تي "
    "وأواني فخارية وأدوات الملك رمسيس الثاني ويستقبل الزوار طوال الشهر."
)


def briefing(n: int, title: str, body: str) -> dict:
    return {"id": f"b{n}", "title": title, "body": body, "source": {"published": "2015-08-06", "outlet": f"o{n % 9}"},
            "actors": [], "figures": []}


def topic(reports: int = EVENT_FROM) -> tuple[list[dict], list[int], int, int]:
    """The opening's reports, one report that names the museum too, and the
    museum's piece: the briefings, the reports' indices, the bridge's and
    the museum piece's."""
    bs = [briefing(k, "افتتاح قناة السويس الجديدة", f"{OPENING} {ASIDES[k % len(ASIDES)]}") for k in range(reports)]
    bs.append(briefing(reports, "افتتاح القناة ومعرض الآثار", f"{OPENING} {MUSEUM}"))
    bs.append(briefing(reports + 1, "معرض لآثار الحفر", f"{MUSEUM} {ASIDES[3]}"))
    return bs, list(range(reports)), reports, reports + 1


def ties_of(i, j, s, m: int, others: list[int]) -> int:
    at = (i == m) & np.isin(j, others) | (j == m) & np.isin(i, others)
    return int((s[at] >= WEAK).sum())


def test_a_side_piece_tied_through_one_report_is_taken_out():
    bs, reports, bridge, museum = topic()
    i, j, s = scores(features(bs))
    story = [*reports, bridge, museum]
    assert len(story) >= EVENT_FROM
    # the museum piece is tied to the bridge only; the bridge to every report
    assert ties_of(i, j, s, museum, [*reports, bridge]) == 1 < TOPIC_TIES
    assert ties_of(i, j, s, bridge, reports) >= TOPIC_TIES
    background = np.full(len(bs), EVENT_BACKGROUND + 0.01, dtype=np.float32)  # a running topic's, just over the bar
    assert well_tied([story], len(bs), i, j, s, background) == [[*reports, bridge]]


def test_a_major_event_and_a_smaller_story_are_left_whole():
    bs, reports, bridge, museum = topic()
    i, j, s = scores(features(bs))
    story = [*reports, bridge, museum]
    under = np.full(len(bs), EVENT_BACKGROUND - 0.01, dtype=np.float32)  # a major event's reactions stay
    assert well_tied([story], len(bs), i, j, s, under) == [story]
    small, reports, bridge, museum = topic(EVENT_FROM - 3)  # one member fewer than EVENT_FROM
    i, j, s = scores(features(small))
    over = np.full(len(small), 0.3, dtype=np.float32)
    assert well_tied([[*reports, bridge, museum]], len(small), i, j, s, over) == [[*reports, bridge, museum]]


def test_ties_are_counted_inside_the_story_and_a_pair_left_alone_is_dropped():
    # 22 members: 0..19 tied to each other, 20 tied to 0 and to 30 (outside
    # the story), 21 tied to 0 only; a second story of two, 30 and 31, under it
    n = 32
    pairs = [(a, b, 0.5) for a in range(20) for b in range(a + 1, 20)]
    pairs += [(0, 20, 0.3), (20, 30, 0.9), (0, 21, 0.3), (30, 31, 0.1)]
    i, j, s = (np.array(v) for v in zip(*pairs, strict=True))
    background = np.full(n, 0.3, dtype=np.float32)
    out = well_tied([list(range(22)), [30, 31]], n, i, j, s, background)
    assert out == [list(range(20)), [30, 31]]  # a tie outside the story does not count; a small story is kept
    # a running topic held together by one hub: every other member has one
    # tie, the hub alone is left, and a story of one is dropped
    pairs = [(0, k, 0.3) for k in range(1, 20)]
    i, j, s = (np.array(v) for v in zip(*pairs, strict=True))
    assert well_tied([list(range(20))], 20, i, j, s, np.full(20, 0.3, dtype=np.float32)) == []
