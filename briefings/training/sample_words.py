"""The corpus words the search parity test checks (tests/data/corpus_words.txt):
words as the corpus writes them (hamza, diacritics, tatweel and all),
1,000 from each of five frequency bands (a band short of words leaves
the rest to the next) so that common words, rare ones
and words outside the vocabulary are all there. Words only, no sentences.

    .venv/bin/python -m briefings.training.sample_words --corpus CORPUS_DIR \\
        --out tests/data/corpus_words.txt
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

# the words search indexes (search_index._WORD)
_WORD = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")
BANDS = ((1000, None), (100, 999), (10, 99), (2, 9), (1, 1))


def sample(corpus: Path, per_band: int = 1000, seed: int = 13) -> list[str]:
    from briefings.training.corpus import articles

    counts: Counter[str] = Counter()
    for a in articles(corpus):
        counts.update(_WORD.findall(a.get("content") or ""))
    rng = random.Random(seed)
    out: list[str] = []
    for n, (lo, hi) in enumerate(BANDS, start=1):
        band = sorted(w for w, c in counts.items() if c >= lo and (hi is None or c <= hi))
        # a band short of words leaves its share to the next
        out += rng.sample(band, min(per_band * n - len(out), len(band)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="folder of the SaudiNewsNet daily ZIPs")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    words = sample(args.corpus)
    header = ("# 5,000 words of SaudiNewsNet as written, 1,000 from each frequency band "
              "(>=1000, 100-999, 10-99, 2-9, 1 occurrences); made by briefings/training/sample_words.py\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words → {args.out}")


if __name__ == "__main__":
    main()
