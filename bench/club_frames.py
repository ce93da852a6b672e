"""The clubs of match reports (briefings/lang/ar/data/match_clubs.txt):
the one word on each side of a result frame in the corpus («فاز X على Y»,
«تغلب X على Y», «تعادل X مع Y», «خسر X أمام Y», a guest or host word
between: «على ضيفه Y»), counted, with the share of the word's uses that
stand in such a slot.

    .venv/bin/python bench/club_frames.py CORPUS [--min N] [--share S] [--counts]

CORPUS holds SaudiNewsNet's daily ZIPs; the blind day and the fourth
quote set's day are left out. --counts prints every candidate with its
counts; without it, the words that pass --min and --share.
"""

from __future__ import annotations

import collections

from corpus import clause_runs, list_args

from briefings.lang.ar import key
from briefings.training.corpus import HELD

# the result verbs and the word each takes before its other side
VERBS = {key(v): key(p) for v, p in (("فاز", "على"), ("تغلب", "على"), ("تعادل", "مع"), ("خسر", "أمام"))}
# the words a report writes between the preposition and the other side
BETWEEN = {key(w) for w in ("ضيفه", "مضيفه", "منافسه", "نظيره", "فريق", "ضيفه", "مستضيفه")}


def _verb(k: str) -> str | None:
    for v in (k, k[1:] if k[:1] in "وف" else ""):
        if v in VERBS:
            return v
    return None


def main() -> None:
    p = list_args(__doc__, 5, 0.05, "print every candidate with its counts")
    args = p.parse_args()
    slot: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for run in clause_runs(args.corpus, skip=HELD):
        ks = [key(w) for w in run]
        seen.update(ks)
        for i, k in enumerate(ks):
            v = _verb(k)
            if v is None:
                continue
            prep = VERBS[v]
            # the subject: the word right after the verb
            if i + 2 < len(ks) and ks[i + 2] == prep:
                slot[ks[i + 1]] += 1
            # the object: after the preposition (and a guest word)
            for j in range(i + 1, min(i + 4, len(ks) - 1)):
                if ks[j] == prep:
                    y = j + 1 + (ks[j + 1] in BETWEEN and j + 2 < len(ks))
                    slot[ks[y]] += 1
                    break
    rows = [(w, c, c / seen[w]) for w, c in slot.most_common()]
    for w, c, share in rows:
        if args.counts or (c >= args.min and share >= args.share):
            print(f"{w}\t{c}\t{share:.2f}")


if __name__ == "__main__":
    main()
