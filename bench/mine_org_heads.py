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

from collections import Counter

from corpus import article_words, mining_args, print_mined

from briefings.extract import gazetteer as gz


def main() -> None:
    args = mining_args(__doc__)
    titles = gz.title_heads()
    stop = gz.stop()
    framed: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for ks in article_words(args.corpus, args.limit):
        seen.update(ks)
        for i in range(1, len(ks) - 1):
            w = ks[i]
            if (ks[i - 1] in titles and not w.startswith("ال") and w.isalpha() and len(w) > 2
                    and w not in stop and w not in titles and ks[i + 1].startswith("ال")):
                framed[w] += 1
    print_mined("head after an office", framed, seen, args, gz.org_heads())


if __name__ == "__main__":
    main()
