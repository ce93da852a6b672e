"""SaudiNewsNet's records, read from a folder of its daily ZIPs, for the
benchmarks that build sites of the first N articles."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from briefings.training.corpus import articles


def records(corpus: Path, n: int) -> list[dict]:
    """The first `n` records with text, in the order of the daily files."""
    return list(islice((rec for rec in articles(corpus) if (rec.get("content") or "").strip()), n))
