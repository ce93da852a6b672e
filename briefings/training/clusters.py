"""Word clusters from unlabeled news: each frequent word gets a bit-string
path in a binary tree built by recursive 2-means over its context vectors
(a cheap stand-in for Brown clusters). Prefixes of the path are features.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from briefings.lang.ar.normalize import key


def build_clusters(corpus: Path, out: Path, n_words: int = 40_000, n_context: int = 800, depth: int = 12) -> None:
    import numpy as np

    from briefings.training.corpus import articles, write_gz_lines

    word = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+|[0-9٠-٩]+")
    docs = []
    counts: Counter[str] = Counter()
    for a in articles(corpus):
        toks = [key(w) for w in word.findall(a.get("content") or "")]
        docs.append(toks)
        counts.update(toks)
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
