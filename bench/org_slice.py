"""The organizations the extractor gives on a contiguous slice of the corpus,
each mention with the pass that found it and its sentence, to read and sort
into classes of error (bench/README.md, "Actors, tenth round a").

    .venv/bin/python bench/org_slice.py CORPUS DAY.zip --per-source 35 OUT.jsonl
    .venv/bin/python bench/org_slice.py CORPUS DAY.zip --per-source 35 --skip 35 OUT.jsonl
    .venv/bin/python bench/org_slice.py --diff BEFORE.jsonl AFTER.jsonl

A day's file is ordered by outlet: the slice is the first `per-source`
records with text of each outlet (after `skip`), so every outlet is read.
Only organizations the final actor list keeps are written (a `head` short
form that joined no named body is not). Nothing is written into the
repository.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from corpus import labelled_articles


def pick(corpus: Path, day: str, per_source: int, skip: int) -> list[tuple[str, int]]:
    seen: Counter[str] = Counter()
    out = []
    with zipfile.ZipFile(corpus / day) as z:
        member = z.namelist()[0]
        for i, rec in enumerate(json.loads(z.read(member))):
            if not (rec.get("content") or "").strip():
                continue
            s = rec.get("source") or ""
            seen[s] += 1
            if skip < seen[s] <= skip + per_source:
                out.append((f"{day}/{member}", i))
    return out


def dump(corpus: Path, day: str, per_source: int, skip: int, out: Path) -> None:
    from briefings.assemble import segment
    from briefings.extract.actors import article as art_mod

    captured: list = []
    resolve = art_mod._resolve

    def spy(found, outlet):
        got = resolve(found, outlet)
        captured.extend(got)
        return got

    art_mod._resolve = spy
    keys = pick(corpus, day, per_source, skip)
    found = labelled_articles(corpus, set(keys))
    rows = []
    for p, r in keys:
        a = found[(p, r)]
        seg = segment(a)
        if not seg.arabic:
            continue
        captured.clear()
        actors = art_mod.extract_actors(a.body, seg.sentences, a.outlet, seg.tokens)
        by_span = {}
        for x in captured:
            t0, t1 = x.toks[x.first], x.toks[x.last - 1]
            by_span[(t0.start, t1.end)] = x.source
        for act in actors:
            if act.type != "organization":
                continue
            for m in act.mentions:
                s = seg.sentences[m.sentence]
                where = f"{a.body[max(s.start, m.start - 70):m.start]}[[{m.text}]]{a.body[m.end:min(s.end, m.end + 50)]}"
                rows.append({"file": p, "record": r, "outlet": a.outlet, "name": act.name, "mention": m.text,
                             "source": by_span.get((m.start, m.end), "?"), "where": where.replace("\n", " ")})
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(f"{len(keys)} records, {len({(x['file'], x['record'], x['name']) for x in rows})} organizations, "
          f"{len(rows)} mentions")


def diff(before: Path, after: Path) -> None:
    def read(p: Path) -> dict:
        by: dict = defaultdict(dict)
        for line in p.read_text(encoding="utf-8").splitlines():
            x = json.loads(line)
            by[(x["file"], x["record"])].setdefault(x["name"], x)
        return by

    a, b = read(before), read(after)
    gone = new = 0
    for art in sorted(set(a) | set(b)):
        for sign, one, other in (("-", a.get(art, {}), b.get(art, {})), ("+", b.get(art, {}), a.get(art, {}))):
            for k in sorted(one.keys() - other.keys()):
                print(f"{sign} {k}  | {one[k]['where']}")
                gone += sign == "-"
                new += sign == "+"
    print(f"organizations removed {gone}, added {new}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("args", nargs="+")
    ap.add_argument("--per-source", type=int, default=35)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_intermixed_args()
    if args.diff:
        diff(Path(args.args[0]), Path(args.args[1]))
    else:
        corpus, day, out = args.args
        dump(Path(corpus), day, args.per_source, args.skip, Path(out))


if __name__ == "__main__":
    main()
