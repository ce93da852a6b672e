"""Mine the head nouns of organizations from a news corpus by the frame an
office takes before the body it heads, and print them by frequency for
review into briefings/lang/ar/data/org_heads.txt.

    .venv/bin/python bench/mine_org_heads.py CORPUS_DIR [--min-count 20] [--limit N]

The frame: a title head (رئيس، مدير، أمين، عضو …, title_heads.txt), then a
word without the article, then a word with it: رئيس مجلس الإدارة، مدير
جامعة الملك سعود، عضو هيئة التدريس. The middle word heads a body when
that frame is a large share of its uses (a share of 0.3 or more: جامعة,
not عام). Printed with its count, the share, and whether the list has it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from briefings.extract import gazetteer as gz
from briefings.lang.ar import key
from briefings.training.corpus import articles

_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+|[^\s\u0621-\u064a\u0640\u064b-\u0652]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--min-count", type=int, default=20)
    ap.add_argument("--min-share", type=float, default=0.05)
    ap.add_argument("--limit", type=int, default=0, help="articles to read (0: all)")
    args = ap.parse_args()
    titles = gz.title_heads()
    stop = gz.stop()
    framed: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for n, a in enumerate(articles(args.corpus)):
        if args.limit and n >= args.limit:
            break
        ks = [gz.reading(key(w))[1] for w in _WORD.findall(a.get("content") or "")]
        seen.update(ks)
        for i in range(1, len(ks) - 1):
            w = ks[i]
            if (ks[i - 1] in titles and not w.startswith("ال") and w.isalpha() and len(w) > 2
                    and w not in stop and w not in titles and ks[i + 1].startswith("ال")):
                framed[w] += 1
    known = gz.org_heads()
    print("# head after an office: count, share of the word's uses, known")
    for w, c in framed.most_common():
        share = c / seen[w]
        if c >= args.min_count and share >= args.min_share:
            print(f"{w}\t{c}\t{share:.2f}\t{'known' if w in known else ''}")


if __name__ == "__main__":
    main()
