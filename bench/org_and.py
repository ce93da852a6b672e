"""Word pairs through which a body's name goes on by و after a noun (وزارة
التجارة والصناعة، هيئة الري والصرف، عمادة القبول والتسجيل), told from a
second party written after a body's name (الأمم المتحدة والشرعية الدولية،
وزارة التعليم والشؤون الإسلامية، قوات النظام والمسلحين) by the share of
the noun's uses inside a body's name that the pair is: counted in the
four words after a body's head (`org_heads.txt`, with or without the
article), over every daily file but 2015-07-26 (the blind sample's day).
A name recurs whole (القبول والتسجيل in 70% of the uses of القبول there);
a second party is one of many things written after a frequent name
(وزارة التعليم: thousands, والمعلمين once). A pair written 10 times or
more stays whatever its share: by share alone قوات النظام والمسلحين (36,
8%) and هيئة الشباب والرياضة (26, 3%) are not told apart. Pairs after a nisba-shaped adjective are
`org_links.txt`'s (bench/org_links.py). bench/README.md, "Organizations,
eleventh round".

    .venv/bin/python bench/org_and.py CORPUS [--min 3] [--share 0.1] [--often 10] > briefings/lang/ar/data/org_and.txt
    .venv/bin/python bench/org_and.py CORPUS --counts   # every pair with its count and share
"""

from __future__ import annotations

import re
from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.words import _adjective
from briefings.lang.ar import key

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
# a head's chain: the words after it a name may run to before و
_WINDOW = 4

HEADER = """\
# Pairs of a noun or a bare name and a definite word under و that a body's name
# goes on through (وزارة التجارة والصناعة، هيئة الري والصرف): inside the
# four words after a body's head, written together {o} times or more, or
# {n} times or more and in {s:.0%} or more of the noun's uses there, in the
# saudinewsnet corpus (its blind day left out), by bench/org_and.py. A second
# party after a body (الأمم المتحدة والشرعية، وزارة التعليم والمعلمين) is
# written once or twice, a small share; one written often (قوات النظام
# والمسلحين 36) is not told from a name (هيئة الشباب والرياضة 26) and stays.
"""


def noun(x: str) -> bool:
    """A word of a name that is no nisba-shaped adjective (those are
    `org_links.txt`'s): a definite noun or a bare name (داعش)."""
    return bool(_WORD.fullmatch(x)) and not (x.startswith("ال") and x.endswith(("ي", "يه")) and _adjective(x))


def main() -> None:
    p = list_args(None, 3, 0.1)
    p.add_argument("--often", type=int, default=10, help="a pair written this often stays whatever its share")
    a = p.parse_args()
    heads = gz.org_heads()
    seen: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for ws in clause_runs(a.corpus):
        ks = [key(w) for w in ws]
        for i, k in enumerate(ks):
            if gz.reading(k)[1] not in heads:
                continue
            for j in range(i + 1, min(i + 1 + _WINDOW, len(ks))):
                x = ks[j]
                if not noun(x):
                    continue
                seen[x] += 1
                y = ks[j + 1] if j + 1 < len(ks) else ""
                if y.startswith("وال") and _WORD.fullmatch(y):
                    pairs[(x, y)] += 1
    if a.counts:
        for (x, y), c in pairs.most_common():
            print(f"{x} {y}\t{c}\t{c / seen[x]:.3f}")
        return
    print(HEADER.format(n=a.min, s=a.share, o=a.often), end="")
    for (x, y), c in sorted(pairs.items()):
        if c >= a.often or (c >= a.min and c / seen[x] >= a.share):
            print(f"{x} {y}")


if __name__ == "__main__":
    main()
