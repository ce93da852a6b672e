"""Word tokens with offsets. (Clitics are peeled by lookup: briefings.lang.ar.)"""

from __future__ import annotations

import re

from briefings.lang.ar import key, words
from briefings.model import Token

# A word: letters, marks and digits, allowing inner decimal marks (2.5, ٢٫٥,
# 4ر16 is handled by the figure parser) and inner hyphens.
_WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*|%|٪")


_WORD_OR_PUNCT_RE = re.compile(_WORD_RE.pattern + r"|[^\w\s]")


_CLITICS = words("proclitics")
_DIGITS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def tokenize(text: str, offset: int = 0, punct: bool = False) -> list[Token]:
    """Words (and, with `punct`, each punctuation mark) with their offsets.
    A clitic glued to digits (و67، ب2015) is a token of its own."""
    pattern = _WORD_OR_PUNCT_RE if punct else _WORD_RE
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        w = m.group()
        if len(w) > 1 and w[0] in _CLITICS and w[1] in _DIGITS:
            out.append(Token(s + offset, s + offset + 1, w[0], key(w[0])))
            out.append(Token(s + offset + 1, e + offset, w[1:], key(w[1:])))
        else:
            k = key(w)
            if k:  # a run of tatweel or marks alone is no word
                out.append(Token(s + offset, e + offset, w, k))
    return out


def sentence_tokens(body: str, sentences) -> list[list[Token]]:
    """Tokens (punctuation included) of every sentence, computed once per
    article and shared by the extractors."""
    return [tokenize(body[s.start : s.end], s.start, punct=True) for s in sentences]


def words_only(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.text[0].isalnum() or t.text in ("%", "٪") or any(c.isalnum() for c in t.text)]
