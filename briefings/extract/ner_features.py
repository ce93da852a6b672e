"""Token features for the NER tagger.

Known to matter for Arabic: the clitic-peeled form (peeled by lookup in a
word list, never by stemming), affixes, word shape, gazetteer membership
(CLDR, GeoNames by city size, curated heads), corpus word clusters (a tree
and flat ones), what a news corpus makes of the word (the type of name its
cues announce, the type a first model gives it, whether it writes the word
at all), and the neighbouring words. Each was kept because the contiguous
ANERcorp tail (bench/ner.py) said it helped; frequency bands did not, and
went (bench/README.md, "NER, sixth round").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefings.data import lines
from briefings.extract import gazetteer as gz
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.lang.ar.vocabulary import vocabulary

CUE_WORDS = "names-cued.txt.gz"
TAGGED_WORDS = "names-tagged.txt.gz"
FLAT_CLUSTERS = "clusters-flat.txt.gz"
TOPIC_CLUSTERS = "clusters-topic.txt.gz"
ORG_WORDS = "names-org.txt.gz"
LETTERS = "name-letters.tsv.gz"


@lru_cache(maxsize=4)
def typed_words(name: str) -> dict[str, str]:
    """Word → the type of name it usually is in the corpus and how surely
    (`PER3`), from a list `make train` derives (briefings/training/priors.py)."""
    out = {}
    for line in lines(name):
        w, typ, share = line.split("\t")
        out[w] = typ + share
    return out


@lru_cache(maxsize=1)
def flat_clusters() -> dict[str, tuple[str, ...]]:
    """Word → its cluster at three sizes (64, 256, 1,024) by k-means over
    corpus word vectors (briefings/training/clusters.py)."""
    out = {}
    for line in lines(FLAT_CLUSTERS):
        w, *ids = line.split("\t")
        out[w] = tuple(ids)
    return out


@lru_cache(maxsize=1)
def topic_clusters() -> dict[str, tuple[str, ...]]:
    """Peeled word → its cluster at three sizes (32, 128, 512) by k-means
    over vectors of the words written near it, in any order
    (briefings/training/clusters.py, build_topic_clusters)."""
    out = {}
    for line in lines(TOPIC_CLUSTERS):
        w, *ids = line.split("\t")
        out[w] = tuple(ids)
    return out


@lru_cache(maxsize=1)
def org_words() -> dict[str, str]:
    """Peeled word → how often (1-3) and what share of its uses (l, m, h)
    the corpus writes it right after an organization's cue
    (briefings/training/org_words.py)."""
    out = {}
    for line in lines(ORG_WORDS):
        w, _, b = line.partition("\t")
        out[w] = b
    return out


@lru_cache(maxsize=1)
def clusters() -> dict[str, str]:
    out = {}
    for line in lines("clusters.txt.gz"):
        w, _, c = line.partition("\t")
        out[w] = c
    return out


LETTER_GRAMS = (2, 3, 4)
# cuts of a word's mean n-gram log ratio into its band (0 to 5)
LETTER_BANDS = (-0.5, 0.0, 0.4, 0.8, 1.2)
LETTER_TYPES = ("PER", "ORG", "LOC")


def letter_grams(stem: str) -> list[str]:
    """A word's letter 2- to 4-grams, its start and end marked."""
    w = f"^{stem}$"
    return [w[i : i + n] for n in LETTER_GRAMS for i in range(len(w) - n + 1)]


@lru_cache(maxsize=1)
def letter_table() -> dict[str, tuple[float, ...]]:
    """Letter n-gram → its log ratio in PER, ORG and LOC names against
    common words (briefings/training/letters.py)."""
    out = {}
    for line in lines(LETTERS):
        g, *v = line.split("\t")
        out[g] = tuple(float(x) for x in v)
    return out


def letters(stem: str, table: dict[str, tuple[float, ...]]) -> tuple[str, int] | None:
    """The name type a word's letters look most like and how much (band
    0–5 of the mean log ratio of its n-grams); None when the table knows
    none of them. لارسن and بوخارست read as names, اجتماع does not."""
    rows = [r for r in map(table.get, letter_grams(stem)) if r is not None]
    if not rows:
        return None
    n = len(rows)
    v = [sum(r[i] for r in rows) / n for i in range(3)]
    i = max(range(3), key=v.__getitem__)
    return LETTER_TYPES[i], sum(v[i] >= b for b in LETTER_BANDS)


def peeled(k: str) -> tuple[str, str]:
    """(clitic, word) by the lang layer's peeler, as the actor rules read
    the token (gazetteer.reading): a clitic comes off by lookup, never by
    stemming, and the word keeps its article (والسفارة → و، السفارة)."""
    r = gz.reading(k)
    return r[0], r[1]


_DIGITS_RE = re.compile(r"[.,٫٬]*(?:\d[.,٫٬]*)*")


def _shape(tok: str) -> str:
    c = tok[:1]
    if c.isalpha() and not c.isascii():
        # most tokens: an Arabic letter first is no digit run, no Latin
        # word and no mark (what the tests below say of it, one test first)
        return "A"
    if tok.isdigit() or _DIGITS_RE.fullmatch(tok):
        return "D"
    if tok.isascii() and tok.isalpha():
        return "L"
    if not any(c.isalnum() for c in tok):
        return "P"
    return "A"


# Training can give the sentences of a corpus annotated to another scheme
# (Wojood) a copy of their word features under this mark as well as the
# feature itself (train_ner --wojood-copies). The copies learn where that
# scheme differs from ANERcorp's; no Featurizer makes them, so a tagger
# decodes with what the two corpora share.
OTHER_SCHEME = "W:"
# Feature augmentation for two schemes (Daumé 2007, "frustratingly easy
# domain adaptation"; train_ner --augment): each training sentence carries
# every feature twice, shared and under its corpus's mark, so the model
# learns the two conventions apart (whether a club's head noun is inside
# its name) and what they share. A tagger decodes with the shared weights
# plus one convention's (`ner.SCHEME`), folded into one table on load.
MARKS = {"anercorp": "A:", "wojood": OTHER_SCHEME}
PAD_FEATURES = ("-2PAD", "-1PAD", "1PAD", "2PAD")
# Features a model has only when trained with them (train_ner --features):
# a word the corpus vocabulary lacks, a speech verb, a link of a name's
# chain. They lifted the tail, not the check split's actors (bench/README,
# "NER, sixth round"), so the shipped model has none of them. `tTOPIC`
# names the three topic clusters of a word (`t1=` … `t3=`, TOPIC_CLUSTERS;
# "NER, eighth round"). `gORW=` is how often and how surely the corpus
# writes the word right after an organization's cue (ORG_WORDS,
# briefings/training/org_words.py; "NER, fourteenth round", ner17).
# `qCHARS` reads an unknown word's letters (`q=4`, from band 2 up also
# `qt=PER4`; `letters`, "NER, twelfth round").
OPTIONAL = ("gOOV", "gSAY", "gNB", "tTOPIC", "gORW", "qCHARS")
TOPIC = "tTOPIC"
ORW = "gORW"
CHARS = "qCHARS"
_TOPIC_FEATURES = ("t1=", "t2=", "t3=")
NAME_LINKS = frozenset({"بن", "ابن", "ال", "ابو", "ابي", "ابا", "عبد", "بو", "بنت", "ام"})
NEIGHBOURS = (-2, -1, 1, 2)
_NEAR = (-1, 1)


def _knows(known: set[str], feature: str) -> bool:
    if feature == TOPIC:
        return any(a.startswith(_TOPIC_FEATURES) for a in known)
    if feature == ORW:
        return any(a.lstrip("-12").startswith(ORW + "=") for a in known)
    if feature == CHARS:
        return any(a.startswith("q=") for a in known)
    return any(p + feature in known for p in ("", "-2", "-1", "1", "2"))


def lent(feature: str) -> tuple[int, ...]:
    """The neighbour offsets from which a token sees this feature of a word
    (`-1w=…` is the word before's): its form and stem and its gazetteer
    readings from two places away, its coarse clusters from one. The one
    rule of `entry` and of crf_decode's table."""
    if feature.startswith(("w=", "s=", "g")):
        return NEIGHBOURS
    if feature.startswith(("k4=", "e2=")):
        return _NEAR
    return ()
_PAD = tuple([p] for p in PAD_FEATURES)


class Featurizer:
    """Features of each token of a sentence. Given the attributes a model
    knows, it passes only those: crfsuite ignores any other, so the tags
    are the same, and crfsuite looked up each one.

    crf_decode.Decoder scores tokens from `word` and `lent` the way
    `sentence` combines them (own features, neighbours' at -2..+2 as
    `lent` lends them, the stem bigram): a change to how `sentence`
    combines features must be made there too (tests/test_ner_decode.py
    compares the two decodings, tests/test_crf_decode.py the decoder with
    brute force)."""

    def __init__(self, known: set[str] | None = None, optional: Iterable[str] = ()) -> None:
        self.known = known
        # a model trained with optional features asks for them by knowing them
        self.optional = frozenset(optional) | ({o for o in OPTIONAL if _knows(known, o)} if known else set())
        self.places = gz.places()
        self.nisbas = gz.nisbas()
        self.heads = gz.title_heads()
        self.orgs = gz.org_heads()
        self.ranks1 = {r[0] for r in gz.ranks()}
        self.clusters = clusters()
        self.flat = flat_clusters()
        self.geo = gz.geonames()
        self.geo_parts = gz.geonames_parts()
        self.cued = typed_words(CUE_WORDS)
        self.tagged = typed_words(TAGGED_WORDS)
        self.vocab = vocabulary()
        self.topic = topic_clusters() if TOPIC in self.optional else {}
        self.org_words = org_words() if ORW in self.optional else {}
        self.letters = letter_table() if CHARS in self.optional else {}
        self._entries: dict[str, tuple[list[str], tuple[list[str], ...], str]] = {}

    def _word(self, tok: str) -> list[str]:
        """Features of one word on its own."""
        k = key(tok)
        clitic, stem = peeled(k)
        shape = _shape(tok)
        f = [
            "w=" + k,
            "s=" + stem,
            "c=" + clitic,
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "x2=" + stem[-2:],
            "x3=" + stem[-3:],
            "sh=" + shape,
            "al=" + str(stem.startswith("ال")),
            "len=" + str(min(len(stem), 8)),
        ]
        if stem in self.places or k in self.places:
            f.append("gLOC")
        if stem in self.nisbas:
            f.append("gNIS")
        if stem in self.heads:
            f.append("gTIT")
        if stem in self.ranks1:
            f.append("gRANK")
        if stem in self.orgs:
            f.append("gORG")
        geo = self.geo.get(stem) or self.geo.get(k)
        if geo is not None:
            pop = geo[1]
            # GeoNames has cities named like common words (كان، وان):
            # the size tells the model how far to trust the name
            f.append("gGEO" + ("3" if pop >= 1_000_000 else "2" if pop >= 100_000 else "1"))
        elif stem in self.geo_parts:
            f.append("gGEOp")
        cued = self.cued.get(stem)
        if cued:
            f.append("gCUE=" + cued)
        tagged = self.tagged.get(stem)
        if tagged:
            f.append("gTAG=" + tagged)
        if self.optional:
            f += self._optional(k, stem, shape)
        c = self.clusters.get(stem)
        if c:
            f.append("k4=" + c[:4])
            f.append("k8=" + c[:8])
            f.append("k=" + c)
        e = self.flat.get(stem)
        if e:
            f += ["e1=" + e[0], "e2=" + e[1], "e3=" + e[2]]
        return f

    def _optional(self, k: str, stem: str, shape: str) -> list[str]:
        f = []
        # looked up only when a feature reads it (the shipped model has none)
        unknown = ("gOOV" in self.optional or bool(self.letters)) and shape == "A" and not (
            self.vocab.get(stem) or self.vocab.get(k))
        if "gOOV" in self.optional and unknown:
            # a word news seldom writes, as a foreign name (لارسن، علييف):
            # seen from its neighbours too, it tells a context around an
            # unknown name (the model knows no weight of its own word)
            f.append("gOOV")
        if "gSAY" in self.optional and speech_lemma(k):
            f.append("gSAY")  # وأوضح X أن: a speaker's name follows
        if "gNB" in self.optional and stem in NAME_LINKS:
            f.append("gNB")
        o = self.org_words.get(stem)
        if o:
            # a club, a party, a paper written alone (الهلال، الوفد):
            # the corpus writes it after نادي، حزب، صحيفة now and then
            f.append(ORW + "=" + o)
        t = self.topic.get(stem)
        if t:
            # what the word is written about: a club and a company fill
            # the same slot of a sentence, and differ here
            f += [p + c for p, c in zip(_TOPIC_FEATURES, t, strict=True)]
        if self.letters and unknown and len(stem) >= 2:
            # an unknown word only: a common word's reading is what the
            # table learnt from (given every word, dev fold 0 gained nothing alone)
            r = letters(stem, self.letters)
            if r:
                f.append(f"q={r[1]}")
                if r[1] >= 2:
                    f.append(f"qt={r[0]}{r[1]}")
        return f

    def _keep(self, feats: list[str]) -> list[str]:
        return feats if self.known is None else [f for f in feats if f in self.known]

    def _entry(self, tok: str) -> tuple[list[str], tuple[list[str], ...], str]:
        e = self._entries.get(tok)
        if e is None:
            e = self.entry(tok)
            if len(self._entries) < 200_000:
                self._entries[tok] = e
        return e

    def entry(self, tok: str) -> tuple[list[str], tuple[list[str], ...], str]:
        """A token's own features, its features as seen from each
        neighbour position, and its stem."""
        w, stem = self.word(tok)
        ctx = tuple(self._keep([f"{d}{g}" for g in w if d in lent(g)]) for d in NEIGHBOURS)
        return self._keep(["b", *w]), ctx, stem

    def word(self, tok: str) -> tuple[list[str], str]:
        """A token's own features (but the bias "b") and its stem."""
        w = self._word(tok)
        return w, w[1][2:]

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        entries = [self._entry(t) for t in tokens]
        # two pads each side stand for the neighbours a sentence edge lacks
        ctx = [_PAD, _PAD, *(e[1] for e in entries), _PAD, _PAD]
        known = self.known
        out = []
        prev = None
        for i, (own, _ctx, stem) in enumerate(entries):
            f = [*own, *ctx[i][0], *ctx[i + 1][1], *ctx[i + 3][2], *ctx[i + 4][3]]
            if prev is not None:
                bg = f"bg={prev}|{stem}"
                if known is None or bg in known:
                    f.append(bg)
            prev = stem
            out.append(f)
        return out
