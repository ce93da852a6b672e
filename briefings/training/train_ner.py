"""Train the NER model and the word lists it reads (`make train`).

    python -m briefings.training.train_ner --ner NER_DIR --corpus CORPUS_DIR

NER_DIR holds `anercorp-train.conll` and the Wojood sample
(`wojood-sample-{train,val,test}.txt`); CORPUS_DIR holds SaudiNewsNet's
daily ZIPs. The model never sees the last fifth of ANERcorp (by document
order) nor Wojood's test file: `bench/ner.py` reports on those.

Reproducible: a fixed split, a fixed order and fixed hyper-parameters give
the same files on every run.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from briefings.lang.ar.normalize import key

DATA = Path(__file__).resolve().parent.parent / "data"
ANERCORP = "anercorp-train.conll"
WOJOOD_TRAIN = ("wojood-sample-train.txt", "wojood-sample-val.txt")
WOJOOD_TEST = "wojood-sample-test.txt"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 120, "feature.possible_transitions": True}


def build_vocab(corpus: Path, out: Path, min_count: int = 8, limit: int = 60_000) -> list[str]:
    from briefings.training.corpus import articles, write_gz_lines

    counts: Counter[str] = Counter()
    word = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
    for a in articles(corpus):
        counts.update(key(w) for w in word.findall(a.get("content") or ""))
    words = [(w, c) for w, c in counts.most_common(limit) if c >= min_count and len(w) >= 2]
    write_gz_lines(out, [f"{w}\t{c}" for w, c in sorted(words)])
    return [w for w, _ in words]


Sentence = tuple[list[str], list[str]]


def training_sentences(ner: Path) -> tuple[list[Sentence], list[Sentence]]:
    """What the shipped model learns from: ANERcorp less its measured tail,
    and Wojood's train and validation files (the second list)."""
    from briefings.training.conll import read_conll, split_tail

    head, _tail = split_tail(list(read_conll(ner / ANERCORP)))
    wojood: list[Sentence] = []
    for name in WOJOOD_TRAIN:
        wojood += list(read_conll(ner / name, wojood=True))
    return head, wojood


def edges(head: list[Sentence], wojood: list[Sentence]) -> tuple[frozenset[str], frozenset[str]]:
    """The heads ANERcorp's `head` leaves outside an organization's name
    (among the organization heads and the words Wojood begins one with),
    and the country adjectives: what `schemes.to_anercorp_edges` cuts."""
    from briefings.extract import gazetteer
    from briefings.extract.ner import _stem
    from briefings.training.schemes import edge_counts, outside_heads

    first, _ = edge_counts(wojood, _stem)
    return outside_heads(head, gazetteer.org_heads() | set(first), _stem), gazetteer.nisbas()


def wojood_to_anercorp_edges(head: list[Sentence], wojood: list[Sentence]) -> list[Sentence]:
    """Wojood's sentences with their organizations cut to ANERcorp's edges
    (`train_ner --wojood-edges`): the model then learns one scheme."""
    from briefings.extract.ner import _stem
    from briefings.training.schemes import to_anercorp_edges

    heads, nisbas = edges(head, wojood)
    return [(toks, to_anercorp_edges(toks, tags, heads, nisbas, _stem)) for toks, tags in wojood]


# ANERcorp and Wojood mark no article's end: bench/ner.py gives the tagger
# this many sentences in file order as one article (for ner.consistent),
# about an article of news
DOC_SENTENCES = 20


def documents(sentences: list[Sentence], size: int = DOC_SENTENCES) -> list[list[Sentence]]:
    """Sentences in file order cut into stand-ins for articles."""
    return [sentences[i : i + size] for i in range(0, len(sentences), size)]


def train(sentences: Iterable[Sentence], out: Path, params: dict | None = None,
          other: Iterable[Sentence] = (), optional: Iterable[str] = (), augment: str | None = None) -> None:
    """A model of `sentences`; `other`, annotated to another scheme, also
    teaches it, each token's features doubled with OTHER_SCHEME copies;
    `optional` names the Featurizer's optional features it learns too
    (`gOOV`; a tagger of the model makes them because it knows them).
    With `augment` ("all", or "words": the bias and the features naming a
    word), `sentences` are ANERcorp's and `other` Wojood's, and each
    corpus's features are copied under its own mark (ner_features.MARKS)."""
    import pycrfsuite

    from briefings.extract.ner_features import MARKS, OTHER_SCHEME, Featurizer

    feat = Featurizer(optional=optional)
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sentences:
        trainer.append(marked(feat.sentence(toks), MARKS["anercorp"], augment), tags)
    for toks, tags in other:
        if augment:
            trainer.append(marked(feat.sentence(toks), MARKS["wojood"], augment), tags)
        else:
            trainer.append(marked(feat.sentence(toks), OTHER_SCHEME, "words"), tags)
    trainer.set_params(params or PARAMS)
    trainer.train(str(out))


def marked(feats: list[list[str]], mark: str, which: str | None) -> list[list[str]]:
    """Each token's features with copies under `mark`: of all of them
    ("all"), of those that name a word ("words"), or none (None)."""
    if which is None:
        return feats
    if which == "all":
        return [[*f, *(mark + a for a in f)] for f in feats]
    return [[*f, *(mark + a for a in f if _names_a_word(a))] for f in feats]


def _names_a_word(feature: str) -> bool:
    """The bias and the features that name a word (its form or stem, the
    neighbours', the stem bigram): where two schemes differ, they differ
    on words (whether نادي is part of a club's name). What generalizes
    (clusters, lists, affixes) stays shared, with no copy: copied too, it
    left Wojood's organizations to the copies (Wojood test F1 0.80 → 0.41)."""
    return feature == "b" or feature.lstrip("-12").startswith(("w=", "s=", "bg="))


def optional_features(names: str) -> tuple[str, ...]:
    """`oov,say,nb` as the Featurizer's names of those features."""
    from briefings.extract.ner_features import OPTIONAL

    by_name = {f[1:].lower(): f for f in OPTIONAL}
    wrong = [n for n in names.split(",") if n and n not in by_name]
    if wrong:
        raise argparse.ArgumentTypeError(f"unknown feature {wrong[0]!r}: one of {', '.join(by_name)}")
    return tuple(by_name[n] for n in names.split(",") if n)


def _folder(path: str) -> Path:
    p = Path(path)
    if not p.is_dir():
        raise argparse.ArgumentTypeError(f"{path}: not a folder")
    return p


def _forget() -> None:
    """Drop every cached word list, so the next stage reads the files the
    last one wrote."""
    from briefings.extract import gazetteer, ner_features
    from briefings.lang.ar import vocabulary
    from briefings.lang.ar.vocabulary import _known

    for f in (vocabulary, _known, ner_features.clusters, ner_features.flat_clusters, ner_features.topic_clusters,
              ner_features.org_words, ner_features.typed_words, ner_features.letter_table,
              gazetteer.reading, gazetteer.places, gazetteer.geonames, gazetteer.geonames_parts):
        f.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner", type=_folder, required=True, help="folder of anercorp-train.conll and the Wojood sample")
    ap.add_argument("--corpus", type=_folder, required=True, help="folder of SaudiNewsNet's daily ZIPs")
    ap.add_argument("--model-only", action="store_true",
                    help="retrain the model alone, on the word lists already shipped (after a feature change)")
    ap.add_argument("--out", type=Path, default=DATA / "ner.crfsuite", help="where the model goes")
    ap.add_argument("--wojood-copies", action="store_true",
                    help="give Wojood's word features W: copies (tail 0.734, Wojood 0.543: not shipped, bench/README)")
    ap.add_argument("--features", type=optional_features, default=(),
                    help="optional features to learn, comma-separated: oov,say,nb (tail 0.737, check-split actors "
                         "lower: not shipped, bench/README), topic (the topic clusters: dev lower, not shipped), "
                         "orw (the corpus's one-word organizations, names-org.txt.gz: tail 0.726, tune actors "
                         "lower: not shipped, bench/README), chars (an unknown word's letters, the n-gram table "
                         "rebuilt before the final model: tail 0.734 with oov,say,nb, check-split actors lower: not "
                         "shipped, bench/README)")
    ap.add_argument("--wojood-edges", action="store_true",
                    help="cut Wojood's organizations to ANERcorp's edges (head noun and country adjective "
                         "outside; bench/README, \"ORG edges in the NER, fifteenth round\": tail 0.728, "
                         "Wojood 0.660, check-split actors lower: not shipped)")
    ap.add_argument("--augment", choices=("all", "words"),
                    help="copy each corpus's features under its own mark (Daumé's feature augmentation: the "
                         "tagger reads ANERcorp's convention, ner.SCHEME); all of them, or the bias and the "
                         "features naming a word (words: tail 0.729, Wojood 0.820 in its own convention but "
                         "0.508 in ANERcorp's, check-split actors lower: not shipped, bench/README)")
    args = ap.parse_args()
    anercorp, wojood = training_sentences(args.ner)
    if args.wojood_edges:
        wojood = wojood_to_anercorp_edges(anercorp, wojood)
    if not (args.wojood_copies or args.augment):
        anercorp, wojood = anercorp + wojood, []
    from briefings.extract.ner_features import CHARS, LETTERS
    from briefings.training.letters import build_letters

    def final_model() -> None:
        if CHARS in args.features:
            # from the lists as they now are: the letters of their names
            print(f"letter n-grams: {build_letters(DATA / LETTERS)}", flush=True)
            _forget()
        train(anercorp, args.out, other=wojood, optional=args.features, augment=args.augment)

    if args.model_only:
        final_model()
        return
    from briefings.extract.ner_features import CUE_WORDS, FLAT_CLUSTERS, TAGGED_WORDS, TOPIC, TOPIC_CLUSTERS
    from briefings.training.clusters import build_clusters, build_flat_clusters, build_topic_clusters
    from briefings.training.geonames import build_places
    from briefings.training.priors import build_cue_words, build_tagged_words

    t = time.time()

    def done(what: str) -> None:
        print(f"{what} ({time.time() - t:.0f}s)", flush=True)

    # each list is made from the ones before it: none may be read stale
    for name in (CUE_WORDS, TAGGED_WORDS, "places-geonames.tsv.gz"):
        (DATA / name).unlink(missing_ok=True)
    _forget()
    done(f"vocabulary: {len(build_vocab(args.corpus, DATA / 'vocab.txt.gz'))} words")
    _forget()
    build_clusters(args.corpus, DATA / "clusters.txt.gz")
    build_flat_clusters(args.corpus, DATA / FLAT_CLUSTERS)
    if TOPIC in args.features:
        build_topic_clusters(args.corpus, DATA / TOPIC_CLUSTERS)
    done("clusters")
    done(f"GeoNames places: {build_places(DATA / 'places-geonames.tsv.gz')} names")
    _forget()
    done(f"words after a name's cue: {build_cue_words(args.corpus, DATA / CUE_WORDS)}")
    _forget()
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.crfsuite"
        # the features asked for less the letters: their table is made
        # from the list this model makes, so it cannot read it (the other
        # options read it as the rounds before the letters did)
        train(anercorp, first, other=wojood, optional=[f for f in args.features if f != CHARS],
              augment=args.augment)
        done("first model")
        done(f"words the first model tags as names: {build_tagged_words(args.corpus, first, DATA / TAGGED_WORDS)}")
    _forget()
    final_model()
    done("model")


if __name__ == "__main__":
    main()
