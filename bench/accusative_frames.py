"""Frames of the words right after a speech verb that are no subject, over
the corpus's non-held days (2015-07-25/26 and the quote sets' days left out).

    .venv/bin/python bench/accusative_frames.py CORPUS

Prints: indefinite words in the accusative's alef right after a speech verb
and before a preposition (ردا على، مدافعا عن، تعليقا على; names in alef,
أوباما في، are in the same count and are told apart by the lists), the
third word of «verb قبل/بعد/منذ X Y» when X and Y are indefinite (قليلة،
متأنية), and the count of «أما X، ف+speech verb» and of «كتب عليها».
Counts only; nothing is loaded at run time (bench/README, "Quotes,
fourteenth round (branch `quotes17`)").
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.training.corpus import articles

TOKEN = re.compile(r"[\w\u0600-\u06ff]+|[«»“”\"':،,.؛؟!]")
SKIP = ("2015-07-25", "2015-07-26", "2015-07-31", "2015-08-03", "2015-08-06")
PREPS = ("علي", "عن", "الي", "في", "من")


def main() -> None:
    acc: Counter = Counter()
    third: Counter = Counter()
    other: Counter = Counter()
    for art in articles(Path(sys.argv[1]), SKIP):
        ks = [key(t) for t in TOKEN.findall(art.get("content") or "")]
        start = 0
        for i, k in enumerate(ks[:-3]):
            if k in (".", "!", "؟"):
                start = i + 1
            if k.startswith("ف") and speech_lemma(k[1:]) and "اما" in ks[start:i]:
                other["أما … ف+speech verb, one sentence"] += 1
            if k == "عليها" and i and ks[i - 1] == "كتب":
                other["كتب عليها"] += 1
            if not speech_lemma(k):
                continue
            n1 = ks[i + 1]
            if n1.isalpha() and n1.endswith("ا") and not n1.startswith("ال") and ks[i + 2] in PREPS:
                acc[f"{n1} {ks[i + 2]}"] += 1
            if n1 in ("قبل", "بعد", "منذ") and not ks[i + 2].startswith("ال") \
                    and ks[i + 3].isalpha() and not ks[i + 3].startswith("ال"):
                third[ks[i + 3]] += 1
    print("accusative-like word + preposition after a speech verb:", acc.most_common(80))
    print("third word of «verb قبل/بعد/منذ X Y»:", third.most_common(30))
    print(dict(other))


if __name__ == "__main__":
    main()
