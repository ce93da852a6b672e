"""The fields a federation is named for (issue 12, nineteenth round): how
often the corpus writes each word under ل right after اتحاد/الاتحاد and one
or more nisbas (الاتحاد السعودي للكرة الطائرة، الاتحاد العربي السعودي
للبلياردو، الاتحاد الآسيوي لكرة القدم), against all its uses. A sport
follows such a frame in a large share of its uses; a purpose after a
union (الاتحاد الأوروبي لمواجهة) in a small one.

    .venv/bin/python bench/org_sports.py CORPUS [--min-count 5] [--min-share 0.3]

Counted over every daily file but the held days (2015-07-25/26); prints
each word with its count after the frame, its uses and the share, the
list `briefings/lang/ar/data/federation_fields.txt` was reviewed from
(bench/README.md, "Organizations, nineteenth round")."""

from __future__ import annotations

from collections import Counter

from corpus import mining_args
from org_lam import count_lam_words, runs

from briefings.extract import gazetteer as gz
from briefings.extract.actors.organizations import _FEDERATIONS as _HEADS
from briefings.extract.actors.organizations import _SCOPES as SCOPES
from briefings.extract.actors.words import _peel_key


def main() -> None:
    a = mining_args(__doc__)
    nisbas = gz.nisbas()
    after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for ks in runs(a.corpus, a.limit):
        count_lam_words(ks, total)
        for i, k in enumerate(ks):
            if _peel_key(k) not in _HEADS:
                continue
            j = i + 1
            while j < len(ks) and (ks[j] in nisbas or ks[j] in SCOPES):
                j += 1
            if j > i + 1 and j < len(ks) and ks[j].startswith("ل") and len(ks[j]) > 3:
                after[ks[j]] += 1
    for w, c in sorted(after.items(), key=lambda x: -x[1]):
        share = c / total[w]
        if c >= a.min_count and share >= a.min_share:
            print(f"{w}\t{c}\t{total[w]}\t{share:.2f}")


if __name__ == "__main__":
    main()
