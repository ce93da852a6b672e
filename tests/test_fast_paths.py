"""The speed round's shortcuts (bench/README.md, "Extraction speed,
eighteenth round") give what the long way gives."""

from __future__ import annotations

import gzip
import re
from importlib import resources

import pytest

from briefings.data import lines
from briefings.extract.actors.outlets import _outlet_mentions
from briefings.extract.ner_features import Featurizer, _shape
from briefings.text.tokens import _wordish, tokenize, words_only

_DIGITS_RE = re.compile(r"[.,٫٬]*(?:\d[.,٫٬]*)*")


def _shape_long_way(tok: str) -> str:
    if tok.isdigit() or _DIGITS_RE.fullmatch(tok):
        return "D"
    if tok.isascii() and tok.isalpha():
        return "L"
    if not any(c.isalnum() for c in tok):
        return "P"
    return "A"


@pytest.mark.parametrize("tok", ["وزير", "والسفارة", "٢٠١٥", "2015", "3.5", "٢٫٥", "Reuters", "abc1", "", "،",
                                 "...", "ـ", "\u064bب", "Ωmega", "ℵ", "_", "%", "٪"])
def test_shape_is_the_long_ways(tok):
    assert _shape(tok) == _shape_long_way(tok)


def test_word_features_keep_their_order():
    w = Featurizer()._word("والسفارة")
    # the order the decoder sums weights in: the key, the stem, the clitic,
    # and the shape after the four affixes
    assert w[:3] == ["w=والسفاره", "s=السفاره", "c=و"]
    assert w[7] == "sh=A"


def test_words_only_is_the_wordish_filter():
    toks = tokenize("ارتفع المؤشر 3.5% و٢٫٥٪ _ ـ (أمس) — «قال» ...", punct=True)
    assert words_only(toks) == [t for t in toks if _wordish(t.text)]
    assert [t.text for t in words_only(toks) if not t.text[0].isalnum()] == ["%", "٪"]


def test_outlet_after_a_clitic_passes_the_joined_keys_test():
    body = "صرح الوزير «للرياض» بأن الخطة جاهزة."
    toks = tokenize(body, punct=True)
    found = _outlet_mentions(body, toks, 0, "الرياض", 0)
    assert [toks[r.first].text for r in found] == ["للرياض"]
    body = "صرح الوزير لصحيفة أخرى بأن الخطة جاهزة."
    assert _outlet_mentions(body, tokenize(body, punct=True), 0, "الرياض", 0) == []


def test_lines_read_whole_are_the_lines_read_one_by_one():
    path = resources.files("briefings.data") / "clusters.txt.gz"
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        one_by_one = [line.rstrip("\n") for line in f if line.strip()]
    assert lines("clusters.txt.gz") == one_by_one
