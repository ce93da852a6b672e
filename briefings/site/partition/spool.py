"""The top level's one search index over every partition, made without
holding the archive in memory.

The split writes each briefing's light form and postings to its
partition's spool file instead of keeping them (about 60 KB a briefing in
a process: 16 GB at 270,000). The top level then reads one partition at a
time, folds its wire copies, and deals every posting to a bucket file by
its region (a term's first two letters, which decide its shard); then it
makes the shards of one bucket's regions at a time. What stays in memory
for the whole archive is a row of each briefing (its id, title, date,
outlet and lead). The files are the ones IndexBuilder writes with
everything in memory (`tests/test_partition_spool.py` holds them equal).
"""

from __future__ import annotations

import os
import pickle
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from briefings.run import LightBriefing
from briefings.site.search_index import IndexBuilder, _region_name

SPOOL = "search-spool.pickle"  # in a partition's folder, beside json/
BUCKETS = 128  # a bucket holds about 1/BUCKETS of the archive's postings

Put = Callable[[Path, object], None]


class SpoolWriter:
    """A partition's (light briefing, postings) records, appended as the
    split meets them and put in place when it ends."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._tmp = path.with_name(path.name + ".tmp")
        self._file = self._tmp.open("wb")

    def add(self, light: LightBriefing, scores: dict[str, list]) -> None:
        pickle.dump((light, scores), self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> None:
        self._file.close()
        os.replace(self._tmp, self.path)

    def abandon(self) -> None:
        self._file.close()
        self._tmp.unlink(missing_ok=True)


def read_spool(path: Path) -> Iterator[tuple[LightBriefing, dict[str, list]]]:
    """The records of a partition's spool file, in the split's order.
    The file is the split's own output in the project's cache: pickle is
    read from there only."""
    return _records(path)


def _records(path: Path) -> Iterator:
    """The objects pickled one after another into a file of ours."""
    with path.open("rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def _bucket(name: str) -> int:
    return zlib.crc32(name.encode()) % BUCKETS


class _Buckets:
    """Postings dealt to files by their region, then read back a bucket at
    a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[int] = set()

    def deal(self, start: int, scores: list[dict[str, list]]) -> None:
        """One partition's postings; its documents are numbered from `start`."""
        held: dict[int, list[tuple[int, dict[str, list]]]] = {}  # bucket → (doc, its postings there)
        for n, sc in enumerate(scores):
            mine: dict[int, dict[str, list]] = {}
            for t, posting in sc.items():
                b = _bucket(_region_name(t[:2]))
                got = mine.get(b)
                if got is None:
                    got = mine[b] = {}
                got[t] = posting
            for b, part in mine.items():
                held.setdefault(b, []).append((start + n, part))
        for b, rows in held.items():
            with (self.folder / f"{b}.pickle").open("ab") as f:
                pickle.dump(rows, f, protocol=pickle.HIGHEST_PROTOCOL)
            self.used.add(b)

    def regions(self) -> Iterator[IndexBuilder]:
        """For each bucket, a builder holding its regions' postings only."""
        for b in sorted(self.used):
            held, touched = IndexBuilder(), set()
            path = self.folder / f"{b}.pickle"
            for rows in _records(path):
                for doc, part in rows:
                    held.add_postings(doc, part, touched)  # as a build with everything in memory adds them
            path.unlink()
            yield held


def write_index(parts: list[tuple[str, Path, list[dict]]], out: Path, put: Put, scratch: Path) -> None:
    """One search index over the partitions, written through `put`: each
    partition as (its folder's name, its spool file, its wire-copy groups),
    in the order their documents are numbered."""
    index = IndexBuilder()
    starts, groups = [], []
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=scratch) as tmp:
        buckets = _Buckets(Path(tmp))
        for key, spool, part_groups in parts:
            start = len(index.docs)
            starts.append([start, f"{key}/"])
            local = IndexBuilder()
            for light, scores in read_spool(spool):
                local.add(light, scores)
                index.add(light, {})
            local.fold(part_groups)  # a group's copies are within one partition
            buckets.deal(start, local.scores)
            groups += part_groups
        for held in buckets.regions():
            for name, terms in held.shard_terms.items():
                files, split = held.region(terms)  # the shards as a build with everything in memory makes them
                for rel, text in files.items():
                    put(out / rel, text)
                index.written_elsewhere(name, split)
    index.write(out, put, groups, parts=starts)
