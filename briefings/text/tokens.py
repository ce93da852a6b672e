"""Word tokens with offsets. (Clitics are peeled by lookup: briefings.lang.ar.)"""

from __future__ import annotations

import re
from itertools import accumulate

from briefings.lang.ar import key, words
from briefings.model import Token
from briefings.text.memo import lookup

# A word: letters, marks and digits, allowing inner decimal marks (2.5, ٢٫٥,
# 4ر16 is handled by the figure parser) and inner hyphens.
_WORD_RE = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*|%|٪")


_WORD_OR_PUNCT_RE = re.compile(_WORD_RE.pattern + r"|[^\w\s]")


_CLITICS = words("proclitics")
_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
# A clitic glued to digits (و67، ب2015) is a token of its own: matched
# alone where a word would begin, and the digits then begin the next.
_GLUED = "[" + "".join(sorted(c for c in _CLITICS if len(c) == 1)) + "](?=[" + _DIGITS + "])|"
# One group around the whole: re.split gives the gaps and the tokens in
# turn, and their lengths give every offset without a match object each.
_SPLIT = {False: re.compile("(" + _GLUED + _WORD_RE.pattern + ")"),
          True: re.compile("(" + _GLUED + _WORD_OR_PUNCT_RE.pattern + ")")}


# word → key, read by map: a dict read costs a fraction of the cached
# function's call (bench/README.md, issue 12's speed round)
_KEYS: dict[str, str] = {}


def token_keys(texts: list[str]) -> list[str]:
    """The keys of token texts (`key` of each), from the table tokenize
    reads: the tagger's rules ask for the keys of the same words."""
    return lookup(_KEYS, texts, key, 300_000)


def tokenize(text: str, offset: int = 0, punct: bool = False) -> list[Token]:
    """Words (and, with `punct`, each punctuation mark) with their offsets.
    A clitic glued to digits (و67، ب2015) is a token of its own."""
    parts = _SPLIT[punct].split(text)
    at = list(accumulate(map(len, parts), initial=offset))
    ws = parts[1::2]
    keys = lookup(_KEYS, ws, key, 300_000)
    toks = list(map(Token, at[1::2], at[2::2], ws, keys))
    # a run of tatweel or marks alone is no word
    return [t for t in toks if t.key] if "" in keys else toks


def sentence_tokens(body: str, sentences) -> list[list[Token]]:
    """Tokens (punctuation included) of every sentence, computed once per
    article and shared by the extractors."""
    return [tokenize(body[s.start : s.end], s.start, punct=True) for s in sentences]


_PERCENT = ("%", "٪")


def _wordish(text: str) -> bool:
    return text[0].isalnum() or text in _PERCENT or any(c.isalnum() for c in text)


def words_only(toks: list[Token]) -> list[Token]:
    # most tokens begin with a letter or a digit: a test of one character
    # is cheaper than a read of a table of every token text (one a word);
    # a mark of one character is a word only as a percent sign (what
    # _wordish says of it, without the call: most of the rest are marks)
    return [t for t in toks if (x := t.text)[0].isalnum() or (x in _PERCENT if len(x) == 1 else _wordish(x))]
