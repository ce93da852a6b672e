"""A stacked second CRF over the tagger's own labels (issue 12, NER eighth
round): measured, not shipped (bench/README, "NER, eighth round").

    .venv/bin/python bench/ner_stacked.py NER_DIR [--final] [--features oov,say,nb] [--c1 0.1] [--folds 5]

The first model is the tagger as `make train` trains it. The second reads
the same features and, beside them, the first model's labels: the token's
and its neighbours', and the types the first model gave the same peeled
word at its other places in the article (ANERcorp marks no article's end:
DOC_SENTENCES sentences in file order stand for one, as for the article's
pass). Its training sentences carry labels of a first model that never saw
them (k folds in file order), so it learns how far to trust them where the
first model is wrong. Without --final, trained on the training portion
less its last fifth and scored on that fifth (the dev part of
`bench/ner.py --dev`); with --final, trained on the whole training portion
and scored on the ANERcorp tail and Wojood's test file. Each is printed
for the first model, the first with the article's pass (ner.consistent),
the second model, and the second with the pass.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from briefings.extract.ner import NAMED, Tagger, _stem, consistent, spans
from briefings.extract.ner_features import Featurizer
from briefings.training.conll import read_conll, split_tail
from briefings.training.evaluate import format_scores, score
from briefings.training.train_ner import (
    ANERCORP,
    PARAMS,
    WOJOOD_TEST,
    Sentence,
    documents,
    optional_features,
    train,
    training_sentences,
)


def stacked(sentences: list[Sentence], labels: list[list[str]], neighbours: bool = True) -> list[list[list[str]]]:
    """Each token's features from the first model's labels of its article
    (without `neighbours`, not its neighbours' labels)."""
    out = []
    for doc, doc_labels in zip(documents(sentences), documents(labels), strict=True):
        stems = [[_stem(t) for t in toks] for toks, _ in doc]
        typed: dict[str, Counter[str]] = {}
        for st, lb in zip(stems, doc_labels, strict=True):
            for a, b, typ in spans(lb):
                if typ in (*NAMED, "MISC"):
                    for s in st[a:b]:
                        typed.setdefault(s, Counter())[typ] += 1
        for st, lb in zip(stems, doc_labels, strict=True):
            feats = []
            for i, s in enumerate(st):
                f = ["S0=" + lb[i]]
                if neighbours:
                    f += ["S-1=" + (lb[i - 1] if i else "^"), "S1=" + (lb[i + 1] if i + 1 < len(lb) else "$")]
                others = Counter(typed.get(s, ()))
                if lb[i] != "O":
                    others[lb[i][2:]] -= 1  # its other places only
                others = +others
                if others:
                    typ, n = others.most_common(1)[0]
                    f += ["SD=" + typ, f"SDn={typ}{min(n, 3)}"]
                    if lb[i] == "O":
                        f.append("SDo=" + typ)
                feats.append(f)
            out.append(feats)
    return out


def _with_pass(sentences: list[Sentence], labels: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for doc, doc_labels in zip(documents(sentences), documents(labels), strict=True):
        out += consistent([t for t, _ in doc], doc_labels)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path, help="folder of anercorp-train.conll and the Wojood sample")
    ap.add_argument("--final", action="store_true", help="train on the whole training portion; score tail and Wojood")
    ap.add_argument("--features", type=optional_features, default=(), help="optional features of both models")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--no-neighbours", action="store_true", help="the second model without its neighbours' labels")
    ap.add_argument("--keep", type=Path, help="a folder to keep the first and second models in")
    args = ap.parse_args()
    params = dict(PARAMS, c1=args.c1)
    head, other = training_sentences(args.ner_dir)
    if args.final:
        fit = head
        _, tail = split_tail(list(read_conll(args.ner_dir / ANERCORP)))
        tests = {"ANERcorp tail": tail, "Wojood test": list(read_conll(args.ner_dir / WOJOOD_TEST, wojood=True))}
    else:
        fit, dev = split_tail(head)
        tests = {"ANERcorp dev part": dev}
    t0 = time.process_time()
    every = fit + other
    folds: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            lo, hi = k * len(every) // args.folds, (k + 1) * len(every) // args.folds
            path = Path(tmp) / f"fold{k}.crfsuite"
            train(every[:lo] + every[hi:], path, params, optional=args.features)
            folds += Tagger(str(path)).tag_many([t for t, _ in every[lo:hi]])
        first = Path(tmp) / "first.crfsuite"
        train(every, first, params, optional=args.features)
        feat = Featurizer(optional=args.features)
        trainer = pycrfsuite.Trainer(verbose=False)
        # each corpus's articles apart: ANERcorp's, then Wojood's
        for sents, labels in ((fit, folds[: len(fit)]), (other, folds[len(fit) :])):
            for (toks, tags), extra in zip(sents, stacked(sents, labels, not args.no_neighbours), strict=True):
                trainer.append([[*f, *e] for f, e in zip(feat.sentence(toks), extra, strict=True)], tags)
        trainer.set_params(params)
        second = Path(tmp) / "second.crfsuite"
        trainer.train(str(second))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(first, args.keep / "first.crfsuite")
            shutil.copy(second, args.keep / "second.crfsuite")
        print(f"trained {args.folds + 2} models: {time.process_time() - t0:.0f} s CPU")
        tagger = pycrfsuite.Tagger()
        tagger.open(str(second))
        for name, sents in tests.items():
            gold = [g for _, g in sents]
            labels = Tagger(str(first)).tag_many([t for t, _ in sents])
            again = [tagger.tag([[*f, *e] for f, e in zip(feat.sentence(toks), extra, strict=True)])
                     for (toks, _), extra in zip(sents, stacked(sents, labels, not args.no_neighbours), strict=True)]
            for what, pred in (("first model", labels), ("first model + pass", _with_pass(sents, labels)),
                               ("second model", again), ("second model + pass", _with_pass(sents, again))):
                print(f"\n{name}, {what}\n{format_scores(score(gold, pred))}")


if __name__ == "__main__":
    main()
