"""Places on a labelled sample of corpus sentences (issue 12, fourteenth
round): sentences that hold a place by a frequent frame (a settlement's
cue, من … إلى, أهالي/سكان, a direction, a dateline, a site's head) and
plain random ones, each labelled by reading it per ANNOTATION.md with the
places it names; the extractor's places in the sentence (the mentions of
its place actors there) are scored against them.

    .venv/bin/python bench/place_sample.py CORPUS draw [--out PATH]  # sentences to label; their ids to PATH
    .venv/bin/python bench/place_sample.py CORPUS score [--misses]   # P/R against the labels

The sample is drawn (seed 15) from 2015-07-27/31, 08-01/03/07/08/09: no
held day (2015-07-25, quotes set 4; 2015-07-26, the blind actors sample)
and none of the days `bench/identical.py --files 4` reads. At most one
sentence an article. `bench/data/places-sample.json` (the ids `draw`
wrote, labelled by hand) keeps each sentence's file, record, url,
sentence offsets, frame and labels (place names as written, a clitic
peeled; `a/b` for either form of one place; `optional`: streets,
airports, a place inside a body's name): no text of the corpus.

A second sample (fifteenth round), drawn and labelled before that round's
rules were written, measures on days no rule was read on:
`bench/data/places-sample-2.json`, 100 sentences of 2015-08-04/06 (seed
16, 60 framed, 40 plain):

    .venv/bin/python bench/place_sample.py CORPUS draw --days 2015-08-04,2015-08-06 --seed 16 --frames 60 --plain 40
    .venv/bin/python bench/place_sample.py CORPUS score --sample bench/data/places-sample-2.json [--misses]

A third (sixteenth round), drawn and labelled before any of that round's
rules: `bench/data/places-sample-3.json`, 110 sentences of 2015-08-02 and
2015-07-24 (seed 17, 60 framed, 50 plain; 2015-07-24 lies past the 3,000
records `identical.py --n 3000 --files 4` reads):

    .venv/bin/python bench/place_sample.py CORPUS draw --days 2015-08-02,2015-07-24 --seed 17 --frames 60 --plain 50
    .venv/bin/python bench/place_sample.py CORPUS score --sample bench/data/places-sample-3.json [--misses]

A fourth (seventeenth round), drawn and labelled before any of that
round's rules: `bench/data/places-sample-4.json`, 80 sentences of
2015-07-22 and 2015-07-23 (seed 18, 54 framed, 26 plain; no other sample
reads these days, and every other non-held day holds one; `identical.py
--n 3000 --files 4` reads them too, as corpus moves, not labels):

    .venv/bin/python bench/place_sample.py CORPUS draw --days 2015-07-22,2015-07-23 --seed 18 --frames 54 --plain 26
    .venv/bin/python bench/place_sample.py CORPUS score --sample bench/data/places-sample-4.json [--misses]

`draw` refuses the held days.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from corpus import day_articles, labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import norm

SAMPLE = Path(__file__).parent / "data" / "places-sample.json"
DAYS = ("2015-07-27", "2015-07-31", "2015-08-01", "2015-08-03", "2015-08-07", "2015-08-08", "2015-08-09")
_C = r"(?:^|\s)[وفبل]?{}\s"
FRAMES = {
    "settlement": re.compile(_C.format(r"(?:ال)?(?:مدينة|محافظة|منطقة|حي|قرية|مركز|بلدة|مديرية|ولاية|إقليم|قضاء"
                                       r"|ناحية|هجرة|ضاحية|بلدية|محافظ|مدينتي|محافظات|قرى|بلدات|مناطق|أحياء|مدن)")),
    "from_to": re.compile(r"(?:^|\s)[و]?من\s+\S+\s+(?:\S+\s+)?(?:إلى|الى)\s"),
    "people_of": re.compile(_C.format(r"(?:أهالي|اهالي|سكان|أهل)")),
    "direction": re.compile(_C.format(r"(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط)")),
    "dateline": re.compile(r"^\s*\S+(?:\s\S+)?\s*[-–—:]\s"),
    "site": re.compile(_C.format(r"(?:مطار|ميناء|جبل|وادي|جزيرة|شارع|طريق|محطة|قلعة|سوق|بحيرة|نهر)")),
}


def _predicted(b, sid: int) -> list[dict]:
    return [{"text": m.text, "type": a.type, "name": a.name} for a in b.actors for m in a.mentions if m.sentence == sid]


def draw(corpus: Path, n_frames: int, n_plain: int, out: Path, days: tuple[str, ...] = DAYS, seed: int = 15) -> None:
    """Print the sentences to label with the extractor's places, and write
    their ids to `out` with no labels (never over the labelled sample)."""
    rng = random.Random(seed)
    arts = day_articles(corpus, days, 400)
    rng.shuffle(arts)
    per_frame = {f: 0 for f in FRAMES}
    quota = {f: n_frames // len(FRAMES) for f in FRAMES}
    items: list[dict] = []
    plain = 0
    for a in arts:
        if plain >= n_plain and all(per_frame[f] >= quota[f] for f in FRAMES):
            break
        b = assemble(a)
        sents = [s for s in b.sentences if 6 <= len(a.body[s.start:s.end].split()) <= 70]
        rng.shuffle(sents)
        picked = None
        if plain < n_plain and sents and rng.random() < 0.3:
            picked = (sents[0], "plain")  # a random sentence, framed or not
            plain += 1
        else:
            for s in sents:
                hits = [f for f, rx in FRAMES.items() if rx.search(a.body[s.start:s.end]) and per_frame[f] < quota[f]]
                if hits:
                    f = rng.choice(hits)
                    per_frame[f] += 1
                    picked = (s, f)
                    break
        if picked is None:
            continue
        s, f = picked
        items.append({"path": a.path, "record": a.record, "url": a.url, "sentence": s.id, "start": s.start,
                      "end": s.end, "frame": f, "places": None})
        pred = sorted({p["text"] for p in _predicted(b, s.id) if p["type"] == "place"})
        others = sorted({f"{p['text']}/{p['type'][0]}" for p in _predicted(b, s.id) if p["type"] != "place"})
        print(f"## {len(items) - 1} {f}\n{a.body[s.start:s.end]}\n  P: {' | '.join(pred)}\n  O: {' | '.join(others)}")
    out.write_text(json.dumps({"articles": items}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# a place cue before a name: the label is the name (إربد), the extractor
# may keep the cue (مدينة إربد); either way one place
_CUES = ("مدينه ", "محافظه ", "منطقه ", "دوله ", "اقليم ", "ولايه ", "حي ", "بلده ", "قريه ")


def _forms(p: str) -> set[str]:
    """A name's normalized forms: a leading clitic forgiven as the scorer
    does, and a leading place cue."""
    n = norm(p)
    out = {n}
    for c in ("و", "ب", "ل", "ف", "وب", "ول", "لل"):
        if n.startswith(c) and len(n) > len(c) + 2:
            out.add(n[len(c):])
            if c == "لل":
                out.add("ال" + n[2:])
    return out | {f[len(c):] for f in out for c in _CUES if f.startswith(c)}


def score(corpus: Path, misses: bool, sample: Path = SAMPLE) -> None:
    """Each labelled place (a / parts alternatives: شمال سيناء/سيناء) paired
    with a predicted place of the sentence; a prediction matching an
    optional label counts neither way."""
    items = json.loads(sample.read_text(encoding="utf-8"))["articles"]
    found = labelled_articles(corpus, {(w["path"], w["record"]) for w in items})
    tp = fp = fn = 0
    by_frame: dict[str, list[int]] = {}
    for i, w in enumerate(items):
        a = found[(w["path"], w["record"])]
        if a.url != w["url"]:
            raise SystemExit(f"{w['path']} record {w['record']}: not as labelled")
        b = assemble(a)
        pred = sorted({p["text"] for p in _predicted(b, w["sentence"]) if p["type"] == "place"})
        gold = [set().union(*(_forms(x) for x in g.split("/"))) for g in w["places"]]
        optional = set().union(set(), *(_forms(x) for x in w["optional"]))
        used: set[int] = set()
        extra = []
        for p in pred:
            f = _forms(p)
            j = next((j for j, g in enumerate(gold) if j not in used and f & g), None)
            if j is None:
                j = next((j for j, g in enumerate(gold) if f & g), None)  # a second mention of a paired place
                if j is None and not f & optional:
                    extra.append(p)
            else:
                used.add(j)
        missed = [g for j, g in enumerate(w["places"]) if j not in used]
        tp += len(used)
        fn += len(missed)
        fp += len(extra)
        t = by_frame.setdefault(w["frame"], [0, 0, 0])
        t[0] += len(used)
        t[1] += len(extra)
        t[2] += len(missed)
        if misses and (missed or extra):
            print(f"{i} {w['frame']}: missed {missed} extra {extra}")
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"sentences {len(items)}  places P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}"
          f"  (tp {tp}, fp {fp}, fn {fn})")
    for f, (t_, f_, n_) in sorted(by_frame.items()):
        print(f"  {f:<11} tp {t_:>3}  fp {f_:>3}  fn {n_:>3}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("mode", choices=("draw", "score"))
    ap.add_argument("--frames", type=int, default=250)
    ap.add_argument("--plain", type=int, default=100)
    ap.add_argument("--misses", action="store_true", help="print each sentence's missed and extra places")
    ap.add_argument("--out", type=Path, default=Path("places-sample-draw.json"), help="draw: where the ids go")
    ap.add_argument("--days", default=",".join(DAYS), help="draw: the daily files, comma-separated")
    ap.add_argument("--seed", type=int, default=15, help="draw: the shuffle's seed")
    ap.add_argument("--sample", type=Path, default=SAMPLE, help="score: the labelled sample")
    a = ap.parse_args()
    if a.mode == "draw":
        days = tuple(a.days.split(","))
        draw(a.corpus, a.frames, a.plain, a.out, days, a.seed)
    else:
        score(a.corpus, a.misses, a.sample)


if __name__ == "__main__":
    main()
