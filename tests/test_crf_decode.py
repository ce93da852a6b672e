"""The CRF decoder against brute force on small models made up here: every
label sequence scored from feature strings combined as
Featurizer.sentence combines them (own, lent to neighbours, stem bigrams),
the best one kept. Stems holding "|" keep bigrams apart; a tiny table
makes words spill past it."""

from __future__ import annotations

import itertools
import random

import pytest

from briefings.extract.crf_decode import Decoder
from briefings.extract.ner_features import NEIGHBOURS, PAD_FEATURES, lent

LABELS = ["O", "B-PER", "I-PER"]
# word → (its features, its stem); "|" inside stems on purpose
WORDS = {
    "قال": (["w=قال", "s=قال", "p2=قا", "k4=0110"], "قال"),
    "محمد": (["w=محمد", "s=محمد", "gCUE=PER3", "e2=17"], "محمد"),
    "ومحمد": (["w=ومحمد", "s=محمد", "c=و", "gCUE=PER3"], "محمد"),
    "علي": (["w=علي", "s=علي", "gTAG=PER2", "k=0101"], "علي"),
    "|": (["w=|", "s=|", "sh=P"], "|"),
    "a|b": (["w=a|b", "s=a|b", "sh=L"], "a|b"),
    "b": (["w=b", "s=b", "sh=L"], "b"),
}


def features(sentence: list[str]) -> list[list[str]]:
    """Feature strings of each token, as Featurizer.sentence lays them out."""
    out = []
    for i, tok in enumerate(sentence):
        feats, stem = WORDS[tok]
        f = ["b", *feats]
        for d, pad in zip(NEIGHBOURS, PAD_FEATURES, strict=True):
            j = i + d
            # "-1w=…" is the word before's, "2w=…" the word two after's
            if 0 <= j < len(sentence):
                f += [f"{d}{g}" for g in WORDS[sentence[j]][0] if d in lent(g)]
            else:
                f.append(pad)
        if i:
            f.append(f"bg={WORDS[sentence[i - 1]][1]}|{stem}")
        out.append(f)
    return out


def model(seed: int) -> tuple[dict, dict]:
    rnd = random.Random(seed)
    attrs = {f for s in itertools.product(WORDS, repeat=2) for fs in features(list(s)) for f in fs}
    attrs |= {"bg=a|b|b", "bg=||a|b", "-1sh=L", "2p2=قا"}  # made-up splits and features never lent
    known = sorted(a for a in attrs if rnd.random() < 0.8)
    state = {(a, label): rnd.uniform(-2, 2) for a in known for label in LABELS if rnd.random() < 0.7}
    trans = {(a, b): rnd.uniform(-1, 1) for a in LABELS for b in LABELS}
    return state, trans


def brute_force(sentence: list[str], state: dict, trans: dict) -> list[str]:
    feats = features(sentence)
    best, best_score = None, None
    for labels in itertools.product(LABELS, repeat=len(sentence)):
        score = sum(state.get((f, y), 0.0) for fs, y in zip(feats, labels, strict=True) for f in fs)
        score += sum(trans.get((a, b), 0.0) for a, b in itertools.pairwise(labels))
        if best_score is None or score > best_score + 1e-9:
            best, best_score = list(labels), score
    return best


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("max_words", [200_000, 2])
def test_decoder_finds_the_best_sequence(seed, max_words):
    state, trans = model(seed)
    decoder = Decoder(LABELS, state, trans, WORDS.__getitem__, lent, PAD_FEATURES, max_words)
    rnd = random.Random(seed)
    sentences = [[rnd.choice(list(WORDS)) for _ in range(rnd.randint(0, 4))] for _ in range(12)]
    sentences += [["a|b", "b"], ["|", "a|b", "b"], ["|", "|"]]
    for _ in range(2):  # the second round reads the words from the table (or spills them again)
        assert decoder.decode(sentences) == [brute_force(s, state, trans) if s else [] for s in sentences]


def test_a_pickled_decoder_keeps_its_rows_and_only_those():
    import pickle

    state, trans = model(1)
    decoder = Decoder(LABELS, state, trans, WORDS.__getitem__, lent, PAD_FEATURES)
    first = [["قال", "محمد"], ["a|b", "b"]]
    assert decoder.decode(first) == [brute_force(s, state, trans) for s in first]
    data = pickle.dumps(decoder)
    # the table has room for 200,000 words (about 25 MB here): zeros are not pickled
    assert len(data) < 100_000
    back = pickle.loads(data)
    later = [["علي", "ومحمد", "قال"], ["|", "a|b", "b"], *first]  # new words, then known ones
    assert back.decode(later) == [brute_force(s, state, trans) for s in later]
