"""Extraction speed over the SaudiNewsNet corpus: articles per second on one
core and on all cores, and peak memory, each from a cold cache.

    .venv/bin/python bench/extract.py CORPUS_DIR [--files N]

CORPUS_DIR holds SaudiNewsNet's daily ZIPs (README: Data and licences).

Prints one line per run; zero crashes means every article is either built
or listed as skipped with its reason.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(inputs: list[Path], jobs: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-extract-"))
    try:
        cmd = [str(Path(sys.executable).parent / "briefings"), "extract", *map(str, inputs), "-o", str(work / "out"),
               "--cache", str(work / "cache"), "--jobs", str(jobs), "--report", str(work / "report.json")]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"briefings extract failed:\n{proc.stderr[-2000:]}")
        report = json.loads((work / "report.json").read_text(encoding="utf-8"))
        return {"jobs": jobs, "seconds": elapsed, "built": report["built"], "skipped": len(report["skipped"]),
                "reasons": sorted({s["reason"] for s in report["skipped"]}),
                "peak_mb": after.ru_maxrss / 1024, "cpu_s": (after.ru_utime - before.ru_utime)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, help="a folder of SaudiNewsNet daily ZIPs")
    ap.add_argument("--files", type=int, default=0, help="only the first N daily files (0: all)")
    args = ap.parse_args()
    files = sorted(args.corpus.glob("*.zip"))
    if args.files:
        files = files[: args.files]
    cores = os.cpu_count() or 1
    print(f"corpus: {len(files)} daily files, {cores} cores")
    for jobs in sorted({1, cores}):
        r = run(files, jobs)
        print(f"jobs={r['jobs']}: {r['built']} built, {r['skipped']} skipped {r['reasons']}, "
              f"{r['seconds']:.1f} s, {r['built'] / r['seconds']:.1f} articles/s "
              f"({r['built'] / r['cpu_s']:.1f} per CPU second: steadier on a busy machine), "
              f"peak RSS of one process {r['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
