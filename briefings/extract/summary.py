"""An extractive summary: three whole sentences a reader would keep (the
news itself, its most important figure, its context), each shown without
the dateline or byline that opens it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.extract import summary_scorer as scorer
from briefings.extract.summary_words import WORD as _WORD
from briefings.extract.summary_words import content_words as _words
from briefings.lang.ar import key, lookup, words
from briefings.model import Actor, Figure, Quote, Sentence, SummaryItem, Token

# «رابط الخبر بصحيفة الوئام: <the title>»: the link back to the outlet that
# one outlet ends its articles with (309 lines over 2015-07-21 and -22, in
# 54 of 2,457 summaries there), the headline again, no sentence of the news
_BYLINE = re.compile(r"^\s*(?:بقلم|كتب|كتبت|تصوير|المصدر|اقرأ أيضا|اقرأ أيضاً|رابط الخبر)\b")
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

    m = scorer.model()
    if candidates[0].id not in with_figure and m.get("figure_rule", True):
        chosen += [s for s in candidates[1:FIGURE_WINDOW] if s.id in with_figure and not repeats(s)][:1]
    order = candidates[1:]
    if m.get("next") and len(candidates) > 1 and candidates[1] not in chosen and not repeats(candidates[1]):
        # the sentence after the lede, which the reader's summary keeps
        # most often (22 of 28 tune articles): the scorer weighs the rest
        chosen.append(candidates[1])
    if m and len(candidates) > 2:
        value = scorer.scores(scorer.features(body, sentences, candidates, figures, tokens, actors, quotes, FIGURE_WINDOW), m)
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
