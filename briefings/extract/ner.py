"""The statistical NER tagger (a CRF trained by `make train`) and the
decoding of its BIO tags into typed spans."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from briefings.extract.ner_features import Featurizer

MODEL = "ner.crfsuite"


class Tagger:
    def __init__(self, model_path: str | None = None) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        path = model_path or str(resources.files("briefings.data") / MODEL)
        self._tagger.open(path)
        known = {attr for attr, _label in self._tagger.info().state_features}
        self._features = Featurizer(known)

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(self._features.sentence(tokens))


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return Tagger()


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
