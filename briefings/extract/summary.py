"""An extractive summary: three whole sentences a reader would keep."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from briefings.lang.ar import is_stop, key
from briefings.lang.ar.calendar import valued
from briefings.model import Figure, Sentence, SummaryItem

# a day named relative to publication (اليوم، أمس) says nothing of the story
_DAYS = frozenset(valued("day"))
_WORD = re.compile(r"[\w\u064b-\u065f]+")
_BYLINE = re.compile(r"^\s*(?:بقلم|كتب|كتبت|تصوير|المصدر|اقرأ أيضا|اقرأ أيضاً)\b")


@lru_cache(maxsize=200_000)
def _content_key(word: str) -> str | None:
    k = key(word)
    return k if len(k) > 1 and not is_stop(k) and k not in _DAYS else None


def _words(text: str) -> list[str]:
    return [k for w in _WORD.findall(text) if (k := _content_key(w)) is not None]


def summarize(body: str, sentences: list[Sentence], figures: list[Figure], n: int = 3) -> list[SummaryItem]:
    """Score sentences by how central their words are to the article, with
    the lede first and a bonus for holding a figure; captions, subheadings
    and bylines are never chosen."""
    candidates = [
        s for s in sentences
        if s.kind in ("lede", "body") and len(body[s.start : s.end].split()) >= 6 and not _BYLINE.match(body[s.start : s.end])
    ]
    if not candidates:
        candidates = [s for s in sentences if s.kind not in ("caption",)] or list(sentences)
    freq: Counter[str] = Counter()
    words = {s.id: _words(body[s.start : s.end]) for s in candidates}
    for ws in words.values():
        freq.update(set(ws))
    with_figure = {f.sentence for f in figures if f.kind in ("count", "money", "percent", "measure")}
    scores = {}
    for rank, s in enumerate(candidates):
        ws = set(words[s.id])
        if not ws:
            scores[s.id] = -1.0
            continue
        centrality = sum(math.log1p(freq[w]) for w in ws) / (len(ws) ** 0.5 * 3)
        # news puts what matters first: position weighs as much as centrality
        position = 2.0 / (1 + rank) ** 0.5
        scores[s.id] = centrality + position + (0.6 if s.id in with_figure else 0.0) + (2.0 if rank == 0 else 0.0)
    chosen = sorted(sorted(candidates, key=lambda s: -scores[s.id])[:n], key=lambda s: s.id)
    return [SummaryItem(sentence=s.id, text=body[s.start : s.end]) for s in chosen]
