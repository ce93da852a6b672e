"""The eighteenth round's split of a large running topic
(refine.split_topics): a story of EVENT_FROM or more that is no major
event by its background (mean EVENT_BACKGROUND or more) is clustered again
at TOPIC_STEP, and its sub-events come apart; a major event's story, and a
smaller story, are left whole."""

from __future__ import annotations

import numpy as np

from briefings.stories.features import features
from briefings.stories.link import scores
from briefings.stories.refine import EVENT_BACKGROUND, EVENT_FROM, TOPIC_STEP, split_topics

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
    "ولفت المحللون إلى أهمية الحدث في هذا التوقيت.",
    "ونشرت الصحف المحلية ملاحق خاصة بالمناسبة.",
    "وقالت مصادر رسمية إن الترتيبات اكتملت في موعدها.",
    "وأوضح مراقبون أن التغطية الإعلامية كانت كثيفة.",
)

# the opening of a canal, told by twelve outlets
OPENING = (
    "افتتح الرئيس المصري اليوم قناة السويس الجديدة في حفل حضره ملوك ورؤساء وعبرت السفن المجرى الجديد "
    "وسط احتفالات شعبية في الإسماعيلية وأطلقت الألعاب النارية فوق الممر الملاحي."
)
# a free zone planned on the canal's banks, told by ten outlets the same days
ZONE = (
    "أعلنت هيئة الاستثمار إنشاء منطقة حرة صناعية للمنتجات على ضفاف القناة تضم مصانع ومستودعات "
    "للتصدير وتوفر آلاف الوظائف للشباب وتجتذب المستثمرين الأجانب من آسيا وأوروبا."
)


def briefing(n: int, title: str, body: str) -> dict:
    return {"id": f"b{n}", "title": title, "body": body, "source": {"published": "2015-08-06", "outlet": f"o{n}"},
            "actors": [], "figures": []}


def topic(opening: int = 12, zone: int = 10) -> tuple[list[dict], list[int], list[int]]:
    """The briefings of a running topic made of two happenings, and the
    indices of each happening's reports."""
    bs = [briefing(k, "قناة السويس الجديدة تفتتح اليوم", f"{OPENING} {ASIDES[k % len(ASIDES)]}") for k in range(opening)]
    # each zone report's aside is another's than the opening report of its rank
    bs += [briefing(opening + k, "منطقة حرة صناعية للتصدير", f"{ZONE} {ASIDES[(k + opening // 2) % len(ASIDES)]}")
           for k in range(zone)]
    return bs, list(range(opening)), list(range(opening, opening + zone))


def mean_score(i, j, s, a: list[int], b: list[int]) -> float:
    """The mean score of the pairs across a and b (a missing pair scores 0)."""
    across = np.isin(i, a) & np.isin(j, b) | np.isin(i, b) & np.isin(j, a)
    return float(s[across].sum()) / (len(a) * len(b))


def test_the_happenings_of_a_running_topic_come_apart():
    bs, opening, zone = topic()
    assert len(bs) >= EVENT_FROM
    i, j, s = scores(features(bs))
    # one happening's reports are close, the two happenings' reports are not
    assert mean_score(i, j, s, opening, opening[:1]) > TOPIC_STEP
    assert mean_score(i, j, s, zone, zone[:1]) > TOPIC_STEP
    assert mean_score(i, j, s, opening, zone) < TOPIC_STEP
    background = np.full(len(bs), EVENT_BACKGROUND, dtype=np.float64)  # a running topic's, at the bar
    assert split_topics([opening + zone], len(bs), i, j, s, background) == [opening, zone]


def test_a_major_event_and_a_smaller_story_stay_whole():
    bs, opening, zone = topic()
    i, j, s = scores(features(bs))
    # the same reports as a major event's (its members' mean background under the bar)
    under = np.full(len(bs), EVENT_BACKGROUND - 0.01, dtype=np.float32)
    assert split_topics([opening + zone], len(bs), i, j, s, under) == [opening + zone]
    # one report fewer than EVENT_FROM: no large story, left as it is
    small, opening, zone = topic(EVENT_FROM // 2, EVENT_FROM - EVENT_FROM // 2 - 1)
    i, j, s = scores(features(small))
    over = np.full(len(small), 0.3, dtype=np.float32)
    assert split_topics([opening + zone], len(small), i, j, s, over) == [opening + zone]


def test_a_member_like_no_part_is_left_alone_and_other_stories_kept():
    bs, opening, zone = topic()
    stray = briefing(len(bs), "حفل فني", "أقامت فرقة موسيقية حفلا غنائيا في دار الأوبرا حضره جمهور غفير. " + ASIDES[0])
    bs.append(stray)
    other = [len(bs), len(bs) + 1]  # a story of two outside the topic, kept as given
    bs += [briefing(len(bs) + k, "مباراة", "فاز النادي الأهلي على الهلال بهدفين في الدوري. " + ASIDES[1 + k]) for k in range(2)]
    i, j, s = scores(features(bs))
    background = np.full(len(bs), 0.3, dtype=np.float32)
    story = opening + zone + [len(bs) - 3]
    assert split_topics([story, other], len(bs), i, j, s, background) == sorted([opening, zone, other])
