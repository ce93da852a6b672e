"""Token features for the NER tagger.

Known to matter for Arabic: the clitic-peeled form (peeled by lookup in a
word list, never by stemming), affixes, word shape, gazetteer membership,
corpus word clusters, and the neighbouring words.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from briefings.extract import gazetteer as gz
from briefings.text.normalize import key

_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Frequent normalized words of a news corpus with their counts: the
    lookup list that decides whether a clitic can be peeled."""
    out = {}
    for line in _data_lines("vocab.txt.gz"):
        w, _, c = line.partition("\t")
        out[w] = int(c or 1)
    return out


@lru_cache(maxsize=1)
def clusters() -> dict[str, str]:
    out = {}
    for line in _data_lines("clusters.txt.gz"):
        w, _, c = line.partition("\t")
        out[w] = c
    return out


def _data_lines(name: str) -> list[str]:
    path = resources.files("briefings.data") / name
    if not path.is_file():
        return []
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


@lru_cache(maxsize=200_000)
def peeled(k: str) -> tuple[str, str]:
    """(clitic, stem) by lookup: a clitic comes off when what remains is a
    word the corpus uses more often than the whole token (وقوات → قوات),
    never when the whole is the commoner word (وائل، وهبة stay whole)."""
    vocab = vocabulary()
    pl = gz.places()
    whole = vocab.get(k, 0)
    if whole and len(k) <= 3:
        return "", k
    for p in _PREFIXES:
        if k.startswith(p) and len(k) - len(p) >= 2:
            rest = k[len(p) :]
            if p.endswith("لل"):
                rest = "ال" + rest
            if rest in pl or vocab.get(rest, 0) > whole:
                return p, rest
    return "", k


_DIGITS_RE = re.compile(r"[.,٫٬]*(?:\d[.,٫٬]*)*")


def _shape(tok: str) -> str:
    if tok.isdigit() or _DIGITS_RE.fullmatch(tok):
        return "D"
    if tok.isascii() and tok.isalpha():
        return "L"
    if not any(c.isalnum() for c in tok):
        return "P"
    return "A"


PAD_FEATURES = ("-2PAD", "-1PAD", "1PAD", "2PAD")
_PAD = tuple([p] for p in PAD_FEATURES)


class Featurizer:
    """Features of each token of a sentence. Given the attributes a model
    knows, it passes only those: crfsuite ignores any other, so the tags
    are the same, and crfsuite looked up each one.

    crf_decode.Decoder scores tokens from `entry` the way `sentence`
    combines them (own features, neighbours' at -2..+2, the stem bigram):
    a change to how `sentence` combines features must be made there too
    (tests/test_ner_decode.py compares the two decodings)."""

    def __init__(self, known: set[str] | None = None) -> None:
        self.known = known
        self.places = gz.places()
        self.nisbas = gz.nisbas()
        self.heads = gz.title_heads()
        self.orgs = gz.org_heads()
        self.ranks1 = {r[0] for r in gz.ranks()}
        self.clusters = clusters()
        self._entries: dict[str, tuple[list[str], tuple[list[str], ...], str]] = {}

    def _word(self, tok: str) -> list[str]:
        """Features of one word on its own."""
        k = key(tok)
        clitic, stem = peeled(k)
        f = [
            "w=" + k,
            "s=" + stem,
            "c=" + clitic,
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "x2=" + stem[-2:],
            "x3=" + stem[-3:],
            "sh=" + _shape(tok),
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
        c = self.clusters.get(stem)
        if c:
            f.append("k4=" + c[:4])
            f.append("k8=" + c[:8])
            f.append("k=" + c)
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
        w = self._word(tok)
        ctx = []
        for d in (-2, -1, 1, 2):
            f = [f"{d}{w[0]}", f"{d}{w[1]}"]
            f += [f"{d}{g}" for g in w[10:] if g[0] == "g" or (g.startswith("k4=") and abs(d) == 1)]
            ctx.append(self._keep(f))
        return self._keep(["b", *w]), tuple(ctx), w[1][2:]

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
