"""NER benchmark: entity-level F1 (exact span and type, conlleval-style) of
the shipped tagger where it never trained, and its tagging speed.

    .venv/bin/python bench/ner.py NER_DIR [--model FILE] [--dev [--wojood-copies] [--features oov,say,nb]
                                           [--fold K] [--wojood all|no-titles|none] [--wojood-edges]]
                                          [--random-split] [--consistent] [--no-rules] [--anercorp-edges]

The files mark no article's end, so the tagger reads each run of
DOC_SENTENCES (20) sentences in file order as an article: its pass that
makes an article's names consistent (ner.consistent, with --consistent)
sees that much.

NER_DIR holds `anercorp-train.conll` and the Wojood sample. Scored on:
- the contiguous tail of ANERcorp: its last fifth by document order, which
  `make train` leaves out;
- Wojood's test file, its types mapped onto ANERcorp's
  (briefings/training/conll.py: PERS→PER, ORG→ORG, GPE/LOC/FAC→LOC, the
  outermost such entity of a nested one);
- with --dev, a development part carved from the training portion, for
  trying a feature or a setting without looking at the tail: a model
  trained here as `make train` trains, on ANERcorp's head less its own
  last fifth (and Wojood's train and validation files), scored on that
  fifth; --fold 1 scores the fifth before it instead (the model trained on
  the other four), a second fold for choosing between close settings;
  --wojood no-titles trains on Wojood's names without its titles (TIT),
  --wojood none on ANERcorp alone;
- with --anercorp-edges, the tail and the dev part are also scored with
  the tagger's organizations cut to ANERcorp's edges (a descriptive head
  noun and a country adjective outside the name: schemes.py), which
  Wojood's scheme, also learnt, draws the other way; --wojood-edges
  trains the dev model on Wojood cut to those edges;
- with --no-rules, the model's tags alone, without the rules over them
  for organizations it does not know (ner_rules.org_rules: «فرانس برس»,
  a quoted name after a body's head, a club in a match result), which
  the shipped tagger applies;
- with --random-split, also the way the model used to be measured: a model
  trained here with the same features on nine sentences in ten of the
  whole file, scored on the tenth. Sentences of one story fall on both
  sides, so this overstates; it is printed to show by how much.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from briefings.extract.ner import CONSISTENT, RULES, SCHEME, Tagger
from briefings.extract.ner_features import MARKS
from briefings.training.conll import read_conll, split_every, split_tail
from briefings.training.evaluate import format_scores, score
from briefings.training.schemes import to_anercorp_edges
from briefings.training.train_ner import (
    ANERCORP,
    WOJOOD_TEST,
    documents,
    edges,
    optional_features,
    train,
    training_sentences,
    wojood_to_anercorp_edges,
)


def dev_split(head: list, fold: int) -> tuple[list, list]:
    """The training portion less one fifth of its tokens, and that fifth:
    fold 0 is the last, fold 1 the one before it, and so on."""
    total = sum(len(t) for t, _ in head)
    seen, cuts = 0, []
    for i, (toks, _) in enumerate(head):
        cuts.append((seen, i))
        seen += len(toks)
    lo = next(i for s, i in cuts if s >= (0.8 - 0.2 * fold) * total)
    hi = next((i for s, i in cuts if s >= (1.0 - 0.2 * fold) * total), len(head)) if fold else len(head)
    return head[:lo] + head[hi:], head[lo:hi]


def _scores(tagger: Tagger, sents, cut: tuple | None = None) -> str:
    # the files mark no article's end: the article's pass (--consistent)
    # sees DOC_SENTENCES sentences in file order as one article
    docs = [len(d) for d in documents(sents)]
    pred = tagger.tag_many([t for t, _ in sents], docs)
    out = format_scores(score([g for _, g in sents], pred))
    if cut:
        from briefings.extract.ner import _stem

        heads, nisbas = cut
        pred = [to_anercorp_edges(toks, p, heads, nisbas, _stem) for (toks, _), p in zip(sents, pred, strict=True)]
        out += "\n(organizations cut to ANERcorp's edges)\n" + format_scores(score([g for _, g in sents], pred))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path, help="folder of anercorp-train.conll and wojood-sample-test.txt")
    ap.add_argument("--model", help="a model file to measure instead of the shipped one")
    ap.add_argument("--dev", action="store_true", help="also train and score on the dev part of the training portion")
    ap.add_argument("--wojood-copies", action="store_true",
                    help="the dev model with Wojood's word features copied (train_ner --wojood-copies)")
    ap.add_argument("--features", type=optional_features, default=(),
                    help="the dev model with optional features (train_ner --features oov,say,nb)")
    ap.add_argument("--fold", type=int, default=0, help="the dev part: the last fifth (0), the one before it (1) ...")
    ap.add_argument("--wojood", choices=("all", "no-titles", "none"), default="all",
                    help="the dev model's Wojood sentences: as make train reads them, without titles, or none")
    ap.add_argument("--random-split", action="store_true", help="also train and score on the old random split")
    ap.add_argument("--anercorp-edges", action="store_true",
                    help="also score ANERcorp with the organizations cut to its edges (schemes.py)")
    ap.add_argument("--wojood-edges", action="store_true",
                    help="the dev model with Wojood's organizations cut to ANERcorp's edges (train_ner --wojood-edges)")
    ap.add_argument("--consistent", action=argparse.BooleanOptionalAction, default=CONSISTENT,
                    help="with the pass that makes an article's names consistent (ner.consistent); "
                         "the shipped tagger's setting by default")
    ap.add_argument("--rules", action=argparse.BooleanOptionalAction, default=RULES,
                    help="with the rules over the tags for organizations the model does not know "
                         "(ner_rules.org_rules); the shipped tagger's setting by default")
    ap.add_argument("--scheme", choices=(*MARKS, "shared"), default=SCHEME or "shared",
                    help="the convention a model trained with feature augmentation (train_ner --augment) is read "
                         "in: its shared weights plus those of one corpus's copies, or the shared alone; a model "
                         "without copies reads the same under any (default: the shipped tagger's, ner.SCHEME)")
    ap.add_argument("--wojood-scheme", choices=(*MARKS, "shared"),
                    help="the convention Wojood's test file is read in (default: --scheme's)")
    args = ap.parse_args()
    scheme = None if args.scheme == "shared" else args.scheme
    w_scheme = args.wojood_scheme or args.scheme
    w_scheme = None if w_scheme == "shared" else w_scheme
    t0 = time.perf_counter()
    tagger = Tagger(args.model, consistent=args.consistent, rules=args.rules, scheme=scheme)
    tagger.tag(["تحميل"])
    load = time.perf_counter() - t0
    anercorp = list(read_conll(args.ner_dir / ANERCORP))
    _, tail = split_tail(anercorp)
    print(f"ANERcorp, contiguous tail (last fifth, {len(tail)} sentences, never trained on)")
    cut = edges(*training_sentences(args.ner_dir)) if args.anercorp_edges else None
    print(_scores(tagger, tail, cut))
    wojood = list(read_conll(args.ner_dir / WOJOOD_TEST, wojood=True))
    print(f"\nWojood sample, test file ({len(wojood)} sentences, never trained on; read in the "
          f"{w_scheme or 'shared'} convention)")
    print(_scores(Tagger(args.model, consistent=args.consistent, rules=args.rules, scheme=w_scheme), wojood))
    if args.dev:
        head, other = training_sentences(args.ner_dir)
        fit, dev = dev_split(head, args.fold)
        cut = edges(fit, other) if args.anercorp_edges else None
        if args.wojood_edges:
            other = wojood_to_anercorp_edges(fit, other)
        if args.wojood == "none":
            other = []
        elif args.wojood == "no-titles":
            other = [(toks, ["O" if t.endswith("-TIT") else t for t in tags]) for toks, tags in other]
        if not args.wojood_copies:
            fit, other = fit + other, []
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "dev.crfsuite"
            train(fit, path, other=other, optional=args.features)
            print(f"\nANERcorp, dev part (fold {args.fold}: a fifth of the training portion, {len(dev)} sentences; "
                  "model trained here on the rest)")
            print(_scores(Tagger(str(path), consistent=args.consistent, rules=args.rules), dev, cut))
    if args.random_split:
        head, held = split_every(anercorp)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "random-split.crfsuite"
            train(head, path)
            print(f"\nANERcorp, random split (every tenth sentence, {len(held)}; model trained here on the other nine)")
            print(_scores(Tagger(str(path), consistent=args.consistent, rules=args.rules), held))

    sents = [toks for toks, _ in tail]
    tagger = Tagger(args.model, consistent=args.consistent, rules=args.rules, scheme=scheme)  # a cold word table
    t0 = time.perf_counter()
    pred = [tagger.tag(toks) for toks in sents]
    elapsed = time.perf_counter() - t0
    # extraction decodes an article's sentences together (about 12), each
    # sentence alone here, as tag() saw them, so the tags can be compared
    tagger = Tagger(args.model, consistent=args.consistent, rules=args.rules, scheme=scheme)
    t0 = time.perf_counter()
    batched = [tags for i in range(0, len(sents), 12)
               for tags in tagger.tag_many(sents[i : i + 12], [1] * len(sents[i : i + 12]))]
    elapsed_batched = time.perf_counter() - t0
    if batched != pred:
        raise SystemExit("tags differ when sentences are decoded together")
    n_tokens = sum(len(t) for t in sents)
    print(f"\ntokens: {n_tokens}, tokens/s (one core): {n_tokens / elapsed:,.0f} one sentence at a time, "
          f"{n_tokens / elapsed_batched:,.0f} twelve sentences at a time")
    print(f"model load: {load:.2f} s")


if __name__ == "__main__":
    main()
