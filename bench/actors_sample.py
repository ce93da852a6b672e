"""Actors on a seeded random sample of corpus articles, for reading the
extractor's errors on text nobody tuned on (bench/README.md, "Actors,
sixth round").

    .venv/bin/python bench/actors_sample.py CORPUS_DIR DAY.zip [DAY.zip ...] [-n 40] [--seed 6] [--gold GOLD_DIR]
        [--show] [--labels bench/data/actors-errors-6.json]

Draws `n` records with text at random (seeded) from the named daily ZIPs,
spread across outlets (round robin over outlets in a shuffled order),
skipping any whose url a gold article names. Prints each article's id
(file, record, url) and its actors (type, name, aliases); `--show` prints
the text too, to read on the terminal (nothing is written). With
`--labels` it prints instead the labelled error classes' counts, and which
labelled wrong actors the extractor still gives and which misses it
still misses (file and record matched, the actor's name or an alias
compared after normalization, and its type).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from corpus import labelled_articles

from briefings.assemble import assemble
from briefings.lang.ar import key
from briefings.serialize import to_dict


def gold_urls(gold: Path | None) -> set[str]:
    if gold is None:
        return set()
    urls = set()
    for f in (gold / "articles").glob("*.md"):
        m = re.search(r"^url:\s*(.+)$", f.read_text(encoding="utf-8"), re.M)
        if m:
            urls.add(m.group(1).strip().strip("'\""))
    return urls


def draw(corpus: Path, days: list[str], n: int, seed: int, skip: set[str]) -> list[tuple[str, int, str]]:
    """(file path as the readers name it, record index, url) of `n` records."""
    rng = random.Random(seed)
    by_outlet: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for day in days:
        with zipfile.ZipFile(corpus / day) as z:
            member = z.namelist()[0]
            for i, rec in enumerate(json.loads(z.read(member))):
                if (rec.get("content") or "").strip() and rec.get("url") not in skip:
                    by_outlet[rec.get("source") or ""].append((f"{day}/{member}", i, rec.get("url") or ""))
    outlets = sorted(by_outlet)
    rng.shuffle(outlets)
    for o in outlets:
        rng.shuffle(by_outlet[o])
    out: list[tuple[str, int, str]] = []
    while len(out) < n and any(by_outlet.values()):
        for o in outlets:
            if by_outlet[o] and len(out) < n:
                out.append(by_outlet[o].pop())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("days", nargs="+")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--labels", type=Path)
    args = ap.parse_args()
    picked = draw(args.corpus, args.days, args.n, args.seed, gold_urls(args.gold))
    found = labelled_articles(args.corpus, {(p, r) for p, r, _ in picked})
    actors = {}
    for p, r, url in picked:
        art = found[(p, r)]
        actors[(p, r)] = to_dict(assemble(art))["actors"]
        if not args.labels:
            print(f"=== {p} {r} {url}")
            if args.show:
                print(art.body)
                print("---")
            for a in actors[(p, r)]:
                extra = f"  aka {'|'.join(a['aliases'])}" if a.get("aliases") else ""
                print(f"  {a['type'][:3]} {a['name']}{extra}")
    if args.labels:
        labels = json.loads(args.labels.read_text(encoding="utf-8"))["errors"]
        classes = Counter(e["class"] for e in labels)
        still = Counter()
        for e in labels:
            got = actors.get((e["file"], e["record"]))
            if got is None:
                continue
            names = {key(n): a["type"] for a in got for n in (a["name"], *(a.get("aliases") or []))}
            if e["kind"] == "miss":
                gone = key(e["actor"]) not in names or names[key(e["actor"])] != e.get("type", names.get(key(e["actor"])))
            else:
                gone = key(e["actor"]) in names and (e.get("type") is None or names[key(e["actor"])] == e["type"])
            still[e["class"]] += gone
        print(f"{'class':56} labelled  still")
        for c, k in classes.most_common():
            print(f"{c:56} {k:8} {still[c]:6}")
        print(f"{'all':56} {sum(classes.values()):8} {sum(still.values()):6}")


if __name__ == "__main__":
    main()
