"""Which parts of the summarizer carry its score: each rule taken out (or
its constant moved) in turn, scored by ROUGE-1 against the gold summaries
of the TUNE split only (per article, since tune may be read item by item),
and, as a second measure that reads no gold at all, against the corpus
articles' own titles on a contiguous slice of days.

    .venv/bin/python bench/summary_ablation.py GOLD [--split SPEC] [--per-article]
        [--corpus DIR --days 2015-07-21,2015-07-22] [--bootstrap 10000]

GOLD is the gold folder (its articles/ holds the texts); SPEC the tune
split (default the Makefile's). Never give it the check split: check is
scored in aggregate by `make eval` only.

The title measure: ROUGE-1 recall of the title's words by the summary (how
much of what the outlet put in the headline the three sentences hold) and
word F1, over every article of the days given (never the held days
2015-07-25 and 2015-07-26). Only the summary's inputs are computed there
(segmentation and figures), not actors or quotes.

--bootstrap: resamples the tune articles' scores to give the 95 % interval
of the tune mean and of the tune-minus-lead-3 lift, and how often a mean
of 16 articles drawn from tune falls below the tune mean by the observed
tune/check gap (what sampling alone makes of a 16-article split).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from briefings.assemble import assemble, segment
from briefings.evaluate import _in_split, _word_f1, norm, rouge1
from briefings.extract import summary as S
from briefings.extract.figures import extract_figures
from briefings.readers import input_files, load, read_source
from briefings.readers.base import ReaderError
from briefings.training.corpus import HELD

ROOT = Path(__file__).resolve().parent.parent
TUNE = "000_f63168924004b052,dev01-dev27"
NEVER = re.compile(r"(?!)")


@contextmanager
def patched(**attrs) -> Iterator[None]:
    if not attrs:
        yield
        return
    with mock.patch.multiple(S, **attrs):
        yield


# name -> what is changed in briefings.extract.summary
VARIANTS: dict[str, dict] = {
    "full": {},
    "no figure rule": {"FIGURE_WINDOW": 1},
    "figure window 4": {"FIGURE_WINDOW": 4},
    "figure window 6": {"FIGURE_WINDOW": 6},
    "figure window 7": {"FIGURE_WINDOW": 7},
    "figure window 12": {"FIGURE_WINDOW": 12},
    "figure window 20": {"FIGURE_WINDOW": 20},
    "no figure window": {"FIGURE_WINDOW": 10**9},
    "no repetition rule": {"REPEATED": 2.0},
    "repeated 0.4": {"REPEATED": 0.4},
    "repeated 0.6": {"REPEATED": 0.6},
    "no min words": {"MIN_WORDS": 0},
    "min words 4": {"MIN_WORDS": 4},
    "min words 8": {"MIN_WORDS": 8},
    "no byline rule": {"_BYLINE": NEVER},
    "no tags rule": {"_TAGS": NEVER},
    "no dateline strip": {"_DATELINE": NEVER},
    "first three candidates": {"FIGURE_WINDOW": 1, "REPEATED": 2.0},
}


def _summary_texts(body: str, sents, figures) -> list[str]:
    return [x.text for x in S.summarize(body, sents, figures)]


def tune_briefings(gold: Path, spec: list[str]):
    """(name, article, briefing, gold briefing) of each article of the
    split `spec` (bench/summary_learn.py reads them too)."""
    import json

    for f, root in input_files([ROOT / "seeds", gold / "articles"]):
        if not _in_split(f.stem, spec) or not (gold / f"{f.stem}.json").exists():
            continue
        g = json.loads((gold / f"{f.stem}.json").read_text(encoding="utf-8"))
        for a in read_source(load(f, root)):
            if not isinstance(a, ReaderError):
                yield f.stem, a, assemble(a), g


def tune_inputs(gold: Path, spec: list[str]):
    """(name, body, sentences, figures, gold summary, lead-3 texts) of each
    tune article, extracted once."""
    out = []
    for name, a, b, g in tune_briefings(gold, spec):
        lead = [a.body[s.start : s.end] for s in b.sentences[:3]]
        out.append((name, a.body, b.sentences, b.figures, g["summary"], lead))
    return out


def corpus_inputs(corpus: Path, days: list[str]):
    """(title, body, sentences, figures, lead-3 texts) of every article of
    the days that has a title and a body."""
    out = []
    for day in days:
        if day in HELD:
            raise SystemExit(f"{day} is a held day")
        path = corpus / f"{day}.zip"
        for a in read_source(load(path, corpus)):
            if isinstance(a, ReaderError) or not a.title or a.title_derived or not a.body.strip():
                continue
            seg = segment(a)
            figs = extract_figures(a.body, seg.sentences, a.published, seg.tokens)
            lead = [a.body[s.start : s.end] for s in seg.sentences[:3]]
            out.append((a.title, a.body, seg.sentences, figs, lead))
    return out


def _recall(summary: str, title: str) -> float:
    from collections import Counter

    ws, wt = Counter(norm(summary).split()), Counter(norm(title).split())
    return sum((ws & wt).values()) / sum(wt.values()) if wt else 0.0


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def _interval(xs: list[float], n: int, rng: random.Random, stat: Callable[[list[float]], float] = _mean):
    means = sorted(stat(rng.choices(xs, k=len(xs))) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--split", default=TUNE)
    ap.add_argument("--per-article", action="store_true", help="each tune article's score under each variant")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--days", default="2015-07-21,2015-07-22")
    ap.add_argument("--bootstrap", type=int, default=0)
    ap.add_argument("--gap", type=float, default=0.092, help="the tune/check gap to weigh (make eval's)")
    ap.add_argument("--lead-gap", type=float, default=0.117, help="lead-3's tune/check gap (make eval's)")
    ap.add_argument("--variants", default="", help="comma-separated names (default: all)")
    args = ap.parse_args()
    spec = [p.strip() for p in args.split.split(",") if p.strip()]
    if any(_in_split(f"dev{i}", spec) for i in range(28, 44)):
        raise SystemExit("the check split is scored by make eval in aggregate only")
    names = [v.strip() for v in args.variants.split(",") if v.strip()] or list(VARIANTS)

    tune = tune_inputs(args.gold, spec)
    lead = [rouge1(ld, g) for _, _, _, _, g, ld in tune]
    scores: dict[str, list[float]] = {}
    for name in names:
        with patched(**VARIANTS[name]):
            scores[name] = [rouge1(_summary_texts(b, s, f), g) for _, b, s, f, g, _ in tune]
    full = scores.get("full") or next(iter(scores.values()))
    print(f"tune: {len(tune)} articles; lead-3 {_mean(lead):.3f}")
    print(f"{'variant':26}{'tune':>8}{'delta':>8}  articles up / down")
    for name in names:
        xs = scores[name]
        up = sum(x > y + 1e-9 for x, y in zip(xs, full, strict=True))
        down = sum(x < y - 1e-9 for x, y in zip(xs, full, strict=True))
        print(f"{name:26}{_mean(xs):8.3f}{_mean(xs) - _mean(full):+8.3f}  {up} / {down}")
    if args.per_article:
        for name in names:
            moved = [(t[0], y, x) for t, x, y in zip(tune, scores[name], full, strict=True) if abs(x - y) > 1e-9]
            for stem, y, x in moved:
                print(f"  [{name}] {stem}: {y:.3f} -> {x:.3f}")

    if args.bootstrap:
        rng = random.Random(0)
        lo, hi = _interval(full, args.bootstrap, rng)
        lift = [x - y for x, y in zip(full, lead, strict=True)]
        llo, lhi = _interval(lift, args.bootstrap, rng)
        sd = statistics.stdev(full)
        # a 16-article split drawn from the same articles as tune: how far
        # below tune its mean falls, by chance alone
        m = _mean(full)
        drops = sorted(m - _mean(rng.choices(full, k=16)) for _ in range(args.bootstrap))
        p = sum(d >= args.gap for d in drops) / len(drops)
        print(f"bootstrap ({args.bootstrap}): tune mean {m:.3f}, 95 % [{lo:.3f}, {hi:.3f}], per-article sd {sd:.3f}")
        print(f"  lift over lead-3 on tune {_mean(lift):+.3f}, 95 % [{llo:+.3f}, {lhi:+.3f}]")
        print(f"  a 16-article draw falls {drops[int(0.95 * len(drops))]:.3f} below tune at the 95th percentile; "
              f"a gap of {args.gap:.3f} or more in {p:.1%} of draws")
        # the same for lead-3 (which fits nothing) and for the lift: a
        # split harder for any summarizer lowers lead-3 as much
        ld = sorted(_mean(lead) - _mean(rng.choices(lead, k=16)) for _ in range(args.bootstrap))
        pl = sum(d >= args.lead_gap for d in ld) / len(ld)
        print(f"  lead-3: a 16-article draw falls {ld[int(0.95 * len(ld))]:.3f} below tune at the 95th percentile; "
              f"a gap of {args.lead_gap:.3f} or more in {pl:.1%} of draws")
        lifts = sorted(_mean(rng.choices(lift, k=16)) for _ in range(args.bootstrap))
        print(f"  lift of a 16-article draw: 95 % [{lifts[int(0.025 * len(lifts))]:+.3f}, "
              f"{lifts[int(0.975 * len(lifts)) - 1]:+.3f}]")
        se = (sd**2 / len(full) + sd**2 / 16) ** 0.5
        print(f"  standard error of a tune-minus-check gap from sampling alone: {se:.3f}")

    if args.corpus:
        days = [d.strip() for d in args.days.split(",") if d.strip()]
        arts = corpus_inputs(args.corpus, days)
        lr = [_recall(" ".join(ld), t) for t, _, _, _, ld in arts]
        lf = [_word_f1(" ".join(ld), t) for t, _, _, _, ld in arts]
        print(f"titles as reference: {len(arts)} articles of {', '.join(days)}; "
              f"lead-3 recall {_mean(lr):.3f}, F1 {_mean(lf):.3f}")
        print(f"{'variant':26}{'recall':>8}{'delta':>8}{'F1':>8}{'delta':>8}  changed: recall delta on them, 95 %")
        rng = random.Random(0)
        base: tuple[list[float], list[float], list[list[str]]] | None = None
        for name in names:
            with patched(**VARIANTS[name]):
                texts = [_summary_texts(b, s, f) for _, b, s, f, _ in arts]
            r = [_recall(" ".join(x), a[0]) for x, a in zip(texts, arts, strict=True)]
            f1 = [_word_f1(" ".join(x), a[0]) for x, a in zip(texts, arts, strict=True)]
            if base is None:
                base = (r, f1, texts)
            # the articles whose summary the variant changes, paired:
            # the recall it gains or loses on them, and its bootstrap interval
            diffs = [x - y for x, y, t, u in zip(r, base[0], texts, base[2], strict=True) if t != u]
            lo, hi = _interval(diffs, 2000, rng) if diffs else (0.0, 0.0)
            print(f"{name:26}{_mean(r):8.3f}{_mean(r) - _mean(base[0]):+8.3f}{_mean(f1):8.3f}"
                  f"{_mean(f1) - _mean(base[1]):+8.4f}  {len(diffs)}: {_mean(diffs):+.3f} [{lo:+.3f}, {hi:+.3f}]")


if __name__ == "__main__":
    main()
