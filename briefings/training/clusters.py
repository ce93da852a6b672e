"""Word clusters from unlabeled news, two kinds, both tagger features:

- a binary tree built by recursive 2-means over each frequent word's
  context vectors (a cheap stand-in for Brown clusters); prefixes of a
  word's path are features (`clusters.txt.gz`);
- flat k-means clusters at three sizes over word vectors (PPMI of the
  words two either side, reduced by a randomized SVD), which group rarer
  words better (`clusters-flat.txt.gz`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from briefings.lang.ar.normalize import key

_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+|[0-9٠-٩]+")


@lru_cache(maxsize=1)  # both kinds read the corpus once
def _documents(corpus: Path) -> tuple[list[list[str]], Counter[str]]:
    from briefings.training.corpus import articles

    docs = []
    counts: Counter[str] = Counter()
    for a in articles(corpus):
        toks = [k for k in (key(w) for w in _WORD.findall(a.get("content") or "")) if k]
        docs.append(toks)
        counts.update(toks)
    return docs, counts


def build_clusters(corpus: Path, out: Path, n_words: int = 100_000, n_context: int = 800, depth: int = 12) -> None:
    import numpy as np

    from briefings.training.corpus import write_gz_lines

    docs, counts = _documents(corpus)
    vocab = [w for w, _ in counts.most_common(n_words)]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    m = np.zeros((len(vocab), 2 * n_context), dtype=np.float32)
    for toks in docs:
        ids = [index.get(t, -1) for t in toks]
        cids = [ctx.get(t, -1) for t in toks]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            if i > 0 and cids[i - 1] >= 0:
                m[wi, cids[i - 1]] += 1
            if i + 1 < len(ids) and cids[i + 1] >= 0:
                m[wi, n_context + cids[i + 1]] += 1
    m = np.log1p(m)
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(0)
    paths = [""] * len(vocab)

    def split(idx: np.ndarray, prefix: str, level: int) -> None:
        for i in idx:
            paths[i] = prefix
        if level == depth or len(idx) < 4:
            return
        x = m[idx]
        c = x[rng.choice(len(idx), 2, replace=False)]
        for _ in range(8):
            assign = (x @ c[0] < x @ c[1]).astype(int)
            for k in (0, 1):
                if (assign == k).any():
                    c[k] = x[assign == k].mean(axis=0)
        split(idx[assign == 0], prefix + "0", level + 1)
        split(idx[assign == 1], prefix + "1", level + 1)

    split(np.arange(len(vocab)), "", 0)
    write_gz_lines(out, [f"{w}\t{p}" for w, p in sorted(zip(vocab, paths, strict=True))])


def build_flat_clusters(
    corpus: Path, out: Path, n_words: int = 100_000, n_context: int = 1500, dims: int = 100, sizes=(64, 256, 1024)
) -> None:
    import numpy as np

    from briefings.training.corpus import write_gz_lines

    docs, counts = _documents(corpus)
    vocab = [w for w, _ in counts.most_common(n_words)]
    index = {w: i for i, w in enumerate(vocab)}
    # counts of each context word at -2, -1, +1, +2
    m = np.zeros((len(vocab), 4 * n_context), dtype=np.float32)
    for toks in docs:
        ids = np.array([index.get(t, -1) for t in toks])
        cids = np.where((ids >= 0) & (ids < n_context), ids, -1)
        for slot, off in enumerate((-2, -1, 1, 2)):
            if len(ids) <= abs(off):
                continue
            w, c = (ids[-off:], cids[:off]) if off < 0 else (ids[:-off], cids[off:])
            ok = (w >= 0) & (c >= 0)
            np.add.at(m, (w[ok], slot * n_context + c[ok]), 1)
    # positive PMI, context counts smoothed by the usual 0.75 power
    total = m.sum()
    rows = m.sum(axis=1, keepdims=True) + 1e-9
    cols = m.sum(axis=0, keepdims=True) ** 0.75 + 1e-9
    cols *= total / cols.sum()
    np.maximum(np.log(np.maximum(m * total / (rows * cols), 1e-12)), 0, out=m)
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], 2 * dims)).astype(np.float32))
    u, s, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    vec = (q @ u)[:, :dims] * np.sqrt(s[:dims])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9

    def kmeans(k: int, rounds: int = 15) -> list[int]:
        centres = vec[rng.choice(len(vec), k, replace=False)].copy()
        for _ in range(rounds):
            assign = np.argmax(vec @ centres.T, axis=1)
            for j in range(k):
                members = assign == j
                if members.any():
                    centres[j] = vec[members].mean(axis=0)
            centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
        return np.argmax(vec @ centres.T, axis=1).tolist()

    labels = [kmeans(k) for k in sizes]
    write_gz_lines(out, ["\t".join([w, *map(str, ids)]) for w, *ids in sorted(zip(vocab, *labels, strict=True))])


def _stem_documents(corpus: Path) -> tuple[list[list[str]], Counter[str]]:
    """The corpus's words as the tagger's features read them: peeled keys
    (ولارسن and لارسن count as one word, so a rare name gathers all its
    uses)."""
    from briefings.extract.ner_features import peeled

    docs, _ = _documents(corpus)
    cache: dict[str, str] = {}
    out = []
    counts: Counter[str] = Counter()
    for toks in docs:
        stems = []
        for t in toks:
            s = cache.get(t)
            if s is None:
                s = cache[t] = peeled(t)[1]
            stems.append(s)
        out.append(stems)
        counts.update(stems)
    return out, counts


def build_topic_clusters(
    corpus: Path, out: Path, n_words: int = 100_000, n_context: int = 5000, window: int = 6, dims: int = 128,
    sizes=(32, 128, 512), min_count: int = 3,
) -> None:
    """Flat k-means clusters at three sizes of the peeled words, over vectors
    of the words up to `window` either side in any order (PPMI, randomized
    SVD): what a word is written about (sport, money, war) rather than the
    slot it fills, which the other clusters (two places either side, in
    order) learn. A club and a company fill the same slot and differ here."""
    import numpy as np
    from scipy import sparse

    from briefings.training.corpus import write_gz_lines

    docs, counts = _stem_documents(corpus)
    vocab = [w for w, c in counts.most_common(n_words) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ids = np.concatenate([np.array([index.get(t, -1) for t in d] + [-1] * window, dtype=np.int64) for d in docs])
    ctx = np.where(ids < n_context, ids, -1)
    m = sparse.csr_matrix((len(vocab), n_context), dtype=np.float64)
    for off in range(1, window + 1):
        for w, c in ((ids[:-off], ctx[off:]), (ids[off:], ctx[:-off])):
            ok = (w >= 0) & (c >= 0)
            m = m + sparse.csr_matrix((np.ones(int(ok.sum())), (w[ok], c[ok])), shape=m.shape)
    m = m.tocoo()
    total = m.data.sum()
    rows = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    cols = np.asarray(m.sum(axis=0)).ravel() ** 0.75 + 1e-9
    cols *= total / cols.sum()
    pmi = np.log(m.data * total / (rows[m.row] * cols[m.col]))
    keep = pmi > 0
    m = sparse.csr_matrix((pmi[keep].astype(np.float32), (m.row[keep], m.col[keep])), shape=m.shape)
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], 2 * dims)).astype(np.float32))
    u, s, _ = np.linalg.svd(np.asarray((m.T @ q).T), full_matrices=False)
    vec = (q @ u)[:, :dims] * np.sqrt(s[:dims])
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(vec, k, rng) for k in sizes]
    write_gz_lines(out, ["\t".join([w, *map(str, ks)]) for w, *ks in sorted(zip(vocab, *labels, strict=True))])


def _kmeans(vec, k: int, rng, rounds: int = 15) -> list[int]:
    """Spherical k-means: each word to the centre its vector is closest to
    by angle."""
    import numpy as np

    centres = vec[rng.choice(len(vec), k, replace=False)].copy()
    for _ in range(rounds):
        assign = np.argmax(vec @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, vec)
        used = np.bincount(assign, minlength=k) > 0
        centres[used] = sums[used]
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return np.argmax(vec @ centres.T, axis=1).tolist()
