"""Reading NER data in CoNLL form into (tokens, tags), and the splits we
train and measure on.

ANERcorp: one token and its tag a line, a blank line between sentences.
Wojood: nested entities, every tag covering a token in its own column,
outermost first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

Sentence = tuple[list[str], list[str]]

# Wojood's types onto ANERcorp's. Its geo-political entities, natural
# locations and facilities are all places to ANERcorp (LOC); its occupations
# teach the tagger titles (TIT, which is never scored); nationalities,
# events, dates, numbers and the rest are not entities to ANERcorp (O).
_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "OCC": "TIT"}
_TYPES = ("PER", "ORG", "LOC", "MISC", "TIT")


def read_conll(path: Path, wojood: bool = False) -> Iterator[Sentence]:
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if toks:
                    yield toks, tags
                toks, tags = [], []
                continue
            if wojood and parts[0] == "$#$":
                continue  # Wojood's paragraph mark, not a word
            toks.append(parts[0])
            if wojood:
                tag = _wojood_tag(parts[1:])
                prev = tags[-1] if tags else "O"
                if tag.startswith("I-") and prev[2:] != tag[2:]:
                    # the rest of a title after a name inside it is not
                    # a title of its own
                    tag = "O" if tag == "I-TIT" else "B-" + tag[2:]
                tags.append(tag)
            else:
                tags.append(_tag(parts[1] if len(parts) > 1 else "O"))
    if toks:
        yield toks, tags


def _tag(tag: str) -> str:
    if not tag.startswith(("B-", "I-")) or tag[2:] not in _TYPES:
        return "O"
    return tag


def _wojood_tag(columns: list[str]) -> str:
    """The outermost of a token's entities that ANERcorp has a type for,
    except that a title (OCC) gives way to a name inside it: in
    `سكرتير اللجنة القومية في نابلس` the title is TIT, the committee ORG
    and the city LOC, as ANERcorp would tag the same words."""
    mapped = [(c[:2], _WOJOOD[c[2:]]) for c in columns if c.startswith(("B-", "I-")) and c[2:] in _WOJOOD]
    named = [m for m in mapped if m[1] != "TIT"] or mapped
    return f"{named[0][0]}{named[0][1]}" if named else "O"


def split_tail(sentences: list[Sentence], tail: float = 0.2) -> tuple[list[Sentence], list[Sentence]]:
    """The file in document order cut in two at the first sentence boundary
    past (1 - tail) of its tokens: the head to train on, the tail to
    measure on. A random sentence split would put sentences of one story on
    both sides (news repeats its names within a story) and overstate the
    score."""
    total = sum(len(t) for t, _ in sentences)
    seen = 0
    for i, (toks, _) in enumerate(sentences):
        if seen >= (1 - tail) * total:
            return sentences[:i], sentences[i:]
        seen += len(toks)
    return sentences, []


def split_every(sentences: list[Sentence], every: int = 10) -> tuple[list[Sentence], list[Sentence]]:
    """Every tenth sentence held out: the random split the model used to be
    measured on, kept to show how much it overstates."""
    head = [s for i, s in enumerate(sentences) if i % every != every - 1]
    held = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return head, held
