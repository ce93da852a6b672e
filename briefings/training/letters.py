"""What a name's letters look like: the letter n-gram table the tagger's
`qCHARS` feature reads (briefings/extract/ner_features.py, `letters`).

The names the tagger misses are mostly foreign ones news seldom writes
(لارسن، علييف، فولكسفاغن): no cluster or list knows them, but
transliteration leaves its mark in the letters (long vowels where Arabic
roots have none, endings such as ـوف، ـسكي). A naive Bayes model over a
word's letter 2- to 4-grams (start and end marked) learns it from lists
`make train` has already written, never from an annotated text: the peeled
words names-tagged or names-cued types as PER, ORG or LOC for half their
uses or more, against every other word of vocab.txt.gz (bench/README.md,
"NER, twelfth round"). Each n-gram seen three times or more keeps its log
ratio in each name type against common words, to two decimals.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

TYPES = ("PER", "ORG", "LOC")
ALPHA = 0.5
MIN_COUNT = 3


def training_words() -> dict[str, str]:
    """Peeled word → PER/ORG/LOC/O from the shipped lists: a name type where
    the corpus's tagger or a cue says so for half its uses or more (share
    band 2 or 3), O for every other vocabulary word; a word that is
    sometimes a name is neither."""
    from briefings.data import lines
    from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, peeled

    out: dict[str, str] = {}
    for line in lines("vocab.txt.gz"):
        out.setdefault(peeled(line.split("\t")[0])[1], "O")
    for name in (CUE_WORDS, TAGGED_WORDS):
        for line in lines(name):
            w, typ, share = line.split("\t")
            if int(share) >= 2:
                out[w] = typ
            elif out.get(w) == "O":
                del out[w]
    return out


def build_table(words: dict[str, str]) -> dict[str, tuple[float, ...]]:
    """N-gram → its log ratio in PER, ORG and LOC words against O words."""
    from briefings.extract.ner_features import letter_grams

    counts: dict[str, Counter[str]] = {c: Counter() for c in ("O", *TYPES)}
    for w, c in words.items():
        if len(w) >= 2 and w.isalpha():
            counts[c].update(set(letter_grams(w)))
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    vocab = [g for g, n in total.items() if n >= MIN_COUNT]
    size = {c: sum(counts[c][g] for g in vocab) for c in counts}

    def logp(c: str, g: str) -> float:
        return math.log((counts[c][g] + ALPHA) / (size[c] + ALPHA * len(vocab)))

    return {g: tuple(round(logp(c, g) - logp("O", g), 2) for c in TYPES) for g in vocab}


def build_letters(out: Path) -> int:
    """Write the table (n-gram, then its PER, ORG and LOC ratios); how many
    n-grams it holds."""
    from briefings.training.corpus import write_gz_lines

    table = build_table(training_words())
    write_gz_lines(out, [f"{g}\t" + "\t".join(f"{v:.2f}" for v in r) for g, r in sorted(table.items())])
    return len(table)
