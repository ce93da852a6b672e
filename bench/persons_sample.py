"""Persons and their titles on a labelled sample of corpus sentences
(issue 12, nineteenth round): sentences with a person the extractor found
and sentences it found none in that hold a person's cue (a title head, a
rank, a name's link بن/عبد/أبو), each labelled by reading it per
ANNOTATION.md with the persons it names and the titles the sentence gives
them; the extractor's person mentions in the sentence are scored against
them, and the titles of the actor a labelled person is paired with.

    .venv/bin/python bench/persons_sample.py CORPUS draw [--out PATH]   # sentences to label; their ids to PATH
    .venv/bin/python bench/persons_sample.py CORPUS score [--misses]    # P/R against the labels

`bench/data/persons-sample-19.json` (the ids `draw` wrote, labelled by
hand before any of the round's rules) keeps each sentence's file, record,
url, sentence offsets, frame and labels: `persons` (each the name as
written in the sentence, without titles, a clitic peeled; `a/b` for
either of two extents a careful reader could give), `titles` (the name's
titles the sentence gives, as written), `optional`: no text of the corpus.
Drawn (seed 19) from 2015-07-31 and 2015-08-08, no held day; `draw`
refuses the held days (2015-07-25/26).

`bench/data/persons-sample-20.json` (twentieth round, labelled before its
rules): drawn with `--titled --seed 20 --days 2015-07-29,2015-08-05`, a
found person's sentence only where the extractor gave someone a title or a
nationality; its labels add `nationality` (a name → the country a nisba
gives, or null where the sentence gives none and one could be misread).
A labelled person's nationality is scored: tp where equal, a wrong or
missing one fn, a wrong one or one where null is labelled fp.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from corpus import day_articles, labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import norm, title_found

SAMPLE = Path(__file__).parent / "data" / "persons-sample-19.json"
DAYS = ("2015-07-31", "2015-08-08")
# a cue a person's name often follows or holds (a sentence the extractor
# found no person in is drawn only with one)
CUE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:رئيس|وزير|أمير|الملك|ملك|الشيخ|شيخ|الدكتور|د\.|اللاعب|المدرب|مدرب|"
                 r"اللواء|العقيد|العميد|الفريق|النقيب|الرائد|السفير|سفير|مدير|محافظ|المتحدث|الناطق|الأمين|"
                 r"النائب|الكاتب|الفنان|الفنانة|المواطن|السيد|الأستاذ)\s|\s(?:بن|ابن|عبد|أبو|أبي)\s")


def _people(b, sid: int) -> list[tuple[str, list[str], str | None]]:
    """The person mentions of a sentence, each with its actor's titles and
    nationality."""
    return [(m.text, a.titles, a.nationality) for a in b.actors if a.type == "person"
            for m in a.mentions if m.sentence == sid]


def draw(corpus: Path, n_found: int, n_cue: int, out: Path, days: tuple[str, ...], seed: int,
         titled: bool = False) -> None:
    """Print the sentences to label with the extractor's persons, and write
    their ids to `out` with no labels (never over the labelled sample).
    At most one sentence an article."""
    rng = random.Random(seed)
    arts = day_articles(corpus, days, 300)
    rng.shuffle(arts)
    items: list[dict] = []
    found = cue = 0
    for a in arts:
        if found >= n_found and cue >= n_cue:
            break
        b = assemble(a)
        sents = [s for s in b.sentences if 6 <= len(a.body[s.start:s.end].split()) <= 60]
        rng.shuffle(sents)
        picked = None
        for s in sents:
            people = _people(b, s.id)
            # sample 20 draws persons with a title or a nationality only
            has = bool(people) and (not titled or any(ti or na for _, ti, na in people))
            if has and found < n_found:
                picked, found = (s, "found"), found + 1
                break
            if not people and cue < n_cue and CUE.search(a.body[s.start:s.end]):
                picked, cue = (s, "cue"), cue + 1
                break
        if picked is None:
            continue
        s, f = picked
        items.append({"path": a.path, "record": a.record, "url": a.url, "sentence": s.id, "start": s.start,
                      "end": s.end, "frame": f, "persons": None, "titles": {}, "nationality": {}, "optional": []})
        pred = " | ".join(f"{t} [{'، '.join(ti)}] {na or ''}" for t, ti, na in _people(b, s.id))
        print(f"## {len(items) - 1} {f}\n{a.body[s.start:s.end]}\n  P: {pred}")
    out.write_text(json.dumps({"articles": items}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _forms(p: str) -> set[str]:
    """A name's normalized forms, a leading clitic forgiven as the scorer
    does."""
    n = norm(p)
    out = {n}
    for c in ("و", "ب", "ل", "ف", "ك"):
        if n.startswith(c) and len(n) > len(c) + 2:
            out.add(n[len(c):])
    return out


def score(corpus: Path, misses: bool, sample: Path = SAMPLE) -> None:
    """Each labelled person (a / b alternatives) paired with a predicted
    mention of the sentence, exact after normalization; a prediction
    matching an optional label counts neither way. Titles: recall of the
    labelled titles among the paired actor's titles, and the paired
    titles matched as `briefings eval` matches them."""
    items = json.loads(sample.read_text(encoding="utf-8"))["articles"]
    arts = labelled_articles(corpus, {(w["path"], w["record"]) for w in items})
    tp = fp = fn = 0
    t_tp = t_fn = 0
    n_tp = n_fp = n_fn = 0
    by_frame: dict[str, list[int]] = {}
    for i, w in enumerate(items):
        a = arts[(w["path"], w["record"])]
        if a.url != w["url"]:
            raise SystemExit(f"{w['path']} record {w['record']}: not as labelled")
        b = assemble(a)
        pred = _people(b, w["sentence"])
        gold = [set().union(*(_forms(x) for x in g.split("/"))) for g in w["persons"]]
        optional = set().union(set(), *(_forms(x) for x in w["optional"]))
        used: dict[int, list[str]] = {}
        nat: dict[int, str | None] = {}
        extra = []
        for text, titles, na in pred:
            f = _forms(text)
            j = next((j for j, g in enumerate(gold) if j not in used and f & g), None)
            if j is None:
                if not any(f & g for g in gold) and not f & optional:
                    extra.append(text)
            else:
                used[j], nat[j] = titles, na
        missed = [g for j, g in enumerate(w["persons"]) if j not in used]
        tp += len(used)
        fn += len(missed)
        fp += len(extra)
        t = by_frame.setdefault(w["frame"], [0, 0, 0])
        t[0] += len(used)
        t[1] += len(extra)
        t[2] += len(missed)
        lost = []
        for j, g in enumerate(w["persons"]):
            want = w["titles"].get(g, [])
            have = {norm(x) for x in used.get(j, [])}
            for x in want:
                if title_found(x, have):
                    t_tp += 1
                else:
                    t_fn += 1
                    lost.append(x)
        wrong = []
        for j, g in enumerate(w["persons"]):
            # a labelled country, or null where the sentence gives none
            # (a body's nisba: الشركة السعودية); an unlabelled person's is
            # not scored (the actor's may come from another sentence)
            if g not in w.get("nationality", {}):
                continue
            want, have = w["nationality"][g], nat.get(j)
            if want and have and norm(want) == norm(have):
                n_tp += 1
            elif want or have:
                n_fn += bool(want)
                n_fp += bool(have)
                wrong.append(f"{g}: {have} for {want}")
        if misses and (missed or extra or lost or wrong):
            print(f"{i} {w['frame']}: missed {missed} extra {extra} titles lost {lost} nationality {wrong}")
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"sentences {len(items)}  persons P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}"
          f"  (tp {tp}, fp {fp}, fn {fn})  titles R {t_tp / max(t_tp + t_fn, 1):.3f} ({t_tp}/{t_tp + t_fn})"
          f"  nationality tp {n_tp} fp {n_fp} fn {n_fn}")
    for f, (t_, f_, n_) in sorted(by_frame.items()):
        print(f"  {f:<6} tp {t_:>3}  fp {f_:>3}  fn {n_:>3}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("mode", choices=("draw", "score"))
    ap.add_argument("--found", type=int, default=60)
    ap.add_argument("--cue", type=int, default=30)
    ap.add_argument("--misses", action="store_true", help="print each sentence's missed and extra persons (no text)")
    ap.add_argument("--out", type=Path, default=Path("persons-sample-draw.json"), help="draw: where the ids go")
    ap.add_argument("--days", default=",".join(DAYS), help="draw: the daily files, comma-separated")
    ap.add_argument("--seed", type=int, default=19, help="draw: the shuffle's seed")
    ap.add_argument("--titled", action="store_true",
                    help="draw: a found person's sentence only where a person has a title or a nationality")
    ap.add_argument("--sample", type=Path, default=SAMPLE, help="score: the labelled sample")
    a = ap.parse_args()
    if a.mode == "draw":
        days = tuple(a.days.split(","))
        draw(a.corpus, a.found, a.cue, a.out, days, a.seed, a.titled)
    else:
        score(a.corpus, a.misses, a.sample)


if __name__ == "__main__":
    main()
