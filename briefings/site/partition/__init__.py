"""The site partitioned by year or month, for archives past one machine:
one MkDocs process holds every page of its site in memory, so each
partition is a site of its own, built by its own process (local processes
or tasks on a Dask cluster), and a small top-level site links them.

    site/index.html               the partitions, with their counts and dates
    site/actors/…                 actors across partitions (by name), each linking its partitions' pages
    site/assets/search/           one search index over every partition
    site/2015-08/…                a partition: the site a single build makes of its briefings alone

A build runs in three steps:
1. split: every briefing (extracted through the cache, or `--from-json`)
   is written as `<id>.json` into its partition's folder under the cache,
   and its search postings and actors go to the top level;
2. partitions: each partition whose briefings or code changed is built
   (`briefings build` of a config made of the project's with a few keys set,
   reading that folder); an unchanged one is left as it is;
3. top level: its pages and the search index are generated, built with
   MkDocs and copied into site/.

The steps are modules of this package: `split` (1), `configs` and `part`
(2: a partition's config, its build), `top` (3); `layout` says where
each thing is kept.

Links between partitions are relative (`../2015-08/briefings/<id>.html`), so
the site still works from disk. A partition's pages load the top level's
search.js, which reads the top level's index; the index says which folder
each document's partition is (`parts` in meta.js).
"""

from __future__ import annotations

import json
import resource
import sys
import time

from briefings.fsutil import read_json_object, write_if_changed
from briefings.run import Report
from briefings.site.partition.layout import Project, part_of
from briefings.site.partition.part import build_parts, forget_gone, plan
from briefings.site.partition.split import split as split_briefings
from briefings.site.partition.top import build_top

__all__ = ["PartitionError", "build", "part_of"]


def build(cfg, plugin, by: str, jobs: int | None = None, scheduler: str | None = None) -> tuple[Report, list[dict]]:
    """A partitioned build of the project (module docstring). Returns the
    report of the briefings and a line per partition: its time and peak
    memory, or that it was unchanged. A partition that fails to build
    raises after the others are done."""
    project = Project.of(cfg, plugin)
    t0 = time.perf_counter()
    sp = split_briefings(project, by, jobs, scheduler, progress=sys.stderr.isatty())
    split_seconds = time.perf_counter() - t0
    parts = [sp.parts[k] for k in sorted(sp.parts)]
    stamps_file = project.parts_dir / "stamps.json"
    stamps = read_json_object(stamps_file)
    todo, results = plan(project, parts, stamps)
    stamps = forget_gone(project, stamps, {p.key for p in parts})
    built, failed = build_parts(todo, stamps, jobs, scheduler)
    results += built
    write_if_changed(stamps_file, json.dumps(stamps, sort_keys=True))
    t1 = time.perf_counter()
    build_top(project, sp, parts)
    timing = {"split_seconds": round(split_seconds, 2), "top_seconds": round(time.perf_counter() - t1, 2),
              # this process: the split and the top level (each partition's is its own)
              "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
              "parts": sorted(results, key=lambda r: r["part"])}
    write_if_changed(project.parts_dir / "report.json", json.dumps(timing, ensure_ascii=False, indent=1))
    if failed:
        raise PartitionError("; ".join(f"partition {r['part']}: {r['stderr'].strip().splitlines()[-1:] or r['returncode']}"
                                       for r in failed))
    return sp.report, timing["parts"]


class PartitionError(Exception):
    """A partition's build failed (its message names the partition)."""
