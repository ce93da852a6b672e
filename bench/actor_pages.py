"""The actor merge and the actor pages of a build, one new article or
nothing changed, in CPU seconds (issue 17).

    .venv/bin/python bench/actor_pages.py PROJECT [--times 10] [--trials 5]

PROJECT is a project `bench/site.py --keep` left: its cache's entry parts
(each briefing's merge part, as a one-off build spools it) are read, `--times`
times under new ids (so each actor's component is that many times larger).
In a scratch folder, as a one-off build does (the kept merge and what the
actor pages keep read from and saved to a cache folder, a writer that
knows what it wrote): a cold build, then `--trials` builds with nothing
changed and `--trials` builds each with one new article (a random briefing
again under a new id, the same ones whatever the code). Printed per build:
the merge (its reading of the entries, add and finish), the actor pages,
and the save, in CPU s; the load average before. Works with the code
before site/actor_pages.py (run it with that code first on PYTHONPATH)."""

from __future__ import annotations

import argparse
import gc
import marshal
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from briefings.run import Report
from briefings.site import pages
from briefings.site.collection import canonical, name_key
from briefings.site.merge_kept import KeptMerge
from briefings.site.render import Renderer
from briefings.site.writer import Writer

try:
    from briefings.site.actor_pages import KeptPages, actor_pages_of
except ImportError:  # the code before
    KeptPages = None


def merge_parts(project: Path, times: int) -> list[bytes]:
    out = []
    for folder in (project / ".briefings-cache" / "entry-parts").iterdir():
        for f in sorted(folder.rglob("*.marshal")):
            group = marshal.loads(f.read_bytes())
            out.extend(group[k][1] for k in sorted(group))
    parts = []
    for k in range(times):
        for raw in out:
            if k:
                e = marshal.loads(raw)
                e["id"] = f"{e['id']}-{k}"
                raw = canonical(e)
            parts.append(raw)
    return parts


def build(raws: list[bytes], cache: Path, docs: Path, renderer: Renderer) -> tuple[float, float, float]:
    name_key.cache_clear()  # a build is a process of its own
    writer = Writer(docs, cache / "manifest.json", ("actors",), "bench")
    # the spool holds each entry's head as it is (not timed)
    heads = [pages.head(marshal.loads(raw)) for raw in raws] if KeptPages is not None else []
    t0 = time.process_time()
    merge = KeptMerge.load(cache)
    tagged = []
    if KeptPages is not None:
        kept = KeptPages.load(cache, merge.token)
        for (bid, tags, named), raw in zip(heads, raws, strict=True):
            if tags:
                tagged.append((bid, tags))
            if named:
                merge.add_raw(bid, raw)
        actors = merge.finish()
        t1 = time.process_time()
        actor_pages_of(actors, renderer, docs, writer.put, merge, kept, writer.keep)
        t2 = time.process_time()
        saved = merge.save(cache, force=kept.whole and kept.made is not None)
        kept.save(cache, merge.token, saved)
    else:
        for raw in raws:
            e = marshal.loads(raw)
            if e["tags"]:
                tagged.append((e["id"], e["tags"]))
            merge.add(e, raw)
        actors = merge.finish()
        t1 = time.process_time()
        pages._actor_pages_of(actors, renderer, docs, writer.put)
        t2 = time.process_time()
        merge.save(cache)
    t3 = time.process_time()
    writer.finish("bench", Report())
    build.written = writer.written
    return t1 - t0, t2 - t1, t3 - t2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("project", type=Path)
    ap.add_argument("--times", type=int, default=1)
    ap.add_argument("--trials", type=int, default=5)
    args = ap.parse_args()
    raws = merge_parts(args.project, args.times)
    renderer = Renderer(args.project / "templates")
    tmp = Path(tempfile.mkdtemp(prefix="bench-actor-pages-"))
    cache, docs = tmp / "cache", tmp / "docs"
    cache.mkdir()
    gc.disable()  # as in a build
    code = "actor_pages" if KeptPages is not None else "before"
    try:
        r = random.Random(7)
        print(f"{code}: {len(raws)} briefings; cold build: merge {build(raws, cache, docs, renderer)}", flush=True)
        build(raws, cache, docs, renderer)  # settled
        for kind in ("nothing changed", "one new"):
            for t in range(args.trials):
                if kind == "one new":
                    e = marshal.loads(r.choice(raws))
                    e["id"] = f"{e['id']}-new{t}"
                    raws.append(canonical(e))
                load = os.getloadavg()[0]
                m, p, s = build(raws, cache, docs, renderer)
                print(f"{code} {kind:15s} merge {m:.3f}  actor pages {p:.3f}  save {s:.3f}  all {m + p + s:.3f} CPU s"
                      f"  ({build.written} pages written; load {load:.1f})", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
