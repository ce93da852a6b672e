"""Titles and figures on a sample labelled from the corpus's tail, a measure
beside the dev gold's tune and check splits that nobody tuned on.

    .venv/bin/python bench/titles_figures.py CORPUS_DIR [--sample bench/data/titles-figures.json] [--errors]
    .venv/bin/python bench/titles_figures.py CORPUS_DIR --sample bench/data/titles-tail2.json

CORPUS_DIR holds SaudiNewsNet's daily ZIPs; the sample names each article
by its file there and record index and holds only labels (normalized
strings, ANNOTATION.md's rules). Prints, on the persons the extractor
pairs with a labelled one, title recall (the eval's rule: equal, or one
contains the other) and title precision (a predicted title that matches
no required or optional label is wrong), and figure P/R/F1 as the eval
scores them. `--errors` lists what was missed and what was wrong. A sample whose
articles carry no `figures` (titles-tail2.json) scores titles only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from corpus import labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import Tally, actor_match, figure_match, norm, pair
from briefings.serialize import to_dict


def _title_hit(t: str, pred: set[str]) -> bool:
    return t in pred or any(t in x or x in t for x in pred if len(x) > 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=Path, default=Path(__file__).parent / "data" / "titles-figures.json")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    sample = json.loads(args.sample.read_text(encoding="utf-8"))["articles"]
    found = labelled_articles(args.corpus, {(w["path"], w["record"]) for w in sample})
    figures = Tally()
    t_found = t_gold = t_right = t_pred = persons = paired = 0
    for item in sample:
        art = found.get((item["path"], item["record"]))
        if art is None or art.url != item["url"]:
            raise SystemExit(f"{item['path']} record {item['record']}: not in {args.corpus} as labelled")
        pred = to_dict(assemble(art))
        gold_people = [{"type": "person", "name": p["name"], **p} for p in item["persons"]]
        persons += len(gold_people)
        _, pairs = pair(pred["actors"], gold_people, actor_match)
        paired += len(pairs)
        errors = []
        for p, g in pairs:
            pt = {norm(t) for t in p.get("titles") or []}
            for t in g["titles"]:
                t_gold += 1
                if _title_hit(t, pt):
                    t_found += 1
                else:
                    errors.append(f"  missed title of {g['name']}: {t}   (predicted: {' | '.join(sorted(pt))})")
            labels = set(g["titles"]) | set(g["optional_titles"])
            for t in pt:
                t_pred += 1
                if any(_title_hit(x, {t}) or _title_hit(t, {x}) for x in labels):
                    t_right += 1
                else:
                    errors.append(f"  wrong title of {g['name']}: {t}")
        for g in gold_people:
            if not any(g is x for _, x in pairs):
                errors.append(f"  person not found: {g['name']}")
        # a sample may label titles only (titles-tail2.json): its figures are not scored
        tf, fpairs = pair(pred["figures"], item["figures"], figure_match) if "figures" in item else (None, [])
        if tf is not None:
            figures.add(tf)
        if args.errors:
            used = [p for p, _ in fpairs]
            for g in item.get("figures", []):
                if not g.get("optional") and not any(g is x for _, x in fpairs):
                    errors.append(f"  missed figure: {json.dumps(g, ensure_ascii=False)}")
            for p in pred["figures"] if "figures" in item else []:
                if p not in used and not any(figure_match(p, g) for g in item["figures"] if g.get("optional")):
                    errors.append(f"  extra figure: {p['text']} → {p.get('value')} {p.get('unit') or ''} {p.get('date') or ''} ({p['kind']})")
            if errors:
                print(f"{item['path']} record {item['record']}:")
                print("\n".join(errors))
    p, r, f = figures.prf()
    print(f"articles {len(sample)}, labelled persons {persons}, paired {paired}")
    print(f"titles recall     {t_found / t_gold if t_gold else 0:.3f}  ({t_found}/{t_gold} on paired persons)")
    print(f"titles precision  {t_right / t_pred if t_pred else 0:.3f}  ({t_right}/{t_pred})")
    if figures.tp + figures.fp + figures.fn:
        print(f"figures P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {figures.tp}, fp {figures.fp}, fn {figures.fn})")


if __name__ == "__main__":
    main()
