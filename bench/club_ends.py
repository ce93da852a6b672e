"""The words a club's name ends in (briefings/lang/ar/data/club_ends.txt):
for each candidate word, how often the corpus writes it, the words written
right before it, and how often a club's cue (نادي، فريق، أمام، ضد، لاعب،
مدرب) stands in the four words before it.

    .venv/bin/python bench/club_ends.py CORPUS [WORD ...]

CORPUS holds SaudiNewsNet's daily ZIPs; the blind day is left out.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from corpus import clause_runs

from briefings.lang.ar import key

_CANDIDATES = "سيتي يونايتد هوتسبير ألبيون روفرز واندررز ليفركوزن دورتموند ميونيخ"
_CUES = {key(w) for w in ("نادي", "فريق", "أمام", "ضد", "لاعب", "مدرب")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("words", nargs="*", default=_CANDIDATES.split())
    args = ap.parse_args()
    wanted = {key(w): w for w in args.words}
    count: collections.Counter[str] = collections.Counter()
    cued: collections.Counter[str] = collections.Counter()
    before: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for run in clause_runs(args.corpus):
        ks = [key(w) for w in run]
        for i, k in enumerate(ks):
            if k not in wanted:
                continue
            count[k] += 1
            if i:
                before[k][run[i - 1]] += 1
            if any(x in _CUES or x[1:] in _CUES for x in ks[max(0, i - 4) : i]):
                cued[k] += 1
    for k, w in wanted.items():
        top = "، ".join(f"{b} {n}" for b, n in before[k].most_common(5))
        print(f"{w}\t{count[k]}\tcued {cued[k]}\tbefore: {top}")


if __name__ == "__main__":
    main()
