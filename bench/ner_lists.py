"""The corpus list of tagged names (`names-tagged.txt.gz`) rebuilt with
another first model, measured where that list was never made from.

    .venv/bin/python bench/ner_lists.py NER_DIR CORPUS_DIR --first wojood|anercorp
                                        [--fold K | --final] --out DIR [--features ...]

`make train` tags the corpus with a first model (ANERcorp's training portion
and Wojood's train and validation files) and keeps each word's usual type;
the final model reads it as `gTAG=`. Here the first model is trained on
ANERcorp alone (`--first anercorp`) or as `make train` trains it
(`--first wojood`), the corpus tagged with it, and the final model (always
with Wojood, as `make train`) trained on that list:
- with --fold K, everything (first model, list, final model) is made
  without the dev part (bench/ner.py's fold K), and the final model is
  scored on it, alone and with the article's pass: the dev figure of a
  list idea, where the list itself never saw the dev part;
- with --final, on the whole training portion; the list and the model are
  written to DIR for `bench/ner.py --model DIR/ner.crfsuite` (run with
  the list in place) and for shipping.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefings.data import lines as package_lines  # noqa: E402
from briefings.extract import ner_features  # noqa: E402
from briefings.extract.ner import Tagger  # noqa: E402
from briefings.training.evaluate import format_scores, score  # noqa: E402
from briefings.training.priors import build_tagged_words  # noqa: E402
from briefings.training.train_ner import documents, optional_features, train, training_sentences  # noqa: E402


def use_lists(folder: Path) -> None:
    """Let the featurizer read the lists in `folder` instead of the
    package's (those it lacks come from the package)."""
    import gzip

    def lines(name: str) -> list[str]:
        p = folder / name
        if not p.is_file():
            return package_lines(name)
        with gzip.open(p, "rt", encoding="utf-8") as f:
            return [line.rstrip("\n") for line in f if line.strip()]

    ner_features.lines = lines
    ner_features.typed_words.cache_clear()


def _scores(tagger: Tagger, sents: list) -> str:
    docs = [len(d) for d in documents(sents)]
    return format_scores(score([g for _, g in sents], tagger.tag_many([t for t, _ in sents], docs)))


def main() -> None:
    from bench.ner import dev_split

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--first", choices=("wojood", "anercorp"), required=True,
                    help="the first model that tags the corpus: as make train trains it, or ANERcorp alone")
    ap.add_argument("--fold", type=int, help="make everything without this dev part and score on it")
    ap.add_argument("--final", action="store_true", help="make the list and model on the whole training portion")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--features", type=optional_features, default=())
    args = ap.parse_args()
    if (args.fold is None) == (not args.final):
        raise SystemExit("one of --fold K or --final")
    args.out.mkdir(parents=True, exist_ok=True)
    head, wojood = training_sentences(args.ner_dir)
    fit, dev = dev_split(head, args.fold) if args.fold is not None else (head, [])
    t = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.crfsuite"
        # the first model reads the package's list, as make train's does
        train(fit + (wojood if args.first == "wojood" else []), first, optional=args.features)
        print(f"first model ({time.process_time() - t:.0f} s CPU)", flush=True)
        n = build_tagged_words(args.corpus, first, args.out / ner_features.TAGGED_WORDS)
        print(f"words the first model tags as names: {n} ({time.process_time() - t:.0f} s CPU)", flush=True)
    use_lists(args.out)
    model = args.out / "ner.crfsuite"
    train(fit + wojood, model, optional=args.features)
    print(f"model ({time.process_time() - t:.0f} s CPU)", flush=True)
    if args.fold is not None:
        for consistent in (False, True):
            print(f"\ndev fold {args.fold} ({len(dev)} sentences){' with the pass' if consistent else ''}")
            print(_scores(Tagger(str(model), consistent=consistent), dev))
    else:
        print(f"written: {model}, {args.out / ner_features.TAGGED_WORDS}")


if __name__ == "__main__":
    main()
