"""Streaming the SaudiNewsNet corpus (daily ZIPs of JSON arrays)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

# the blind actors sample's day and quote set 4's: nothing is mined from
# them, nor read item by item
HELD = ("2015-07-25", "2015-07-26")


def articles(folder: Path, skip: tuple[str, ...] = ()) -> Iterator[dict]:
    """Every article of the daily ZIPs, in order; `skip` names days left
    out (the blind and held samples' days)."""
    for _, a in dated_articles(folder, skip):
        yield a


def dated_articles(folder: Path, skip: tuple[str, ...] = ()) -> Iterator[tuple[str, dict]]:
    """As `articles`, each with its day (the ZIP's name: 2015-07-25)."""
    for z in sorted(folder.glob("*.zip")):
        if z.stem in skip:
            continue
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if name.endswith(".json"):
                    for a in json.loads(zf.read(name)):
                        yield z.stem, a


def write_gz_lines(path: Path, lines: list[str]) -> None:
    """Gzip with no timestamp or name in the header, so reruns are byte-identical."""
    import gzip

    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
