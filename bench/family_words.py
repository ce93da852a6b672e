"""Family names that are common words too (العمر، المسلم، الزيد): definite
words the corpus writes right after a title or a rank and a first name
(المدرب حمد العمر، مدير الكرة فؤاد المسلم) 3 times or more and in a
fifth or more of the times it writes them after a first name. The tagger
ends a name before such a word (حمد العمر → حمد: the age; فؤاد المسلم →
فؤاد: the Muslim); after a first name that ends a person's span the word
is the family name (`actors.name_bounds`). A first name alone before
a definite word is no sure frame (محمد الذي، يوم الخميس، فهد الهدف); a
title before the name is.

    .venv/bin/python bench/family_words.py CORPUS [--min 3 --share 0.2] [--counts] > LIST

Counts words in runs split at punctuation, over every daily file but the
held days 2015-07-25 and 2015-07-26, matching keys; a first name is a word
the names lists call a person's at share 2 or 3, without the article, and
no stop word; a title is a word of `title_heads` or `ranks`. Left out:
stop words, titles, places, words of an adjective's shape (الطبية،
الدولي), and the two status adjectives that pass (الجديد، المكلف: the new
coach, the acting minister); bench/README.md, "Persons and titles,
eighteenth round"."""

from __future__ import annotations

from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.words import _adjective
from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words
from briefings.extract.numbers import word_value
from briefings.lang.ar import key, words

HELD = ("2015-07-25", "2015-07-26")
STATUS = {key("الجديد"), key("المكلف")}
NOUNS = {key("الحكم"), key("الين")}


def main() -> None:
    a = list_args(__doc__, 3, 0.2, "print each word's count after a title and a first name, and after a first name").parse_args()
    stop = gz.stop()
    names = {w for lst in (CUE_WORDS, TAGGED_WORDS) for w, t in typed_words(lst).items()
             if t in ("PER2", "PER3") and not w.startswith("ال") and w not in stop}
    titles = gz.title_heads() | set(words("ranks"))
    titled: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for ws in clause_runs(a.corpus, r"[.،,:;!?؟؛«»\"()\[\]\n]", skip=HELD):
        ks = [key(w) for w in ws]
        for i in range(1, len(ks)):
            k = ks[i]
            if k.startswith("ال") and len(k) > 3 and ks[i - 1] in names:
                after[k] += 1
                if i >= 2 and ks[i - 2] in titles:
                    titled[k] += 1
    # ordinals (جاء السباح خالد الثالث في الترتيب; a king's number follows
    # his title's own rule), number words and two nouns a first name is
    # seen before in sports and money news (سامي الحكم: the referee; الين)
    skip = stop | titles | set(gz.places()) | STATUS | set(words("ordinals")) | NOUNS
    skip |= {k for k in titled if (v := word_value(k[2:])) and v[0] == "unit"}
    for k in sorted(titled, key=lambda k: (-titled[k], k)):
        if titled[k] >= a.min and titled[k] >= a.share * after[k] and k not in skip and not _adjective(k):
            print(f"{k}\t{titled[k]}\t{after[k]}" if a.counts else k)


if __name__ == "__main__":
    main()
