"""Organization precision on a labelled random sample of corpus briefings
(issue 12, fourteenth round): every organization the extractor gave on
3,000 records of 2015-07-23 and 2015-08-03 (`bench/actors_changes.py dump
CORPUS 2015-07-23.zip,2015-08-03.zip -n 3000 --seed 211 OUT.jsonl`: each
actor with its first mention), 250 of them drawn at random (seed 211) and
each labelled by reading it in its sentence against ANNOTATION.md
(`bench/data/orgs-sample-21.json`: ids, names and labels, no text).

    .venv/bin/python bench/org_sample.py score bench/data/orgs-sample-21.json DUMP.jsonl
    .venv/bin/python bench/org_sample.py draw DUMP.jsonl [-n 250 --seed 211]   # the ids drawn
    .venv/bin/python bench/org_sample.py score bench/data/orgs-sample-26.json DUMP.jsonl --type place

`score` reads a dump made by any version of the code (on PYTHONPATH) and
counts, for each labelled organization, whether that article still has
it: kept (its label stands), made right (the article now has the right
name the label gives, and not the wrong one), gone, or changed into
another name that holds it or that it holds (printed, to read). Precision
is right over right and wrong among those kept or made right; doubtful
ones (a hospital: a body or a site) are left out of it."""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path


def _orgs(dump: Path, kind: str = "organization") -> list[dict]:
    return [x for x in map(json.loads, dump.read_text(encoding="utf-8").splitlines()) if x["type"] == kind]


def draw(dump: Path, n: int, seed: int) -> list[dict]:
    return random.Random(seed).sample(_orgs(dump), n)


def score(labels: Path, dump: Path, kind: str = "organization") -> None:
    # a sample's places (orgs-sample-26) are kept beside its organizations
    items = json.loads(labels.read_text(encoding="utf-8"))["places" if kind == "place" else "items"]
    by: dict[tuple[str, int], set[str]] = defaultdict(set)
    for x in _orgs(dump, kind):
        by[(x["file"], x["record"])].add(x["name"])
    fate: Counter[str] = Counter()
    right = wrong = 0
    for it in items:
        names = by.get((it["file"], it["record"]), set())
        if it["name"] in names:
            fate["kept"] += 1
            right += it["label"] == "right"
            wrong += it["label"] == "wrong"
        elif it.get("right") and it["right"] in names:
            fate["made right"] += 1
            right += 1
        else:
            near = [m for m in names if it["name"] in m or m in it["name"]]
            fate["changed" if near else "gone"] += 1
            if near or it["label"] == "right":
                print(f"  {'changed' if near else 'gone'} ({it['label']}): {it['name']} -> {' | '.join(near)}")
    print(", ".join(f"{k} {v}" for k, v in sorted(fate.items())))
    print(f"{kind} precision on the sample: {right / (right + wrong):.3f} ({right} right, {wrong} wrong)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("dump", type=Path)
    d.add_argument("-n", type=int, default=250)
    d.add_argument("--seed", type=int, default=211)
    s = sub.add_parser("score")
    s.add_argument("labels", type=Path)
    s.add_argument("dump", type=Path)
    s.add_argument("--type", default="organization", choices=("organization", "place"))
    a = ap.parse_args()
    if a.cmd == "draw":
        for i, x in enumerate(draw(a.dump, a.n, a.seed)):
            print(i, x["file"], x["record"], x["name"], sep="\t")
    else:
        score(a.labels, a.dump, a.type)


if __name__ == "__main__":
    main()
