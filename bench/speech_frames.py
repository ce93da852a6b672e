"""Speech-verb frames mined from a corpus: what follows each speech verb.

    .venv/bin/python bench/speech_frames.py CORPUS_DIR [--limit N] [--top K]

For every lemma of the speech-verb list (briefings.lang.ar data), prints how
often it occurs, how often a quotation mark, a complementizer (أن/إن) or a
colon follows within eight tokens, and how often the word right after it is
a recipient (لـ…), a definite noun or an indefinite word. Then the words
seen most often between a speech verb and its أن/إن that are not part of a
name (adverbs and pronoun phrases: أمس، رسميا، له), the first words of the
subjects of those frames (generic sources and documents: مصادر، البيان), and
the lemmas whose next word is most often followed by ب/إلى (demand verbs:
طالب … بـ، دعا … إلى). The lexicons in briefings/lang/ar/data (speech_*.txt)
are read from these counts; nothing here is loaded at run time.

`--candidates نقل,ونقلت,أجاب,فرد …` counts verbs not in the list (as
written, under their clitics): how often each is followed within eight
tokens by a complementizer, a colon, a quotation mark, عن then a
complementizer or a verbal noun of قال (نقلت الصحيفة عن فلان قوله إن), and
whether the word before it is a sentence opener: which of them open
statements often enough to be read as speech verbs, and in which frame.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key, lookup
from briefings.training.corpus import articles

TOKEN = re.compile(r"[\w\u0600-\u06ff]+|[«»“”\"':،,.؛؟!]")
SENTENCE = re.compile(r"(?<=[.!؟])\s+|\n+")
COMP = {"ان", "انه", "انها", "انهم", "اننا", "بان", "بانه", "فان", "وان"}
QUOTES = set('«“"')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="articles to read (0: all)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--candidates", default="", help="comma-separated verb forms not in the list to count")
    args = ap.parse_args()
    candidates = {key(w): Counter() for w in args.candidates.split(",") if w}
    frames: dict[str, Counter] = defaultdict(Counter)
    between: Counter = Counter()  # words between verb and أن that are alone there
    heads: Counter = Counter()  # first word of a subject before أن
    object_prep: dict[str, Counter] = defaultdict(Counter)
    unlisted: Counter = Counter()  # sentence-opening words that أن/إن follows, not in the list
    n = 0
    for art in articles(args.corpus):
        n += 1
        if args.limit and n > args.limit:
            break
        for sent in SENTENCE.split(art.get("content") or ""):
            toks = TOKEN.findall(sent)
            keys = [key(t) for t in toks]
            if len(keys) > 3 and not speech_lemma(keys[0]) and any(w in COMP for w in keys[2:6]):
                unlisted[keys[0]] += 1
            for i, k in enumerate(keys):
                if k in candidates:
                    _count_candidate(candidates[k], toks[i + 1 : i + 9], keys[i + 1 : i + 13])
                lemma = speech_lemma(k) if k[:1].isalpha() else None
                if not lemma:
                    continue
                f = frames[lemma]
                f["n"] += 1
                window = toks[i + 1 : i + 9]
                wkeys = keys[i + 1 : i + 9]
                if any(t in QUOTES for t in window):
                    f["quote"] += 1
                comp = next((j for j, w in enumerate(wkeys) if w in COMP), None)
                if comp is not None:
                    f["an"] += 1
                if ":" in window:
                    f["colon"] += 1
                if not wkeys:
                    continue
                nxt = wkeys[0]
                if nxt == "ل" or (nxt.startswith("ل") and not nxt.startswith("ال") and len(nxt) > 2
                                  and lookup(nxt, {"ل" + nxt[1:]}).clitic == ""):
                    f["recipient"] += 1
                if nxt.startswith("ال"):
                    f["definite"] += 1
                if comp == 1:
                    between[window[0]] += 1
                if comp is not None and comp >= 1 and nxt.startswith("ال") or comp == 2:
                    heads[window[0]] += 1
                if len(wkeys) > 2:
                    for w in wkeys[1:5]:
                        if w.startswith("ب") and not w.startswith("بال") or w in ("الى", "الي"):
                            object_prep[lemma]["prep"] += 1
                            break
                    object_prep[lemma]["n"] += 1
    print(f"articles {min(n, args.limit) if args.limit else n}")
    print(f"{'lemma':<10}{'n':>8}{'quote':>8}{'an':>8}{'colon':>8}{'recip':>8}{'defin':>8}{'ب/إلى':>8}")
    for lemma, f in sorted(frames.items(), key=lambda x: -x[1]["n"]):
        op = object_prep[lemma]
        shares = "".join(f"{f[c] / f['n']:>8.2f}" for c in ("quote", "an", "colon", "recipient", "definite"))
        print(f"{lemma:<10}{f['n']:>8}{shares}{op['prep'] / max(1, op['n']):>8.2f}")
    print("\nalone between the verb and أن/إن (adverbs, pronoun phrases, one-word names):")
    print(" ".join(f"{w}:{c}" for w, c in between.most_common(args.top)))
    print("\nsentence-opening words, not in the list, that أن/إن follows within five words (verbs to add):")
    print(" ".join(f"{w}:{c}" for w, c in unlisted.most_common(args.top)))
    print("\nfirst word of a subject before أن/إن:")
    print(" ".join(f"{w}:{c}" for w, c in heads.most_common(args.top)))
    if candidates:
        print(f"\n{'candidate':<10}{'n':>8}{'an':>8}{'colon':>8}{'quote':>8}{'عن…أن':>8}")
        for form, f in sorted(candidates.items(), key=lambda x: -x[1]["n"]):
            shares = "".join(f"{f[c] / max(1, f['n']):>8.2f}" for c in ("an", "colon", "quote", "an_after_an"))
            print(f"{form:<10}{f['n']:>8}{shares}")


SAYING = {key(w) for w in ("قوله", "قولها", "قولهم", "قولهما")}


def _count_candidate(f: Counter, window: list[str], wkeys: list[str]) -> None:
    """Tally one use of a candidate verb: what follows it (see --candidates)."""
    f["n"] += 1
    comp = next((j for j, w in enumerate(wkeys[:8]) if w in COMP), None)
    if comp is not None:
        f["an"] += 1
    if ":" in window:
        f["colon"] += 1
    if any(t in QUOTES for t in window):
        f["quote"] += 1
    an = next((j for j, w in enumerate(wkeys[:6]) if w == "عن"), None)
    if an is not None and any(w in COMP or w in SAYING for w in wkeys[an + 2 :]):
        f["an_after_an"] += 1


if __name__ == "__main__":
    sys.exit(main())
