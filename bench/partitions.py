"""A partitioned site (`briefings build --partition month`) of an archive
simulated by copying extracted briefings: time and peak memory per
partition, and of the top level, as the archive grows.

    .venv/bin/python bench/partitions.py --corpus CORPUS_DIR N [--times 1 10]
    .venv/bin/python bench/partitions.py --from-json DIR [--times 1 10]

The base is the first N articles of SaudiNewsNet (CORPUS_DIR holds its
daily ZIPs; extracted once through a cache, `--cache`), or briefings
already extracted (`briefings extract … -o DIR`). For each T of `--times`
the base is copied T times, each copy with new ids (`<id>-x<i>`) and its
dates shifted by i times the months the base spans, so each copy falls in
partitions of its own: the simulated archive of T×N articles has T times
the partitions of the base, each as large as the base's. SaudiNewsNet
(27,000 articles, July–August 2015) ten times over is the 270,000-article
archive of issue 17: `--corpus DIR 27000 --times 1 10` (hours on two
cores). Nothing is extracted again for the copies.

Printed per T: the partitions' build times and peak memory (each in a
process of its own, two at a time on two cores), the split (reading every
briefing, writing it into its partition, the search postings) and the top
level (its pages and the one search index over all), the peak memory of
the process that does those two (not counting the partitions'), and the whole build's time.

`--steps` times the three steps one by one instead of the whole build, in
a process of the bench's own (`briefings.site.partition`'s functions): the
split, with the process's peak memory after it; `--sample K` partitions
(spread over the sorted partitions, two at a time; the others are not
built: each copy's partitions are the base's, new ids and dates aside, so
a sample costs what any of them does); the top level, with the peak after
it (the top level's actor index then links only the sampled partitions).
The whole build is then estimated as split + top + the partitions two at a
time, each costing what the sample's did on average. The copies are
written once into one folder that grows from one T to the next.
"""

from __future__ import annotations

import argparse
import calendar
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def base_briefings(args) -> Path:
    """A folder of extracted briefings: the one given, or the first N
    articles of the corpus extracted through the cache."""
    if args.from_json:
        return Path(args.from_json)
    from corpus import records

    work = Path(tempfile.mkdtemp(prefix="bench-partitions-base-"))
    (work / "seeds").mkdir()
    recs = records(Path(args.corpus), args.n)
    for i in range(0, len(recs), 100):
        (work / "seeds" / f"batch-{i // 100:04d}.json").write_text(json.dumps(recs[i : i + 100], ensure_ascii=False),
                                                                  encoding="utf-8")
    out = work / "json"
    r = subprocess.run([str(BIN / "briefings"), "extract", str(work / "seeds"), "-o", str(out), "--cache", args.cache],
                       env=ENV, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-3000:])
    return out


def shifted(published: str | None, months: int) -> str | None:
    """A date `months` later (the day kept, or the month's last)."""
    if not published or len(published) < 10:
        return published
    try:
        d = date.fromisoformat(published[:10])
    except ValueError:
        return published
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day).isoformat() + published[10:]


def simulate(base: Path, times: int, out: Path, start: int = 0) -> int:
    """The base copied `times` times into `out` (copies from `start` on:
    those before are there already); returns the articles."""
    files = sorted(base.glob("*.json"))
    months = sorted({(json.loads(f.read_text(encoding="utf-8"))["source"].get("published") or "")[:7] for f in files} - {""})
    span = 1
    if months:
        (y0, m0), (y1, m1) = (map(int, months[0].split("-")), map(int, months[-1].split("-")))
        span = (y1 - y0) * 12 + m1 - m0 + 1
    out.mkdir(parents=True, exist_ok=bool(start))
    n = start * len(files)
    for i in range(start, times):
        for f in files:
            b = json.loads(f.read_text(encoding="utf-8"))
            if i:
                b["id"] = f"{b['id']}-x{i}"
                b["source"]["published"] = shifted(b["source"].get("published"), i * span)
            (out / f"{b['id']}.json").write_text(json.dumps(b, ensure_ascii=False) + "\n", encoding="utf-8")
            n += 1
    return n


def project(folder: Path, by: str) -> Path:
    folder.mkdir(parents=True)
    cfg = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (folder / "mkdocs.yml").write_text(cfg.replace("  - briefings:\n", f"  - briefings:\n      partition: {by}\n", 1),
                                       encoding="utf-8")
    shutil.copytree(ROOT / "templates", folder / "templates")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(
        "index.md", "briefings", "archive", "actors", "timeline", "figures", "outlets", "months", "search", "fonts",
        "stories", "days", "feeds", "feed-*.xml"))
    (folder / "seeds").mkdir()
    return folder


def timed(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and the peak memory (MB) of the command's process and
    the processes it waited for."""
    t0 = time.perf_counter()
    with subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as p:
        err = p.stderr.read() if p.stderr else b""
        _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err.decode()[-3000:]}")
    return dt, usage.ru_maxrss // 1024


def run_steps(folder: Path, by: str, sample: int) -> dict:
    """The split, a sample of partitions and the top level of the project
    in `folder`, each timed (in this process: `--steps`)."""
    import resource

    from briefings.engines import load
    from briefings.site.partition.layout import Project
    from briefings.site.partition.part import build_parts, plan
    from briefings.site.partition.split import split
    from briefings.site.partition.top import build_top

    def peak() -> int:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

    cfg, plugin = load("mkdocs", str(folder / "mkdocs.yml"))
    plugin.config.from_json = str((folder / "json").resolve())
    project = Project.of(cfg, plugin)
    t0 = time.perf_counter()
    sp = split(project, by)
    out = {"split_seconds": time.perf_counter() - t0, "split_peak_mb": peak(), "articles": len(sp.report.built)}
    parts = [sp.parts[k] for k in sorted(sp.parts)]
    jobs, _ = plan(project, parts, {})
    picked = jobs[:: max(1, len(jobs) // sample)][:sample] if sample else []
    out["parts"] = {p.key: p.count for p in parts}
    out["sample"], failed = build_parts(picked, {}, 2)
    if failed:
        raise SystemExit(f"partitions failed: {failed}")
    t1 = time.perf_counter()
    build_top(project, sp, parts)
    out.update(top_seconds=time.perf_counter() - t1, top_peak_mb=peak())
    return out


def steps(base: Path, args) -> None:
    """`--steps`: each T's split, sampled partitions and top level timed."""
    print("| articles | partitions (largest) | split s | peak after split MB | top s | peak after top MB "
          "| sampled partitions: s, peak MB | whole build s, estimated | load |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    work = Path(tempfile.mkdtemp(prefix="bench-partitions-steps-"))
    done = 0
    for t in sorted(args.times):
        n = simulate(base, t, work / "json", done)
        done = t
        p = project(work / f"project-{t}x", args.by)
        (p / "json").symlink_to(work / "json")
        load = os.getloadavg()[0]
        r = subprocess.run([sys.executable, __file__, "--run-steps", str(p), "--by", args.by, "--sample", str(args.sample)],
                           env=ENV, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(r.stderr[-3000:])
        res = json.loads(r.stdout.strip().splitlines()[-1])
        sample = res["sample"]
        sizes = res["parts"]
        each = statistics.mean(x["seconds"] for x in sample) if sample else float("nan")
        whole = res["split_seconds"] + res["top_seconds"] + each * math.ceil(len(sizes) / 2)
        built = "; ".join(f"{x['part']} ({x['briefings']:,}): {x['seconds']:.0f}, {x['peak_mb']}" for x in sample)
        print(f"| {n:,} | {len(sizes)} ({max(sizes.values()):,}) | {res['split_seconds']:.0f} | {res['split_peak_mb']} "
              f"| {res['top_seconds']:.0f} | {res['top_peak_mb']} "
              f"| {built or '-'} "
              f"| {whole:.0f} | {load:.1f}–{os.getloadavg()[0]:.1f} |", flush=True)
        if not args.keep:
            shutil.rmtree(p, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="a folder of SaudiNewsNet's daily ZIPs")
    ap.add_argument("n", nargs="?", type=int, default=1000, help="articles of the corpus in the base")
    ap.add_argument("--from-json", help="a folder of extracted briefings as the base instead")
    ap.add_argument("--times", type=int, nargs="+", default=[1, 10], help="copies of the base to simulate")
    ap.add_argument("--by", choices=("year", "month"), default="month")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "bench-partitions-cache"))
    ap.add_argument("--keep", action="store_true", help="leave the simulated projects in place")
    ap.add_argument("--steps", action="store_true", help="time the split, a sample of partitions and the top level")
    ap.add_argument("--sample", type=int, default=0, help="with --steps: partitions to build")
    ap.add_argument("--run-steps", type=Path, help=argparse.SUPPRESS)  # the process `--steps` runs
    args = ap.parse_args()
    if args.run_steps:
        print(json.dumps(run_steps(args.run_steps, args.by, args.sample)))
        return
    if not (args.corpus or args.from_json):
        ap.error("--corpus DIR N or --from-json DIR")
    base = base_briefings(args)
    print(f"base: {len(list(base.glob('*.json')))} briefings in {base}")
    if args.steps:
        steps(base, args)
        return
    print("| articles | partitions | partition s (median / max) | partition peak MB (median / max) | split s | top s "
          "| parent peak MB | whole build s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for t in args.times:
        work = Path(tempfile.mkdtemp(prefix=f"bench-partitions-{t}x-"))
        n = simulate(base, t, work / "json")
        p = project(work / "project", args.by)
        dt, _ = timed([str(BIN / "briefings"), "build", "--from-json", str(work / "json")], p)
        rep = json.loads((p / ".briefings-cache" / "partitions" / "report.json").read_text(encoding="utf-8"))
        parts = [x for x in rep["parts"] if not x.get("unchanged")]
        secs = [x["seconds"] for x in parts]
        mem = [x["peak_mb"] for x in parts]
        print(f"| {n:,} | {len(rep['parts'])} (largest {max(x['briefings'] for x in rep['parts']):,}) "
              f"| {statistics.median(secs):.1f} / {max(secs):.1f} | {statistics.median(mem):.0f} / {max(mem)} "
              f"| {rep['split_seconds']:.1f} | {rep['top_seconds']:.1f} | {rep['parent_peak_mb']} | {dt:.0f} |", flush=True)
        for x in parts:
            print(f"    {x['part']}: {x['briefings']} briefings, {x['seconds']} s, {x['peak_mb']} MB", file=sys.stderr)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
