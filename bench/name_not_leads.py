"""Words without the article that the corpus writes before a first name
often and almost never as a name's own part: function words and verbal
nouns the tagger takes into a person's name (أما فريدي فريد، زيارة خالد
بحاح). A name's word is written after a first name too (محمد علي، علي
محمد; a father's or a family name) or after a name's link (بن، ابن، أبو،
عبد); these words are not (`people._trim_people` cuts them off the front
of a person's span).

    .venv/bin/python bench/name_not_leads.py CORPUS [--min 30] [--share 0.1] [--counts] > LIST

A word is listed when it stands before a first name `--min` times or
more and after a first name or a link in at most `--share` of those (a tenth, as `name_leads`)
times, is a word the corpus writes 100 times or more (`_COMMON`: a
function word or a verbal noun, not a rare surname), and no names list
calls it a person's; the same test on the names lists' words is printed
to stderr (how many names it would cut). Counts words in runs split
at punctuation, over every daily file but the held days
(`briefings.training.corpus.HELD`), each word's clitic peeled as the
actor rules peel it (وقال → قال); a first name
is a word the names lists call a person's at share 2 or 3, without the
article (as `bench/name_leads.py`)."""

from __future__ import annotations

import re
import sys
from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract.actors.words import _COMMON as COMMON
from briefings.extract.actors.words import _peel_key
from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words
from briefings.lang.ar import key, vocabulary
from briefings.lang.ar.names import NASAB
from briefings.training.corpus import HELD

LINKS = set(NASAB) | {key(w) for w in ("أبو", "ابو", "أبي", "أبا", "عبد", "أم", "آل")}


def main() -> None:
    a = list_args(__doc__, 30, 0.1).parse_args()
    typed = [typed_words(lst) for lst in (CUE_WORDS, TAGGED_WORDS)]
    names = {w for t in typed for w, c in t.items() if c in ("PER2", "PER3") and not w.startswith("ال")}
    persons = {w for t in typed for w, c in t.items() if c.startswith("PER")}
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for ws in clause_runs(a.corpus, r"[.،,:;!?؟؛«»\"()\[\]\n]", skip=HELD):
        raw = [key(w) for w in ws]
        ks = [_peel_key(k) for k in raw]
        for x, k in enumerate(ks):
            if k.startswith("ال") or not k.isalpha():
                continue
            if x + 1 < len(ks) and ks[x + 1] in names:
                before[k] += 1
            # a name's part carries no clitic: محمد وزيارة is «and a visit»
            if x and raw[x] == k and (ks[x - 1] in names or ks[x - 1] in LINKS):
                after[k] += 1
    vocab = vocabulary()
    for k in sorted(before):
        if (before[k] >= a.min and after[k] <= a.share * before[k] and k not in persons and k not in LINKS
                and vocab.get(k, 0) >= COMMON and re.fullmatch("[\u0621-\u064a]+", k)):
            print(f"{k}\t{before[k]}\t{after[k]}" if a.counts else k)
    # the same test on the words the names lists call a person's: how many
    # names it would take off a name's front
    named = [k for k in persons if before[k] >= a.min]
    passing = [k for k in named if after[k] <= a.share * before[k] and vocab.get(k, 0) >= COMMON]
    print(f"# names lists' words written {a.min}+ times before a first name: {len(named)}, "
          f"passing the test: {len(passing)} {' '.join(sorted(passing)[:30])}", file=sys.stderr)


if __name__ == "__main__":
    main()
