"""What a candidate NER tagger does to the dev gold's actors (issue 12,
thirteenth round): `make eval`'s table with the candidate, and the tune
split's actors article by article against another run's.

    .venv/bin/python bench/ner_actors.py GOLD [--model FILE] [--consistent]
        [--check] [--dump FILE.json] [--against OTHER.json]

GOLD is the gold folder (its articles/ beside it, the seed from seeds/).
Without --check only the tune split is scored; with it the check split is
scored too, in aggregate only, as the brief allows (count each time).
--dump writes the tune split's actors per article (name, type, titles,
whether gold pairs it) and --against prints what changed from an earlier
dump: tune articles only, never the check split's items.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefings.assemble import assemble
from briefings.evaluate import _in_split, actor_match, format_table, pair, score_inputs
from briefings.extract import ner
from briefings.readers import input_files, load, read_source
from briefings.readers.base import ReaderError
from briefings.serialize import to_dict

ROOT = Path(__file__).resolve().parent.parent
TUNE = ["000_f63168924004b052", "dev01-dev27"]  # the Makefile's TUNE
CHECK = ["dev28-dev43"]


def tune_actors(gold: Path, inputs: list[Path]) -> dict[str, dict]:
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))}
    out: dict[str, dict] = {}
    for file, root in input_files(inputs):
        if file.stem not in golds or not _in_split(file.stem, TUNE):
            continue  # the check split's items are never read
        for item in read_source(load(file, root)):
            if isinstance(item, ReaderError):
                continue
            pred = to_dict(assemble(item))
            t, pairs = pair(pred["actors"], golds[file.stem]["actors"], actor_match)
            paired = {id(p) for p, _g in pairs}
            out[file.stem] = {"tp": t.tp, "fp": t.fp, "fn": t.fn, "actors": [
                [a["name"], a["type"], a.get("titles") or [], id(a) in paired] for a in pred["actors"]]}
    return out


def changes(old: dict[str, dict], new: dict[str, dict]) -> list[str]:
    lines = []
    for stem in sorted(old.keys() & new.keys()):
        a = {(x[0], x[1]): x for x in old[stem]["actors"]}
        b = {(x[0], x[1]): x for x in new[stem]["actors"]}
        diff = [f"  - {a[k]}" for k in a.keys() - b.keys()] + [f"  + {b[k]}" for k in b.keys() - a.keys()]
        diff += [f"  ~ {a[k]} -> {b[k]}" for k in a.keys() & b.keys() if a[k] != b[k]]
        if diff:
            o, n = old[stem], new[stem]
            lines.append(f"{stem} tp/fp/fn {o['tp']}/{o['fp']}/{o['fn']} -> {n['tp']}/{n['fp']}/{n['fn']}")
            lines += diff
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--model", help="a candidate model file (default: the shipped one)")
    ap.add_argument("--consistent", action="store_true", help="with the article's pass")
    ap.add_argument("--check", action="store_true", help="score the check split too (aggregate only)")
    ap.add_argument("--dump", type=Path, help="write the tune split's actors here")
    ap.add_argument("--against", type=Path, help="print the tune actors that changed from this dump")
    args = ap.parse_args()
    ner.load_with(lambda: ner.Tagger(args.model, consistent=args.consistent))
    inputs = [ROOT / "seeds", args.gold / "articles"]
    splits = {"tune": TUNE, **({"check": CHECK} if args.check else {})}
    print(format_table(score_inputs(args.gold, inputs, splits)))
    if args.dump or args.against:
        now = tune_actors(args.gold, inputs)
        if args.dump:
            args.dump.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        if args.against:
            print("\n".join(changes(json.loads(args.against.read_text(encoding="utf-8")), now)))


if __name__ == "__main__":
    main()
