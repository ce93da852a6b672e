"""Replays `Linker.link`'s steps on a story lab (bench/story_lab.py) with
variants, and scores them on the four tune halves only (summed and each).

    python bench/story_replay.py LAB.pkl --cache REPLAY.pkl [--errors]

The clusters at THRESHOLD and every dated canonical article's background
are computed once and kept in REPLAY.pkl. `--errors` lists the tune
halves' false and missed pairs of the base pipeline, with the size and day
span of each side's story; a pair with a side on a held day (or a copy of
one) is never shown (bench/README.md: the held days are not read).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.story_lab import Lab  # noqa: E402
from briefings.stories import refine as R  # noqa: E402
from briefings.stories.cluster import clusters, far_nearest  # noqa: E402
from briefings.stories.link import THRESHOLD, outlet_codes, pair_key  # noqa: E402
from briefings.stories.vectors import tfidf  # noqa: E402
from briefings.training.corpus import HELD  # noqa: E402

SPLITS = ("tune", "tune2", "tune3", "tune4")


class Replay:
    def __init__(self, lab: Lab, cache: Path) -> None:
        self.lab = lab
        self.sub = [lab.feats[k] for k in lab.canon]
        self.n = len(self.sub)
        self.i, self.j, self.s = lab.i, lab.j, lab.s
        if cache.exists():
            kept = pickle.loads(cache.read_bytes())
        else:
            found = clusters(self.n, self.i, self.j, self.s, THRESHOLD)
            days = [f.day for f in self.sub]
            dated = np.array([d is not None for d in days])
            keys = [pair_key(f) for f in self.sub]
            bg = np.zeros(self.n, dtype=np.float32)
            rows = np.flatnonzero(dated)
            for p, values, _ in far_nearest(self.sub, days, rows, rows, R.FAR, R.NEAREST, keys):
                bg[p] = values.mean() if len(values) else 0
            kept = {"found": found, "background": bg}
            cache.write_bytes(pickle.dumps(kept))
        self.found = kept["found"]
        self.background = kept["background"]
        self.keys = R.specific_sets([f.specifics for f in self.sub])
        self.outlets = outlet_codes(self.sub)
        self.days = [f.day for f in self.sub]
        self.day = np.array([-1 if d is None else d for d in self.days])
        # a canonical article on a held day, or the canonical of a copy of one
        held = np.array([any(d in str(x["place"][0]) for d in HELD) for x in lab.info])
        self.held = np.zeros(len(lab.info), dtype=bool)
        np.logical_or.at(self.held, lab.canonical, held)
        self.held = self.held[lab.canon]

    def lead_rows(self, members):
        return tfidf([self.sub[m] for m in members], field="lead_terms")

    def base(self, hooks: dict[str, Callable] | None = None) -> list[list[int]]:
        """Link's steps after the clustering; `hooks[name](stories, self)`
        runs after the step of that name (`refine`, `templates`, `join`,
        `tied`, `lead`, `small`, `reactions`)."""
        hooks = hooks or {}
        n, i, j, s, bg = self.n, self.i, self.j, self.s, self.background

        def hook(name, st):
            return hooks[name](st, self) if name in hooks else st

        st = R.refine(self.found, n, i, j, s, self.keys, THRESHOLD, bg, self.outlets, self.days)
        st = hook("refine", st)
        st = hook("templates", R.without_templates(st, bg))
        st = hook("join", R.join_events(st, n, i, j, s, self.keys, bg))
        st = hook("tied", R.tied(st, n, i, j, s))
        st = hook("lead", R.by_lead(st, self.lead_rows))
        st = hook("small", R.without_weak_small(st, n, i, j, s))
        st = hook("reactions", R.with_reactions(st, n, i, j, s, bg, self.days, self.keys))  # bg known for all here
        return st

    def score(self, stories) -> str:
        tot = np.zeros(3, dtype=int)
        parts = []
        for sp in SPLITS:
            p, r, tp, fp, fn = self.lab.score(stories, self.lab.tune(sp))
            tot += (tp, fp, fn)
            parts.append(f"{sp} {p:.3f}/{r:.3f}")
        tp, fp, fn = tot.tolist()
        if self.lab.tune("tune5"):  # the sample inside large stories (story-pairs-5.tsv), apart from the sum
            p, r, tp5, fp5, fn5 = self.lab.score(stories, self.lab.tune("tune5"))
            parts.append(f"tune5 {p:.3f}/{r:.3f} ({tp5},{fp5},{fn5})")
        return f"sum {tp / max(1, tp + fp):.3f}/{tp / max(1, tp + fn):.3f} ({tp},{fp},{fn}) | " + " ".join(parts)

    def errors(self, stories) -> None:
        st = self.lab.assign(stories)
        size = {k: len(c) for k, c in enumerate(stories)}
        for sp in (*SPLITS, "tune5"):
            for a, b, y in self.lab.tune(sp):
                if a < 0 or b < 0 or self.held[a] or self.held[b]:
                    continue
                same = a == b or (st[a] >= 0 and st[a] == st[b])
                if same == bool(y):
                    continue
                kind = "FALSE" if same else "MISSED"

                def desc(c):
                    k = st[c]
                    if k < 0:
                        return "alone"
                    ds = self.day[stories[k]]
                    ds = ds[ds >= 0]
                    span = int(ds.max() - ds.min()) + 1 if len(ds) else 0
                    return f"story {k} of {size[k]} over {span} d, bg {self.background[stories[k]].mean():.2f}"

                sc = self.pair_score(a, b)
                print(f"{kind} {sp} score {sc:.3f}\n  {desc(a)}: {self.lab.title(a)}\n  {desc(b)}: {self.lab.title(b)}")

    def draw_large(self, stories, n: int, smallest: int, seed: int, taken: set, out: Path) -> list[str]:
        """`n` pairs of canonical articles inside one story of `smallest` or
        more members (no side on a held day nor the canonical of a copy of
        one; no pair labelled before): half uniform over all such pairs (the
        pairwise score weighs them so), half a story drawn uniformly and then
        one of its pairs (the smaller running topics are seen too). Rows of
        story-pairs-5.tsv without label; each side's title and lead go to
        `out`, shuffled, without stratum, story or score."""
        import random

        rng = random.Random(seed)
        large = [[m for m in c if not self.held[m]] for c in stories if len(c) >= smallest]
        large = [c for c in large if len(c) >= 2]
        weights = [len(c) * (len(c) - 1) // 2 for c in large]
        picked: list[tuple[str, int, int]] = []
        while len(picked) < n:
            name = "large-pair-s5" if len(picked) % 2 == 0 else "large-story-s5"
            c = rng.choices(large, weights=weights)[0] if name == "large-pair-s5" else rng.choice(large)
            a, b = sorted(rng.sample(c, 2))
            if (a, b) in taken:
                continue
            taken.add((a, b))
            picked.append((name, a, b))
        rng.shuffle(picked)
        rows, texts = [], []
        for k, (name, a, b) in enumerate(picked):
            xa, xb = self.lab.info[self.lab.canon[a]], self.lab.info[self.lab.canon[b]]
            rows.append("\t".join(map(str, ("tune", "", name, xa["place"][0], xa["place"][1], xa["url"] or "",
                                             xb["place"][0], xb["place"][1], xb["url"] or ""))))
            texts.append(f"#{k}\n  A {self.lab.title(a)} {xa['lead'][:260]}\n  B {self.lab.title(b)} {xb['lead'][:260]}\n")
        out.write_text("\n".join(texts), encoding="utf-8")
        return rows

    def pair_score(self, a: int, b: int) -> float:
        lo, hi = min(a, b), max(a, b)
        at = np.flatnonzero((self.i == lo) & (self.j == hi))
        return float(self.s[at[0]]) if len(at) else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("lab")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--draw-large", type=int, default=0, metavar="N",
                    help="print N unlabelled pairs inside the base's stories of --draw-min or more members")
    ap.add_argument("--draw-min", type=int, default=20)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--draw-out", default="pairs-to-read.txt")
    args = ap.parse_args()
    lab = Lab.load(args.lab)
    extra = ROOT / "bench" / "data" / "story-pairs-5.tsv"
    if extra.exists() and not lab.tune("tune5"):  # a lab prepared before the file was labelled
        lab.add_pairs(extra, "5")
    rp = Replay(lab, Path(args.cache))
    st = rp.base()
    if args.draw_large:
        taken = {(min(a, b), max(a, b)) for a, b, _, _ in lab.pairs}
        for row in rp.draw_large(st, args.draw_large, args.draw_min, args.seed, taken, Path(args.draw_out)):
            print(row)
        return 0
    print("base", rp.score(st))
    if args.errors:
        rp.errors(st)
    return 0


if __name__ == "__main__":
    sys.exit(main())
