"""Actors on a blind sample of the corpus: articles nobody wrote rules
from, labelled twice, independently, by reading them per ANNOTATION.md.

    .venv/bin/python bench/actors_tail.py CORPUS_DIR [--sample bench/data/actors-tail.json]
        [--model FILE] [--consistent]

CORPUS_DIR holds SaudiNewsNet's daily ZIPs; the sample names each article
by its file there and record index and holds only labels (names, types,
titles, aliases as the gold files give them), the first annotator's as
`actors`, the second's as `actors_b`. Prints actor P/R/F1 and title
recall as `briefings eval` scores them (against the first annotator), the
same by actor type, and the two annotators' agreement (one scored as the
other's prediction), the ceiling a score is read against. No per-article
output: the sample stays blind, to be scored, never read for rules.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpus import labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import Tally, actor_match, norm, pair
from briefings.extract import ner
from briefings.serialize import to_dict

TYPES = ("person", "organization", "place")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=Path, default=Path(__file__).parent / "data" / "actors-tail.json")
    ap.add_argument("--model", help="a candidate NER model file (default: the shipped one); totals only")
    ap.add_argument("--consistent", action="store_true", help="the tagger with the article's pass")
    args = ap.parse_args()
    if args.model or args.consistent:
        ner.load_with(lambda: ner.Tagger(args.model, consistent=args.consistent or ner.CONSISTENT))
    sample = json.loads(args.sample.read_text(encoding="utf-8"))["articles"]
    found = labelled_articles(args.corpus, {(w["path"], w["record"]) for w in sample})
    whole, agree = Tally(), Tally()
    by_type = {t: Tally() for t in TYPES}
    t_found = t_gold = 0
    for item in sample:
        art = found.get((item["path"], item["record"]))
        if art is None or art.url != item["url"]:
            raise SystemExit(f"{item['path']} record {item['record']}: not in {args.corpus} as labelled")
        pred = to_dict(assemble(art))["actors"]
        gold = item["actors"]
        tally, pairs = pair(pred, gold, actor_match)
        whole.add(tally)
        for t in TYPES:
            by_type[t].add(pair([p for p in pred if p["type"] == t], [g for g in gold if g["type"] == t],
                                actor_match)[0])
        for p, g in pairs:
            pt = {norm(x) for x in p.get("titles") or []}
            for x in g.get("titles") or []:
                t_gold += 1
                t_found += norm(x) in pt or any(norm(x) in y or y in norm(x) for y in pt if len(y) > 3)
        if "actors_b" in item:
            agree.add(pair(item["actors_b"], gold, actor_match)[0])
    p, r, f = whole.prf()
    print(f"articles {len(sample)}")
    print(f"actors P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {whole.tp}, fp {whole.fp}, fn {whole.fn})")
    for t, tally in by_type.items():
        p, r, f = tally.prf()
        print(f"  {t:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})")
    print(f"titles recall {t_found / t_gold if t_gold else 0:.3f}  ({t_found}/{t_gold} on paired persons)")
    if agree.tp + agree.fn:
        p, r, f = agree.prf()
        print(f"annotators' agreement (second as the first's prediction): P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
