"""Articles as TF-IDF vectors over the base forms of their words, with
their salient actors as terms of their own.

A sparse matrix (SciPy CSR), one L2-normalized row per article, so that
the similarity of two articles is one sparse dot product. Term frequencies
are damped (1 + log tf: a word said ten times is not ten times the topic)
and weighted by inverse document frequency. The document frequencies are
a reference's (`df.txt.gz`: the base forms of the 23,262 canonical
articles of SaudiNewsNet in at least two of them; `df-titles.txt.gz`:
those of their titles, for the titles' rows), not the collection's:
so an article's row is a function of the article alone, and a build
that adds one article compares that article and keeps every other
similarity it had (link.Linker); with the collection's own, each new
article moved every weight a little. A term the reference does not hold
counts as found in one article of it. An actor shared by two
articles can count like a rare word shared, weighted by `actor_weight`
(measured on the labelled pairs, it added nothing to the words: off).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from briefings.stories.features import Features, _crc, runs, word_hashes

# the reference's document frequencies, of each field compared (a lead's
# words are weighed as the body's: they are its first sentence)
REFERENCE = {"terms": "df.txt.gz", "title_terms": "df-titles.txt.gz", "lead_terms": "df.txt.gz"}


def reference(field: str = "terms") -> tuple[np.ndarray, np.ndarray, int]:
    """The reference's terms of a field (sorted hashes), the number of its
    articles each is found in, and its number of articles."""
    return _reference(REFERENCE[field])


@lru_cache(maxsize=2)
def _reference(name: str) -> tuple[np.ndarray, np.ndarray, int]:
    import gzip
    from importlib import resources

    with gzip.open(resources.files(__package__).joinpath(name).open("rb"), "rt", encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        counts: dict[int, int] = {}
        for line in f:
            term, df = line.rstrip("\n").split("\t")
            h = _crc(term)
            counts[h] = max(counts.get(h, 0), int(df))  # two terms of one hash: the commoner
    hashes = np.array(sorted(counts), dtype=np.uint32)
    return hashes, np.array([counts[h] for h in hashes.tolist()], dtype=np.int64), int(head[1])


def reference_idf(vocab: np.ndarray, field: str = "terms") -> np.ndarray:
    """The inverse document frequency of each term (sorted uint32 hashes)
    in the reference, a term it does not hold counted as in one article."""
    hashes, df, n = reference(field)
    at = np.minimum(np.searchsorted(hashes, vocab), len(hashes) - 1)
    found = np.where(hashes[at] == vocab, df[at], 1)
    return np.log((1 + n) / (1 + found)) + 1.0


def row_dots(x, i: np.ndarray, j: np.ndarray, chunk: int = 200_000) -> np.ndarray:
    """The dot products of rows i[k] and j[k] of a sparse matrix."""
    out = np.empty(len(i), dtype=np.float32)
    for k in range(0, len(i), chunk):
        a, b = i[k : k + chunk], j[k : k + chunk]
        out[k : k + chunk] = np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel()
    return out


_CHUNK = 1_000_000  # values at once: the int64 arrays of a whole collection's words were 500 MB at 27,000 articles


def _counts(part: list[np.ndarray], vocab: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One entry per (article, term) with its count, in that order (row,
    then column: the column is the term's place in `vocab`), made a run of
    articles at a time, in 32-bit integers."""
    rs, cs, tfs = [], [], []
    for start, end in runs([len(t) for t in part], _CHUNK):
        sizes = np.array([len(t) for t in part[start:end]], dtype=np.int64)
        col = np.searchsorted(vocab, np.concatenate(part[start:end]))
        key = np.repeat(np.arange(start, end), sizes) * len(vocab) + col
        uniq, tf = np.unique(key, return_counts=True)
        rs.append((uniq // len(vocab)).astype(np.int32))
        cs.append((uniq % len(vocab)).astype(np.int32))
        tfs.append(tf.astype(np.int32))
    return np.concatenate(rs), np.concatenate(cs), np.concatenate(tfs)


def tfidf(feats: list[Features], actor_weight: float = 0.0, field: str = "terms", collection: bool = False):
    """The (articles × terms) CSR matrix of L2-normalized TF-IDF rows over
    a field of the features (the words of title and body, or of the title
    alone), with the salient actors as terms weighted by `actor_weight`
    (their frequencies the collection's). The columns are the terms found,
    in the order of their hashes, whatever the articles given: so a row's
    products with another sum in one order, and a similarity computed over
    a few articles is the one computed over all of them, to the bit.
    `collection`: the collection's own document frequencies, as before the
    reference (the bench compares them)."""
    from scipy.sparse import csr_matrix

    n = len(feats)
    rows, cols, counts, width = [], [], [], 0
    for part, weight, words in (([getattr(f, field) for f in feats], 1.0, True),
                                ([word_hashes(f.actors) for f in feats], actor_weight, False)):
        if weight <= 0:
            continue
        if not sum(len(t) for t in part):
            continue
        vocab = np.unique(np.concatenate(part))
        r, c, tf = _counts(part, vocab)
        if words and not collection:
            idf = reference_idf(vocab, field)
        else:
            df = np.bincount(c, minlength=len(vocab))
            idf = np.log((1 + n) / (1 + df)) + 1.0
        rows.append(r)
        cols.append(c + width)
        counts.append(np.concatenate([weight * (1.0 + np.log(tf[k : k + _CHUNK])) * idf[c[k : k + _CHUNK]]
                                      for k in range(0, len(c), _CHUNK)]).astype(np.float32))
        width += len(vocab)
    if not rows:
        return csr_matrix((n, 0), dtype=np.float32)
    data = np.concatenate(counts)
    m = csr_matrix((data, (np.concatenate(rows), np.concatenate(cols))), shape=(n, width))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(m.multiply(1.0 / norms[:, None]))
