"""How much of a tune/check gap sampling alone makes: the tune articles'
per-article tallies (actors, figures, quotes, titles) resampled into
16-article draws, micro-averaged as `make eval` does, and how often a draw
falls below the tune score by the gap given (make eval's check score is
typed in, never computed here: the check split is scored in aggregate by
`make eval` only).

    .venv/bin/python bench/split_gap.py GOLD --check quotes=0.800,actors=0.831 [--draws 10000]

Prints, for each measure: tune's micro score, the 95 % interval of a
16-article draw's, and the share of draws at or below the check score.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from briefings.evaluate import Scores, Tally, _in_split, gold_predictions, score_briefing

ROOT = Path(__file__).resolve().parent.parent
TUNE = "000_f63168924004b052,dev01-dev27"
CHECK_SIZE = 16
MEASURES = ("actors", "figures", "quotes", "titles")


def tune_scores(gold_dir: Path, spec: list[str]) -> list[Scores]:
    """One Scores per tune article."""
    out = []
    for stem, pred, gold in gold_predictions(gold_dir, [ROOT / "seeds", gold_dir / "articles"]):
        if _in_split(stem, spec):
            out.append(Scores())
            score_briefing(pred, gold, out[-1])
    return out


def micro(draw: list[Scores], measure: str) -> float:
    if measure == "titles":
        gold = sum(s.titles_gold for s in draw)
        return sum(s.titles_found for s in draw) / gold if gold else 0.0
    t = Tally()
    for s in draw:
        t.add(getattr(s, measure))
    return t.prf()[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--check", required=True, help="make eval's check scores: quotes=0.800,actors=0.831")
    ap.add_argument("--draws", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    spec = TUNE.split(",")
    check = {k: float(v) for k, v in (p.split("=") for p in args.check.split(","))}
    if unknown := set(check) - set(MEASURES):
        raise SystemExit(f"unknown measures: {sorted(unknown)}")
    articles = tune_scores(args.gold, spec)
    rng = random.Random(args.seed)
    draws = [[rng.choice(articles) for _ in range(CHECK_SIZE)] for _ in range(args.draws)]
    print(f"tune: {len(articles)} articles; {args.draws} draws of {CHECK_SIZE}")
    print(f"{'measure':10}{'tune':>7}{'check':>7}{'gap':>7}   draw 95 %        draws at or below check")
    for m, c in check.items():
        whole = micro(articles, m)
        xs = sorted(micro(d, m) for d in draws)
        lo, hi = xs[int(0.025 * len(xs))], xs[int(0.975 * len(xs)) - 1]
        below = sum(x <= c for x in xs) / len(xs)
        print(f"{m:10}{whole:7.3f}{c:7.3f}{whole - c:7.3f}   [{lo:.3f}, {hi:.3f}]   {100 * below:.1f} %")


if __name__ == "__main__":
    main()
