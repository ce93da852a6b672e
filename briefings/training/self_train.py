"""Self-training: sentences of the news corpus that a first model tags
with confidence, added to what the final model learns from. The corpus is
the domain we read (Saudi news, 2015) and neither ANERcorp nor Wojood is;
only sentences the first model is sure of (the probability of its whole
tag sequence) and that hold a name are taken, so the model learns the
contexts of names it already knows how to find."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

Sentence = tuple[list[str], list[str]]


def confident_sentences(corpus: Path, model: Path, articles: int, min_prob: float = 0.95,
                        every: int = 9) -> Iterator[Sentence]:
    """Every `every`-th article of the corpus, up to `articles` of them
    (spread over its days), sentence by sentence: those whose tags the
    model gives a probability of `min_prob` or more and that hold a
    person, an organization or a place."""
    import pycrfsuite

    from briefings.extract.ner_features import Featurizer
    from briefings.text.segment import paragraphs, sentences
    from briefings.text.tokens import tokenize
    from briefings.training.corpus import articles as read_articles

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    feat = Featurizer({attr for attr, _label in tagger.info().state_features})
    taken = 0
    for n, a in enumerate(read_articles(corpus)):
        if n % every:
            continue
        if taken >= articles:
            break
        taken += 1
        body = a.get("content") or ""
        for s in sentences(body, paragraphs(body)):
            toks = [t.text for t in tokenize(body[s.start : s.end], punct=True)]
            if not 5 <= len(toks) <= 60:
                continue
            tags = tagger.tag(feat.sentence(toks))
            if any(t[2:] in ("PER", "ORG", "LOC") for t in tags) and tagger.probability(tags) >= min_prob:
                yield toks, tags
