"""An extractive summary: three whole sentences a reader would keep (the
news itself, its most important figure, its context), each shown without
the dateline or byline that opens it."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from briefings.lang.ar import is_stop, key, lookup, words
from briefings.lang.ar.calendar import valued
from briefings.model import Actor, Figure, Quote, Sentence, SummaryItem, Token

# a day named relative to publication (اليوم، أمس) says nothing of the story
_DAYS = frozenset(valued("day"))
_WORD = re.compile(r"[\w\u064b-\u065f]+")
_BYLINE = re.compile(r"^\s*(?:بقلم|كتب|كتبت|تصوير|المصدر|اقرأ أيضا|اقرأ أيضاً)\b")
# «… سمات جامعة الدمام وظيفة إدارية»: the tags one outlet glues to its
# articles' last line (1,322 of 3alyoum's articles in the corpus end so),
# words in a row with no mark to end them
_TAGS = re.compile(r"\s*سمات\s[^.!?؟…\n]*$")
# what opens a lead before its news: إيلاف من لندن: … ، واس- جدة: … ،
# عبد الرحمن الفيفي- سبق- فيفاء: … (an outlet, a writer, a place; a few words
# each, or an outlet in quote marks: أنقرة - «الشرق الأوسط»: …, joined by
# dashes or by من, then a colon)
_PART = r"(?:«[^«»:\n]{1,40}»|[^\s:،.؛\-–—«»\"“”]+(?:\s+[^\s:،.؛\-–—«»\"“”]+){0,2})"
_DATELINE = re.compile(rf"\s*(?:{_PART}(?:\s*[-–—]\s*{_PART}){{1,3}}|{_PART}\s+من\s+{_PART})\s*[-–—]?\s*:\s*")
# a prefix with a speech verb is a speaker (وقال مسؤول من الوزارة: …)
_SPEECH = words("speech_verbs")
# how far past the lead a sentence holding the article's figure may be
# taken from, and the share of a sentence's words already in the summary
# that makes it a repetition
FIGURE_WINDOW = 8
REPEATED = 0.5
# a shorter sentence is a fragment (a title, a caption run into the text)
MIN_WORDS = 6


@lru_cache(maxsize=200_000)
def _content_key(word: str) -> str | None:
    k = key(word)
    return k if len(k) > 1 and not is_stop(k) and k not in _DAYS else None


def _words(text: str) -> frozenset[str]:
    ks = frozenset(map(_content_key, _WORD.findall(text)))
    return ks - _NONE if None in ks else ks


_NONE = frozenset({None})


# the learned sentence scorer (bench/summary_learn.py writes it): weights
# over FEATURES, fitted on corpus articles labelled by their own titles,
# never on the gold; the sentences it weighs are the candidates after the
# lede up to SCORED
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


@lru_cache(maxsize=300_000)
def _content(k: str) -> bool:
    return len(k) > 1 and not is_stop(k) and k not in _DAYS


def _keys(body: str, s: Sentence, tokens: Sequence[Sequence[Token]] | None) -> frozenset[str]:
    if tokens is not None and s.id < len(tokens):
        return frozenset(t.key for t in tokens[s.id] if _content(t.key))
    return _words(body[s.start : s.end])


def features(body: str, sentences: list[Sentence], candidates: list[Sentence], figures: list[Figure],
             tokens: Sequence[Sequence[Token]] | None = None, actors: Sequence[Actor] = (),
             quotes: Sequence[Quote] = ()) -> list[list[float]]:
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
    first_figure = next((s.id for s in candidates[1:FIGURE_WINDOW] if s.id in counted), None)
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


def candidates_of(body: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences a summary may take: no caption, subheading, byline,
    outlet's tags or fragment, unless nothing else is left."""
    candidates = [
        s for s in sentences
        if s.kind in ("lede", "body") and len(body[s.start : s.end].split()) >= MIN_WORDS and not _BYLINE.match(body[s.start : s.end])
        and not _TAGS.match(body[s.start : s.end])
    ]
    return candidates or [s for s in sentences if s.kind not in ("caption",)] or list(sentences)


def summarize(body: str, sentences: list[Sentence], figures: list[Figure], n: int = 3,
              tokens: Sequence[Sequence[Token]] | None = None, actors: Sequence[Actor] = (),
              quotes: Sequence[Quote] = ()) -> list[SummaryItem]:
    """The lede, then the first sentence that holds a figure (unless the
    lede has one), then the sentences the scorer weighs highest (in order
    without a scorer), each skipped when half its words are already in the
    summary. Captions, subheadings, bylines and an outlet's tags are never
    chosen."""
    candidates = candidates_of(body, sentences)
    if not candidates:
        return []
    # a sentence's words are read when it is weighed, and most never are
    words: dict[int, frozenset[str]] = {}

    def words_of(s: Sentence) -> frozenset[str]:
        ws = words.get(s.id)
        if ws is None:
            ws = words[s.id] = _words(body[s.start : s.end])
        return ws

    with_figure = {f.sentence for f in figures if f.kind in ("count", "money", "percent", "measure")}
    chosen = [candidates[0]]

    def repeats(s: Sentence) -> bool:
        ws = words_of(s)
        return bool(ws) and any(len(ws & words_of(c)) >= REPEATED * len(ws) for c in chosen)

    m = model()
    if candidates[0].id not in with_figure and m.get("figure_rule", True):
        chosen += [s for s in candidates[1:FIGURE_WINDOW] if s.id in with_figure and not repeats(s)][:1]
    order = candidates[1:]
    if m.get("next") and len(candidates) > 1 and candidates[1] not in chosen and not repeats(candidates[1]):
        # the sentence after the lede, which the reader's summary keeps
        # most often (22 of 28 tune articles): the scorer weighs the rest
        chosen.append(candidates[1])
    if m and len(candidates) > 2:
        value = scores(features(body, sentences, candidates, figures, tokens, actors, quotes), m)
        ranked = sorted(range(len(value)), key=lambda i: -value[i])
        order = [candidates[1 + i] for i in ranked] + candidates[1 + len(value):]
    for fresh_only in (True, False):  # a repetition only when nothing else is left
        for s in order:
            if len(chosen) < n and s not in chosen and not (fresh_only and repeats(s)):
                chosen.append(s)
    return [_item(body, s) for s in sorted(chosen, key=lambda s: s.id)]


def _item(body: str, s: Sentence) -> SummaryItem:
    """The sentence as shown: without an opening dateline, as a span of the
    article (the text is never changed, only where it starts)."""
    start = s.start
    if s.kind == "lede" or s.id == 0:
        m = _DATELINE.match(body, s.start, s.end)
        said = any(lookup(key(w), _SPEECH).word in _SPEECH for w in _WORD.findall(body[s.start : m.end()])) if m else True
        if not said and len(body[m.end() : s.end].split()) >= 4:
            start = m.end()
    return SummaryItem(sentence=s.id, text=body[start : s.end], start=start, end=s.end)
