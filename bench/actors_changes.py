"""What a change to the actor rules does on corpus records nobody tuned on:
dump every actor of a seeded sample with the code on PYTHONPATH, then list
what one dump has that the other lacks, each with its sentence, to read
(bench/README.md, "Actors, ninth round b").

    .venv/bin/python bench/actors_changes.py dump CORPUS DAY.zip[,DAY.zip] -n 500 --seed 21 OUT.jsonl
    PYTHONPATH=/path/to/other/tree .venv/bin/python bench/actors_changes.py dump … OTHER.jsonl
    .venv/bin/python bench/actors_changes.py diff BEFORE.jsonl AFTER.jsonl
    .venv/bin/python bench/actors_changes.py heads OUT.jsonl   # organizations by first word

Records are drawn as bench/actors_sample.py draws them (gold articles'
urls skipped). Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from actors_sample import draw, gold_urls
from corpus import labelled_articles


def dump(corpus: Path, days: list[str], n: int, seed: int, gold: Path | None, out: Path) -> None:
    from briefings.assemble import segment
    from briefings.extract.actors import extract_actors

    picked = draw(corpus, days, n, seed, gold_urls(gold))
    found = labelled_articles(corpus, {(p, r) for p, r, _ in picked})
    rows = []
    for p, r, _ in picked:
        art = found[(p, r)]
        seg = segment(art)
        if not seg.arabic:
            continue
        for a in extract_actors(art.body, seg.sentences, art.outlet, seg.tokens):
            m = a.mentions[0]
            s = seg.sentences[m.sentence]
            where = f"{art.body[max(s.start, m.start - 60):m.start]}[[{m.text}]]{art.body[m.end:m.end + 40]}"
            rows.append({"file": p, "record": r, "type": a.type, "name": a.name, "where": where.replace("\n", " ")})
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(f"{len({(x['file'], x['record']) for x in rows})} articles, {len(rows)} actors")


def _read(path: Path) -> dict[tuple[str, int], dict[tuple[str, str], dict]]:
    by: dict[tuple[str, int], dict[tuple[str, str], dict]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        x = json.loads(line)
        by[(x["file"], x["record"])][(x["type"], x["name"])] = x
    return by


def diff(before: Path, after: Path) -> None:
    a, b = _read(before), _read(after)
    gone = new = 0
    for art in sorted(set(a) | set(b)):
        for sign, one, other in (("-", a.get(art, {}), b.get(art, {})), ("+", b.get(art, {}), a.get(art, {}))):
            for k in sorted(one.keys() - other.keys()):
                print(f"{sign} {k[0][:3]} {k[1]}  | {one[k]['where']}")
                gone += sign == "-"
                new += sign == "+"
    print(f"removed {gone}, added {new}")


def heads(path: Path) -> None:
    c = Counter(x["name"].split()[0] for art in _read(path).values() for (t, _), x in art.items() if t == "organization")
    for h, k in c.most_common(60):
        print(f"{k:5} {h}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("corpus", type=Path)
    d.add_argument("days")
    d.add_argument("out", type=Path)
    d.add_argument("-n", type=int, default=500)
    d.add_argument("--seed", type=int, default=21)
    d.add_argument("--gold", type=Path)
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    h = sub.add_parser("heads")
    h.add_argument("dump", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.corpus, args.days.split(","), args.n, args.seed, args.gold, args.out)
    elif args.cmd == "diff":
        diff(args.before, args.after)
    else:
        heads(args.dump)


if __name__ == "__main__":
    main()
