"""The seventeenth round's last checks of stories (refine.without_templates,
refine.without_weak_small): a story whose members recur as much outside its
days as a week's weather is a template and is dropped; a member of a small
story scoring low with every other member is taken out."""

from __future__ import annotations

import datetime as dt

import numpy as np

from briefings.stories.cluster import far_similarity
from briefings.stories.features import features
from briefings.stories.link import scores
from briefings.stories.refine import (
    FAR,
    MIN_CHECKED,
    NEAREST,
    SMALL_WEAK,
    TEMPLATE,
    without_templates,
    without_weak_small,
)
from briefings.stories.vectors import tfidf


def test_a_story_whose_members_recur_as_a_template_does_is_dropped():
    story = list(range(MIN_CHECKED))
    background = np.zeros(2 * MIN_CHECKED, dtype=np.float32)
    background[story] = TEMPLATE
    assert without_templates([story], background) == []
    background[story] = TEMPLATE - 0.01
    assert without_templates([story], background) == [story]
    # the mean decides: one member far over it does not make an event a template
    background[story] = 0.3
    background[0] = 0.99
    assert float(background[story].mean()) < TEMPLATE
    assert without_templates([story], background) == [story]
    # a smaller story has no background to read: left as it is
    small = list(range(MIN_CHECKED, 2 * MIN_CHECKED - 1))
    background[small] = 0.99
    assert without_templates([small], background) == [small]


def test_a_small_storys_member_scoring_low_with_every_other_is_taken_out():
    # a story of three: 0-1 alike, 2 close to neither
    i, j = np.array([0, 0, 1]), np.array([1, 2, 2])
    s = np.array([0.4, SMALL_WEAK - 0.01, SMALL_WEAK - 0.02])
    assert without_weak_small([[0, 1, 2]], 3, i, j, s) == [[0, 1]]
    s[1] = SMALL_WEAK  # at the bar: kept
    assert without_weak_small([[0, 1, 2]], 3, i, j, s) == [[0, 1, 2]]
    # a pair under the bar is no story
    assert without_weak_small([[0, 1]], 2, i[:1], j[:1], np.array([SMALL_WEAK - 0.01])) == []
    # a story of MIN_CHECKED is left to the checks of larger stories
    n = MIN_CHECKED
    a, b = np.triu_indices(n, 1)
    low = np.full(len(a), SMALL_WEAK / 2)
    assert without_weak_small([list(range(n))], n, a, b, low) == [list(range(n))]


def briefing(n: int, day: str, title: str, body: str, outlet: str | None = None) -> dict:
    return {"id": f"b{n}", "title": title, "body": body, "source": {"published": day, "outlet": outlet or f"o{n}"},
            "actors": [], "figures": []}


WEATHER = ("طقس شديد الحرارة على المنطقة الشرقية والرياض",
           "توقعت الرئاسة العامة للأرصاد وحماية البيئة أن يكون الطقس اليوم شديد الحرارة على المنطقة الشرقية "
           "والرياض مع رياح نشطة مثيرة للأتربة والغبار تحد من مدى الرؤية الأفقية، ومعتدلا على المرتفعات "
           "الجنوبية الغربية مع فرصة لتكون سحب رعدية ممطرة على أجزاء من جازان وعسير.")
BOMBING = ("انفجار يستهدف مسجدا في مدينة الكويت أثناء صلاة الجمعة",
           "استهدف انتحاري مسجد الإمام الصادق في حي الصوابر بمدينة الكويت أثناء صلاة الجمعة، وأعلنت وزارة "
           "الداخلية الكويتية سقوط قتلى وجرحى بين المصلين، ونقلت سيارات الإسعاف المصابين إلى مستشفى الأميري.")


def day(k: int) -> str:
    return (dt.date(2015, 7, 21) + dt.timedelta(days=k)).isoformat()


def test_a_weeks_weather_recurs_outside_its_days_and_an_events_reports_do_not():
    made = []
    for k in (0, 1, 2, 8, 9, 10, 16):  # the weather every week
        made.append(briefing(len(made), day(k), WEATHER[0], WEATHER[1].replace("اليوم", f"اليوم {k + 1}")))
    for k in range(MIN_CHECKED):  # one bombing told by five outlets over two days, nothing like it after
        made.append(briefing(len(made), day(k // 3), BOMBING[0], BOMBING[1] + f" وأكد المراسل {k} ذلك."))
    feats = features(made)
    x = tfidf(feats)
    background = far_similarity(x, [f.day for f in feats], np.arange(len(feats)), FAR, NEAREST)
    weather, bombing = list(range(3)), list(range(7, 7 + MIN_CHECKED))
    assert float(background[weather].mean()) >= TEMPLATE
    assert float(background[bombing].mean()) < TEMPLATE
    dropped = without_templates([weather + [3, 4], bombing], background)
    assert dropped == [bombing]


def test_two_reports_of_one_fire_score_over_the_bar_and_two_injuries_of_one_club_under_it():
    made = [
        briefing(0, day(0), "حريق في برج سكني بحي الروضة",
                 "اندلع حريق في برج سكني بحي الروضة في جدة صباح اليوم وأخمدته فرق الدفاع المدني دون إصابات، "
                 "وأخلت الفرق سكان البرج البالغ عددهم أربعين شخصا."),
        briefing(1, day(0), "الدفاع المدني يخمد حريق برج الروضة",
                 "أخمدت فرق الدفاع المدني في جدة حريقا اندلع في برج سكني بحي الروضة دون إصابات بعد إخلاء "
                 "أربعين من سكانه، وقال المتحدث إن أسباب الحريق قيد التحقيق."),
        briefing(2, day(0), "مهاجم الهلال يعاني من إصابة في أوتار الساق",
                 "أعلن الجهاز الطبي في نادي الهلال أن المهاجم يعاني من إصابة في أوتار الساق ستبعده عن "
                 "المباراة المقبلة."),
        briefing(3, day(1), "تمزق عضلي لمدافع الهلال",
                 "تعرض مدافع فريق الهلال لتمزق في العضلة الخلفية خلال تدريبات الفريق الصباحية، وقرر المدرب "
                 "إراحته أسبوعا."),
    ]
    feats = features(made)
    i, j, s = scores(feats)
    score = {(a, b): v for a, b, v in zip(i.tolist(), j.tolist(), s.tolist(), strict=True)}
    assert score[(0, 1)] >= SMALL_WEAK  # one fire, two outlets
    assert score.get((2, 3), 0.0) < SMALL_WEAK  # one club, two players' injuries
    assert without_weak_small([[0, 1], [2, 3]], 4, i, j, s) == [[0, 1]]
