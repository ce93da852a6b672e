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
        return f"sum {tp / max(1, tp + fp):.3f}/{tp / max(1, tp + fn):.3f} ({tp},{fp},{fn}) | " + " ".join(parts)

    def errors(self, stories) -> None:
        st = self.lab.assign(stories)
        size = {k: len(c) for k, c in enumerate(stories)}
        for sp in SPLITS:
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

    def pair_score(self, a: int, b: int) -> float:
        lo, hi = min(a, b), max(a, b)
        at = np.flatnonzero((self.i == lo) & (self.j == hi))
        return float(self.s[at[0]]) if len(at) else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("lab")
    ap.add_argument("--cache", required=True)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    rp = Replay(Lab.load(args.lab), Path(args.cache))
    st = rp.base()
    print("base", rp.score(st))
    if args.errors:
        rp.errors(st)
    return 0


if __name__ == "__main__":
    sys.exit(main())
