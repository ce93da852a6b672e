"""A story-level check after clustering: a large story must have a core.

Average linkage joins a run of one template (the Eid parties of 85
offices, a month of road accidents, the oil market's days) as readily as
the reports of one event: their texts are as alike. What the reports of
one event have and a template's run has not is something specific they
share: most of a story's members name one actor or give one valued figure
that few articles of the collection have (the Asir mosque bombing: 87 of
its 104 articles name Asir; the Eid parties: no key is in more than a
third of them but Riyadh, in one article of ten in the collection). A
story of MIN_CHECKED or more whose most shared specific key is in fewer
than CORE of its members is clustered again at a stricter threshold
(STEP higher, up to TOP), and its parts checked the same way; a part
still without a core at TOP is kept as it is. The numbers were chosen on
the tune half of bench/data/story-pairs.tsv (bench/README.md).

A core is not enough when the story is a running topic rather than an
event: a club's days, the Yemen front, a week of rain have a core key
(the club, Aden, Jazan) but their members are as like articles of other
weeks as each other. So a story whose members' mean *background* (each
one's mean cosine to its three nearest articles at least FAR days away,
`cluster.far_similarity`) is BACKGROUND or more is clustered again too:
an event's reports crowd into its days (the Asir mosque bombing's 169
articles: 0.19; the Suez Canal's 100: 0.25), a topic's recur (the king's
telegrams: 0.42, the rain: 0.40, a run of Yemen's front: 0.45).

Nor is a core enough when its key is no more a story's than its days':
the king's telegrams of congratulation, his receptions and the
cabinet's sessions share the king and the crown princes, who are named
every day; a front's reports share Aden or the Houthis, named every day
of the war. An event's key crowds into its days: the Asir mosque
bombing's Asir, the Taliban's new leader. So a story's days (its first
to its last) must hold BURST times more of one key's articles than of
the collection's, for a key held by BURST_CORE of its members, else the
story is clustered again as one without a core is (`Days.bursty`). A
story whose days hold so much of the collection that no key could crowd
into them that much (in a collection of a few days) is clustered again
too: what is its own cannot be told, and such a collection's large
stories are what chains (the first 10,000 articles of SaudiNewsNet, five
days: one story of 79 of the king's telegrams, receptions and talks).

Nor is a story one event when one outlet wrote most of it (more than
ONE_OUTLET of its members, copies folded): an event is carried by several
papers, one paper's series (its column of weddings, of receptions) is a
template. Such a story is clustered again too.

Last, a member of a story of MIN_CHECKED or more whose best score to any
other member is below WEAK is taken out (left alone): average linkage let
it in because it is a little like many members, not because it is like
any one report of the event (of 50 such pairs read, 12 were one story).
A member of a smaller story, which has no core to check, is taken out
when it shares no specific key with any other member: two reports of one
event name one of its actors, places or figures; two columns on Eid, two
pieces on roads or sleep share only words (of 25 such pairs read, none
was one story; on the tune pairs it took out 7 false pairs, no true one).

The reverse error, an event split: average linkage leaves the reactions
to an event (condolences, sermons, columns) in stories of their own, each
too unlike the event's many reports on average. Two stories of
MIN_CHECKED or more are joined (`join_events`) when both are events by
their days (a mean background below EVENT_BACKGROUND: the Asir mosque
bombing's reports 0.19), both hold one specific key in CORE of their
members, and their pairs score JOIN on average.

After the joins, a member of a story of TIED_FROM or more is taken out
(left alone) when fewer than TIES other members score STRONG or more with
it (`tied`): a running topic's story gathers members close to its whole
on average but each close to one or two others at most (a PKK attack in
Turkey's campaign, a match preview among a club's week), while a report
of an event is close to several reports of it. Chosen on the four tune
halves (bench/README.md, the stories section of branch stories17): from
5 members it took out more true pairs of small stories than false ones
of the running topics it aims at.

A running topic whose happenings are each told by several outlets (a
week of Medina's fires and falls, a season's previews, the hajj's
preparations by several ministries) passes all of that: each member is
tied to the reports of its own happening. What tells the happenings
apart is what their leads say happened (a fire in a tower, a body in a
well): so a story of SPLIT_FROM to SPLIT_UNDER members is clustered
again over the cosines of its members' leads (`by_lead`: the first
sentence's base forms, weighed by the reference's idf) at LEAD, and a
member its lead joins to no other is taken out (left alone). A larger
story is the collection's major event, whose reactions (a condolence, a
sermon, a funeral) say it in their own words: split by their leads, it
lost more true pairs than false ones on the tune halves.

Two last checks (the sixteenth round, branch stories19). A story of
MIN_CHECKED or more that `refine` left whole at TOP because it has no
stricter parts, but whose members' mean background is TEMPLATE or more,
is a template, not an event (`without_templates`): the king's telegrams
of congratulation to one head of state and then another (0.6 to 0.7), a
week's weather (0.78); its members are left alone. An event's reports
are below 0.3 (the Asir mosque bombing's 0.19). And a member of a story
smaller than MIN_CHECKED (made by the clustering or by `by_lead`) whose
best score to another member is below SMALL_WEAK is taken out
(`without_weak_small`): two referee pieces of one day, Pakistan's charge
against India and a car maker's return to India's market share a key and
a few words and are joined through a third member; two reports of one
event score more (of 30 pairs it takes apart in the corpus, read, 6 were
one event). Both chosen on the four tune
halves (bench/README.md).

Last of all, a major event's reactions (branch stories20). Average
linkage leaves the funerals, the injured, the condemnations of a bombing
in stories of their own: each is a little like many of the event's
reports and much like none of them on average. A smaller story joins a
major event's story (EVENT_FROM or more members, mean background below
EVENT_BACKGROUND, a key crowding into its days as `Days.bursty` asks:
in a collection of a few days no background can be read) when REACTION_SHARE of its members each score REACTION
or more with REACTION_TIES of the event's members, its days lie within
the event's, and it is no running topic itself (its members' mean
background below REACTION_BACKGROUND: a governor's receptions, an
ambassador's visits are tied to the event by the place and the people
and recur in other weeks). `reactions` names the joins and
`join_reactions` makes them, so that link.py computes the smaller
stories' backgrounds only for those that could join.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from briefings.stories.cluster import clusters

MIN_CHECKED = 5  # a story smaller than this is not checked: a handful of reports may share only words
CORE = 0.6  # share of a story's members that must hold its most shared specific key
SPECIFIC = 0.05  # a key in more than this share of the articles is not specific (Riyadh, the king, "3")...
SPECIFIC_FLOOR = 10  # ...nor is one in this many or fewer: in a small collection nothing is known to be common
STEP = 0.05  # how much stricter each new clustering of a story without a core is
TOP = 0.3  # the strictest threshold tried
BACKGROUND = 0.35  # a story whose members' mean background is at least this is a running topic (chosen on tune)
FAR = 4  # days apart at least, for an article's background: beyond the window an event's reports come out in
NEAREST = 3  # how many of an article's most similar far articles its background is the mean of
ONE_OUTLET = 0.6  # a story more than this share of whose members are of one outlet is that outlet's series (chosen on tune)
WEAK = 0.2  # a member whose best score inside its story is below this is taken out (chosen on tune)
EVENT_BACKGROUND = 0.22  # two stories whose mean backgrounds are both below this are events (chosen on tune)...
JOIN = 0.05  # ...and are joined when they share a core key and their pairs score this on average
BURST_CORE = 0.4  # share of a story's members that must hold a key crowding into its days...
STRONG = 0.15  # a score this high between two members is a tie of one event's reports...
TIES = 3  # ...and a member of a story of TIED_FROM or more needs this many, after the joins (chosen on tune)
TIED_FROM = 10
SPLIT_FROM = 8  # a story of this many members or more...
SPLIT_UNDER = 50  # ...and fewer than this is clustered again over its leads...
LEAD = 0.12  # ...at this threshold (the three chosen on the tune halves, branch stories18)
TEMPLATE = 0.55  # a story whose members' mean background is this or more is a template (chosen on tune)
SMALL_WEAK = 0.15  # a member of a story under MIN_CHECKED whose best score inside it is below this is taken out (tune)
EVENT_FROM = 20  # a story of this many or more, its mean background below EVENT_BACKGROUND, is a major event...
REACTION = 0.12  # ...that a smaller story joins when REACTION_SHARE of its members score this or more...
REACTION_TIES = 3  # ...with this many of the event's members each (the three chosen on the tune halves, branch stories20)
REACTION_SHARE = 0.5
REACTION_BACKGROUND = 0.3  # ...unless the smaller story's mean background is this or more (read on 30 of its pairs)
BURST = 1.7  # ...whose share of the key's articles is at least this many times their share of all (both chosen on tune; 1.5 → 1.7 on story-pairs-4.tsv's tune half)


def specific_sets(specifics: list[np.ndarray]) -> list[frozenset[int]]:
    """Each article's keys that are specific in this collection."""
    sizes = np.array([len(s) for s in specifics], dtype=np.int64)
    if not sizes.sum():
        return [frozenset() for _ in specifics]
    flat = np.concatenate(specifics)
    vocab, col = np.unique(flat, return_inverse=True)
    df = np.bincount(col, minlength=len(vocab))  # each article's keys are unique
    keep = df[col] <= max(SPECIFIC * len(specifics), SPECIFIC_FLOOR)
    ends = np.cumsum(sizes)
    kept = flat.tolist()
    mask = keep.tolist()
    return [frozenset(kept[k] for k in range(e - n, e) if mask[k]) for n, e in zip(sizes.tolist(), ends.tolist(), strict=True)]


def has_core(members: list[int], keys: list[frozenset[int]]) -> bool:
    """Whether one specific key is held by at least CORE of the members."""
    counts = Counter(k for m in members for k in keys[m])
    return bool(counts) and counts.most_common(1)[0][1] >= CORE * len(members)


class Days:
    """The days of a collection's articles and of each specific key's
    articles, to ask whether a key crowds into a story's days."""

    def __init__(self, days: list[int | None], keys: list[frozenset[int]]) -> None:
        day = np.array([-1 if d is None else d for d in days], dtype=np.int64)
        self.day = day
        self.dated = np.sort(day[day >= 0])
        sizes = np.array([len(k) if d >= 0 else 0 for k, d in zip(keys, day.tolist(), strict=True)], dtype=np.int64)
        flat = np.fromiter((k for ks, d in zip(keys, day.tolist(), strict=True) if d >= 0 for k in ks), dtype=np.int64,
                           count=int(sizes.sum()))
        on = np.repeat(day, sizes)
        order = np.lexsort((on, flat))  # by key, then day
        self.key, self.key_day = flat[order], on[order]

    def share(self, lo: int, hi: int) -> float:
        """The share of the dated articles published from day lo to hi."""
        inside = np.searchsorted(self.dated, hi, side="right") - np.searchsorted(self.dated, lo, side="left")
        return inside / max(1, len(self.dated))

    def bursty(self, members: list[int], keys: list[frozenset[int]]) -> bool:
        """Whether a key held by BURST_CORE of the members has BURST times
        more of its articles in the members' days than the collection has
        (true for a story of no dated member; false when its days hold more
        than 1/BURST of the collection's articles: no key could)."""
        days = self.day[members]
        days = days[days >= 0]
        if not len(days):
            return True
        lo, hi = int(days.min()), int(days.max())
        base = self.share(lo, hi)
        if base * BURST > 1:
            return False
        counts = Counter(k for m in members for k in keys[m])
        for k, c in counts.most_common():
            if c < BURST_CORE * len(members):
                return False
            start, end = np.searchsorted(self.key, k, side="left"), np.searchsorted(self.key, k, side="right")
            if end == start:
                return True
            span = self.key_day[start:end]
            within = np.searchsorted(span, hi, side="right") - np.searchsorted(span, lo, side="left")
            if within / (end - start) >= BURST * base:
                return True
        return False


def one_outlet(members: list[int], outlets: np.ndarray | None) -> bool:
    """Whether more than ONE_OUTLET of the members are of one outlet."""
    if outlets is None:
        return False
    return np.unique(outlets[members], return_counts=True)[1].max() > ONE_OUTLET * len(members)


def is_event(members: list[int], keys: list[frozenset[int]], background: np.ndarray | None,
             outlets: np.ndarray | None = None, days: Days | None = None) -> bool:
    """Whether a story has a core and, background given, is no running
    topic and, outlets given, no one outlet's series and, days given, has
    a key crowding into its days."""
    return (has_core(members, keys) and (background is None or float(np.mean(background[members])) < BACKGROUND)
            and not one_outlet(members, outlets) and (days is None or days.bursty(members, keys)))


def best_inside(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Each item's best score to another member of its story (0 outside any)."""
    story = np.full(n, -1, dtype=np.int64)
    for k, c in enumerate(stories):
        story[c] = k
    inside = (story[i] >= 0) & (story[i] == story[j])
    best = np.zeros(n, dtype=np.float64)
    np.maximum.at(best, i[inside], s[inside])
    np.maximum.at(best, j[inside], s[inside])
    return best


def without_weak(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray,
                 keys: list[frozenset[int]] | None = None) -> list[list[int]]:
    """The stories, each of MIN_CHECKED or more without the members whose
    best score to another member is below WEAK and, `keys` given, each
    smaller one without the members that share no specific key with
    another member (a story left with one member is dropped)."""
    best = best_inside(stories, n, i, j, s)
    out = []
    for c in stories:
        if len(c) >= MIN_CHECKED:
            kept = [m for m in c if best[m] >= WEAK]
        elif keys is not None:
            kept = [m for m in c if any(keys[m] & keys[o] for o in c if o != m)]
        else:
            kept = c
        if len(kept) >= 2:
            out.append(kept)
    return out


def refine(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray,
           keys: list[frozenset[int]], threshold: float, background: np.ndarray | None = None,
           outlets: np.ndarray | None = None, days: list[int | None] | None = None) -> list[list[int]]:
    """The stories (lists of indices among n items, clustered at
    `threshold` over pairs i, j of scores s), those of MIN_CHECKED or more
    without a core, with a background at BACKGROUND or more, of one
    outlet (`outlets`: each item's outlet code) or, `days` given (each
    item's day number, None undated), without a key crowding into their
    days, clustered again more strictly, then without their weak members.
    Members sorted; a member left alone is in no story."""
    crowd = Days(days, keys) if days is not None else None
    out: list[list[int]] = []
    todo = [(c, threshold) for c in stories]
    local = np.full(n, -1, dtype=np.int64)
    for k, c in enumerate(stories):
        local[c] = k
    within = (local[i] >= 0) & (local[i] == local[j])  # only pairs inside a story matter from here
    i, j, s = i[within], j[within], s[within]
    local[:] = -1
    while todo:
        members, th = todo.pop()
        if len(members) < MIN_CHECKED or th + STEP > TOP + 1e-9 or is_event(members, keys, background, outlets, crowd):
            out.append(members)
            continue
        ms = np.array(members, dtype=np.int64)
        local[ms] = np.arange(len(ms))
        inside = (local[i] >= 0) & (local[j] >= 0)
        parts = clusters(len(ms), local[i[inside]], local[j[inside]], s[inside], th + STEP)
        local[ms] = -1
        todo += [(ms[p].tolist(), th + STEP) for p in parts]
    return sorted(sorted(c) for c in without_weak(out, n, i, j, s, keys))


def core_keys(members: list[int], keys: list[frozenset[int]]) -> set[int]:
    """The specific keys held by at least CORE of the members."""
    counts = Counter(k for m in members for k in keys[m])
    return {k for k, c in counts.items() if c >= CORE * len(members)}


def join_events(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray,
                keys: list[frozenset[int]], background: np.ndarray) -> list[list[int]]:
    """The stories, those of MIN_CHECKED or more that are events (mean
    background below EVENT_BACKGROUND) joined when two share a core key
    and the pairs (i, j, s) between them score JOIN on average (each
    such link joins; the result is the linked groups). `background` must
    be known for the members of stories of MIN_CHECKED or more."""
    story = np.full(n, -1, dtype=np.int64)
    able = []
    for k, c in enumerate(stories):
        if len(c) >= MIN_CHECKED and float(np.mean(background[c])) < EVENT_BACKGROUND:
            story[c] = k
            able.append(k)
    if len(able) < 2:
        return stories
    a, b = story[i], story[j]
    across = (a >= 0) & (b >= 0) & (a != b)
    lo, hi = np.minimum(a[across], b[across]), np.maximum(a[across], b[across])
    pair, total = np.unique(lo * len(stories) + hi, return_inverse=True)
    sums = np.bincount(total, weights=s[across], minlength=len(pair))
    parent = list(range(len(stories)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cores = {k: core_keys(stories[k], keys) for k in able}
    for p, v in zip(pair.tolist(), sums.tolist(), strict=True):
        x, y = divmod(p, len(stories))
        if v / (len(stories[x]) * len(stories[y])) >= JOIN and cores[x] & cores[y]:
            parent[root(x)] = root(y)
    joined: dict[int, list[int]] = {}
    for k, c in enumerate(stories):
        joined.setdefault(root(k), []).extend(c)
    return sorted(sorted(c) for c in joined.values())


def tied(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> list[list[int]]:
    """The stories, each of TIED_FROM or more without the members that
    score STRONG or more with fewer than TIES other members (counted once,
    before any is taken out); a story left with one member is dropped."""
    story = np.full(n, -1, dtype=np.int64)
    for k, c in enumerate(stories):
        story[c] = k
    strong = (story[i] >= 0) & (story[i] == story[j]) & (s >= STRONG)
    ties = np.bincount(i[strong], minlength=n) + np.bincount(j[strong], minlength=n)
    out = []
    for c in stories:
        kept = [m for m in c if ties[m] >= TIES] if len(c) >= TIED_FROM else c
        if len(kept) >= 2:
            out.append(kept)
    return out


def by_lead(stories: list[list[int]], lead_rows) -> list[list[int]]:
    """The stories, each of SPLIT_FROM to SPLIT_UNDER members clustered
    again (average linkage) over its members' lead cosines at LEAD, its
    parts of two or more kept; a member in no part is in no story.
    `lead_rows(members)` gives the members' L2-normalized lead vectors
    (a sparse matrix, a row each, in the order given)."""
    out = []
    for c in stories:
        if not SPLIT_FROM <= len(c) < SPLIT_UNDER:
            out.append(c)
            continue
        x = lead_rows(c)
        sim = (x @ x.T).tocoo()
        upper = (sim.row < sim.col) & (sim.data > 0)
        ms = np.asarray(c)
        out += [sorted(ms[p].tolist()) for p in clusters(len(c), sim.row[upper], sim.col[upper], sim.data[upper], LEAD)]
    return sorted(out)


def without_templates(stories: list[list[int]], background: np.ndarray) -> list[list[int]]:
    """The stories but those of MIN_CHECKED or more whose members' mean
    background is TEMPLATE or more (their members left alone).
    `background` must be known for the members of stories of MIN_CHECKED
    or more."""
    return [c for c in stories if len(c) < MIN_CHECKED or float(np.mean(background[c])) < TEMPLATE]


def without_weak_small(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray,
                       s: np.ndarray) -> list[list[int]]:
    """The stories, each smaller than MIN_CHECKED without the members whose
    best score (i, j, s) to another member is below SMALL_WEAK (counted
    once, before any is taken out); a story left with one member is
    dropped."""
    best = best_inside(stories, n, i, j, s)
    out = []
    for c in stories:
        kept = [m for m in c if best[m] >= SMALL_WEAK] if len(c) < MIN_CHECKED else c
        if len(kept) >= 2:
            out.append(kept)
    return out


def reactions(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray,
              background: np.ndarray, days: list[int | None],
              keys: list[frozenset[int]] | None = None) -> dict[int, int]:
    """Which smaller story (by index) would join which major event's story:
    one at least REACTION_SHARE of whose members score REACTION or more
    with REACTION_TIES or more of the event's members, whose days lie
    within the event's (one day either side), smaller than the event. A
    major event is a story of EVENT_FROM or more whose members' mean
    background is below EVENT_BACKGROUND and, `keys` given (each item's
    specific keys), with a key crowding into its days (`Days.bursty`): in
    a collection of a few days nothing is far enough for a background, and
    a front's week or a season's festivals would pass for events. A story
    tied to two events goes to the one more of its members are tied to
    (the first on a tie). `background` must be known for the members of
    stories of EVENT_FROM or more."""
    size = np.array([len(c) for c in stories], dtype=np.int64)
    event = np.array([len(c) >= EVENT_FROM and float(np.mean(background[c])) < EVENT_BACKGROUND for c in stories],
                     dtype=bool)
    if event.any() and keys is not None:
        crowd = Days(days, keys)
        for k in np.flatnonzero(event).tolist():
            event[k] = crowd.bursty(stories[k], keys)
    if not event.any():
        return {}
    ns = len(stories)
    story = np.full(n, -1, dtype=np.int64)
    for k, c in enumerate(stories):
        story[c] = k
    # each strong pair seen from both sides: a member, its story, the other side's story
    member = np.concatenate([i, j])
    mine, other = np.concatenate([story[i], story[j]]), np.concatenate([story[j], story[i]])
    keep = (np.concatenate([s, s]) >= REACTION) & (mine >= 0) & (other >= 0) & (mine != other)
    member, mine, other = member[keep], mine[keep], other[keep]
    keep = event[other] & (size[other] > size[mine])
    member, other = member[keep], other[keep]
    tie, ties = np.unique(member * ns + other, return_counts=True)
    tie = tie[ties >= REACTION_TIES]  # (member, event) with enough ties
    pair, count = np.unique(story[tie // ns] * ns + tie % ns, return_counts=True)
    day = np.array([-1 if d is None else d for d in days], dtype=np.int64)

    def span(c: list[int]) -> tuple[int, int] | None:
        d = day[c]
        d = d[d >= 0]
        return (int(d.min()), int(d.max())) if len(d) else None

    best: dict[int, tuple[float, int]] = {}
    for p, c in zip(pair.tolist(), count.tolist(), strict=True):
        x, y = divmod(p, ns)
        if c < REACTION_SHARE * size[x]:
            continue
        sx, sy = span(stories[x]), span(stories[y])
        if sx is not None and sy is not None and (sx[0] < sy[0] - 1 or sx[1] > sy[1] + 1):
            continue
        if x not in best or c / size[x] > best[x][0]:
            best[x] = (c / size[x], y)
    return {x: y for x, (_, y) in best.items()}


def join_reactions(stories: list[list[int]], joins: dict[int, int], background: np.ndarray) -> list[list[int]]:
    """The stories, each story x of `joins` (from `reactions`) joined to
    story joins[x] unless its members' mean background is
    REACTION_BACKGROUND or more: a running topic (a governor's receptions,
    an ambassador's visits, a festival's nights) tied to an event by its
    place and its people is no reaction to it. `background` must be known
    for the members of the stories of `joins`."""
    joins = {x: y for x, y in joins.items() if float(np.mean(background[stories[x]])) < REACTION_BACKGROUND}
    joined: dict[int, list[int]] = {}
    for x, y in joins.items():
        joined.setdefault(y, []).extend(stories[x])
    return sorted(sorted(c + joined.get(k, [])) for k, c in enumerate(stories) if k not in joins)


def with_reactions(stories: list[list[int]], n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray,
                   background: np.ndarray, days: list[int | None],
                   keys: list[frozenset[int]] | None = None) -> list[list[int]]:
    """`join_reactions` of `reactions`: the stories, each smaller one tied to
    a major event in its days, and no running topic, joined to it.
    `background` must be known for the members of every story that
    `reactions` names."""
    return join_reactions(stories, reactions(stories, n, i, j, s, background, days, keys), background)
