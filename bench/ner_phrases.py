"""Whole names of two words or more as features (issue 12, twelfth round):
does a gazetteer of multi-word names lift the dev part?

    .venv/bin/python bench/ner_phrases.py NER_DIR CORPUS_DIR --fold K --lists DIR
        [--min-count 3] [--min-share 0.6]

A first model (trained as `make train` trains it, on the training portion
less the dev part, fold K of bench/ner.py, plus Wojood's train and
validation files) tags the corpus; every span of two words or more it tags
as a name at least --min-count times, with one type for --min-share of
them, is a phrase of that type (compared by peeled keys). The dev model is
trained with each sentence's phrases matched greedily, longest first, as
features of their tokens (`P=B-PER`, `P=I-PER` …) beside the usual ones
(the list of tagged words from DIR, bench/ner_lists.py's for the same fold
and first model, so neither list saw the dev part), and scored on the dev
part, alone and with the article's pass. crfsuite decodes here (the
tagger's own decoder knows no feature of a sentence's context).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefings.extract.ner import Tagger, consistent, spans  # noqa: E402
from briefings.extract.ner_features import Featurizer, peeled  # noqa: E402
from briefings.lang.ar import key  # noqa: E402
from briefings.training.evaluate import format_scores, score  # noqa: E402
from briefings.training.priors import TYPES, corpus_sentences  # noqa: E402
from briefings.training.train_ner import PARAMS, documents, train, training_sentences  # noqa: E402

Phrases = dict[tuple[str, ...], str]


def stems(tokens: list[str]) -> list[str]:
    return [peeled(key(t))[1] for t in tokens]


def mine_phrases(corpus: Path, model: Path, min_count: int, min_share: float) -> Phrases:
    tagger = Tagger(str(model))
    typed: dict[tuple[str, ...], Counter[str]] = {}
    batch: list[list[str]] = []

    def flush() -> None:
        for toks, tags in zip(batch, tagger.tag_many(batch), strict=True):
            st = stems(toks)
            for a, e, typ in spans(tags):
                if typ in TYPES and e - a >= 2:
                    typed.setdefault(tuple(st[a:e]), Counter())[typ] += 1
        batch.clear()

    for toks in corpus_sentences(corpus):
        batch.append(toks)
        if len(batch) == 256:
            flush()
    flush()
    out = {}
    for words, c in typed.items():
        typ, n = c.most_common(1)[0]
        if n >= min_count and n / sum(c.values()) >= min_share:
            out[words] = typ
    return out


def phrase_tags(st: list[str], phrases: Phrases, longest: int) -> list[str | None]:
    """Each token's B-/I- tag of the longest phrase matched there, greedily
    from the left; None where none."""
    out: list[str | None] = [None] * len(st)
    i = 0
    while i < len(st):
        for n in range(min(longest, len(st) - i), 1, -1):
            typ = phrases.get(tuple(st[i : i + n]))
            if typ:
                out[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                i += n - 1
                break
        i += 1
    return out


class PhraseFeaturizer(Featurizer):
    def __init__(self, phrases: Phrases, known: set[str] | None = None) -> None:
        super().__init__(known)
        self.phrases = phrases
        self.longest = max(map(len, phrases), default=0)

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        out = super().sentence(tokens)
        for f, p in zip(out, phrase_tags(stems(tokens), self.phrases, self.longest), strict=True):
            if p:
                f.append("P=" + p)
        return out


def main() -> None:
    import pycrfsuite

    from bench.ner import dev_split
    from bench.ner_lists import use_lists

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--fold", type=int, required=True)
    ap.add_argument("--lists", type=Path, required=True, help="bench/ner_lists.py --out of the same fold")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-share", type=float, default=0.6)
    args = ap.parse_args()
    head, wojood = training_sentences(args.ner_dir)
    fit, dev = dev_split(head, args.fold)
    t = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.crfsuite"
        train(fit + wojood, first)  # as bench/ner_lists.py --first wojood: the package's list
        phrases = mine_phrases(args.corpus, first, args.min_count, args.min_share)
        print(f"phrases: {len(phrases)} ({Counter(phrases.values())}; {time.process_time() - t:.0f} s CPU)", flush=True)
        use_lists(args.lists)
        feat = PhraseFeaturizer(phrases)
        trainer = pycrfsuite.Trainer(verbose=False)
        for toks, tags in fit + wojood:
            trainer.append(feat.sentence(toks), tags)
        trainer.set_params(PARAMS)
        model = Path(tmp) / "dev.crfsuite"
        trainer.train(str(model))
        print(f"model ({time.process_time() - t:.0f} s CPU)", flush=True)
        crf = pycrfsuite.Tagger()
        crf.open(str(model))
        tags = [crf.tag(feat.sentence(toks)) for toks, _ in dev]
    hits = sum(any(phrase_tags(stems(toks), phrases, feat.longest)) for toks, _ in dev)
    print(f"dev sentences with a phrase: {hits} of {len(dev)}")
    print(f"\ndev fold {args.fold} ({len(dev)} sentences)")
    print(format_scores(score([g for _, g in dev], tags)))
    passed, at = [], 0
    for d in documents(dev):
        passed += consistent([toks for toks, _ in d], tags[at : at + len(d)])
        at += len(d)
    print(f"\ndev fold {args.fold} with the pass")
    print(format_scores(score([g for _, g in dev], passed)))


if __name__ == "__main__":
    main()
