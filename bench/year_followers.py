"""Words the corpus writes after a year far more than after any other
number: «2015 موعدا», «2014 ارتفاعا», «2015 مقارنة» are the year's
sentence going on, not what a number counts («2100 شحنة», «2000 طالب»).

For each word right after a number written in four digits or fewer
(no mark between), how often the number is year-like (1900–2100, four
digits) and how often it is any other number. A word written after a
year --min times or more, in --share of its uses after numbers or more,
is a year's follower (a stop word or a not_unit word is never a unit and
is left out; number_nouns counted after any number, so ليصل، موعدا are
in both);
the list `briefings/lang/ar/data/year_followers.txt` was written by
this script (`--counts` prints the counts to review instead). The blind
and held days are not read.

    .venv/bin/python bench/year_followers.py CORPUS [--min 3 --share 0.8] [--counts]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import BLIND_DAY, list_args  # noqa: E402
from briefings.lang.ar import entries, key, words  # noqa: E402
from briefings.lang.ar.stop_words import stop_words  # noqa: E402
from briefings.training.corpus import articles  # noqa: E402

HELD = (BLIND_DAY, "2015-07-25")  # the blind actors sample; quote set 4
_PAIR = re.compile(r"(?<![\d.,٫٬/:\-])(\d{1,4}|[٠-٩]{1,4})(?![\d.,٫٬/:\-]) ([\u0621-\u064a\u0640]+)")
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def main() -> None:
    p = list_args(__doc__, 3, 0.8, "print each word's counts after years and after other numbers")
    args = p.parse_args()
    years: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for rec in articles(args.corpus, skip=HELD):
        for num, word in _PAIR.findall(rec.get("content") or ""):
            digits = num.translate(_INDIC)
            k = key(word)
            if len(digits) == 4 and 1900 <= int(digits) <= 2100:
                years[k] += 1
            else:
                others[k] += 1
    counted = {key(e[0]) for e in entries("number_nouns")}
    never = words("not_unit") | stop_words()
    print("# Words the corpus writes after a year (1900-2100) in far more of their uses after a number than")
    print(f"# after any other number (bench/year_followers.py --min {args.min} --share {args.share}).")
    print("# Columns: word, times after a year, times after another number.")
    for w, y in years.most_common():
        o = others[w]
        if args.counts:
            print(f"{w}\t{y}\t{o}\t{'counted' if w in counted else ''}")
        elif y >= args.min and y / (y + o) >= args.share and w and w not in never:
            print(f"{w}\t{y}\t{o}")


if __name__ == "__main__":
    main()
