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
        return [line.rstrip("\n") for line in f if line.strip()]
