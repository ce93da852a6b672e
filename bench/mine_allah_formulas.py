"""Mine the words that open a formula with God's name (توفيق الله، نحمد
الله، فضل الله) rather than a person's (غرم الله، عطا الله، عوض الله), for
briefings/lang/ar/data/allah_formulas.txt.

    .venv/bin/python bench/mine_allah_formulas.py CORPUS_DIR [--min-count 20] [--min-share 0.8] [--limit N]

The frame is `X الله`, X with its clitic peeled. A name of that shape is
written beside a first name or a family name (غرم الله الغامدي، حسن نصر
الله): a word the names lists call a person's, or a definite nisba, right
before X or right after الله. Each X is printed with how often it opens
the frame and the share of those uses with no name beside it; a formula's
share is high (توفيق 55 uses, none beside a name).
"""

from __future__ import annotations

from collections import Counter

from corpus import article_words, mining_args, print_mined

from briefings.extract.actors import person_words
from briefings.lang.ar import key


def main() -> None:
    args = mining_args(__doc__)
    names = person_words()
    allah = key("الله")
    seen: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    for ws in article_words(args.corpus, args.limit):
        for i in range(1, len(ws) - 1):
            if ws[i] != allah or not ws[i - 1].isalpha():
                continue
            x = ws[i - 1]
            seen[x] += 1
            before = ws[i - 2] if i >= 2 else ""
            after = ws[i + 1]
            if not (before in names or after in names or (after.startswith("ال") and after.endswith("ي"))):
                alone[x] += 1
    print_mined("X الله with no name beside it", alone, seen, args, set())


if __name__ == "__main__":
    main()
