"""A harness for trying story decisions on the tune pairs without redoing
the slow parts: the briefings' features, the copy groups and the candidate
pairs of the canonical articles are computed once and kept in a pickle.

    python bench/story_lab.py prepare --from-json DIR -o LAB.pkl
    python -c "from bench.story_lab import Lab; lab = Lab.load('LAB.pkl'); ..."

`Lab.score(stories, lab.tune("tune2"))` gives precision and recall on the tune pairs only
(the test and held rows are loaded with the rest but never scored here); `Lab.errors(stories)` lists tune's
false positives and negatives with the titles of both sides.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stories import DATA, place, read_tsv  # noqa: E402
from briefings.stories import features  # noqa: E402
from briefings.stories.copies import copy_groups  # noqa: E402
from briefings.stories.link import canonical_rows, scores  # noqa: E402


@dataclass
class Lab:
    info: list[dict]  # each article: title, outlet, published, place, lead
    feats: list
    canonical: np.ndarray
    canon: np.ndarray  # the canonical articles (indices into info)
    i: np.ndarray  # candidate pairs, indices into canon
    j: np.ndarray
    s: np.ndarray  # today's score
    pairs: list[tuple[int, int, int, str]] = field(default_factory=list)  # (a, b, label, split), indices into canon (-1: folded)

    @classmethod
    def load(cls, path: str) -> Lab:
        with open(path, "rb") as f:
            return pickle.load(f)

    def tune(self, split: str = "tune") -> list[tuple[int, int, int]]:
        """The pairs of one split: `tune` (story-pairs.tsv), `tune2`
        (story-pairs-2.tsv), `tune3` (story-pairs-3.tsv) or `tune4` (story-pairs-4.tsv); the held ones are never scored here."""
        assert split in ("tune", "tune2", "tune3", "tune4", "tune5")
        return [(a, b, y) for a, b, y, sp in self.pairs if sp == split]

    def add_pairs(self, path: Path, suffix: str) -> None:
        """Loads a labelled file drawn after the lab was prepared
        (story-pairs-5.tsv: all tune) without preparing it again."""
        pos = np.full(len(self.feats), -1)
        pos[self.canon] = np.arange(len(self.canon))
        index = {tuple(x["place"]): k for k, x in enumerate(self.info)}
        for r in read_tsv(path):
            if r["label"] == "":
                continue
            a, b = (int(pos[self.canonical[index[(r[f"{x}_path"], int(r[f"{x}_record"]))]]]) for x in "ab")
            self.pairs.append((a, b, int(r["label"]), r["split"] + suffix))

    def assign(self, stories: list[list[int]]) -> np.ndarray:
        st = np.full(len(self.canon), -1)
        for n, c in enumerate(stories):
            st[c] = n
        return st

    def score(self, stories: list[list[int]], pairs=None) -> tuple[float, float, int, int, int]:
        st = self.assign(stories)
        tp = fp = fn = 0
        for a, b, y in pairs if pairs is not None else self.tune():
            same = a == b or (st[a] >= 0 and st[a] == st[b])
            tp += same and y
            fp += same and not y
            fn += (not same) and y
        return tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn

    def title(self, c: int) -> str:
        x = self.info[self.canon[c]]
        return f"[{x['outlet']} {x['published'][:10] if x['published'] else '?'}] {x['title']}"


def prepare(args) -> None:
    from bench.stories import load

    bs = load(args)
    feats = features(bs)
    canonical, canon = canonical_rows(len(feats), copy_groups(feats))
    sub = [feats[k] for k in canon]
    i, j, s = scores(sub)
    pos = np.full(len(feats), -1)
    pos[canon] = np.arange(len(canon))
    index = {place(b): k for k, b in enumerate(bs)}
    pairs = []
    for name, suffix in (("story-pairs.tsv", ""), ("story-pairs-2.tsv", "2"), ("story-pairs-3.tsv", "3"),
                         ("story-pairs-4.tsv", "4"), ("story-pairs-5.tsv", "5")):
        if not (DATA / name).exists():
            continue
        for r in read_tsv(DATA / name):
            if r["label"] == "":
                continue
            a, b = (int(pos[canonical[index[(r[f"{x}_path"], int(r[f"{x}_record"]))]]]) for x in "ab")
            pairs.append((a, b, int(r["label"]), r["split"] + suffix))  # tune, test, tune2, held2
    info = [{"title": b.get("title"), "outlet": b["source"].get("outlet"), "published": b["source"].get("published"),
             "place": place(b), "url": b["source"].get("url"), "lead": " ".join(b["body"][:400].split())} for b in bs]
    lab = Lab(info, feats, canonical, canon, i, j, s, pairs)
    with open(args.output, "wb") as f:
        pickle.dump(lab, f)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["prepare"])
    ap.add_argument("--from-json", required=True)
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("-j", "--jobs", type=int, default=None)
    args = ap.parse_args()
    args.corpus = None
    args.cache = None
    prepare(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
