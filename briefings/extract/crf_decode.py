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

from collections import ChainMap
from collections.abc import Callable, Sequence
from itertools import chain, repeat

import numpy as np

# Rows of a word's score table: its own features, then what it adds to a
# token when it stands two before it, one before, one after, two after (the
# "-2w=", "-1w=", "1w=", "2w=" features of Featurizer.sentence).
_OWN, _AS_M2, _AS_M1, _AS_P1, _AS_P2 = range(5)
_PAD_ROW = 0
_SPILL = 8192  # rows past the table for a batch's rarer words (more: it grows)
# What the table knows of words: their rows, their stems, and the bigrams
# their stems begin ({next stem: attribute}, for the few that begin one)
_Words = tuple[dict[str, int], dict[str, str], dict[str, dict[str, int]]]
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
        # a feature of a word → its group number (0: none the model knows),
        # and each group's (slot, attribute) pairs as a run of two arrays,
        # so that the pairs of a batch of new words are gathered in NumPy
        by_feature = _by_feature(self._attr, lent)
        self._group = {g: i for i, g in enumerate(by_feature, start=1)}
        self._bias = self._group.get("b", 0)
        counts = [0, *(len(slots) for slots, _ in by_feature.values())]
        self._pairs_at = np.cumsum([0, *counts[:-1]])
        self._pairs_in = np.array(counts)
        self._pair_slot = np.array([s for slots, _ in by_feature.values() for s in slots], dtype=np.intp)
        self._pair_attr = np.array([i for _, ids in by_feature.values() for i in ids], dtype=np.intp)
        self._max_words = max_words
        # room for the whole table and a batch's spill from the start: the
        # pages are the system's zeros until written, where growing by
        # doubling copied the table and faulted its pages in twice
        self._table = np.zeros((max_words + 1 + _SPILL, 5, n))
        # row 0 is the sentence edge: what a missing neighbour lends
        self._table[_PAD_ROW] = [self._weights[self._ids(feats)].sum(axis=0) for feats in ([], *([p] for p in pads))]
        self._bigram_row = np.zeros(len(self._table), dtype=bool)  # a row's word begins a bigram the model knows
        self._row_of: dict[str, int] = {}
        self._stem_of: dict[str, str] = {}
        self._begins: dict[str, dict[str, int]] = {}
        # "bg=A|B" as A → {B: attribute}; a stem may hold "|", so every
        # split is kept (only the true one is ever asked for)
        self._follows: dict[str, dict[str, int]] = {}
        for a, i in self._attr.items():
            if a.startswith("bg="):
                body = a[3:]
                for cut in (j for j, c in enumerate(body) if c == "|"):
                    self._follows.setdefault(body[:cut], {})[body[cut + 1 :]] = i

    def __getstate__(self) -> dict:
        # pickled (run/tagger_cache.py) with the rows in use only: the rest
        # of the table is zeros, and pages of zeros again when read back
        state = self.__dict__.copy()
        used = len(self._row_of) + 1
        state["_table"], state["_bigram_row"] = self._table[:used].copy(), self._bigram_row[:used].copy()
        state["_size"] = len(self._table)
        return state

    def __setstate__(self, state: dict) -> None:
        size = state.pop("_size")
        self.__dict__.update(state)
        used = len(self._table)
        self._table = np.zeros((size, *self._table.shape[1:]))
        self._table[:used] = state["_table"]
        self._bigram_row = np.zeros(size, dtype=bool)
        self._bigram_row[:used] = state["_bigram_row"]

    def _ids(self, feats: list[str]) -> list[int]:
        """The model's numbers for the features it knows (it ignores the rest)."""
        attr = self._attr
        return [attr[f] for f in feats if f in attr]

    def _add_rows(self, tokens: list[str], first: int) -> _Words:
        """Score rows of words seen for the first time, from row `first`
        on, summed in one go; their rows, stems and the bigrams they begin."""
        need = first + len(tokens)
        if need > len(self._table):
            size = max(need, 2 * len(self._table))
            grown = np.zeros((size, *self._table.shape[1:]))
            grown[:first] = self._table[:first]
            self._table = grown
            flags = np.zeros(size, dtype=bool)
            flags[:first] = self._bigram_row[:first]
            self._bigram_row = flags
        row_of: dict[str, int] = {}
        stem_of: dict[str, str] = {}
        begins: dict[str, dict[str, int]] = {}
        groups: list[int] = []  # the group of each feature of each word
        counts: list[int] = []  # features of each word, the bias included
        group = self._group.get
        follows = self._follows
        bias, none = self._bias, repeat(0)
        for n, tok in enumerate(tokens, start=first):
            feats, stem = self._word(tok)
            row_of[tok] = n
            stem_of[tok] = stem
            f = follows.get(stem)
            if f is not None:
                begins[tok] = f
            groups.append(bias)
            groups += map(group, feats, none)
            counts.append(len(feats) + 1)
        # each feature's (slot, attribute) pairs, in the order of the word's
        # features: a cell of the table sums its weights in that order, as
        # crfsuite's feature lists hold them
        g = np.array(groups, dtype=np.intp)
        per = self._pairs_in[g]
        ends = np.cumsum(per)
        pair = np.arange(ends[-1]) + np.repeat(self._pairs_at[g] - (ends - per), per)
        rows = np.repeat(np.arange(first, need), np.add.reduceat(per, np.cumsum([0, *counts[:-1]])))
        self._table[first:need] = 0
        np.add.at(self._table, (rows, self._pair_slot[pair]), self._weights[self._pair_attr[pair]])
        self._bigram_row[first:need] = False
        self._bigram_row[[row_of[tok] for tok in begins]] = True
        return row_of, stem_of, begins

    def decode(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best label sequence of each sentence (an empty one gets [])."""
        out: list[list[str]] = [[] for _ in sentences]
        # longest first: the sentences still running at a position are a prefix
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        if not order:
            return out
        lengths = [len(sentences[i]) for i in order]
        # running[t]: how many sentences are longer than t; the tokens at
        # position t, one a running sentence, are lines at[t]… of the scores
        running = np.searchsorted(-np.asarray(lengths), -np.arange(lengths[0]), side="left")
        at = np.concatenate(([0], np.cumsum(running)))
        scores, line = self._scores([sentences[i] for i in order], at)
        best = self._viterbi(scores, running.tolist(), at.tolist())[line].tolist()
        labels = self.labels
        done = 0
        for i, n in zip(order, lengths, strict=True):
            out[i] = [labels[j] for j in best[done : done + n]]
            done += n
        return out

    def _scores(self, sentences: list[Sequence[str]], at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """State scores of every token, position first (the sentences'
        tokens at position t are lines at[t]…, in the sentences' order),
        and the line of each token in the sentences' order."""
        toks = list(chain.from_iterable(sentences))
        row_of, stem_of, begins = self._row_of, self._stem_of, self._begins
        new = [tok for tok in dict.fromkeys(toks) if tok not in row_of]  # in order of first use
        spilled: _Words | None = None
        if new:
            # the table keeps the first max_words words it meets (news
            # repeats its common words early); rarer ones get rows past
            # them, for this batch only
            room = max(0, self._max_words - len(row_of))
            if new[:room]:
                for known, added in zip((row_of, stem_of, begins), self._add_rows(new[:room], len(row_of) + 1),
                                        strict=True):
                    known.update(added)
            if new[room:]:
                spilled = self._add_rows(new[room:], self._max_words + 1)
        if spilled is None:
            r = np.array(list(map(row_of.__getitem__, toks)), dtype=np.intp)
        else:
            r = np.array(list(map(spilled[0].get, toks, map(row_of.get, toks))), dtype=np.intp)
        lengths = np.array([len(x) for x in sentences])
        total = len(toks)
        sent_ids = np.repeat(np.arange(len(sentences)), lengths)
        positions = np.arange(total) - (np.cumsum(lengths) - lengths)[sent_ids]
        left = lengths[sent_ids] - positions  # the token and those after it in its sentence
        # the table as (row, slot) lines: np.take of lines is three times
        # faster than indexing rows and a slot
        t = self._table.reshape(-1, self._table.shape[2])
        own = r * 5

        def near(d: int) -> np.ndarray:
            """Lines of the words d places away (the edge row where a
            sentence has none), to take their slot from."""
            out = np.full(total, _PAD_ROW * 5, dtype=np.intp)
            if d < 0:
                out[-d:] = own[:d]
                out[positions < -d] = _PAD_ROW * 5
            else:
                out[:-d] = own[d:]
                out[left <= d] = _PAD_ROW * 5
            return out

        s = (t.take(own + _OWN, axis=0) + t.take(near(-2) + _AS_M2, axis=0) + t.take(near(-1) + _AS_M1, axis=0)
             + t.take(near(1) + _AS_P1, axis=0) + t.take(near(2) + _AS_P2, axis=0))
        # a stem bigram only where the model knows one beginning with the
        # stem before (most words begin none)
        firsts = np.flatnonzero(self._bigram_row[r] & (left > 1)).tolist()
        if firsts:
            if spilled is not None:
                stem_of, begins = ChainMap(spilled[1], stem_of), ChainMap(spilled[2], begins)
            tok_ids, attr_ids = [], []
            for j in firsts:
                a = begins[toks[j]].get(stem_of[toks[j + 1]])
                if a is not None:
                    tok_ids.append(j + 1)
                    attr_ids.append(a)
            if tok_ids:
                # one bigram a token at most: no index repeats
                s[tok_ids] += self._weights[attr_ids]
        # laid out position first: a step of Viterbi reads a block of lines
        line = at[positions] + sent_ids
        out = np.empty_like(s)
        out[line] = s
        return out, line

    def _viterbi(self, scores: np.ndarray, running: list[int], at: list[int]) -> np.ndarray:
        """The best label of each line of `scores` (as from _scores): of the
        sentences sorted longest first, running[t] are longer than t."""
        count, n = running[0], scores.shape[1]
        # best[label, sentence]: a step's candidates are (label before,
        # sentence, label), so their max and argmax run over the outer
        # axis, elementwise (twice as fast as over a middle axis)
        best = np.ascontiguousarray(scores[:count].T)
        back = np.empty((len(scores), n), dtype=np.intp)  # lines as scores'
        trans = self._trans[:, None, :]
        buf = np.empty((n, count, n))
        top = np.empty((count, n))
        for t in range(1, len(running)):
            k, a = running[t], at[t]
            cand = np.add(best[:, :k, None], trans, out=buf[:, :k])
            cand.argmax(axis=0, out=back[a : a + k])
            # the same sums as before: the best candidate, then the scores
            cand.max(axis=0, out=top[:k])
            np.add(top[:k], scores[a : a + k], out=best[:, :k].T)
        path = np.empty(len(scores), dtype=np.intp)
        cur = best.argmax(axis=0)
        ids = np.arange(count)
        # a sentence's backtrace starts at its own end: until then its
        # entry of cur, never updated, holds its last label
        for t in range(len(running) - 1, -1, -1):
            k, a = running[t], at[t]
            path[a : a + k] = cur[:k]
            if t:
                cur[:k] = back[a + ids[:k], cur[:k]]
        return path
