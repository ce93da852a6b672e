"""Whether a word's letters look like a name's, as a feature of words the
corpus vocabulary lacks (issue 12, twelfth round).

    .venv/bin/python bench/ner_chars.py NER_DIR (--fold K | --final --out FILE)
        [--every-word] [--lent] [--features oov,say,nb]

The names the ANERcorp tail misses are mostly foreign ones the corpus
seldom or never writes (لارسن، علييف، بنفيكا، فولكسفاغن): no cluster and
no list knows them, but transliteration leaves its mark in the letters
(long vowels where Arabic roots have none, endings such as ـوف، ـسكي).
A naive Bayes model over a word's letter n-grams (2 to 4, its start and
end marked; n-grams seen three times or more) is trained on the lists
`make train` already ships: the peeled words names-tagged.txt.gz or
names-cued.txt.gz type as PER, ORG or LOC for half their uses or more,
against every other word of vocab.txt.gz (O). A word's reading is the name
type whose mean n-gram log ratio against O is highest and a band of that
ratio (0 to 5, cuts at -0.5, 0, 0.4, 0.8, 1.2): features `q=4` and, from
band 2 up, `qt=PER4`. By default only a word the vocabulary lacks gets
them (--every-word: every Arabic word); --lent lends them to the words
two either side as the list features are (`gq=`, `-1gq=` …).

The featurizer is patched in this process only (the shipped tagger knows
nothing of it), so the tagger's own decoder reads the features as it reads
any word feature. With --fold K a model is trained as `make train` trains
(the training portion less bench/ner.py's dev fold K, plus Wojood's train
and validation files) and scored on the fold, alone and with the article's
pass; with --final on the whole training portion, written to FILE, and
scored on the tail and Wojood's test file alone and with the pass.
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

from briefings.extract import ner as ner_module  # noqa: E402
from briefings.extract.ner_features import Featurizer, letter_grams  # noqa: E402
from briefings.training import train_ner  # noqa: E402
from briefings.training.conll import read_conll, split_tail  # noqa: E402
from briefings.training.evaluate import format_scores, score  # noqa: E402
from briefings.training.letters import TYPES, build_table, training_words  # noqa: E402

BANDS = (-0.5, 0.0, 0.4, 0.8, 1.2)
Table = dict[str, tuple[float, float, float]]
# the table is the package's since the letters became a training option
# (briefings/training/letters.py): the same words, n-grams and smoothing
grams = letter_grams


def reading(stem: str, table: Table) -> tuple[str, int] | None:
    rows = [table[g] for g in grams(stem) if g in table]
    if not rows:
        return None
    v = [sum(r[i] for r in rows) / len(rows) for i in range(3)]
    i = max(range(3), key=v.__getitem__)
    return TYPES[i], sum(v[i] >= b for b in BANDS)


def patch(table: Table, every_word: bool, lent: bool) -> None:
    """Make every Featurizer of this process (the trainer's and the
    tagger's) add the letters' reading."""
    mark = "gq" if lent else "q"
    plain = Featurizer._word

    def _word(self: Featurizer, tok: str) -> list[str]:
        f = plain(self, tok)
        k, stem = f[0][2:], f[1][2:]
        if ("sh=A" in f and len(stem) >= 2
                and (every_word or not (self.vocab.get(stem) or self.vocab.get(k)))):
            r = reading(stem, table)
            if r:
                q = [f"{mark}={r[1]}", *([f"{mark}t={r[0]}{r[1]}"] if r[1] >= 2 else [])]
                # where an optional feature goes: before the clusters
                at = next((i for i, x in enumerate(f) if x.startswith(("k4=", "e1="))), len(f))
                f[at:at] = q
        return f

    Featurizer._word = _word  # type: ignore[method-assign]


def _scores(tagger: ner_module.Tagger, sents: list) -> str:
    docs = [len(d) for d in train_ner.documents(sents)]
    return format_scores(score([g for _, g in sents], tagger.tag_many([t for t, _ in sents], docs)))


def main() -> None:
    from bench.ner import dev_split

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ner_dir", type=Path)
    ap.add_argument("--fold", type=int)
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--every-word", action="store_true")
    ap.add_argument("--lent", action="store_true")
    ap.add_argument("--features", type=train_ner.optional_features, default=())
    args = ap.parse_args()
    if (args.fold is None) == (not args.final) or (args.final and not args.out):
        raise SystemExit("one of --fold K or --final --out FILE")
    t = time.process_time()
    words = training_words()
    table = build_table(words)
    print(f"letters' model: {len(table)} n-grams from {Counter(words.values())} "
          f"({time.process_time() - t:.0f} s CPU)", flush=True)
    patch(table, args.every_word, args.lent)
    head, wojood = train_ner.training_sentences(args.ner_dir)
    fit, dev = dev_split(head, args.fold) if args.fold is not None else (head, [])
    with tempfile.TemporaryDirectory() as tmp:
        model = args.out or Path(tmp) / "dev.crfsuite"
        train_ner.train(fit + wojood, model, optional=args.features)
        print(f"model ({time.process_time() - t:.0f} s CPU)", flush=True)
        if args.fold is not None:
            parts = [(f"dev fold {args.fold} ({len(dev)} sentences)", dev)]
        else:
            _, tail = split_tail(list(read_conll(args.ner_dir / train_ner.ANERCORP)))
            wtest = list(read_conll(args.ner_dir / train_ner.WOJOOD_TEST, wojood=True))
            parts = [(f"ANERcorp tail ({len(tail)} sentences)", tail), (f"Wojood test ({len(wtest)})", wtest)]
        for what, sents in parts:
            for consistent in (False, True):
                print(f"\n{what}{', with the pass' if consistent else ''}")
                print(_scores(ner_module.Tagger(str(model), consistent=consistent), sents))


if __name__ == "__main__":
    main()
