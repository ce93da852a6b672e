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

import numpy as np

# Rows of a word's score table: its own features, then what it adds to a
# token when it stands two before it, one before, one after, two after (the
# "-2w=", "-1w=", "1w=", "2w=" features of Featurizer.sentence).
_OWN, _AS_M2, _AS_M1, _AS_P1, _AS_P2 = range(5)
_PAD_ROW = 0


class Decoder:
    """Labels of token sequences from a CRF's state and transition weights.

    `entry(token)` gives a token's feature lists as the Featurizer does: its
    own, its features seen from each neighbour position, and its stem.
    """

    def __init__(
        self,
        labels: Sequence[str],
        state_features: dict[tuple[str, str], float],
        transitions: dict[tuple[str, str], float],
        entry: Callable[[str], tuple[list[str], tuple[list[str], ...], str]],
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
        self._entry = entry
        self._max_words = max_words
        self._table = np.zeros((1024, 5, n))
        # row 0 is the sentence edge: what a missing neighbour lends
        self._table[_PAD_ROW] = [self._weights[self._ids(feats)].sum(axis=0) for feats in ([], *([p] for p in pads))]
        self._rows: dict[str, tuple[int, str]] = {}

    def _ids(self, feats: list[str]) -> list[int]:
        """The model's numbers for the features it knows (it ignores the rest)."""
        attr = self._attr
        return [attr[f] for f in feats if f in attr]

    def _add_rows(self, tokens: list[str], first: int) -> dict[str, tuple[int, str]]:
        """Score rows of words seen for the first time, from row `first`
        on, summed in one go; their (row, stem)."""
        need = first + len(tokens)
        if need > len(self._table):
            grown = np.zeros((max(need, 2 * len(self._table)), *self._table.shape[1:]))
            grown[:first] = self._table[:first]
            self._table = grown
        added: dict[str, tuple[int, str]] = {}
        rows: list[int] = []
        slots: list[int] = []
        ids: list[int] = []
        for n, tok in enumerate(tokens, start=first):
            own, ctx, stem = self._entry(tok)
            added[tok] = (n, stem)
            for slot, feats in enumerate((own, *ctx)):
                found = self._ids(feats)
                ids += found
                rows += [n] * len(found)
                slots += [slot] * len(found)
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
        """State scores, shape (sentences, longest, labels), zero past each end."""
        rows = self._rows
        new = list({tok: None for sentence in sentences for tok in sentence if tok not in rows})
        # the table keeps the first max_words words it meets (news repeats
        # its common words early); rarer ones get rows past them, for this
        # batch only
        room = max(0, self._max_words - len(rows))
        if new[:room]:
            rows.update(self._add_rows(new[:room], len(rows) + 1))
        spilled = self._add_rows(new[room:], self._max_words + 1) if new[room:] else {}
        attr = self._attr
        flat: list[int] = []  # table rows, two edge rows around each sentence
        where: list[int] = []  # index in flat of each token
        bigrams: list[tuple[int, int]] = []  # (token number, attribute)
        for sentence in sentences:
            flat += (_PAD_ROW, _PAD_ROW)
            prev = None
            for tok in sentence:
                row, stem = rows.get(tok) or spilled[tok]
                if prev is not None:
                    a = attr.get(f"bg={prev}|{stem}")
                    if a is not None:
                        bigrams.append((len(where), a))
                where.append(len(flat))
                flat.append(row)
                prev = stem
            flat += (_PAD_ROW, _PAD_ROW)
        t = self._table
        f = np.array(flat)
        at = np.array(where)
        s = t[f[at], _OWN] + t[f[at - 2], _AS_M2] + t[f[at - 1], _AS_M1] + t[f[at + 1], _AS_P1] + t[f[at + 2], _AS_P2]
        if bigrams:
            tok_ids, attr_ids = zip(*bigrams, strict=True)
            np.add.at(s, list(tok_ids), self._weights[list(attr_ids)])
        lengths = [len(x) for x in sentences]
        out = np.zeros((len(sentences), lengths[0], len(self.labels)))
        sent_ids = np.repeat(np.arange(len(sentences)), lengths)
        positions = np.concatenate([np.arange(n) for n in lengths])
        out[sent_ids, positions] = s
        return out

    def _viterbi(self, scores: np.ndarray, lengths: list[int]) -> list[list[int]]:
        """Best paths of sentences sorted longest first, scores as from _scores."""
        count, longest, _n = scores.shape
        # running[t]: how many sentences are longer than t
        running = np.searchsorted(-np.asarray(lengths), -np.arange(longest + 1), side="left").tolist()
        best = scores[:, 0].copy()
        back = np.zeros((count, longest, len(self.labels)), dtype=np.intp)
        trans = self._trans
        for t in range(1, longest):
            k = running[t]
            cand = best[:k, :, None] + trans
            back[:k, t] = cand.argmax(axis=1)
            best[:k] = cand.max(axis=1) + scores[:k, t]
        last = best.argmax(axis=1)
        path = np.zeros((count, longest), dtype=np.intp)
        cur = last.copy()
        ids = np.arange(count)
        # a sentence's backtrace starts at its own end: until then its
        # entry of cur, never updated, holds its last label
        for t in range(longest - 1, -1, -1):
            k = running[t]
            path[:k, t] = cur[:k]
            if t:
                cur[:k] = back[ids[:k], t, cur[:k]]
        return path.tolist()
