"""Train the NER model and its word lists from ../shared (`make train`).

Reproducible: fixed split, fixed order, fixed hyper-parameters.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from briefings.lang.ar.normalize import key

DATA = Path(__file__).resolve().parent.parent / "data"


def build_vocab(corpus: Path, out: Path, min_count: int = 8, limit: int = 60_000) -> list[str]:
    from briefings.training.corpus import articles, write_gz_lines

    counts: Counter[str] = Counter()
    word = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
    for a in articles(corpus):
        counts.update(key(w) for w in word.findall(a.get("content") or ""))
    words = [(w, c) for w, c in counts.most_common(limit) if c >= min_count and len(w) >= 2]
    write_gz_lines(out, [f"{w}\t{c}" for w, c in sorted(words)])
    return [w for w, _ in words]


def train(shared: Path, out: Path, iterations: int = 120) -> None:
    import pycrfsuite

    from briefings.extract.ner_features import Featurizer
    from briefings.training.conll import read_conll, split_anercorp

    ner = shared / "data" / "ner"
    train_sents, _ = split_anercorp(ner / "anercorp-train.conll")
    for name in ("wojood-sample-train.txt", "wojood-sample-val.txt"):
        train_sents += list(read_conll(ner / name, wojood=True))
    feat = Featurizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in train_sents:
        trainer.append(feat.sentence(toks), tags)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--skip-vocab", action="store_true")
    args = ap.parse_args()
    t = time.time()
    if not args.skip_vocab:
        words = build_vocab(args.shared / "data" / "corpus" / "saudinewsnet", DATA / "vocab.txt.gz")
        print(f"vocabulary: {len(words)} words ({time.time() - t:.0f}s)")
        from briefings.training.clusters import build_clusters

        build_clusters(args.shared / "data" / "corpus" / "saudinewsnet", DATA / "clusters.txt.gz")
        print(f"clusters ({time.time() - t:.0f}s)")
    from briefings.extract import ner_features

    ner_features.vocabulary.cache_clear()
    ner_features.clusters.cache_clear()
    train(args.shared, DATA / "ner.crfsuite")
    print(f"model trained ({time.time() - t:.0f}s)")


if __name__ == "__main__":
    main()
