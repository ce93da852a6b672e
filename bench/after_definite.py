"""Definite words the corpus writes after another definite word: the
adjectives by use (الأحمر، الكريم، الكبرى), which a body's name may end
with after a definite word, as against a noun written there rarely (القبض،
المجال، المهام: the verb's object after the body that is its subject).

    .venv/bin/python bench/after_definite.py CORPUS [--min 50] [--share 0.2] > LIST

Counts words in runs split at punctuation, over every daily file but
2015-07-26 (the blind sample's day); prints the keys written 50 times or
more, at least 15% of them right after a word with the article, that
`_adjective`'s shapes do not already cover (bench/README.md, "Actors,
ninth round d")."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from corpus import clause_runs

from briefings.extract.actors.words import _adjective
from briefings.lang.ar import key

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("corpus", type=Path)
    p.add_argument("--min", type=int, default=50)
    p.add_argument("--share", type=float, default=0.15)
    a = p.parse_args()
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    # the written article: إلقاء keys as القاء
    for ws in clause_runs(a.corpus):
        for i, w in enumerate(ws):
            if w.startswith("ال"):
                k = key(w)
                total[k] += 1
                if i and ws[i - 1].startswith("ال"):
                    after[k] += 1
    for k in sorted(total):
        if total[k] >= a.min and after[k] >= a.share * total[k] and not _adjective(k) and _WORD.fullmatch(k):
            print(k)


if __name__ == "__main__":
    main()
