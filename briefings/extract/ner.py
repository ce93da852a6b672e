"""The statistical NER tagger (a CRF trained by `make train`) and the
decoding of its BIO tags into typed spans."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from briefings.extract.ner_features import OTHER_SCHEME, PAD_FEATURES, Featurizer, lent

MODEL = "ner.crfsuite"
WINDOW = 2048  # tokens decoded together at most (tag_many)


class Tagger:
    """The CRF model, read with crfsuite and decoded by our own Decoder
    (the same tags, several times faster: see crf_decode)."""

    def __init__(self, model_path: str | None = None, max_words: int = 200_000) -> None:
        import pycrfsuite

        # here, not at the top: a build with nothing to extract never
        # pays for importing NumPy (a tenth of a second)
        from briefings.extract.crf_decode import Decoder

        self._crfsuite = pycrfsuite.Tagger()
        path = model_path or str(resources.files("briefings.data") / MODEL)
        self._crfsuite.open(path)
        info = self._crfsuite.info()
        # the other scheme's copies never fire here: neither side keeps them
        state = {k: w for k, w in info.state_features.items() if not k[0].startswith(OTHER_SCHEME)}
        self._features = Featurizer({attr for attr, _label in state})
        # the decoder keeps only the features its model knows by itself
        self._decoder = Decoder(
            self._crfsuite.labels(), state, info.transitions, self._features.word, lent, PAD_FEATURES, max_words,
        )

    def tag(self, tokens: list[str]) -> list[str]:
        return self._decoder.decode([tokens])[0]

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tags of many sentences: decoded together, which is cheaper. The
        decoder lays the batch out as sentences × the longest of them, so
        a "sentence" longer than WINDOW tokens (text with no punctuation)
        is decoded in windows of that length: memory stays in step with
        the text (news has none so long; the corpus's longest is 1,305)."""
        if all(len(s) <= WINDOW for s in sentences):
            return self._decoder.decode(sentences)
        pieces, owners = [], []
        for i, s in enumerate(sentences):
            for a in range(0, len(s) or 1, WINDOW):
                pieces.append(s[a : a + WINDOW])
                owners.append(i)
        out: list[list[str]] = [[] for _ in sentences]
        for i, tags in zip(owners, self._decoder.decode(pieces), strict=True):
            out[i] += tags
        return out

    def tag_with_crfsuite(self, tokens: list[str]) -> list[str]:
        """crfsuite's own decoding of the same model: what ours must equal."""
        if not tokens:
            return []
        return self._crfsuite.tag(self._features.sentence(tokens))


# How default_tagger loads the model: a run sets one that keeps the tagger
# in its build cache (briefings/run/tagger_cache.py); nothing else changes.
_loader: Callable[[], Tagger] = Tagger


def load_with(loader: Callable[[], Tagger]) -> None:
    """Let default_tagger load through `loader` (once: a tagger already
    loaded in this process is kept)."""
    global _loader
    _loader = loader


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return _loader()


def model_available() -> bool:
    return (resources.files("briefings.data") / MODEL).is_file()


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last_exclusive, type) of each entity in a BIO sequence; a
    stray I- opens an entity, as conlleval reads it."""
    out = []
    start, typ = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
                start, typ = None, None
            if t != "O":
                start, typ = i, t[2:]
    return out
