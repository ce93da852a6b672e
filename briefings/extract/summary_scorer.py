"""A sentence scorer for the summary, learned without the gold
(bench/summary_learn.py fits it on corpus articles, each sentence labelled
by the article's own title or by a second outlet's report of the story):
what it reads of each candidate after the lede, and its value. The
summarizer uses it only when briefings/data/summary.json is shipped; none
is (the seventeenth round's lifted tune and not check: bench/README.md)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from briefings.extract.summary_words import content_words, is_content
from briefings.model import Actor, Figure, Quote, Sentence, Token

# the learned sentence scorer (bench/summary_learn.py writes it): weights
# over FEATURES, fitted on corpus articles labelled by their own titles or
# a second outlet's report, never on the gold; the sentences it weighs are
# the candidates after the lede up to SCORED
_MODEL = Path(__file__).resolve().parent.parent / "data" / "summary.json"
FEATURES = (
    "bias", "first", "position", "same_paragraph", "figure", "first_figure", "date", "actors",
    "salience", "words", "long", "quote", "central", "spread", "lede_overlap", "colon",
)
SCORED = 12
# how far into the article a word is counted for a sentence's centrality
CENTRAL_SPAN = 40
_QUOTE_MARKS = frozenset("«»\"“”")


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped scorer: {"weights": [...], "mean": [...], "scale": [...],
    "figure_rule": bool}; no file, no scorer (the summary reads in order)."""
    try:
        m = json.loads(_MODEL.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    if tuple(m.get("features", ())) != FEATURES:
        raise ValueError(f"{_MODEL} was fitted on other features: rerun bench/summary_learn.py")
    return m


def _keys(body: str, s: Sentence, tokens: Sequence[Sequence[Token]] | None) -> frozenset[str]:
    if tokens is not None and s.id < len(tokens):
        return frozenset(t.key for t in tokens[s.id] if is_content(t.key))
    return content_words(body[s.start : s.end])


def features(body: str, sentences: list[Sentence], candidates: list[Sentence], figures: list[Figure],
             tokens: Sequence[Sequence[Token]] | None = None, actors: Sequence[Actor] = (),
             quotes: Sequence[Quote] = (), figure_window: int = 8) -> list[list[float]]:
    """What the scorer reads of each candidate after the lede (up to
    SCORED): where it stands, whether it holds a figure, a date, actors, a
    quote, how long it is, how many of its words the rest of the article
    repeats (centrality), and how much of the lede it repeats. Nothing here
    reads a title or a gold summary."""
    lede, rest = candidates[0], candidates[1:SCORED]
    if not rest:
        return []
    counted = {f.sentence for f in figures if f.kind in ("count", "money", "percent", "measure")}
    dated = {f.sentence for f in figures if f.kind == "date"}
    first_figure = next((s.id for s in candidates[1:figure_window] if s.id in counted), None)
    in_sentence: dict[int, set[int]] = {}
    weight: dict[int, float] = {}
    for n, a in enumerate(actors):
        for m in a.mentions:
            in_sentence.setdefault(m.sentence, set()).add(n)
            weight[m.sentence] = max(weight.get(m.sentence, 0.0), a.salience)
    quoted = {q.sentence for q in quotes}
    keys = {s.id: _keys(body, s, tokens) for s in sentences[:CENTRAL_SPAN]}
    for s in rest:
        if s.id not in keys:
            keys[s.id] = _keys(body, s, tokens)
    df: dict[str, int] = {}
    for ks in keys.values():
        for k in ks:
            df[k] = df.get(k, 0) + 1
    lede_keys = keys.get(lede.id) or _keys(body, lede, tokens)
    n_sents = max(len(sentences), 1)
    out = []
    for i, s in enumerate(rest, 1):
        ks = keys[s.id]
        text = body[s.start : s.end]
        n_words = len(text.split())
        size = max(len(ks), 1)
        out.append([
            1.0,
            1.0 if i == 1 else 0.0,
            1.0 / i,
            1.0 if s.paragraph == lede.paragraph else 0.0,
            1.0 if s.id in counted else 0.0,
            1.0 if s.id == first_figure else 0.0,
            1.0 if s.id in dated else 0.0,
            min(len(in_sentence.get(s.id, ())), 4) / 4,
            weight.get(s.id, 0.0),
            math.log(1 + n_words),
            1.0 if n_words > 45 else 0.0,
            1.0 if s.id in quoted or any(c in _QUOTE_MARKS for c in text) else 0.0,
            sum(df[k] > 1 for k in ks) / size,
            sum(math.log(df[k]) for k in ks) / size / math.log(1 + n_sents),
            len(ks & lede_keys) / size,
            1.0 if ":" in text else 0.0,
        ])
    return out


def scores(rows: list[list[float]], m: dict) -> list[float]:
    """The scorer's value of each row (a logit: higher is kept first)."""
    w, mean, scale = m["weights"], m["mean"], m["scale"]
    return [sum(wi * (x - mu) / sc for wi, x, mu, sc in zip(w, row, mean, scale, strict=True)) for row in rows]
