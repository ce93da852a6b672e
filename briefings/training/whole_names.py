"""Name openings the peeler would cut: pairs of a word whose first letter
reads as a clitic (واين، فيدل، لوكاس، ليام) and the word the corpus writes
after it (روني، كاسترو، زوكالا، نيسون), where the pair is written whole
again and again and the rest of the word never stands before that next
word (اين روني، يدل كاسترو: never). The actor rules keep such a first
word whole in a person's name (briefings/extract/actors/people.py).

    python -m briefings.training.whole_names CORPUS [--out PATH]

The held days of the corpus (2015-07-25/26) are left out."""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from briefings.lang.ar import key
from briefings.training.corpus import HELD

_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652\u06a4\u06af]+|[^\s\w]")


def bigrams(corpus: Path) -> Counter[tuple[str, str]]:
    from briefings.training.corpus import articles

    counts: Counter[tuple[str, str]] = Counter()
    for a in articles(corpus, skip=HELD):
        ws = [key(w) for w in _WORD.findall(a.get("content") or "")]
        counts.update(zip(ws, ws[1:], strict=False))
    return counts


def whole_pairs(counts: Counter[tuple[str, str]], min_count: int = 3) -> list[tuple[str, str, int]]:
    """The pairs, by these frequencies: the whole pair at least min_count
    times and at least a fifth of the whole word's uses, a word of the
    vocabulary (a name's first word mostly stands before its surname; a
    verb, وعاد، before anything; لكافاني، وبرنس, too rare for the
    vocabulary, are one story's); the rest never before the next word;
    neither the rest nor the next word written with the article (a noun
    or an adjective, not a name's part); the rest not a word the names
    lists call a person's surely (ومايكل كيتون is و + مايكل), nor one
    that stands before person words in a quarter of its uses (وكارل،
    واسعد: كارل، اسعد open names; اين، يدل، يلي never do)."""
    from briefings.data import lines
    from briefings.extract.actors.words import person_words
    from briefings.extract.gazetteer import reading, stop
    from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS
    from briefings.lang.ar import vocabulary

    vocab = vocabulary()
    stops = stop()
    sure = {ln.split("\t")[0] for name in (CUE_WORDS, TAGGED_WORDS) for ln in lines(name)
            if ln.split("\t")[1] == "PER" and ln.split("\t")[2] == "3"}
    people = person_words()
    after: Counter[str] = Counter()  # a word's uses before another word
    before_person: Counter[str] = Counter()  # … before a person word
    for (a, b), c in counts.items():
        after[a] += c
        if b in people:
            before_person[a] += c
    out = []
    for (w, n), c in counts.items():
        if c < min_count or len(w) < 4 or w[0] not in "وفلبك" or len(n) < 3 or n.startswith("ال") or n in stops:
            continue
        clitic, rest, restored = reading(w)
        if (len(clitic) == 1 and not restored and not counts[(rest, n)] and not rest.startswith("ال")
                and not vocab.get("ال" + rest, 0) and not vocab.get("ال" + n, 0)
                and 0 < vocab.get(w, 0) <= c * 5 and rest not in sure
                and before_person[rest] * 4 < after[rest]):
            out.append((w, n, c))
    return sorted(out)


def main() -> None:
    from briefings.training.corpus import write_gz_lines

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "data" / "whole-names.txt.gz")
    args = p.parse_args()
    pairs = whole_pairs(bigrams(args.corpus))
    write_gz_lines(args.out, [f"{w}\t{n}\t{c}" for w, n, c in pairs])
    print(f"{len(pairs)} pairs → {args.out}")


if __name__ == "__main__":
    main()
