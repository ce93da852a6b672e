"""Mine title heads from a news corpus by the frames titles take before a
person's name, and print them by frequency for review into
briefings/lang/ar/data/title_heads.txt.

    .venv/bin/python bench/mine_titles.py CORPUS_DIR [--min-count 20] [--limit N]

A name is two words in a row that the corpus lists call a person
(names-tagged / names-cued, PER); the frames before it:
- `word NAME`: the word right before the name, a nisba skipped
  (الدكتور، المهندس، المدرب الروماني …): honorifics and professions;
- `head genitive… NAME`: a word without the article, then one to four
  words with it (وزير الخارجية السعودي، مدير إدارة …): office heads.
Each candidate is printed with how often it opens the frame and what share
of all its uses that is; a title is a word whose share is high.
"""

from __future__ import annotations

from collections import Counter

from corpus import article_words, mining_args, print_mined

from briefings.extract import gazetteer as gz
from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words


def main() -> None:
    args = mining_args(__doc__)
    names = {w for lst in (TAGGED_WORDS, CUE_WORDS) for w, t in typed_words(lst).items() if t.startswith("PER")}
    nis = gz.nisbas()
    stop = gz.stop()
    before: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for ks in article_words(args.corpus, args.limit):
        seen.update(ks)
        for i in range(2, len(ks) - 1):
            if not (ks[i] in names and ks[i + 1] in names):
                continue
            j = i - 1
            while j >= 0 and ks[j] in nis:
                j -= 1
            if j < 0 or ks[j] in stop or ks[j] in names or not ks[j].isalpha():
                continue
            before[ks[j]] += 1
            # walk back over the article's genitives to a head without it
            g = j
            while g >= 0 and ks[g].startswith("ال") and j - g < 4:
                g -= 1
            if g >= 0 and g < j and not ks[g].startswith("ال") and ks[g] not in stop and ks[g].isalpha():
                heads[ks[g]] += 1
    for title, counts in (("word right before a name", before), ("head of an office before a name", heads)):
        print_mined(title, counts, seen, args, gz.title_heads())


if __name__ == "__main__":
    main()
