"""A same-event check on the kind of event a story's titles name.

A template's run is a run of one *kind* of event: the fires, the falls
and drownings, the festivals and exhibitions, the king's receptions of
one visitor after another. Average linkage joins their reports as readily
as the reports of one event (their frames are alike), and the core check
(refine.py) passes when a key of the frame (the civil defence, the king's
palace) is in most of them. What tells the events of such a run apart is
what each one's reports share and the others' do not: the place, the
visitor, the figure. So a story of MIN_SIZE or more in which TEMPLATE of
the members' titles name one template kind is cut into the groups of its
members linked by a rare key (in at most RARE of the collection's
articles: a district, a visitor, a count, not Riyadh or the king); a
member that shares no rare key with another member is taken out.

The kinds are words that head news titles, chosen among the 500 commonest
base forms of the titles of the shipped reference (`df-titles.txt.gz`:
the titles of SaudiNewsNet's canonical articles), grouped by the event
they name. A kind is a *template* when its titles spread over the
corpus's days: its busiest three days hold less than 0.4 of its titles
(the fires 0.25, the receptions 0.28, the festivals 0.25); the kinds that
crowd into a few days are left out, since they name one event rather than
a kind: the explosions 0.59 (the Asir mosque bombing), the condemnations
0.53, the Eid greetings 0.60 (the Eid itself), the rain 0.42
(bench/README.md, stories, thirteenth round). A kind is a word of the
title's base forms, looked up by its hash; the numbers were chosen on the
tune pairs.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np

from briefings.stories.features import word_hashes
from briefings.stories.refine import SPECIFIC_FLOOR

MIN_SIZE = 3  # a story smaller than this is left as it is
TEMPLATE = 0.2  # share of a story's members whose titles name one template kind, at least (chosen on tune)
RARE = 0.0065  # a key in at most this share of the articles is rare (150 of SaudiNewsNet's 23,262; chosen on tune)

# template kinds: the base forms (normalized as the titles' terms are) that name them
KINDS: dict[str, tuple[str, ...]] = {
    "fire": ("حريق",),
    "death": ("مقتل", "قتل", "مصرع", "وفاه"),
    "injury": ("اصابه",),
    "attack": ("هجوم",),
    "accident": ("حادث", "سقوط"),
    "opening": ("افتتاح", "يفتتح", "يدشن", "انطلاق", "اطلاق"),
    "reception": ("يستقبل", "تستقبل", "استقبل"),
    "meeting": ("اجتماع",),
    "visit": ("زياره", "يزور"),
    "seizure": ("ضبط", "قبض", "تهريب"),
    "closure": ("اغلاق",),
    "party": ("حفل",),
    "exhibition": ("معرض",),
    "festival": ("مهرجان", "ملتقي"),
    "rise": ("ارتفاع",),
    "fall": ("تراجع", "هبوط", "انخفاض"),
    "congratulation": ("تهنيه", "يهني", "تهني", "يهنيان", "برقيه", "برقيتي"),
    "call": ("اتصال", "هاتفي"),
    "strike": ("غارات", "غاره", "ضربات"),
    "condolence": ("يعزي", "تعزيه", "عزاء"),
    "martyr": ("شهيد", "استشهاد"),
    "execution": ("اعدام",),
}


@lru_cache(maxsize=1)
def _kind_of_hash() -> dict[int, str]:
    out: dict[int, str] = {}
    for kind, words in KINDS.items():
        for h in word_hashes(list(words)).tolist():
            out[h] = kind
    return out


def kinds_of(title_terms: np.ndarray) -> frozenset[str]:
    """The template kinds a title names (its terms' hashes, features.py)."""
    table = _kind_of_hash()
    return frozenset(table[h] for h in title_terms.tolist() if h in table)


def split_templates(stories: list[list[int]], title_terms: list[np.ndarray],
                    specifics: list[np.ndarray]) -> list[list[int]]:
    """The stories, each of MIN_SIZE or more in which TEMPLATE of the
    members' titles (`title_terms`, each item's, features.py) name one
    template kind cut into the groups of members linked by a shared rare
    key (`specifics`, each item's keys, rare when in at most RARE of the
    items or SPECIFIC_FLOOR); groups of one are dropped. Members sorted."""
    out: list[list[int]] = []
    rare = None
    for c in stories:
        counts = Counter(k for m in c for k in kinds_of(title_terms[m])) if len(c) >= MIN_SIZE else None
        if not counts or counts.most_common(1)[0][1] < TEMPLATE * len(c):
            out.append(c)
            continue
        if rare is None:  # only when a story is cut: the keys' counts over the collection
            rare = _RareKeys(specifics)
        out += [g for g in linked_by(c, rare) if len(g) >= 2]
    return sorted(out)


class _RareKeys:
    """Each item's rare keys, made when asked for (`keys[m]`)."""

    def __init__(self, specifics: list[np.ndarray]) -> None:
        self.specifics = specifics
        flat = np.concatenate(specifics) if specifics else np.empty(0, dtype=np.uint32)
        self.vocab, self.df = np.unique(flat, return_counts=True)
        self.limit = max(RARE * len(specifics), SPECIFIC_FLOOR)

    def __getitem__(self, m: int) -> frozenset[int]:
        keys = self.specifics[m]
        if not len(keys):
            return frozenset()
        return frozenset(keys[self.df[np.searchsorted(self.vocab, keys)] <= self.limit].tolist())


def linked_by(members: list[int], keys) -> list[list[int]]:
    """The groups of members linked, directly or through others, by a
    shared key (`keys[m]`: member m's), each sorted."""
    parent = {m: m for m in members}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    holder: dict[int, int] = {}  # a key → the first member holding it
    for m in members:
        for k in keys[m]:
            first = holder.setdefault(k, m)
            if first != m:
                parent[root(m)] = root(first)
    groups: dict[int, list[int]] = {}
    for m in members:
        groups.setdefault(root(m), []).append(m)
    return [sorted(g) for g in groups.values()]
