"""Named sites: a site's head noun and the word that names it, as the
corpus writes them (المسجد النبوي، المسجد الحرام، سوق عكاظ، ميدان التحرير،
برج خليفة). ANNOTATION.md counts named sites as places (مطار أربيل); no
gazetteer of cities holds them, and their words alone are common (النبوي،
الحرام) or another actor's (عكاظ, the newspaper).

    .venv/bin/python bench/named_sites.py CORPUS > briefings/lang/ar/data/named_sites.txt

Counts, over every daily file but 2015-07-26 (the blind sample's day), in
runs split at punctuation, each pair of a site head (below) and the next
word, and every use of that word; prints the pairs written 10 times or
more whose second word follows that head in a third of its uses or more
(سوق العمل, the labour market, and قناة الجزيرة, a channel, fall under:
العمل and الجزيرة are mostly written elsewhere), no stop word, and that
the gazetteer does not hold already (bench/README.md, "Actors, tenth
round b").
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from place_pairs import _runs

from briefings.extract import gazetteer as gz
from briefings.extract.actors.words import _adjective
from briefings.lang.ar import key, key_text

_HEADS = {key(w) for w in ("المسجد", "مسجد", "جامع", "الحرم", "سوق", "ميدان", "ساحة", "برج", "قلعة", "مطار", "ميناء",
                           "جسر", "شارع", "ملعب", "استاد", "حديقة", "جبل", "جبال", "بحيرة", "نهر", "جزيرة", "سد",
                           "قناة", "مضيق", "شاطئ", "قصر", "كورنيش", "وادي", "صحراء", "هضبة", "سهل")}
# not طريق: عن طريق الفم (by mouth), طريق مسدود (a dead end) are phrases
_HEADER = """# Named sites: a site's head and the word that names it, written 10 times
# or more, the word after that head in a third of its uses or more (after
# the head, the word in all); made by bench/named_sites.py over the
# SaudiNewsNet corpus. Places wherever the article writes them
# (places._phrase_places).
"""


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", type=Path)
    p.add_argument("--min", type=int, default=10)
    p.add_argument("--share", type=float, default=1 / 3)
    a = p.parse_args()
    pairs: Counter[tuple[str, str]] = Counter()
    written: dict[tuple[str, str], Counter[str]] = {}
    total: Counter[str] = Counter()
    for ws, raw in _runs(a.corpus):
        total.update(ws)
        for i in range(len(ws) - 1):
            h = ws[i][1:] if len(ws[i]) > 3 and ws[i][0] in "وبل" and ws[i][1:] in _HEADS else ws[i]
            if h in _HEADS and ws[i + 1].isalpha():
                pairs[(h, ws[i + 1])] += 1
                written.setdefault((h, ws[i + 1]), Counter())[f"{raw[i][len(raw[i]) - len(h):]} {raw[i + 1]}"] += 1
    places, stop = gz.places(), gz.stop()
    print(_HEADER, end="")
    for (h, w), n in sorted(pairs.items()):
        if n < a.min or n < a.share * total[w] or w in stop or key_text(f"{h} {w}") in places:
            continue
        if not w.startswith("ال") and _adjective(w):
            continue  # جزيرة وسطية: a kind of island, not its name
        print(f"{written[(h, w)].most_common(1)[0][0]}\t{n}\t{total[w]}")


if __name__ == "__main__":
    main()
