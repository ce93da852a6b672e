"""Count the frames a title takes around a name in a news corpus, the
evidence for the title rules of briefings/extract/actors/titles.py (issue 12).

    .venv/bin/python bench/title_frames.py CORPUS_DIR [--limit N]

A name is a word the corpus lists call a person (names-tagged /
names-cued, PER) followed by another such word. For each frame it prints
how often it occurs and what follows it, so a rule is kept where the
frame names a person far more often than not:
- `abbreviation`: a one-letter honorific and a dot (د. أ. م.) before a
  word: how often a name follows;
- `place-and-place`: a place, then و with a place, inside a title chain
  (سفير … لدى إيطاليا ومالطا): how often the chain goes on to a name or a
  rank right after;
- `nisba-comma-name`: a title ending in a nisba, a comma, a name (الرئيس
  الفلسطيني، محمود عباس لعقد …): how often the name is closed by a mark;
- `rank-under-preposition`: a rank word carrying ل or ب (للفريق، باللواء):
  how often a name follows, i.e. how often it is a rank at all.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from briefings.extract import gazetteer as gz
from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words
from briefings.lang.ar import key
from briefings.training.corpus import articles

_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+|[^\s\u0621-\u064a\u0640\u064b-\u0652]")


def _name_test(ks: list[str], names: set[str]):
    """Whether two name words start at a position of `ks`."""
    return lambda i: i + 1 < len(ks) and ks[i] in names and ks[i + 1] in names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles to read (0: all)")
    args = ap.parse_args()
    names = {w for lst in (TAGGED_WORDS, CUE_WORDS) for w, t in typed_words(lst).items() if t.startswith("PER")}
    places, nis, heads = gz.places(), gz.nisbas(), gz.title_heads()
    rank_first = {r[0] for r in gz.ranks()}
    c: Counter[str] = Counter()
    for n, a in enumerate(articles(args.corpus)):
        if args.limit and n >= args.limit:
            break
        ks = [key(w) for w in _WORD.findall(a.get("content") or "")]
        m = len(ks)
        name_at = _name_test(ks, names)
        for i in range(1, m - 2):
            k = ks[i]
            if k in ("د", "ا", "م") and ks[i + 1] == "." and not ks[i - 1] == ".":
                c[f"abbreviation {k}. total"] += 1
                c[f"abbreviation {k}. then a name"] += name_at(i + 2)
            if k.startswith("و") and k[1:] in places and ks[i - 1] in places:
                if any(ks[x] in heads or ks[x] in rank_first for x in range(max(0, i - 7), i - 1)):
                    c["place-and-place in a chain: total"] += 1
                    nxt = ks[i + 1]
                    c["place-and-place in a chain: then a name or a rank"] += name_at(i + 1) or nxt in rank_first
            if k == "،" and ks[i - 1] in nis and (ks[i - 2] in heads or ks[i - 2].startswith("ال")) and name_at(i + 1):
                c["nisba-comma-name: total"] += 1
                after = ks[i + 3] if i + 3 < m else "."
                closed = not after[0].isalpha() or after in names
                c["nisba-comma-name: name closed by a mark (or longer)"] += closed
                c["nisba-comma-name: a word follows the name"] += not closed
            if k[:2] in ("لل", "بال") and ("ال" + k[2:] if k.startswith("لل") else k[1:]) in rank_first:
                c["rank-under-preposition: total"] += 1
                c["rank-under-preposition: then a name"] += name_at(i + 1)
    for name, v in sorted(c.items()):
        print(f"{name}\t{v}")


if __name__ == "__main__":
    main()
