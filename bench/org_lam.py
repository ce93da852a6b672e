"""Words under ل through which a body's name goes on after a name rather
than an adjective (مركز الملك عبدالعزيز للحوار الوطني، جامعة الملك فهد
للبترول والمعادن، شركة آسيا للاستثمار، مجلس التعاون لدول الخليج): how often
the corpus writes each ل word within four words after a bare head of a
body (وزارة، مركز، شركة …), no punctuation, و or other ل between, against
all its uses. A field a body is named for (للحوار، للبحوث، للاستثمار)
follows a body's name in a large share of its uses; a purpose after a
body (لدعم، للسيطرة على) in a small one.

    .venv/bin/python bench/org_lam.py CORPUS [--min-count 20] [--min-share 0.3]

Counted over every daily file but 2015-07-26 (the blind sample's day) and
2015-07-25 (a held quotes sample's day); prints the words with their counts
and shares, the list `briefings/lang/ar/data/org_lam.txt` was reviewed from
(bench/README.md, "Organizations, fourteenth round")."""

from __future__ import annotations

import re
from collections import Counter

from corpus import CLAUSE_BREAKS, mining_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.words import _peel_key
from briefings.lang.ar import key
from briefings.training.corpus import HELD, articles


def runs(corpus, limit: int):
    split = re.compile(CLAUSE_BREAKS).split
    for n, r in enumerate(articles(corpus, skip=HELD), 1):
        if limit and n > limit:
            return
        for run in split(r.get("content") or ""):
            yield [key(w) for w in run.split()]


def count_lam_words(ks: list[str], total: Counter[str]) -> None:
    """Every word under ل of a run (past three letters), for the share of
    its uses a frame takes."""
    for k in ks:
        if k.startswith("ل") and len(k) > 3:
            total[k] += 1


def main() -> None:
    a = mining_args(__doc__)
    heads = gz.org_heads()
    after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for ks in runs(a.corpus, a.limit):
        count_lam_words(ks, total)
        for i, k in enumerate(ks):
            h = _peel_key(k)
            if h.startswith("ال") or h not in heads:
                continue
            for j in range(i + 2, min(i + 6, len(ks))):
                w = ks[j]
                if w.startswith("ل") and len(w) > 3:
                    after[w] += 1
                    break
                if w.startswith("و"):
                    break
    for w, c in sorted(after.items(), key=lambda x: -x[1]):
        share = c / total[w]
        if c >= a.min_count and share >= a.min_share:
            print(f"{w}\t{c}\t{total[w]}\t{share:.2f}")


if __name__ == "__main__":
    main()
