"""Word pairs through which a body's name goes on by ل: a definite
adjective and the word under ل after it, written together in the corpus
three times or more (العامة للسياحة 597، الوطنية لمكافحة 87، السعودي لكرة
485), as against a ل of purpose after a body, which the corpus writes once
or twice (وزارة الداخلية لتأمين، قوات التحالف العربي لمساعدة، الاتحاد
الأوروبي لمواجهة: 1 each): a name recurs, a sentence does not.

    .venv/bin/python bench/org_lam_links.py CORPUS [--min 3] > briefings/lang/ar/data/org_lam_links.txt

Counts adjacent words, in runs split at punctuation, over every daily file
but 2015-07-26 (the blind sample's day); the first word definite and ending in ي or
ية, neither an adjective of kind (العامة، العليا) nor one that names the
body (الوطني، الملكي), after which a name goes on however rare: the words
the code reads the pair after (bench/README.md, "Actors, tenth round a"), the second opening with ل and not a stop word."""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from briefings.extract.actors.bodies import _NAMING_ADJECTIVES
from briefings.extract.actors.words import _KIND_ADJECTIVES
from briefings.lang.ar import is_stop, key

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
_BREAK = re.compile(r"[.\n،,:؛!?؟()«»\"“”]")

HEADER = """\
# Pairs of a definite adjective and a word under ل that a body's name goes
# on through (الهيئة العامة للسياحة، اللجنة الوطنية لمكافحة، الاتحاد السعودي
# لكرة): written together {n} times or more in the saudinewsnet corpus (its
# blind day left out), by bench/org_lam_links.py. A ل of purpose after a
# body (وزارة الداخلية لتأمين) is written once or twice and ends the name.
"""


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("corpus", type=Path)
    p.add_argument("--min", type=int, default=3)
    a = p.parse_args()
    pairs: Counter[tuple[str, str]] = Counter()
    for f in sorted(a.corpus.glob("*.zip")):
        if f.stem == "2015-07-26":
            continue
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                for r in json.loads(z.read(name)):
                    for run in _BREAK.split(r.get("content") or ""):
                        ks = [key(w) for w in run.split()]
                        for x, y in zip(ks, ks[1:], strict=False):
                            if (x.startswith("ال") and x.endswith(("ي", "يه")) and x not in _KIND_ADJECTIVES
                                    and x not in _NAMING_ADJECTIVES and y.startswith("ل") and len(y) > 2
                                    and _WORD.fullmatch(x) and _WORD.fullmatch(y)):
                                pairs[(x, y)] += 1
    print(HEADER.format(n=a.min), end="")
    for (x, y), c in sorted(pairs.items()):
        if c >= a.min and not is_stop(y):
            print(f"{x} {y}")


if __name__ == "__main__":
    main()
