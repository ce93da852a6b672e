"""Two-word names whose second word the tagger's lists call a body's and
whose first is a word the corpus writes right before it in a large share
of its uses (واشنطن بوست): the tagger often opens the body at the second
word, the first read as a place or as nothing (واشنطن [[بوست]]), so the
name is given cut short. The mirror of bench/org_pairs.py, which joins a
second word to a first. Counted over every daily file but 2015-07-26
(the blind sample's day), by bench/corpus.clause_runs.

    .venv/bin/python bench/org_fronts.py CORPUS [--min 20] [--share 0.3] > briefings/lang/ar/data/org_fronts.txt
    .venv/bin/python bench/org_fronts.py CORPUS --counts
"""

from __future__ import annotations

from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.generic import _LETTERS
from briefings.extract.ner_features import TAGGED_WORDS, typed_words
from briefings.lang.ar import key

HEADER = """\
# Two-word names the tagger opens at their second word (واشنطن [[بوست]]):
# the second a word the tagger's lists call a body's, the first a bare
# word (no article, no clitic, no stop word, no Latin letter spelt out,
# no head of a body or an office: شركة، رئيس) written right before it
# {n} times or more and in {s:.0%} of the second word's uses or more, in
# the saudinewsnet corpus (its blind day left out), by bench/org_fronts.py.
"""


def main() -> None:
    a = list_args(__doc__, 20, 0.3).parse_args()
    bodies = {w for w, t in typed_words(TAGGED_WORDS).items() if t.startswith("ORG")}
    # a head or an office before a name is no part of it (شركة أرامكو،
    # مدرب تشيلسي); letters are an acronym's pieces (بي بي سي، إم إتش 17)
    skip = gz.stop() | gz.org_heads() | gz.title_heads() | _LETTERS
    seen: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for ws in clause_runs(a.corpus):
        ks = [key(w) for w in ws]
        for i, k in enumerate(ks):
            if k not in bodies or k.startswith("ال") or k in _LETTERS:
                continue
            seen[k] += 1
            if i:
                p = ks[i - 1]
                if p.isalpha() and not p.startswith(("ال", "وال", "لل")) and not gz.reading(p)[0] and p not in skip:
                    pairs[(p, k)] += 1
    keep = sorted((p for p, c in pairs.items() if c >= a.min and c / seen[p[1]] >= a.share))
    if a.counts:
        for p, c in pairs.most_common(200):
            print(f"{p[0]} {p[1]}\t{c}\t{seen[p[1]]}\t{c / seen[p[1]]:.2f}")
        return
    print(HEADER.format(n=a.min, s=a.share), end="")
    for p in keep:
        print(f"{p[0]} {p[1]}")


if __name__ == "__main__":
    main()
