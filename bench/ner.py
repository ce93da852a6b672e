"""NER benchmark: entity-level F1 on the held-out tenth of ANERcorp's
training file (never trained on), and tagging speed.

    .venv/bin/python bench/ner.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from briefings.extract.ner import Tagger
from briefings.training.conll import split_anercorp
from briefings.training.evaluate import format_scores, score


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    t0 = time.perf_counter()
    tagger = Tagger()
    tagger.tag(["تحميل"])
    load = time.perf_counter() - t0
    _, dev = split_anercorp(args.shared / "data" / "ner" / "anercorp-train.conll")
    tagger = Tagger()  # a cold word table, so speed is not flattered
    t0 = time.perf_counter()
    pred = [tagger.tag(toks) for toks, _ in dev]
    elapsed = time.perf_counter() - t0
    # extraction decodes an article's sentences together (about 12)
    tagger = Tagger()
    sents = [toks for toks, _ in dev]
    t0 = time.perf_counter()
    batched = [tags for i in range(0, len(sents), 12) for tags in tagger.tag_many(sents[i : i + 12])]
    elapsed_batched = time.perf_counter() - t0
    if batched != pred:
        raise SystemExit("tags differ when sentences are decoded together")
    n_tokens = sum(len(t) for t in sents)
    print("held-out ANERcorp (every 10th sentence of anercorp-train.conll)")
    print(format_scores(score([g for _, g in dev], pred)))
    print(f"tokens: {n_tokens}, tokens/s (one core): {n_tokens / elapsed:,.0f} one sentence at a time, "
          f"{n_tokens / elapsed_batched:,.0f} twelve sentences at a time")
    print(f"model load: {load:.2f} s")


if __name__ == "__main__":
    main()
