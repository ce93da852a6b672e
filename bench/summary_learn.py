"""A sentence scorer for the summary learned without the gold (distant
supervision): each candidate sentence after the lede of a corpus article
is labelled by how many of the article's own title words it holds, and a
small logistic model over `briefings.extract.summary_scorer.FEATURES` (position,
figures, actors, length, quotes, centrality, overlap with the lede; none
reads a title or a gold summary) is fitted with numpy.

    .venv/bin/python bench/summary_learn.py CORPUS --cache DIR collect --days D1,D2 [--every K]
    .venv/bin/python bench/summary_learn.py CORPUS --cache DIR fit --train D1,D2 [--write]
    .venv/bin/python bench/summary_learn.py CORPUS --cache DIR compare --gold GOLD --measure 2015-07-21,2015-07-22

collect: assembles every titled article of the days (never the held days)
once and keeps what the summarizer reads in DIR (a pickle a day).
fit: fits the variants (a label and a loss each) on the train days and
prints their weights; --write ships VARIANT's as briefings/data/summary.json.
compare: each variant (and no scorer) on the TUNE split's gold (ROUGE-1,
articles up / down) and on the title measure of the measure days (ROUGE-1
recall of the title by the three sentences, paired bootstrap over the
articles a variant changes), as bench/summary_ablation.py does. The
measure days must not be train days. Never the check split.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
from pathlib import Path
from unittest import mock

import numpy as np

from briefings.assemble import assemble
from briefings.evaluate import rouge1
from briefings.extract import summary as S
from briefings.extract import summary_scorer as R
from briefings.model import Token
from briefings.readers import load, read_source
from briefings.readers.base import ReaderError
from briefings.training.corpus import HELD

ROOT = Path(__file__).resolve().parent.parent
sys_path = str(ROOT / "bench")


def _slim_tokens(tokens, n: int) -> list[list[Token]]:
    # only the keys are read (centrality): one token per content key
    return [[Token(0, 0, "", k) for k in {t.key for t in ts if R._content(t.key)}] for ts in tokens[:n]]


def record(a, b) -> dict:
    """What the summarizer reads of one briefing, kept small."""
    n = max(R.CENTRAL_SPAN, min(len(b.sentences), 60))
    return {"title": a.title, "body": a.body, "sentences": b.sentences, "figures": b.figures,
            "tokens": _slim_tokens(_tokens_of(a, b), n), "actors": b.actors, "quotes": b.quotes}


def _tokens_of(a, b):
    from briefings.text.tokens import sentence_tokens

    return sentence_tokens(a.body, b.sentences)


def collect(corpus: Path, cache: Path, days: list[str], every: int) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    for day in days:
        if day in HELD:
            raise SystemExit(f"{day} is a held day")
        out = []
        for n, a in enumerate(read_source(load(corpus / f"{day}.zip", corpus))):
            if n % every or isinstance(a, ReaderError) or not a.title or a.title_derived or not a.body.strip():
                continue
            out.append(record(a, assemble(a)))
        (cache / f"{day}.pkl").write_bytes(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
        print(f"{day}: {len(out)} articles", flush=True)


def load_days(cache: Path, days: list[str]) -> list[dict]:
    out = []
    for day in days:
        if day in HELD:
            raise SystemExit(f"{day} is a held day")
        out += pickle.loads((cache / f"{day}.pkl").read_bytes())
    return out


def _body_keys(r: dict) -> frozenset[str]:
    return frozenset(t.key for ts in r["tokens"] for t in ts)


def partners(records: list[dict]) -> None:
    """Each record's second report of its story, where one exists: the
    record of the same days whose lede shares the most rarer words with
    its lede (IDF-weighted cosine at least PARTNER), that is no copy (whole
    texts' word Jaccard under 0.5). Stored as r["partner"] (its body's
    words)."""
    ledes, bodies = [], []
    for r in records:
        cands = S.candidates_of(r["body"], r["sentences"])
        ledes.append(R._keys(r["body"], cands[0], r["tokens"]) if cands else frozenset())
        bodies.append(_body_keys(r))
    df: dict[str, int] = {}
    for ks in bodies:
        for k in ks:
            df[k] = df.get(k, 0) + 1
    idf = {k: math.log(len(records) / v) for k, v in df.items()}
    index: dict[str, list[int]] = {}
    for n, ks in enumerate(ledes):
        for k in ks:
            if df[k] <= 50:
                index.setdefault(k, []).append(n)
    norms = [math.sqrt(sum(idf[k] ** 2 for k in ks)) or 1.0 for ks in ledes]
    found = 0
    for n, ks in enumerate(ledes):
        acc: dict[int, float] = {}
        for k in ks:
            for m in index.get(k, ()):
                if m != n:
                    acc[m] = acc.get(m, 0.0) + idf[k] ** 2
        best, value = None, PARTNER
        for m, v in acc.items():
            cos = v / norms[n] / norms[m]
            if cos >= value:
                j = len(bodies[n] & bodies[m]) / max(len(bodies[n] | bodies[m]), 1)
                if j < 0.5:
                    best, value = m, cos
        records[n]["partner"] = bodies[best] if best is not None else None
        found += best is not None
    print(f"partners: {found} of {len(records)} articles have a second report", flush=True)


PARTNER = 0.35


def rows_of(r: dict, label: str = "title") -> tuple[list[list[float]], list[float], list[float]]:
    """Each candidate's features, and its two labels: the share of the
    title's words it holds, and the share it holds that the lede lacks."""
    cands = S.candidates_of(r["body"], r["sentences"])
    if len(cands) < 3:
        return [], [], []
    x = R.features(r["body"], r["sentences"], cands, r["figures"], r["tokens"], r["actors"], r["quotes"], S.FIGURE_WINDOW)
    lede = R._keys(r["body"], cands[0], r["tokens"])
    ys, ns = [], []
    if label.startswith("outlet"):
        # the share of the sentence's words (not the lede's) that the
        # story's second report also writes
        other = r.get("partner")
        if not other:
            return [], [], []
        for s in cands[1 : 1 + len(x)]:
            ks = R._keys(r["body"], s, r["tokens"]) - lede
            ys.append(len(ks & other) / max(len(ks), 1))
            ns.append(len(ks & other) / 10)
        return x, ys, ns
    title = S._words(r["title"])
    if not title:
        return [], [], []
    for s in cands[1 : 1 + len(x)]:
        ks = R._keys(r["body"], s, r["tokens"])
        ys.append(len(ks & title) / len(title))
        ns.append(len((ks & title) - lede) / len(title))
    return x, ys, ns


def _standardize(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, scale = x.mean(0), x.std(0)
    mean[0], scale[0] = 0.0, 1.0  # the bias
    scale[scale == 0] = 1.0
    return mean, scale


def _logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 300) -> np.ndarray:
    """Weights of a logistic regression by Newton's method (few features)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (p - y) / len(y) + l2 * w
        h = (x * (p * (1 - p))[:, None]).T @ x / len(y) + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit(records: list[dict], label: str, loss: str, margin: float = 0.15) -> dict:
    xs, groups = [], []
    for r in records:
        x, ys, ns = rows_of(r, label)
        if x:
            xs += x
            groups.append((len(xs) - len(x), np.array(ys if label in ("title", "outlets") else ns)))
    x = np.array(xs)
    mean, scale = _standardize(x)
    z = (x - mean) / scale
    if loss == "pointwise":
        # the best sentence of an article after the lede (ties all kept),
        # where it holds any title word the others lack
        y = np.zeros(len(z))
        for at, ys in groups:
            if ys.max() > 0:
                y[at + np.flatnonzero(ys == ys.max())] = 1.0
        w = _logistic(z, y)
    else:
        # pairs of one article's sentences whose labels differ by a margin:
        # the one holding more of the title ahead
        d = []
        for at, ys in groups:
            i, j = np.nonzero(ys[:, None] - ys[None, :] >= margin)
            d.append(z[at + i] - z[at + j])
        dz = np.concatenate(d)
        dz[:, 0] = 0.0
        # each pair in both directions, so the labels balance
        w = _logistic(np.vstack([dz, -dz]), np.r_[np.ones(len(dz)), np.zeros(len(dz))])
        w[0] = 0.0
    return {"features": list(R.FEATURES), "weights": [round(float(v), 5) for v in w],
            "mean": [round(float(v), 5) for v in mean], "scale": [round(float(v), 5) for v in scale],
            "label": label, "loss": loss, "articles": len(groups), "rows": len(z)}


VARIANTS = {
    "title pointwise": ("title", "pointwise"),
    "title pairwise": ("title", "pairwise"),
    "novel pointwise": ("novel", "pointwise"),
    "novel pairwise": ("novel", "pairwise"),
    "outlets pointwise": ("outlets", "pointwise"),
    "outlets pairwise": ("outlets", "pairwise"),
    "outlet words pointwise": ("outlet words", "pointwise"),
    "outlet words pairwise": ("outlet words", "pairwise"),
}


def summary_texts(r: dict, m: dict | None) -> list[str]:
    with mock.patch.object(R, "model", lambda: m or {}):
        items = S.summarize(r["body"], r["sentences"], r["figures"], tokens=r["tokens"], actors=r["actors"],
                            quotes=r["quotes"])
    return [x.text for x in items]


def tune_records(gold: Path) -> list[tuple[str, dict, list[str]]]:
    sys_bench = __import__("summary_ablation")
    out = []
    spec = [p.strip() for p in sys_bench.TUNE.split(",")]
    for name, a, b, g in sys_bench.tune_briefings(gold, spec):
        out.append((name, {"title": a.title, "body": a.body, "sentences": b.sentences,
                           "figures": b.figures, "tokens": _slim_tokens(_tokens_of(a, b), 10**6),
                           "actors": b.actors, "quotes": b.quotes}, g["summary"]))
    return out


def _recall(summary: str, title: str) -> float:
    sys_bench = __import__("summary_ablation")
    return sys_bench._recall(summary, title)


def _interval(xs: list[float], n: int, rng: random.Random) -> tuple[float, float]:
    means = sorted(sum(c) / len(c) for c in (rng.choices(xs, k=len(xs)) for _ in range(n)))
    return means[int(0.025 * n)], means[int(0.975 * n) - 1]


def compare(models: dict[str, dict | None], tune, measure: list[dict]) -> None:
    base_t = [rouge1(summary_texts(r, None), g) for _, r, g in tune]
    base_m = [summary_texts(r, None) for r in measure]
    base_r = [_recall(" ".join(t), r["title"]) for t, r in zip(base_m, measure, strict=True)]
    print(f"{'variant':22}{'tune':>7}  up/down  {'title R':>8}  changed: recall delta, 95 %")
    print(f"{'no scorer':22}{sum(base_t) / len(base_t):7.3f}           {sum(base_r) / len(base_r):8.3f}")
    rng = random.Random(0)
    for name, m in models.items():
        t = [rouge1(summary_texts(r, m), g) for _, r, g in tune]
        up = [st for (st, _, _), x, y in zip(tune, t, base_t, strict=True) if x > y + 1e-9]
        down = [st for (st, _, _), x, y in zip(tune, t, base_t, strict=True) if x < y - 1e-9]
        texts = [summary_texts(r, m) for r in measure]
        rs = [_recall(" ".join(x), r["title"]) for x, r in zip(texts, measure, strict=True)]
        diffs = [x - y for x, y, a, b in zip(rs, base_r, texts, base_m, strict=True) if a != b]
        lo, hi = _interval(diffs, 2000, rng) if diffs else (0.0, 0.0)
        print(f"{name:22}{sum(t) / len(t):7.3f}  {len(up):2d}/{len(down):2d}    {sum(rs) / len(rs):8.3f}  "
              f"{len(diffs)}: {sum(diffs) / max(len(diffs), 1):+.3f} [{lo:+.3f}, {hi:+.3f}]")
        print(f"    up {up} down {down}")


def main() -> None:
    import sys

    sys.path.insert(0, sys_path)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--cache", type=Path, required=True)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--days", required=True)
    c.add_argument("--every", type=int, default=1)
    f = sub.add_parser("fit")
    f.add_argument("--train", required=True)
    f.add_argument("--write", default="", help="the variant to ship as briefings/data/summary.json")
    f.add_argument("--no-figure-rule", action="store_true")
    f.add_argument("--next", action="store_true", help="the sentence after the lede is kept before the scorer")
    k = sub.add_parser("compare")
    k.add_argument("--train", required=True)
    k.add_argument("--gold", type=Path, required=True)
    k.add_argument("--measure", default="2015-07-21,2015-07-22")
    ap.add_argument("--variants", default="", help="comma-separated names of VARIANTS (default: all)")
    args = ap.parse_args()
    days = lambda s: [d.strip() for d in s.split(",") if d.strip()]  # noqa: E731
    if args.cmd == "collect":
        collect(args.corpus, args.cache, days(args.days), args.every)
        return
    train = load_days(args.cache, days(args.train))
    partners(train)
    only = [v.strip() for v in args.variants.split(",") if v.strip()] or list(VARIANTS)
    fitted = {name: fit(train, *VARIANTS[name]) for name in only}
    if args.cmd == "fit":
        for name, m in fitted.items():
            print(name, m["articles"], m["rows"], dict(zip(m["features"], m["weights"], strict=True)))
        if args.write:
            m = dict(fitted[args.write], figure_rule=not args.no_figure_rule, next=args.next, days=days(args.train))
            (ROOT / "briefings" / "data" / "summary.json").write_text(json.dumps(m, ensure_ascii=False, indent=1) + "\n")
        return
    if set(days(args.measure)) & set(days(args.train)):
        raise SystemExit("the measure days must not be train days")
    models: dict[str, dict | None] = {}
    for name, m in fitted.items():
        for fig in (True, False):
            for nxt in (False, True):
                models[name + (" no fig" if not fig else "") + (" next" if nxt else "")] = dict(m, figure_rule=fig, next=nxt)
    compare(models, tune_records(args.gold), load_days(args.cache, days(args.measure)))


if __name__ == "__main__":
    main()
