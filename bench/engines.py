"""Build time of one site with each engine: MkDocs, ProperDocs, Zensical.

    .venv/bin/python bench/engines.py CORPUS_DIR [-n 1000] [--repeat 3]

CORPUS_DIR holds SaudiNewsNet's daily ZIPs (README: Data and licences).
One project of the first N articles (one JSON file per 100, as a scraper
writes them) is generated once (`briefings generate`: extraction and
pages, timed). Then, interleaved and `--repeat` times, each engine builds
the site into an empty folder of its own with `briefings build --engine E`
(generation finds nothing changed, so this is the engine's share):
Zensical both without its cache (`.cache/`, as on a fresh machine) and
with it. Prints each median and the spread; needs `briefings[zensical]`
and `briefings[properdocs]`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import records

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def make_project(corpus: Path, n: int) -> Path:
    p = Path(tempfile.mkdtemp(prefix=f"bench-engines-{n}-"))
    done = subprocess.run([str(BIN / "briefings"), "init", str(p / "site-project")], env=ENV, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr)
    p = p / "site-project"
    (p / "seeds" / "sample.txt").unlink()
    recs = records(corpus, n)
    if len(recs) < n:
        raise SystemExit(f"{corpus}: only {len(recs)} articles")
    for i in range(0, n, 100):
        (p / "seeds" / f"batch-{i // 100:04d}.json").write_text(json.dumps(recs[i : i + 100], ensure_ascii=False),
                                                                  encoding="utf-8")
    return p


def timed(cmd: list[str], cwd: Path) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stderr[-3000:]}")
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, help="a folder of SaudiNewsNet daily ZIPs")
    ap.add_argument("-n", type=int, default=1000, help="articles")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    p = make_project(args.corpus, args.n)
    gen = timed([str(BIN / "briefings"), "generate"], p)
    pages = sum(1 for _ in (p / "docs").rglob("*.md"))
    print(f"{args.n} articles, {pages} pages; briefings generate (extraction and pages, cold): {gen:.1f} s", flush=True)
    runs: dict[str, list[float]] = {"mkdocs": [], "properdocs": [], "zensical (no cache)": [], "zensical (cache)": []}
    for _ in range(args.repeat):
        for label in runs:
            engine = label.split()[0]
            site = p / f"site-{engine}"
            shutil.rmtree(site, ignore_errors=True)
            if label == "zensical (no cache)":
                shutil.rmtree(p / ".cache", ignore_errors=True)
            runs[label].append(timed([str(BIN / "briefings"), "build", "--engine", engine, "-d", str(site)], p))
            print(f"  {label}: {runs[label][-1]:.1f} s (load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"briefings build --engine E into an empty site folder, median of {args.repeat} (min-max):")
    for label, times in runs.items():
        print(f"  {label:22s} {statistics.median(times):6.1f} s  ({min(times):.1f}-{max(times):.1f})")
    shutil.rmtree(p.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
