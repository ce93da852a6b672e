"""Definite words the corpus writes after another definite word: the
adjectives by use (الأحمر، الكريم، الكبرى), which a body's name may end
with after a definite word, as against a noun written there rarely (القبض،
المجال، المهام: the verb's object after the body that is its subject).

    .venv/bin/python bench/after_definite.py CORPUS [--min 50] [--share 0.2] > LIST

Counts words in runs split at punctuation, over every daily file but
2015-07-26 (the blind sample's day); prints the keys written 50 times or
more, at least 15% of them right after a word with the article, that
`_adjective`'s shapes do not already cover (bench/README.md, "Actors,
ninth round d").

    .venv/bin/python bench/after_definite.py CORPUS --nouns [--min 50] [--share 0.05] > LIST

With `--nouns`, the other side (`definite_nouns.txt`): the keys those
shapes cover (المباراة، الأراضي، الموازنة: a participle's or a nisba's
look) that the corpus writes right after a word with the article in
under 5% of their uses, nouns by use, over every daily file but the held
days (bench/README.md, "Organizations, seventeenth round")."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from corpus import clause_runs

from briefings.extract.actors.words import _KIND_ADJECTIVES, _adjective
from briefings.lang.ar import key
from briefings.training.corpus import HELD

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("corpus", type=Path)
    p.add_argument("--min", type=int, default=50)
    p.add_argument("--share", type=float, default=None, help="0.15; 0.05 with --nouns")
    p.add_argument("--nouns", action="store_true", help="the adjective-shaped words seldom after a definite word")
    a = p.parse_args()
    share = a.share if a.share is not None else (0.05 if a.nouns else 0.15)
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    # the written article: إلقاء keys as القاء
    for ws in clause_runs(a.corpus, skip=HELD if a.nouns else ("2015-07-26",)):
        for i, w in enumerate(ws):
            if w.startswith("ال"):
                k = key(w)
                total[k] += 1
                if i and ws[i - 1].startswith("ال"):
                    after[k] += 1
    for k in sorted(total):
        if total[k] < a.min or not _WORD.fullmatch(k):
            continue
        if a.nouns:
            if _adjective(k) and k not in _KIND_ADJECTIVES and after[k] < share * total[k]:
                print(k)
        elif after[k] >= share * total[k] and not _adjective(k):
            print(k)


if __name__ == "__main__":
    main()
