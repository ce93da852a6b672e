"""Definite words that open a person's first name (الوليد، الحسن، الحسين،
الفيصل): the corpus writes them before a name's link (بن، ابن، بنت) 3
times or more and in a tenth or more of the times it writes them before a
link or a first name. Every other definite word the corpus writes before
a first name describes the person (الدولي، التشيلي، المخضرم، النبي،
السير) or closes a phrase (ولي العهد): a person's name does not open with
it (`people._cut_definite_leads`).

    .venv/bin/python bench/name_leads.py CORPUS [--counts] > LIST

Counts words in runs split at punctuation, over every daily file but
2015-07-26 (the blind sample's day), the article as written; a first name
is a word the names lists call a person's at share 2 or 3, without the
article (bench/README.md, "Actors, eleventh round")."""

from __future__ import annotations

from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words
from briefings.lang.ar import key
from briefings.lang.ar.names import NASAB


def main() -> None:
    a = list_args(None, 3, 0.1).parse_args()
    names = {w for lst in (CUE_WORDS, TAGGED_WORDS) for w, t in typed_words(lst).items()
             if t in ("PER2", "PER3") and not w.startswith("ال")}
    link: Counter[str] = Counter()
    name: Counter[str] = Counter()
    for ws in clause_runs(a.corpus, r"[.،,:;!?؟؛«»\"()\[\]\n]"):
        for w, nxt in zip(ws, ws[1:], strict=False):
            if w.startswith("ال"):
                n = key(nxt)
                if n in NASAB:
                    link[key(w)] += 1
                elif n in names:
                    name[key(w)] += 1
    for k in sorted(link):
        if link[k] >= a.min and link[k] >= a.share * (link[k] + name[k]):
            print(f"{k}\t{link[k]}\t{name[k]}" if a.counts else k)


if __name__ == "__main__":
    main()
