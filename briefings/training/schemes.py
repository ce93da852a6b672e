"""Where ANERcorp and Wojood draw an organization's edges differently.

ANERcorp (the tail `bench/ner.py` measures) leaves a body's descriptive
head noun and its country adjective outside the name: «صحيفة [القدس]»,
«حركة [حماس]», «[الكونغرس] الأمريكي»; Wojood (which `make train` also
learns from) keeps both inside: «[جريدة القدس]», «[السلطة الوطنية
الفلسطينية]». Counted on the training portions (bench/README, "ORG
edges in the NER, fifteenth round"): ANERcorp writes a country adjective
right after an ORG span 51 times and as its last word 10; Wojood 1 and
55. The heads
are read off the data (`outside_heads`), not listed by hand.

Used by the bench to score the tail in ANERcorp's own scheme
(`bench/ner.py --anercorp-edges`) and, as an option, to map Wojood's
training sentences onto it (`train_ner --wojood-edges`). The shipped
tagger keeps the heads: the actor rules build a body with its head
either way (cut inside the tagger, no actor of the dev gold moved).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

Sentence = tuple[list[str], list[str]]
# a head must stand outside a name at least this often to count
MIN_OUTSIDE = 3


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    from briefings.extract.ner import spans

    return spans(tags)


def edge_counts(sentences: Iterable[Sentence], stem: Callable[[str], str]) -> tuple[Counter[str], Counter[str]]:
    """For each word (as `stem` reads it): how often it begins an ORG span
    of two words or more, and how often it stands untagged right before
    one."""
    first: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for toks, tags in sentences:
        for a, b, typ in _spans(tags):
            if typ != "ORG":
                continue
            if b - a >= 2:
                first[stem(toks[a])] += 1
            if a > 0 and tags[a - 1] == "O":
                before[stem(toks[a - 1])] += 1
    return first, before


def outside_heads(sentences: Iterable[Sentence], candidates: set[str] | frozenset[str],
                  stem: Callable[[str], str]) -> frozenset[str]:
    """The head nouns of `candidates` that `sentences` write before an
    organization's name more often than as its first word (and at least
    MIN_OUTSIDE times): on ANERcorp's training portion نادي، حركة، شركة،
    صحيفة، جريدة، مجلة، وكالة، قناة، قوات، فريق، قيادة …"""
    first, before = edge_counts(sentences, stem)
    return frozenset(w for w, n in before.items()
                     if w in candidates and n >= MIN_OUTSIDE and n > first[w])


def to_anercorp_edges(tokens: list[str], tags: list[str], heads: set[str] | frozenset[str],
                      nisbas: set[str] | frozenset[str], stem: Callable[[str], str]) -> list[str]:
    """`tags` with each ORG span of two words or more cut to ANERcorp's
    edges: a leading head of `heads` and a trailing country adjective of
    `nisbas` left outside (never both from a two-word span: a name
    stays)."""
    out = list(tags)
    for a, b, typ in _spans(tags):
        if typ != "ORG" or b - a < 2:
            continue
        if stem(tokens[a]) in heads:
            out[a] = "O"
            a += 1
            out[a] = "B-ORG"
        if b - a >= 2 and stem(tokens[b - 1]) in nisbas:
            out[b - 1] = "O"
    return out
