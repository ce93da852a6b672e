"""Reading the CoNLL files of ../shared/data/ner into (tokens, tags)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

# Wojood's types onto ours; OCC (occupation) teaches titles.
_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "OCC": "TIT"}


def read_conll(path: Path, wojood: bool = False) -> Iterator[tuple[list[str], list[str]]]:
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
            tok = parts[0]
            tag = parts[1] if len(parts) > 1 else "O"
            if not tag.startswith(("B-", "I-")):
                tag = "O"
            if wojood and tag != "O":
                typ = _WOJOOD.get(tag[2:])
                tag = f"{tag[:2]}{typ}" if typ else "O"
            elif tag != "O" and tag[2:] not in ("PER", "ORG", "LOC", "MISC", "TIT"):
                tag = "O"
            toks.append(tok)
            tags.append(tag)
    if toks:
        yield toks, tags


def split_anercorp(path: Path, held_out_every: int = 10):
    """Deterministic split: every tenth sentence is held out for dev."""
    train, dev = [], []
    for i, sent in enumerate(read_conll(path)):
        (dev if i % held_out_every == held_out_every - 1 else train).append(sent)
    return train, dev
