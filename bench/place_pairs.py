"""Places named in two words that the corpus writes after a place cue
(محافظة حفر الباطن، محافظ رأس تنورة، مدينة عين العرب، مركز وادي بن
هشبل): GeoNames and CLDR hold few Saudi governorates, Yemeni districts or
Syrian towns, and the one-word lists (`names-cued`) see حفر، رأس، عين as
common words.

    .venv/bin/python bench/place_pairs.py CORPUS > briefings/lang/ar/data/place_pairs.txt

Counts, over every daily file but 2015-07-26 (the blind sample's day),
each pair of words right after a place cue (مدينة، محافظة، محافظ، منطقة،
قرية، بلدة، مركز، مديرية، حي …, under و، ب، ل too), and every use of the
same pair anywhere; prints the pairs written after a cue 8 times or more
and in a third of their uses or more (a place's name; a common phrase,
منطقة الشرق, follows the cue a smaller share of its uses), whose first
word is no stop word, rank or royal title (مدينة الملك عبدالعزيز is a
body named for a king) and which the gazetteer does not hold already
(bench/README.md, "Actors, tenth round b").
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from corpus import CLAUSE_BREAKS, clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _rank_at_word
from briefings.extract.actors.places import _cue_places, _framed_places
from briefings.extract.actors.words import _adjective, _clitic, _peel_key
from briefings.lang.ar import key, key_text

# brackets too: a bracketed gloss is no part of a place's name
_BREAKS = CLAUSE_BREAKS[:-1] + r"\[\]]"
_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]{2,}")
_CUES = {key(w) for w in ("مدينة", "محافظة", "محافظ", "منطقة", "قرية", "بلدة", "مديرية", "حي", "ولاية",
                          "مقاطعة", "إقليم", "ضاحية", "مدينتي", "محافظتي", "مدن", "محافظات", "قرى", "بلدات")}
# a pair opened by one of these names a person or a body (مدينة الملك
# عبدالعزيز للعلوم، مركز الأمير سلطان): not a place
_NOT_FIRST = {key(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "خادم", "الإمام", "الرئيس", "محمد",
                               "عبد", "عبدالله", "عبدالعزيز")}
# a direction or a relation after a place is the sentence going on
# (المشنية غرب …، الظبية التابعة لـ …), not the name's second word
_NOT_SECOND = {key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "مركز", "التابعة", "التابع", "القريبة",
                                "الواقعة", "المجاورة")}
# read on the printed list: a no-fly zone (منطقة حظر طيران) and verbs
# after the cue (مدينة تستضيف الألعاب، منطقة فسوف يتم …)
_COMMON = {key(w) for w in ("حظر", "تستضيف", "فسوف")}


_HEADER = """# Places named in two words that the corpus writes after a place cue
# (محافظة حفر الباطن، محافظ رأس تنورة، مدينة عين العرب) in a third of
# their uses or more, 8 times or more; made by bench/place_pairs.py over
# the SaudiNewsNet corpus (it prints the counts with --counts). The
# one-word lists see حفر، رأس، عين as common words.
"""


def _runs(corpus: Path):
    for ws in clause_runs(corpus, _BREAKS):
        yield [key(w) for w in ws], ws


def _cue(k: str) -> bool:
    return k in _CUES or (len(k) > 3 and k[0] in "وبل" and k[1:] in _CUES)


def main() -> None:
    p = list_args(__doc__, 8, 1 / 3, "each pair's uses after a cue and in all (not for the list)")
    p.add_argument("--cohesion", type=float, default=0.5)
    a = p.parse_args()
    after: Counter[tuple[str, str]] = Counter()
    first: Counter[str] = Counter()  # a pair's first word after a cue, whatever follows
    for ws, _ in _runs(a.corpus):
        for i in range(len(ws) - 1):
            if _cue(ws[i]):
                first[ws[i + 1]] += 1
                if i + 2 < len(ws) and _WORD.fullmatch(ws[i + 1]) and _WORD.fullmatch(ws[i + 2]):
                    after[(ws[i + 1], ws[i + 2])] += 1
    seen = {pair for pair, n in after.items() if n >= a.min}
    total: Counter[tuple[str, str]] = Counter()
    written: dict[tuple[str, str], Counter[str]] = {pair: Counter() for pair in seen}
    for ws, raw in _runs(a.corpus):
        for i, pair in enumerate(zip(ws, ws[1:], strict=False)):
            if pair in seen:
                total[pair] += 1
                written[pair][f"{raw[i]} {raw[i + 1]}"] += 1
    places, stop = gz.places(), gz.stop()
    print(_HEADER, end="")
    for (w1, w2) in sorted(seen):
        n = after[(w1, w2)]
        if (n < a.share * total[(w1, w2)] or n < a.cohesion * first[w1] or _cue(w1)
                or key_text(f"{w1} {w2}") in places):
            continue
        if not _second_word(w2) or _peel_key(w1) in stop or w1 in _NOT_FIRST or w1 in _COMMON or _rank_at_word(w1):
            continue
        if w1 in places or w1 in _cue_places() or w1 in _framed_places():
            continue  # a known place and the next word (ميلانو الإيطالية، محايل عسير): the one-word lists have it
        shown = written[(w1, w2)].most_common(1)[0][0]
        print(f"{shown}\t{n}\t{total[(w1, w2)]}" if a.counts else shown)


def _second_word(w: str) -> bool:
    """Whether a word can end a place's name of two words: not an
    adjective or a nisba (a description of the place before it), a word
    under a clitic or و (ثادق بمنطقة، لحج وأبين), a title, a direction or
    a relation."""
    return not (w in gz.stop() or _peel_key(w) in gz.stop() or w in gz.nisbas() or _adjective(w)
                or w.startswith("و") or _clitic(w) or (w[:1] in "بل" and not w.startswith("ال"))
                or _rank_at_word(w) or w in gz.title_heads() or w in _NOT_SECOND)


if __name__ == "__main__":
    main()
