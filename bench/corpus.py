"""SaudiNewsNet's records, read from a folder of its daily ZIPs, for the
benchmarks that build sites of the first N articles."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path


def records(corpus: Path, n: int) -> list[dict]:
    """The first `n` records with text, in the order of the daily files."""
    out: list[dict] = []
    for z in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name)):
                    if (rec.get("content") or "").strip():
                        out.append(rec)
                        if len(out) >= n:
                            return out
    return out
