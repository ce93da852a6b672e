"""Which actor classes a candidate NER tagger moves (issue 12, eighteenth
round): `make eval`'s actor pairing, counted per class (person,
organization, place) for each split.

    .venv/bin/python bench/ner_actor_types.py GOLD [--model FILE]
        [--consistent] [--scheme NAME|none] [--check] [--json OUT]

A true positive is counted under its class; a false positive under the
predicted actor's class, a false negative under the gold actor's. A
prediction whose name matches a gold actor of another class ("swap") is
counted apart too: it is an fp and an fn at once, and says a class was
misread rather than a name missed. The check split (--check) is counted in
aggregate only, as the brief allows: no item, name or article is printed
or written for it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from briefings.evaluate import _in_split, _names, _unclitic, actor_match, gold_predictions, pair
from briefings.extract import ner

ROOT = Path(__file__).resolve().parent.parent
SPLITS = {"tune": ["000_f63168924004b052", "dev01-dev27"], "check": ["dev28-dev43"]}  # the Makefile's
CLASSES = ("person", "organization", "place")


def count(pred: list[dict], gold: list[dict], out: Counter) -> None:
    """Add one briefing's per-class tp / fp / fn / swap counts to `out`."""
    t, pairs = pair(pred, gold, actor_match)
    paired_p = {id(p) for p, _g in pairs}
    paired_g = {id(g) for _p, g in pairs}
    # optional gold a prediction paired with is neither tp nor fp (as pair)
    used_optional = set()
    for g in gold:
        if g.get("optional"):
            hit = next((p for p in pred if id(p) not in paired_p and id(p) not in used_optional
                        and actor_match(p, g)), None)
            if hit is not None:
                used_optional.add(id(hit))
    for p in pred:
        if id(p) in paired_p:
            out[p["type"], "tp"] += 1
        elif id(p) not in used_optional:
            out[p["type"], "fp"] += 1
            names = {f for n in _names(p) for f in _unclitic(n)}
            if any(names & _names(g) and g["type"] != p["type"] for g in gold if not g.get("optional")):
                out[p["type"], "swap"] += 1
    for g in gold:
        if not g.get("optional") and id(g) not in paired_g:
            out[g["type"], "fn"] += 1
    # make eval's tally, which the classes must add up to (table checks)
    out["_all", "tp"] += t.tp
    out["_all", "fp"] += t.fp
    out["_all", "fn"] += t.fn


def per_class(gold_dir: Path, inputs: list[Path], splits: dict[str, list[str]],
              f1s: dict[tuple[str, str], float] | None = None) -> dict[str, Counter]:
    """Per-class counts of each split; `f1s` gets each article's actor F1
    (split, stem), kept in memory to count articles that moved, never
    printed."""
    out = {name: Counter() for name in splits}
    for stem, pred, gold in gold_predictions(gold_dir, inputs):
        for n in (n for n, spec in splits.items() if _in_split(stem, spec)):
            count(pred["actors"], gold["actors"], out[n])
            if f1s is not None:
                f1s[n, stem] = pair(pred["actors"], gold["actors"], actor_match)[0].prf()[2]
    return out


def table(counts: dict[str, Counter]) -> str:
    lines = [f"{'split':6} {'class':13} {'tp':>5} {'fp':>5} {'fn':>5} {'swap':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for split, c in counts.items():
        for cls in (*CLASSES, "all"):
            keys = CLASSES if cls == "all" else (cls,)
            tp, fp, fn, sw = (sum(c[k, x] for k in keys) for x in ("tp", "fp", "fn", "swap"))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"{split:6} {cls:13} {tp:5} {fp:5} {fn:5} {sw:5} {p:6.3f} {r:6.3f} {f:6.3f}")
        if any(sum(c[k, x] for k in CLASSES) != c["_all", x] for x in ("tp", "fp", "fn")):
            raise SystemExit(f"{split}: the classes do not add up to make eval's tally (a class outside {CLASSES}?)")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--model", help="a candidate model file (default: the shipped one)")
    ap.add_argument("--consistent", action="store_true", help="with the article's pass")
    ap.add_argument("--scheme", default=ner.SCHEME, help="the convention to read the model in (none: shared)")
    ap.add_argument("--check", action="store_true", help="count the check split too (aggregate only)")
    ap.add_argument("--json", type=Path, help="write the aggregate counts here")
    ap.add_argument("--threshold", type=float, default=0.0,
                    help="the candidate unnames a person span its CRF reads under this (ner_persons.MarginTagger)")
    ap.add_argument("--compare", action="store_true",
                    help="run the shipped tagger first and count the articles whose actor F1 rose or fell")
    args = ap.parse_args()
    scheme = None if args.scheme == "none" else args.scheme
    splits = {k: v for k, v in SPLITS.items() if k == "tune" or args.check}
    inputs = [ROOT / "seeds", args.gold / "articles"]
    before: dict[tuple[str, str], float] = {}
    if args.compare:
        ner.load_with(ner.Tagger)
        print("shipped tagger\n" + table(per_class(args.gold, inputs, splits, before)))
        ner.default_tagger.cache_clear()
    after: dict[tuple[str, str], float] = {}
    if args.threshold:
        from ner_persons import MarginTagger

        ner.load_with(lambda: MarginTagger(args.model, args.threshold, consistent=args.consistent, scheme=scheme))
    else:
        ner.load_with(lambda: ner.Tagger(args.model, consistent=args.consistent, scheme=scheme))
    counts = per_class(args.gold, inputs, splits, after)
    print(("candidate\n" if args.compare else "") + table(counts))
    if args.compare:
        for split in splits:
            moves = Counter((after[k] > before[k]) - (after[k] < before[k]) for k in after if k[0] == split)
            print(f"{split}: articles whose actor F1 rose {moves[1]}, fell {moves[-1]}, stayed {moves[0]}")
    if args.json:
        args.json.write_text(json.dumps({s: {f"{k}:{x}": n for (k, x), n in c.items()} for s, c in counts.items()}))


if __name__ == "__main__":
    main()
