"""Given names of women, mined from the corpus by the frame a name follows:
a speech verb or a title in the feminine (قالت، أكدت، الدكتورة، المعلمة)
against the same word in the masculine (قال، أكد، الدكتور، المعلم).

    .venv/bin/python bench/mine_women_names.py CORPUS [--min-count 3] [--min-share 0.9] > briefings/lang/ar/data/women_names.txt

A word after the frame under the article or that is itself a frame's word
is skipped, and only words the names lists know (actors' `person_words`)
are kept: the frame's next word is as often a body (قالت وزارة، صحيفة).
Neither held day (2015-07-25, 2015-07-26) is read. Used by the quotes extractor
(`_female`): a feminine verb with no subject goes on with a woman.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from briefings.extract.actors import person_words
from briefings.lang.ar import key
from briefings.training.corpus import HELD

PAIRS = [("قال", "قالت"), ("أكد", "أكدت"), ("أوضح", "أوضحت"), ("أضاف", "أضافت"), ("أشار", "أشارت"),
         ("ذكر", "ذكرت"), ("الدكتور", "الدكتورة"), ("الأستاذ", "الأستاذة"), ("السيد", "السيدة"),
         ("الطالب", "الطالبة"), ("الفنان", "الفنانة"), ("الممثل", "الممثلة"), ("الكاتب", "الكاتبة"),
         ("الإعلامي", "الإعلامية"), ("المواطن", "المواطنة"), ("المعلم", "المعلمة"), ("الشاعر", "الشاعرة"),
         ("الباحث", "الباحثة"), ("اللاعب", "اللاعبة"), ("المذيع", "المذيعة"), ("الناشط", "الناشطة")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.9)
    args = ap.parse_args()
    masc = {m: f for m, f in PAIRS}
    fem = {f: m for m, f in PAIRS}
    frame = re.compile(r"(?:^|\s)[وف]?(" + "|".join(sorted(masc.keys() | fem.keys(), key=len, reverse=True))
                       + r")\s+([\u0621-\u064A]{2,})")
    counts: dict[str, Counter] = {"f": Counter(), "m": Counter()}
    for f in sorted(args.corpus.glob("*.zip")):
        if f.stem in HELD:
            continue
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                for r in json.loads(z.read(name)):
                    for m in frame.finditer(r.get("content") or ""):
                        word = m.group(2)
                        if word.startswith("ال") or word in masc or word in fem:
                            continue
                        counts["f" if m.group(1) in fem else "m"][word] += 1
    print("# Given names of women: the word after a feminine speech verb or title")
    print(f"# (قالت، الدكتورة …) in {args.min_share:.0%} or more of at least {args.min_count} uses after")
    print("# either gender's form (bench/mine_women_names.py; held days not read).")
    names = person_words()
    for word, n in sorted(counts["f"].items(), key=lambda x: (-x[1], x[0])):
        total = n + counts["m"][word]
        if n >= args.min_count and n / total >= args.min_share and key(word) in names:
            print(word)


if __name__ == "__main__":
    main()
