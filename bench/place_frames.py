"""The frames the twelfth round's place rules rest on, counted over the
corpus (bench/README.md, "Places, twelfth round"):

- quoted: a name in quotation marks right after a place cue, singular,
  plural or dual (مدينة «سالزبورغ»، بمحافظة "لحج"، مديريتي «كتاف»;
  `cued._quoted_places`): how often, how many names, the commonest;
- listed: the names a plural or dual cue lists (محافظات الجموم ومدركة،
  بلدتي الفوعة وكفريا; `cued._listed_places`): lists by cue, and the
  names no gazetteer or cued-word list holds;
- syria: the word before سورية (Syria, and the feminine nisba), in a
  place's frame or not (`places._syria`);
- opened: a plural cue followed by a colon or a bracket (أحياء: العزيزية،
  وأبومرخة; مناطق (كريتر، ودار سعد); the sixteenth round's rule for
  them was taken out: bench/README, "The lead's sixteenth round"): frames by cue
  and mark.

    .venv/bin/python bench/place_frames.py CORPUS [--top 40]

Counts over every daily file but 2015-07-26 (the blind actors sample's
day) and 2015-07-25 (quotes set 4), over the raw text split into words
and marks; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

from corpus import BLIND_DAY

from briefings.extract import gazetteer as gz
from briefings.extract.actors.cued import _LIST_CUES, _OPENED_LIST_CUES, _OPENERS, _RARE
from briefings.extract.actors.openings import _PLACE_CUES
from briefings.extract.actors.places import _PLURAL_CUES, _PREPOSITIONS, _SYRIA, _corpus_words
from briefings.extract.actors.words import _peel_key
from briefings.lang.ar import key, vocabulary

_SKIP = {BLIND_DAY, "2015-07-25"}
_WORD = re.compile(r"[\u0621-\u064a]+|[^\s\u0621-\u064a]")
_QUOTES = {"«": "»", "“": "”", '"': '"'}


def _texts(corpus: Path):
    for f in sorted(corpus.glob("*.zip")):
        if f.stem in _SKIP:
            continue
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                for r in json.loads(z.read(name)):
                    yield r.get("content") or ""


def _cue(k: str, cues: set[str]) -> bool:
    return _peel_key(k) in cues or (len(k) > 2 and k[0] in "وبل" and k[1:] in cues)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    vocab, places, known = vocabulary(), gz.places(), _corpus_words()
    quoted: Counter[str] = Counter()
    lists: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    syria: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    for text in _texts(args.corpus):
        ws = _WORD.findall(text)
        ks = [key(w) for w in ws]
        for i, k in enumerate(ks[:-2]):
            close = _QUOTES.get(ws[i + 1])
            if close and _cue(k, _PLACE_CUES | _PLURAL_CUES):
                end = next((e for e in range(i + 2, min(len(ws), i + 7)) if ws[e] == close), 0)
                if end > i + 2:
                    quoted[" ".join(ws[i + 2:end])] += 1
            if _peel_key(k) in _OPENED_LIST_CUES and ws[i + 1] in _OPENERS:
                opened[_peel_key(k) + " " + ws[i + 1]] += 1
            if _peel_key(k) in _LIST_CUES:
                lists[_peel_key(k)] += 1
                j = i + 1
                while j < len(ks) and ks[j].isalpha():
                    w = ks[j] if j == i + 1 else ks[j][1:] if ks[j].startswith("و") else ""
                    if not w or (w not in places and w not in known and vocab.get(w, 0) >= _RARE):
                        break
                    if w not in places and w not in known:
                        unknown[w] += 1
                    j += 1
        for i, k in enumerate(ks):
            if _peel_key(k) == _SYRIA and k.isalpha():
                prev = _peel_key(ks[i - 1]) if i else "^"
                frame = (k != _SYRIA or prev in _PREPOSITIONS or not prev.isalpha() or prev in places)
                syria[("frame " if frame else "") + (k[0] + "+" if k != _SYRIA else prev)] += 1
    print(f"# quoted names after a place cue: {sum(quoted.values())} frames, {len(quoted)} names")
    for w, c in quoted.most_common(args.top):
        print(f"{c}\t{w}")
    print(f"# plural and dual cues: {sum(lists.values())} uses; {sum(unknown.values())} listed names no list holds"
          f" ({len(unknown)} words)")
    for w, c in lists.most_common():
        print(f"{c}\t{w}")
    for w, c in unknown.most_common(args.top):
        print(f"{c}\t{w}\t{vocab.get(w, 0)}")
    print(f"# plural cues before a colon or a bracket: {sum(opened.values())} frames")
    for w, c in opened.most_common():
        print(f"{c}\t{w}")
    print(f"# سورية: {sum(syria.values())} uses; by the word before it (or its clitic), framed or not")
    for w, c in syria.most_common(args.top):
        print(f"{c}\t{w}")


if __name__ == "__main__":
    main()
