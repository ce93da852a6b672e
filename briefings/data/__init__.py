"""The files the package ships: the NER model and the word lists it reads."""

from __future__ import annotations

import gzip
from importlib import resources


def lines(name: str) -> list[str]:
    """The non-empty lines of a gzipped data file; none when it is missing
    (a checkout before `make train`)."""
    path = resources.files(__name__) / name
    if not path.is_file():
        return []
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        # read whole and split once (the text layer has turned every line
        # end into "\n"): a Python step a line cost a third of making the
        # tagger's word lists, read on every cold build
        return [line for line in f.read().split("\n") if line.strip()]
