"""Local places: the words the corpus writes right after a cue that only
a place's name follows (محافظة, the governorate, or محافظ, its governor;
قرية، بلدة، مديرية، حي، ضاحية) in 15% of their uses or more (محافظة
تنومة، محافظ بلجرشي، بمحافظة الدوادمي، مديرية التواهي، حي المفتاحة). Saudi
and Yemeni governorates, districts and neighbourhoods are in no gazetteer
of cities, and the one-word lists (`names-cued`, counted after every
place cue) put many under a quarter, where منطقة and مدينة before common
words dilute the share.

    .venv/bin/python bench/local_places.py CORPUS > briefings/lang/ar/data/local_places.txt

Counts over every daily file but 2015-07-26 (the blind sample's day), in
runs split at punctuation; prints the words written after the two cues
3 times or more and in 15% of their uses or more, that the gazetteer
and the cued-word lists do not hold, and that are no stop word, nisba or
word under a clitic; not a word the same next word follows in half its
cued uses (حفر of حفر الباطن، خميس of خميس مشيط: `place_pairs`, the
gazetteer), nor a common noun the corpus also writes with the article
toggled at least half as often (`places._toggles`: الطوال، حجة). The actor rules read them as places where a place's name
stands (bench/README.md, "Actors, tenth round b").
"""

from __future__ import annotations

from collections import Counter, defaultdict

from corpus import list_args
from place_pairs import _runs

from briefings.extract import gazetteer as gz
from briefings.extract.actors.places import _cue_places, _framed_places, _toggles
from briefings.extract.actors.words import _clitic
from briefings.lang.ar import key

_CUES = {key(w) for w in ("محافظة", "محافظ", "قرية", "بلدة", "مديرية", "حي", "ضاحية", "قريتي", "بلدتي", "مديريتي")}
# a bare word written this often needs a quarter of its uses after the cues
_COMMON, _COMMON_SHARE = 150, 0.25
_HEADER = """# Local places: words the corpus writes right after محافظة، محافظ، قرية،
# بلدة، مديرية، حي or ضاحية in 15% of their uses or more, 3 times or more;
# made by bench/local_places.py (--counts prints the counts) over the
# SaudiNewsNet corpus. Read as places where a place's name stands
# (places._local_places).
"""


def _cue(k: str) -> bool:
    return k in _CUES or (len(k) > 3 and k[0] in "وبل" and k[1:] in _CUES)


def main() -> None:
    a = list_args(__doc__, 3, 0.15, "each word's uses after the cues and in all (not for the list)").parse_args()
    after: Counter[str] = Counter()
    nexts: dict[str, Counter[str]] = defaultdict(Counter)
    written: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for ws, raw in _runs(a.corpus):
        total.update(ws)
        for i in range(len(ws) - 1):
            if _cue(ws[i]):
                w = ws[i + 1]
                after[w] += 1
                written[w][raw[i + 1]] += 1
                if i + 2 < len(ws):
                    nexts[w][ws[i + 2]] += 1
    places, known, stop, nisbas = gz.places(), _cue_places() | _framed_places(), gz.stop(), gz.nisbas()
    print(_HEADER, end="")
    for w in sorted(after):
        n = after[w]
        if n < a.min or n < a.share * total[w] or not w.isalpha() or len(w) < 3:
            continue
        if not w.startswith("ال") and total[w] >= _COMMON and n < _COMMON_SHARE * total[w]:
            continue  # a bare word this common is as often a noun (حقل، a field: في حقل التعليم)
        if w in places or w in known or w in stop or w in nisbas or _clitic(w) or w.startswith("و") or _toggles(w):
            continue  # _toggles: a common noun, written with and without the article (الطوال، حجة: ذو الحجة)
        if nexts[w] and nexts[w].most_common(1)[0][1] * 2 >= n:
            continue  # the first word of a two-word name (حفر الباطن)
        shown = written[w].most_common(1)[0][0]
        print(f"{shown}\t{n}\t{total[w]}" if a.counts else shown)


if __name__ == "__main__":
    main()
