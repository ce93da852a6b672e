"""Two-word names whose first word the tagger's lists call a body's and
whose second is a bare word the corpus writes right after it in a share of
its uses (مانشستر سيتي، مانشستر يونايتد، بايرن ميونخ، هيومن رايتس): the
tagger often ends the body at the first word ([[مانشستر]] سيتي), so the
gold's name is missed and a wrong one given. Counted over every daily file
but 2015-07-26 (the blind sample's day), by bench/corpus.clause_runs.

    .venv/bin/python bench/org_pairs.py CORPUS [--min 20] [--share 0.2] > briefings/lang/ar/data/org_pairs.txt
    .venv/bin/python bench/org_pairs.py CORPUS --counts
"""

from __future__ import annotations

from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _PLACE_CUES
from briefings.extract.ner_features import TAGGED_WORDS, typed_words
from briefings.lang.ar import key

# a direction opens a place's name (حلف شمال الأطلسي goes on past it)
DIRECTIONS = {key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط")}

HEADER = """\
# Two-word names cut by the tagger after their first word (مانشستر سيتي):
# the first a word the tagger's lists call a body's, the second a bare
# word (no article, no clitic, no place, place cue or direction, no stop
# word, none the lists call a body's) written right after
# it {n} times or more and in {s:.0%} of the first word's uses or more, in
# the saudinewsnet corpus (its blind day left out), by bench/org_pairs.py.
"""


def main() -> None:
    a = list_args(__doc__, 20, 0.2).parse_args()
    bodies = {w for w, t in typed_words(TAGGED_WORDS).items() if t.startswith("ORG")}
    places, stop = gz.places(), gz.stop()
    seen: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for ws in clause_runs(a.corpus):
        ks = [key(w) for w in ws]
        for i, k in enumerate(ks):
            if k not in bodies:
                continue
            seen[k] += 1
            if i + 1 < len(ks):
                n = ks[i + 1]
                if (n.isalpha() and not n.startswith(("ال", "وال", "لل")) and not gz.reading(n)[0] and n not in places
                        and n not in stop and n not in bodies and n not in _PLACE_CUES and n not in DIRECTIONS):
                    pairs[(k, n)] += 1
    keep = sorted((p for p, c in pairs.items() if c >= a.min and c / seen[p[0]] >= a.share))
    if a.counts:
        for p, c in pairs.most_common(200):
            print(f"{p[0]} {p[1]}\t{c}\t{seen[p[0]]}\t{c / seen[p[0]]:.2f}")
        return
    print(HEADER.format(n=a.min, s=a.share), end="")
    for p in keep:
        print(f"{p[0]} {p[1]}")


if __name__ == "__main__":
    main()
