"""Decoding the NER CRF ourselves, from its weights, many sentences at once.

A linear-chain CRF scores a token's labels by summing the weights of its
features, and every feature of ours belongs to one word: the word's own, or
a neighbour's seen from two, one, minus one or minus two places away (and a
bigram of stems). So each word's five score vectors are summed once and
kept; a token's scores are five rows added up, and no feature string is
built or looked up again. Viterbi then runs over all sentences of a batch
together, one NumPy step per position. The labels are crfsuite's own: its
decoder keeps the first best label on a tie, and so does argmax
(`tests/test_ner_decode.py` holds the two to the same tags).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain

import numpy as np

# Rows of a word's score table: its own features, then what it adds to a
# token when it stands two before it, one before, one after, two after (the
# "-2w=", "-1w=", "1w=", "2w=" features of Featurizer.sentence).
_OWN, _AS_M2, _AS_M1, _AS_P1, _AS_P2 = range(5)
_PAD_ROW = 0
_EDGE = (_PAD_ROW, _PAD_ROW)
# A word's (row in the table, stem, {next stem: bigram attribute} or None)
_Row = tuple[int, str, dict[str, int] | None]
_SLOTS = (("-2", _AS_M2), ("-1", _AS_M1), ("1", _AS_P1), ("2", _AS_P2))


def _by_feature(attr: dict[str, int], lent: Callable[[str], tuple[int, ...]]) -> dict[str, tuple[list[int], list[int]]]:
    """Feature of a word → the (slots, attribute numbers) of the model's
    attributes it makes: itself for the word's own row, and `-1w=…` and
    the like for its rows as a neighbour, where `lent` lends it there.
    Built once from the model, so a word's row is one lookup a feature,
    with no feature string built for its neighbours."""
    out: dict[str, tuple[list[int], list[int]]] = {}
    for a, i in attr.items():
        slot, g = _OWN, a
        for d, s in _SLOTS:
            if a.startswith(d) and int(d) in lent(a[len(d) :]):
                slot, g = s, a[len(d) :]
                break
        slots, ids = out.setdefault(g, ([], []))
        slots.append(slot)
        ids.append(i)
    return out


class Decoder:
    """Labels of token sequences from a CRF's state and transition weights.

    `word(token)` gives a token's own features (but the bias "b") and its
    stem as the Featurizer does, and `lent(feature)` the neighbour offsets
    that see a feature of it (Featurizer.entry combines the two the same
    way).
    """

    def __init__(
        self,
        labels: Sequence[str],
        state_features: dict[tuple[str, str], float],
        transitions: dict[tuple[str, str], float],
        word: Callable[[str], tuple[list[str], str]],
        lent: Callable[[str], tuple[int, ...]],
        pads: Sequence[str],
        max_words: int = 200_000,
    ) -> None:
        self.labels = list(labels)
        index = {label: i for i, label in enumerate(self.labels)}
        n = len(self.labels)
        self._attr = {a: i for i, a in enumerate(sorted({a for a, _ in state_features}))}
        self._weights = np.zeros((len(self._attr), n))
        for (a, label), w in state_features.items():
            self._weights[self._attr[a], index[label]] += w
        self._trans = np.zeros((n, n))
        for (a, b), w in transitions.items():
            self._trans[index[a], index[b]] = w
        self._word = word
        self._by_feature = _by_feature(self._attr, lent)
        self._max_words = max_words
        self._table = np.zeros((1024, 5, n))
        # row 0 is the sentence edge: what a missing neighbour lends
        self._table[_PAD_ROW] = [self._weights[self._ids(feats)].sum(axis=0) for feats in ([], *([p] for p in pads))]
        self._rows: dict[str, _Row] = {}
        # "bg=A|B" as A → {B: attribute}; a stem may hold "|", so every
        # split is kept (only the true one is ever asked for)
        self._follows: dict[str, dict[str, int]] = {}
        for a, i in self._attr.items():
            if a.startswith("bg="):
                body = a[3:]
                for cut in (j for j, c in enumerate(body) if c == "|"):
                    self._follows.setdefault(body[:cut], {})[body[cut + 1 :]] = i

    def _ids(self, feats: list[str]) -> list[int]:
        """The model's numbers for the features it knows (it ignores the rest)."""
        attr = self._attr
        return [attr[f] for f in feats if f in attr]

    def _add_rows(self, tokens: list[str], first: int) -> dict[str, _Row]:
        """Score rows of words seen for the first time, from row `first`
        on, summed in one go; their (row, stem, bigrams it begins)."""
        need = first + len(tokens)
        if need > len(self._table):
            grown = np.zeros((max(need, 2 * len(self._table)), *self._table.shape[1:]))
            grown[:first] = self._table[:first]
            self._table = grown
        added: dict[str, _Row] = {}
        rows: list[int] = []
        slots: list[int] = []
        ids: list[int] = []
        by_feature = self._by_feature
        follows = self._follows
        for n, tok in enumerate(tokens, start=first):
            feats, stem = self._word(tok)
            added[tok] = (n, stem, follows.get(stem))
            # a cell of the table sums its weights in the order of the
            # word's features, as crfsuite's feature lists hold them
            for g in ("b", *feats):
                found = by_feature.get(g)
                if found is not None:
                    slots += found[0]
                    ids += found[1]
                    rows += [n] * len(found[0])
        self._table[first:need] = 0
        np.add.at(self._table, (rows, slots), self._weights[ids])
        return added

    def decode(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best label sequence of each sentence (an empty one gets [])."""
        out: list[list[str]] = [[] for _ in sentences]
        # longest first: the sentences still running at a position are a prefix
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        if not order:
            return out
        scores = self._scores([sentences[i] for i in order])
        lengths = [len(sentences[i]) for i in order]
        paths = self._viterbi(scores, lengths)
        labels = self.labels
        for path, i, n in zip(paths, order, lengths, strict=True):
            out[i] = [labels[j] for j in path[:n]]
        return out

    def _scores(self, sentences: list[Sequence[str]]) -> np.ndarray:
        """State scores, shape (longest, sentences, labels), zero past each end."""
        rows = self._rows
        distinct = dict.fromkeys(chain.from_iterable(sentences))  # in order of first use
        missing = distinct.keys() - rows.keys()
        spilled: dict[str, _Row] = {}
        if missing:
            new = [tok for tok in distinct if tok in missing]
            # the table keeps the first max_words words it meets (news
            # repeats its common words early); rarer ones get rows past
            # them, for this batch only
            room = max(0, self._max_words - len(rows))
            if new[:room]:
                rows.update(self._add_rows(new[:room], len(rows) + 1))
            if new[room:]:
                spilled = self._add_rows(new[room:], self._max_words + 1)
        row_of = rows.__getitem__ if not spilled else lambda tok: rows.get(tok) or spilled[tok]
        flat: list[int] = []  # table rows, two edge rows around each sentence
        bigrams: list[tuple[int, int]] = []  # (token number, attribute)
        done = 0  # tokens of the sentences before
        for sentence in sentences:
            got = list(map(row_of, sentence))
            flat += _EDGE
            flat += [g[0] for g in got]
            flat += _EDGE
            # a stem bigram only where the model knows one beginning with
            # the stem before (most words begin none)
            for j in [j for j, g in enumerate(got[:-1]) if g[2] is not None]:
                a = got[j][2].get(got[j + 1][1])
                if a is not None:
                    bigrams.append((done + j + 1, a))
            done += len(got)
        lengths = [len(x) for x in sentences]
        sent_ids = np.repeat(np.arange(len(sentences)), lengths)
        # the table as (row, slot) lines: np.take of lines is three times
        # faster than indexing rows and a slot
        t = self._table.reshape(-1, self._table.shape[2])
        f = np.array(flat) * 5
        at = np.arange(done) + 2 + 4 * sent_ids  # where each token is in flat
        s = (t.take(f[at] + _OWN, axis=0) + t.take(f[at - 2] + _AS_M2, axis=0) + t.take(f[at - 1] + _AS_M1, axis=0)
             + t.take(f[at + 1] + _AS_P1, axis=0) + t.take(f[at + 2] + _AS_P2, axis=0))
        if bigrams:
            tok_ids, attr_ids = zip(*bigrams, strict=True)
            np.add.at(s, list(tok_ids), self._weights[list(attr_ids)])
        out = np.zeros((lengths[0], len(sentences), len(self.labels)))
        starts = np.cumsum([0, *lengths[:-1]])
        positions = np.arange(done) - starts[sent_ids]
        out[positions, sent_ids] = s
        return out

    def _viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[list[int]]:
        """Best paths of sentences sorted longest first, scores as from
        _scores (position first: a step reads and writes contiguous rows)."""
        longest, count, n = scores.shape
        # running[t]: how many sentences are longer than t
        running = np.searchsorted(-np.asarray(lengths), -np.arange(longest + 1), side="left").tolist()
        best = scores[0].copy()
        back = np.zeros((longest, count, n), dtype=np.intp)
        trans = self._trans
        buf = np.empty((count, n, n))
        for t in range(1, longest):
            k = running[t]
            cand = np.add(best[:k, :, None], trans, out=buf[:k])
            cand.argmax(axis=1, out=back[t, :k])
            # the same sums as cand.max(axis=1) + scores[t, :k], in place
            cand.max(axis=1, out=best[:k])
            best[:k] += scores[t, :k]
        last = best.argmax(axis=1)
        path = np.zeros((longest, count), dtype=np.intp)
        cur = last.copy()
        ids = np.arange(count)
        # a sentence's backtrace starts at its own end: until then its
        # entry of cur, never updated, holds its last label
        for t in range(longest - 1, -1, -1):
            k = running[t]
            path[t, :k] = cur[:k]
            if t:
                cur[:k] = back[t, ids[:k], cur[:k]]
        return path.T.tolist()
