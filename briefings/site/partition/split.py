"""Step 1 of a partitioned build: every briefing into its partition's
folder of JSON, its search postings and actors kept for the top level."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
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
    dealer = _Dealer(project, by, Postings(cache), report)
    try:
        for item in stream:
            dealer.deal(item)
    except BaseException:
        dealer.abandon()
        raise
    dealer.close()
    if project.parts_dir.is_dir():
        for folder in project.parts_dir.iterdir():
            if folder.name == TOP or not (folder / "json").is_dir():
                continue
            for p in (folder / "json").glob("*.json"):
                if p not in dealer.wanted:
                    p.unlink()
    return Split(dealer.parts, dealer.actors, report)


@dataclass
class _Dealer:
    """Deals each briefing of the stream to its partition: its JSON, its
    spool record, its actors counted."""

    project: Project
    by: str
    postings: Postings
    report: Report
    parts: dict[str, Part] = field(default_factory=dict)
    actors: dict[str, dict] = field(default_factory=dict)
    wanted: set[Path] = field(default_factory=set)
    spools: dict[str, SpoolWriter] = field(default_factory=dict)

    def deal(self, item) -> None:
        b = item.light
        key = part_of(b.published, self.by)
        part = self.parts.setdefault(key, Part(key))
        whole = item.whole()
        path = self.project.parts_dir / key / "json" / f"{b.id}.json"
        self.wanted.add(path)
        write_if_changed(path, json.dumps(whole, ensure_ascii=False) + "\n")
        part.count += 1
        day = (b.published or "")[:10]
        if day:
            part.first = min(part.first or day, day)
            part.last = max(part.last, day)
        w = self.spools.get(key)
        if w is None:
            w = self.spools[key] = SpoolWriter(self.project.parts_dir / key / SPOOL)
        w.add(b, self.postings.of(item))
        _count_actors(self.actors, whole["actors"], key)
        self.report.built.append(b.id)

    def close(self) -> None:
        for key, w in self.spools.items():
            w.close()
            self.parts[key].spool = w.path
        self.postings.close()

    def abandon(self) -> None:
        for w in self.spools.values():
            w.abandon()


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
