"""The sixteenth round's split of running topics (refine.by_lead): a story
of SPLIT_FROM to SPLIT_UNDER members is clustered again over its members'
leads at LEAD, and a member its lead joins to no other is left alone."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from briefings.stories.features import LEAD_WORDS, features, lead
from briefings.stories.refine import LEAD, SPLIT_FROM, SPLIT_UNDER, by_lead
from briefings.stories.vectors import tfidf


def rows(vectors: list[list[float]]):
    """`lead_rows` over hand-made lead vectors, L2-normalized."""
    x = np.array(vectors, dtype=np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return lambda members: csr_matrix(x[members])


def two_happenings(n: int, cross: float) -> list[list[float]]:
    """n leads: the first half of one happening, the rest of another; two
    leads of one happening have a cosine of about 0.9, of two `cross`."""
    a = np.array([1.0, 0.0, 0.0])
    b = np.array([cross, np.sqrt(1 - cross**2), 0.0])
    out = []
    for k in range(n):
        base = a if k < n // 2 else b
        jitter = np.zeros(3)
        jitter[2] = 0.25 + 0.01 * k  # what each report says besides its happening
        out.append((base + jitter).tolist())
    return out


def test_a_running_topic_is_split_into_its_happenings():
    n = SPLIT_FROM
    vectors = two_happenings(n, 0.0)
    # the cosine across happenings, through what each report says besides
    across = np.dot(*(np.array(v) / np.linalg.norm(v) for v in (vectors[0], vectors[-1])))
    assert across < LEAD  # below the threshold on average: they must come apart
    assert by_lead([list(range(n))], rows(vectors)) == [list(range(n // 2)), list(range(n // 2, n))]
    # two happenings whose leads say nearly the same stay one story
    alike = two_happenings(n, 0.95)
    assert by_lead([list(range(n))], rows(alike)) == [list(range(n))]


def test_a_member_whose_lead_joins_no_other_is_left_alone():
    n = SPLIT_FROM + 1
    # one happening's leads, and one lead like none of them (no positive cosine)
    vectors = two_happenings(n - 1, 0.95) + [[-1.0, 0.0, 0.05]]
    assert by_lead([list(range(n))], rows(vectors)) == [list(range(n - 1))]


def test_small_and_large_stories_are_left_as_they_are():
    for n in (SPLIT_FROM - 1, SPLIT_UNDER):
        vectors = two_happenings(n, 0.0)
        assert by_lead([list(range(n))], rows(vectors)) == [list(range(n))]


def test_members_keep_their_collection_indices():
    n = SPLIT_FROM
    vectors = two_happenings(n, 0.0)
    members = [3 * k + 1 for k in range(n)]  # indices into a collection
    by_index = dict(zip(members, vectors, strict=True))
    got = by_lead([members], lambda ms: rows([by_index[m] for m in ms])(list(range(len(ms)))))
    assert got == [members[: n // 2], members[n // 2 :]]


def briefing(n: int, title: str, body: str) -> dict:
    return {"id": f"b{n}", "title": title, "body": body, "source": {"published": "2015-07-30", "outlet": f"o{n}"},
            "actors": [], "figures": []}


def test_the_lead_is_the_first_sentence_of_enough_words():
    body = "اندلع حريق. في برج سكني بحي الروضة صباح اليوم وأخمدته فرق الدفاع المدني. وقال المتحدث إن لا إصابات."
    # the first sentence has two words: the second is read with it
    assert lead(body) == "اندلع حريق. في برج سكني بحي الروضة صباح اليوم وأخمدته فرق الدفاع المدني."
    long = " ".join(["كلمة"] * 100) + "."
    assert len(lead(long).split()) == LEAD_WORDS[1]


def test_leads_of_two_happenings_are_apart_and_of_one_alike():
    fire = "اندلع حريق في برج سكني بحي الروضة صباح اليوم وأخمدته فرق الدفاع المدني دون إصابات. وقال المتحدث إن الأسباب قيد التحقيق."
    fire2 = "أخمدت فرق الدفاع المدني حريقا اندلع في برج سكني بحي الروضة دون أن يسفر عن إصابات. وأوضح المتحدث أن التحقيق جار."
    well = "انتشلت فرق الدفاع المدني جثة عامل سقط في بئر مهجورة بوادي العقيق مساء أمس. وقال المتحدث إن التحقيق جار."
    feats = features([briefing(k, "الدفاع المدني", b) for k, b in enumerate((fire, fire2, well))])
    x = tfidf(feats, field="lead_terms")
    sim = (x @ x.T).toarray()
    assert sim[0, 1] >= LEAD  # one fire told twice
    assert sim[0, 2] < LEAD and sim[1, 2] < LEAD  # a fire and a body in a well: the civil defence in both
