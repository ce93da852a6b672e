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
"""

from __future__ import annotations

import argparse
import calendar
import json
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


def simulate(base: Path, times: int, out: Path) -> int:
    """The base copied `times` times into `out`; returns the articles."""
    files = sorted(base.glob("*.json"))
    months = sorted({(json.loads(f.read_text(encoding="utf-8"))["source"].get("published") or "")[:7] for f in files} - {""})
    span = 1
    if months:
        (y0, m0), (y1, m1) = (map(int, months[0].split("-")), map(int, months[-1].split("-")))
        span = (y1 - y0) * 12 + m1 - m0 + 1
    out.mkdir(parents=True)
    n = 0
    for i in range(times):
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
        "stories", "days", "feeds"))
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="a folder of SaudiNewsNet's daily ZIPs")
    ap.add_argument("n", nargs="?", type=int, default=1000, help="articles of the corpus in the base")
    ap.add_argument("--from-json", help="a folder of extracted briefings as the base instead")
    ap.add_argument("--times", type=int, nargs="+", default=[1, 10], help="copies of the base to simulate")
    ap.add_argument("--by", choices=("year", "month"), default="month")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "bench-partitions-cache"))
    ap.add_argument("--keep", action="store_true", help="leave the simulated projects in place")
    args = ap.parse_args()
    if not (args.corpus or args.from_json):
        ap.error("--corpus DIR N or --from-json DIR")
    base = base_briefings(args)
    print(f"base: {len(list(base.glob('*.json')))} briefings in {base}")
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
