"""Word pairs through which a body's name goes on by ل or و after an
adjective: written together in the corpus three times or more (السعودي
لكرة 485، العربية للعلوم 79، الإسلامية والأوقاف 107، الاقتصادي والتنمية 23),
as against a ل of purpose or a second noun after a body, which the corpus
writes once or twice (وزارة الداخلية لتأمين، قوات التحالف العربي لمساعدة،
تنظيم داعش الإرهابي والجماعات، الحكومة الشرعية والجهات: a name recurs, a
sentence does not).

    .venv/bin/python bench/org_links.py CORPUS [--min 3] > briefings/lang/ar/data/org_links.txt

Counts adjacent words, in runs split at punctuation, over every daily file
but 2015-07-26 (the blind sample's day). The first word is definite and
ends in ي or ية (a nisba's shape); before ل it is neither an adjective of
kind (العامة، العليا) nor one that names the body (الوطني، الملكي), after
which a name goes on however rare; the second opens with ل (not a stop
word), or with و and the article before a word that is no adjective by
shape (والقروية goes on as an adjective does). These are the pairs the
code reads (bench/README.md, "Actors, tenth round a")."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from corpus import clause_runs

from briefings.extract.actors.bodies import _NAMING_ADJECTIVES
from briefings.extract.actors.words import _KIND_ADJECTIVES, _adjective
from briefings.lang.ar import is_stop, key

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")

HEADER = """\
# Pairs of a definite adjective and a word under ل or و that a body's name
# goes on through (الهيئة السعودية للحياة، الاتحاد السعودي لكرة، وزارة الشؤون
# الإسلامية والأوقاف): written together {n} times or more in the
# saudinewsnet corpus (its blind day left out), by bench/org_links.py. A ل
# of purpose after a body (وزارة الداخلية لتأمين) or a second noun after it
# (الحكومة الشرعية والجهات) is written once or twice and ends the name.
"""


def wanted(x: str, y: str) -> bool:
    if not (x.startswith("ال") and x.endswith(("ي", "يه")) and _WORD.fullmatch(x) and _WORD.fullmatch(y)):
        return False
    if y.startswith("وال"):
        return not _adjective(y[1:])
    return (y.startswith("ل") and len(y) > 2 and x not in _KIND_ADJECTIVES and x not in _NAMING_ADJECTIVES
            and not is_stop(y))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("corpus", type=Path)
    p.add_argument("--min", type=int, default=3)
    a = p.parse_args()
    pairs: Counter[tuple[str, str]] = Counter()
    for ws in clause_runs(a.corpus):
        ks = [key(w) for w in ws]
        for x, y in zip(ks, ks[1:], strict=False):
            if wanted(x, y):
                pairs[(x, y)] += 1
    print(HEADER.format(n=a.min), end="")
    for (x, y), c in sorted(pairs.items()):
        if c >= a.min:
            print(f"{x} {y}")


if __name__ == "__main__":
    main()
