"""Pairs of a definite head of a body and a definite participle right after
it (الأمم المتحدة، اللجنة المنظمة، الميليشيات المسلحة), counted over every
daily file but 2015-07-26 (the blind sample's day) by bench/corpus.clause_runs,
with how often the participle is written at all: the pairs read to list
the few that are names in `generic._PARTICIPLE_NAMES` (bench/README.md,
"Organizations, thirteenth round").

    .venv/bin/python bench/org_participles.py CORPUS [--min 10]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from corpus import clause_runs

from briefings.extract import gazetteer as gz
from briefings.lang.ar import key


def participle(k: str) -> bool:
    """A definite word of a participle's shape: الم, no nisba or plural ending."""
    return k.startswith("الم") and not k.endswith(("ي", "يه", "ين", "ون"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--min", type=int, default=10)
    args = ap.parse_args()
    heads = {h for h in gz.org_heads() if h.startswith("ال")}
    pairs: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for run in clause_runs(args.corpus):
        ks = [key(w) for w in run]
        for a, b in zip(ks, ks[1:], strict=False):
            if participle(b):
                alone[b] += 1
                if a in heads:
                    pairs[(a, b)] += 1
    for (a, b), n in pairs.most_common():
        if n < args.min:
            break
        print(f"{n:6} {alone[b]:6}  {a} {b}")


if __name__ == "__main__":
    main()
