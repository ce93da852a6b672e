"""Figures and dates on a labelled sample of corpus sentences (issue 12,
nineteenth round): sentences that hold a number or a date in one of the
forms the corpus writes them (digits, Arabic-Indic digits, number words,
scales, Hijri and Gregorian months, relative days), each labelled by
reading it per ANNOTATION.md before any rule of the round; the
extractor's figures of the sentence are paired with the labels as
`briefings eval` pairs them, and what is left is told by class.

    .venv/bin/python bench/figures_sample.py CORPUS draw [--out PATH]   # sentences to label; their ids to PATH
    .venv/bin/python bench/figures_sample.py CORPUS score [--misses]    # P/R/F1 and the misses by class

`bench/data/figures-sample-23.json` keeps each sentence's file, record,
url, sentence id and offsets, the frame it was drawn by and its labels
(`figures`: value, unit, kind, date, approx, optional, as the gold files
write them): no text of the corpus. Drawn (seed 23) from 2015-07-27 and
2015-08-04; `draw` refuses the held days (2015-07-25/26).

The classes of what is left unpaired in a sentence: `date wrong` (a
labelled date and a predicted date that differ), `unit wrong` (a
predicted number of the labelled value whose unit does not hold the
label's stem), `value wrong` (a predicted number whose unit holds the
label's stem, of another value), `missed` (nothing predicted for the
label), `not a figure` (a prediction no label takes).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus import day_articles, labelled_articles

from briefings.assemble import assemble, segment
from briefings.evaluate import Tally, _stem, figure_match, norm, pair
from briefings.serialize import to_dict

SAMPLE = Path(__file__).parent / "data" / "figures-sample-23.json"
DAYS = ("2015-07-27", "2015-08-04")
_W = r"(?:^|[\s(«\"])[وفبلك]?"
# the frames a sentence is drawn by, the first that holds naming it; each
# drawn up to its share of the sample
FRAMES: list[tuple[str, re.Pattern[str], int]] = [
    ("hijri", re.compile(r"هـ|" + _W + r"(?:محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذي القعدة|ذي الحجة)"
                         r"(?:\s|$)[^.]{0,20}14[0-9]{2}"), 14),
    ("indic", re.compile(r"[٠-٩]"), 10),
    ("scale", re.compile(_W + r"(?:ال)?(?:مليون|ملايين|مليار|مليارات|ألف|آلاف|الف|الاف)(?:\s|$)"), 18),
    ("month", re.compile(_W + r"(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|"
                         r"اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب)(?:\s|$)"), 14),
    ("words", re.compile(_W + r"(?:ال)?(?:اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرين|ثلاثين|أربعين|"
                         r"خمسين|مئة|مائة|مئات)(?:ة|ين|ون)?(?:\s|$)"), 22),
    ("relative", re.compile(_W + r"(?:أمس|امس|اليوم|غدا|غداً|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|"
                            r"الخميس|الجمعة|السبت)(?:\s|$)"), 14),
    ("digits", re.compile(r"[0-9]"), 28),
]


def _frame(text: str) -> str | None:
    return next((name for name, rx, _ in FRAMES if rx.search(text)), None)


def draw(corpus: Path, out: Path, days: tuple[str, ...], seed: int) -> None:
    """Print the sentences to label (no extractor output: labels come
    first) and write their ids to `out` with empty labels. At most one
    sentence an article."""
    rng = random.Random(seed)
    arts = day_articles(corpus, days, 300)
    rng.shuffle(arts)
    want = {name: n for name, _, n in FRAMES}
    have: Counter[str] = Counter()
    items: list[dict] = []
    for a in arts:
        if all(have[f] >= n for f, n in want.items()):
            break
        seg = segment(a)
        sents = [s for s in seg.sentences if 5 <= len(a.body[s.start:s.end].split()) <= 50]
        rng.shuffle(sents)
        for s in sents:
            f = _frame(a.body[s.start:s.end])
            if f is not None and have[f] < want[f]:
                have[f] += 1
                items.append({"path": a.path, "record": a.record, "url": a.url, "sentence": s.id,
                              "start": s.start, "end": s.end, "frame": f, "published": a.published,
                              "figures": None})
                print(f"## {len(items) - 1} {f} {a.published}\n{a.body[s.start:s.end]}")
                break
    out.write_text(json.dumps({"sentences": items}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _classes(preds: list[dict], golds: list[dict]) -> list[tuple[str, dict]]:
    """What of a sentence is left unpaired, each with its class."""
    out = []
    left = list(preds)
    for g in golds:
        if g.get("optional"):
            continue
        if g["kind"] == "date" or g.get("date"):
            p = next((p for p in left if p.get("date")), None)
            cls = "date wrong" if p else "missed"
        else:
            p = next((p for p in left if p.get("value") is not None and float(p["value"]) == float(g["value"])), None)
            cls = "unit wrong"
            if p is None and g.get("unit"):
                stem = _stem(g["unit"])
                p = next((p for p in left if stem in norm(p.get("unit")) or stem in norm(p.get("text"))), None)
                cls = "value wrong"
            cls = cls if p else "missed"
        if p is not None:
            left.remove(p)
        out.append((cls, g))
    out += [("not a figure", p) for p in left]
    return out


def score(corpus: Path, misses: bool, sample: Path = SAMPLE) -> None:
    """P/R/F1 of the figures of the labelled sentences, as the eval pairs
    them (an optional label absorbs a prediction), and the misses by class."""
    items = json.loads(sample.read_text(encoding="utf-8"))["sentences"]
    arts = labelled_articles(corpus, {(w["path"], w["record"]) for w in items})
    total = Tally()
    classes: Counter[str] = Counter()
    by_frame: dict[str, Tally] = {}
    for i, w in enumerate(items):
        a = arts[(w["path"], w["record"])]
        if a.url != w["url"]:
            raise SystemExit(f"{w['path']} record {w['record']}: not as labelled")
        b = to_dict(assemble(a))
        preds = [f for f in b["figures"] if f["sentence"] == w["sentence"]]
        golds = w["figures"]
        t, pairs = pair(preds, golds, figure_match)
        total.add(t)
        by_frame.setdefault(w["frame"], Tally()).add(t)
        paired_p = {id(p) for p, _ in pairs}
        # preds an optional label absorbed are no error: pair them out first
        left_p = [p for p in preds if id(p) not in paired_p]
        left_g = [g for g in golds if not any(g is x for _, x in pairs)]
        for g in [g for g in left_g if g.get("optional")]:
            hit = next((p for p in left_p if figure_match(p, g)), None)
            if hit is not None:
                left_p.remove(hit)
        for cls, x in _classes(left_p, left_g):
            classes[cls] += 1
            if misses:
                shown = {k: x.get(k) for k in ("value", "unit", "kind", "date", "text") if x.get(k) is not None}
                print(f"{i} {w['frame']} {cls}: {json.dumps(shown, ensure_ascii=False)}")
    p, r, f1 = total.prf()
    print(f"sentences {len(items)}  figures P {p:.3f}  R {r:.3f}  F1 {f1:.3f}"
          f"  (tp {total.tp}, fp {total.fp}, fn {total.fn})")
    for f, t in sorted(by_frame.items()):
        print(f"  {f:<8} tp {t.tp:>3}  fp {t.fp:>3}  fn {t.fn:>3}")
    print("  classes: " + ", ".join(f"{c} {n}" for c, n in classes.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("mode", choices=("draw", "score"))
    ap.add_argument("--misses", action="store_true", help="print each miss with its class (label values, no text)")
    ap.add_argument("--out", type=Path, default=Path("figures-sample-draw.json"), help="draw: where the ids go")
    ap.add_argument("--days", default=",".join(DAYS), help="draw: the daily files, comma-separated")
    ap.add_argument("--seed", type=int, default=23, help="draw: the shuffle's seed")
    ap.add_argument("--sample", type=Path, default=SAMPLE, help="score: the labelled sample")
    a = ap.parse_args()
    if a.mode == "draw":
        draw(a.corpus, a.out, tuple(a.days.split(",")), a.seed)
    else:
        score(a.corpus, a.misses, a.sample)


if __name__ == "__main__":
    main()
