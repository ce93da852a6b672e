"""The actor merge across briefings (`site/collection.merge_actors`) over a
project's cached collection entries, once per hash seed, each in its own
process: its CPU seconds, how many actors' name sets it makes (actors of
one name kept apart count once), and how many of them are not the first
seed's. A merge that hangs on a
set's order of strings gives other pages in another process.

    .venv/bin/python bench/actor_merge_seeds.py PROJECT/.briefings-cache/entries/VERSION [--seeds 3]

Reads the cache only (every group file, in the order of their names)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _one(folder: Path) -> None:
    from briefings.site.collection import merge_actors

    entries = []
    for f in sorted(folder.glob("*/*.json")):
        group = json.loads(f.read_text(encoding="utf-8"))
        entries += [group[k] for k in sorted(group, key=int)]
    t = time.process_time()
    actors = merge_actors(entries)
    cpu = time.process_time() - t
    json.dump({"entries": len(entries), "cpu": cpu, "groups": sorted(sorted(a.names) for a in actors)},
              sys.stdout, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _one(args.folder)
        return
    first: set[tuple[str, ...]] | None = None
    for seed in range(1, args.seeds + 1):
        out = subprocess.run([sys.executable, __file__, str(args.folder), "--one"], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        got = json.loads(out)
        groups = {tuple(g) for g in got["groups"]}
        first = groups if first is None else first
        print(f"seed {seed}: {got['entries']} entries, {len(groups)} name sets, merge {got['cpu']:.2f} CPU s, "
              f"{len(groups - first)} not the first seed's")


if __name__ == "__main__":
    main()
