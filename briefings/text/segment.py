"""Paragraphs and sentences of an article body, as offsets into it.

Sentences end at . ! ? ؟ … (runs such as `..` or `!؟` count once), not
where a comma follows (`لماذا؟، ولماذا`), never at the Arabic comma, never
inside a closed quotation, and a period glued to the next word
(`العراق.وقال`) still ends one. A paragraph is one line.
"""

from __future__ import annotations

import bisect
import re

from briefings.model import Paragraph, Sentence

_TERMINATORS = ".!?؟…"
_OPEN = {"«": "»", "“": "”", "‹": "›", "„": "“"}
_CLOSERS_AFTER = "\"'»”›)]}"
_END_PUNCT = _TERMINATORS + ":؛;\"'»”›"
_CAPTION_END = re.compile(r"\([^()]{2,60}\)\s*$")
_SINGLE_LETTER_ABBR = set("دمصهـأ")
# the characters the scans below act on; the rest of a paragraph is skipped
_QUOTE_MARK_RE = re.compile("[" + re.escape("".join({*_OPEN, *_OPEN.values(), '"'})) + "]")
_TERMINATOR_RE = re.compile(f"[{re.escape(_TERMINATORS)}]")
# a comma right after a terminator's run (spaces between, not a line break)
_COMMA_AFTER = re.compile(r"[ \t\u00a0]*[،,]")


def paragraphs(body: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    seen_lede = False
    for m in re.finditer(r"[^\n]+", body):
        start, end = m.start(), m.end()
        text = m.group()
        stripped = text.strip()
        if not stripped:
            continue
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        kind = _paragraph_kind(stripped)
        if kind == "body" and not seen_lede:
            kind = "lede"
            seen_lede = True
        out.append(Paragraph(start, end, kind))
    return out


def _paragraph_kind(text: str) -> str:
    if text.startswith("#"):
        return "subheading"
    if text[-1] in _END_PUNCT:
        return "body"
    if _CAPTION_END.search(text):
        return "caption"
    if len(text.split()) <= 10:
        return "subheading"
    return "body"


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Closed quotations in one paragraph; unclosed marks are ignored so a
    stray quote cannot swallow the rest of the text."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for m in _QUOTE_MARK_RE.finditer(text):
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            stack.append((_OPEN[ch], i))
        elif stack and ch == stack[-1][0]:
            _, s = stack.pop()
            if not stack:
                regions.append((s, i + 1))
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                regions.append((straight, i + 1))
                straight = None
    return regions


def _quoted(regions: list[tuple[int, int]]):
    """A test of whether an offset lies inside one of the regions (not on
    its marks), by bisection over their union: a paragraph may hold
    thousands of quotations and of periods."""
    union: list[list[int]] = []
    for s, e in sorted((s, e - 1) for s, e in regions):
        if union and s < union[-1][1]:
            union[-1][1] = max(union[-1][1], e)
        else:
            union.append([s, e])
    starts = [s for s, _ in union]

    def inside(i: int) -> bool:
        k = bisect.bisect_left(starts, i) - 1
        return k >= 0 and i < union[k][1]

    return inside


def _split(text: str) -> list[tuple[int, int]]:
    inside = _quoted(_quote_regions(text))
    spans: list[tuple[int, int]] = []
    start = ran = 0
    n = len(text)
    for m in _TERMINATOR_RE.finditer(text):
        i = m.start()
        if i < ran or inside(i):
            continue  # in a run already read, or quoted
        if text[i] == "." and _is_inner_period(text, i):
            continue
        j = i + 1
        while j < n and (text[j] in _TERMINATORS or text[j] in _CLOSERS_AFTER):
            j += 1
        ran = j
        if _COMMA_AFTER.match(text, j):
            continue  # «…؟!، ولماذا»: the writer goes on; a sentence opening with a comma is none
        spans.append((start, j))
        start = j
    if start < n:
        spans.append((start, n))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        if not chunk.strip():
            continue
        s += len(chunk) - len(chunk.lstrip())
        e -= len(chunk) - len(chunk.rstrip())
        if re.search(r"\w", text[s:e]):
            out.append((s, e))
        elif out:  # stray punctuation joins the sentence before it
            out[-1] = (out[-1][0], e)
    return out


def _is_inner_period(text: str, i: int) -> bool:
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before.isdecimal() and after.isdecimal():
        return True  # a decimal point
    # a one-letter abbreviation such as د. (doctor)
    if before in _SINGLE_LETTER_ABBR and (i < 2 or not text[i - 2].isalnum()):
        return True
    # dotted initials in Arabic script: إف.بي.آي
    if before.isalpha() and after.isalpha() and not before.isascii():
        word_start = i
        while word_start > max(0, i - 3) and text[word_start - 1].isalpha():
            word_start -= 1
        if i - word_start <= 2:
            return True
    # a Latin abbreviation or domain (U.S., example.com)
    if before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
        return True
    return False


def sentences(body: str, paras: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, p in enumerate(paras):
        for s, e in _split(body[p.start : p.end]):
            out.append(Sentence(len(out), p.start + s, p.start + e, p_index, p.kind))
    return out
