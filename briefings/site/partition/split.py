"""Step 1 of a partitioned build: every briefing into its partition's
folder of JSON, its search postings and actors kept for the top level."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.lang.ar.normalize import key_text
from briefings.run import Options as RunOptions
from briefings.run import Report, items, items_from_json
from briefings.site.partition.layout import TOP, Project, part_of
from briefings.site.partition.spool import SPOOL, SpoolWriter
from briefings.site.postings import Postings


@dataclass
class Part:
    """A partition as the split saw it."""

    key: str
    count: int = 0
    first: str = ""
    last: str = ""
    spool: Path | None = None  # its briefings' light forms and postings, for the top level's index


@dataclass
class Split:
    parts: dict[str, Part]
    actors: dict[str, dict]  # type:key → {"type", "names": {name: n}, "parts": {part: {name: n}}}
    report: Report


def split(project: Project, by: str, jobs: int | None = None, scheduler: str | None = None,
          progress: bool = False) -> Split:
    """Each briefing into its partition's folder of JSON (written only when
    it changed, so an unchanged partition's files keep their times); files
    of briefings gone or moved are deleted."""
    report = Report()
    cache = project.cache
    if project.from_json:
        stream = items_from_json(project.from_json, report)
    else:
        opts = RunOptions(inputs=[project.seeds], cache_dir=cache, max_bytes=project.max_bytes)
        stream = items(opts, report, jobs, progress, scheduler=scheduler)
    postings = Postings(cache)
    parts: dict[str, Part] = {}
    actors: dict[str, dict] = {}
    wanted: set[Path] = set()
    spools: dict[str, SpoolWriter] = {}
    try:
        _deal(project, stream, by, postings, parts, actors, wanted, spools, report)
    except BaseException:
        for w in spools.values():
            w.abandon()
        raise
    for key, w in spools.items():
        w.close()
        parts[key].spool = w.path
    postings.close()
    if project.parts_dir.is_dir():
        for folder in project.parts_dir.iterdir():
            if folder.name == TOP or not (folder / "json").is_dir():
                continue
            for p in (folder / "json").glob("*.json"):
                if p not in wanted:
                    p.unlink()
    return Split(parts, actors, report)


def _deal(project: Project, stream, by: str, postings: Postings, parts: dict[str, Part], actors: dict[str, dict],
          wanted: set[Path], spools: dict[str, SpoolWriter], report: Report) -> None:
    """Each briefing of the stream to its partition: its JSON, its spool
    record, its actors counted."""
    for item in stream:
        b = item.light
        key = part_of(b.published, by)
        part = parts.setdefault(key, Part(key))
        whole = item.whole()
        path = project.parts_dir / key / "json" / f"{b.id}.json"
        wanted.add(path)
        write_if_changed(path, json.dumps(whole, ensure_ascii=False) + "\n")
        part.count += 1
        day = (b.published or "")[:10]
        if day:
            part.first = min(part.first or day, day)
            part.last = max(part.last, day)
        w = spools.get(key)
        if w is None:
            w = spools[key] = SpoolWriter(project.parts_dir / key / SPOOL)
        w.add(b, postings.of(item))
        _count_actors(actors, whole["actors"], key)
        report.built.append(b.id)


def _count_actors(actors: dict[str, dict], found: list[dict], key: str) -> None:
    """A briefing's actors, each once, counted by name overall and in its
    partition: actors are joined across partitions by the name's matching key."""
    seen = set()
    for a in found:
        k = f"{a['type']}:{key_text(a['name'])}"
        if k in seen or not key_text(a["name"]):
            continue
        seen.add(k)
        rec = actors.setdefault(k, {"type": a["type"], "names": {}, "parts": {}})
        rec["names"][a["name"]] = rec["names"].get(a["name"], 0) + 1
        names = rec["parts"].setdefault(key, {})
        names[a["name"]] = names.get(a["name"], 0) + 1
