"""The peak memory of a cold build, and how it grows with the collection.

    .venv/bin/python bench/build_memory.py PROJECT N [N ...] [--build] [--extract] [-j J]

PROJECT is a project whose seeds/ are the bench's batch files (as
`bench/site.py --keep` writes them, or its `project()`), and whose
extraction cache (.briefings-cache/extract) holds them, so that the sizes
measured share one extraction. For each N it makes a project of the seed
article and the first (N - 1) / 100 batch files, with a copy of that
extraction cache (hard links: entries are replaced, never rewritten) and
nothing else of the cache, and runs, cold:

  - `briefings generate -j J` (default), or `briefings build` with
    `--build` (the same, then MkDocs over the pages);
  - with `--extract`, no extraction cache: the articles are extracted by
    J worker processes, whose memory is the tree's too.

While it runs, the process tree (the command and its workers) is sampled
every 0.2 s from /proc: the sum of RSS and of PSS (smaps_rollup: a page
shared by a forked worker and its parent counts once, split between them).
It prints each run's peak of the tree, the peak RSS of the command's own
process (its high-water mark), CPU time, and, between the smallest and the
largest N, the growth a briefing and the line carried to 27,000.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def sub_project(project: Path, n: int, extract: bool) -> Path:
    p = Path(tempfile.mkdtemp(prefix=f"bench-memory-{n}-"))
    shutil.copy(project / "mkdocs.yml", p / "mkdocs.yml")
    shutil.copytree(project / "templates", p / "templates")
    shutil.copytree(project / "docs", p / "docs", ignore=shutil.ignore_patterns(
        "index.md", "briefings", "archive", "actors", "timeline", "figures", "outlets", "months", "search", "fonts",
        "stories", "days"))
    (p / "seeds").mkdir()
    batches = sorted((project / "seeds").glob("batch-*.json"))
    for f in sorted((project / "seeds").glob("*.txt")) + batches[: -(-(n - 1) // 100)]:
        shutil.copy(f, p / "seeds" / f.name)
    if not extract:
        (p / ".briefings-cache").mkdir()
        subprocess.run(["cp", "-al", str(project / ".briefings-cache" / "extract"), str(p / ".briefings-cache")],
                       check=True)
    return p


def _tree(root: int) -> list[int]:
    """The process and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _rollup(pid: int) -> tuple[int, int]:
    """RSS and PSS of a process, in kB (0, 0 when it is gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_rss = self.peak_pss = 0  # of the tree, kB
        self.workers_at_peak: list[tuple[int, int]] = []  # (rss, pss) of each other process at the tree's peak PSS
        self.hwm = 0  # the command's own process's high-water mark, kB
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.hwm = max(self.hwm, _hwm(self.pid))
            pids = _tree(self.pid)
            got = [_rollup(p) for p in pids]
            rss, pss = sum(r for r, _ in got), sum(p for _, p in got)
            self.peak_rss = max(self.peak_rss, rss)
            if pss > self.peak_pss:
                self.peak_pss = pss
                self.workers_at_peak = [g for p, g in zip(pids, got, strict=True) if p != self.pid and g[0]]
            self.done.wait(self.every)


def run(p: Path, build: bool, jobs: int, phases: bool = False) -> dict:
    if phases:
        cmd = [sys.executable, str(Path(__file__).with_name("generate_phases.py")), *(["build"] if build else []),
               "-j", str(jobs)]
    else:
        cmd = [str(BIN / "briefings"), "build"] if build else [str(BIN / "briefings"), "generate", "-j", str(jobs)]
    t0 = time.perf_counter()
    with (p / "run.err").open("w") as err:
        proc = subprocess.Popen(cmd, cwd=p, env=ENV, stdout=subprocess.DEVNULL, stderr=err)
        sampler = Sampler(proc.pid)
        sampler.start()
        # wait4, not wait: the rusage of this one run (CPU, and the largest
        # process of its tree)
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    text = (p / "run.err").read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed in {p}:\n{text[-3000:]}")
    return {"wall": wall, "tree_rss": sampler.peak_rss / 1024, "tree_pss": sampler.peak_pss / 1024,
            "hwm": sampler.hwm / 1024, "cpu": usage.ru_utime + usage.ru_stime,
            "workers": [(r / 1024, s / 1024) for r, s in sampler.workers_at_peak],
            "summary": [line for line in text.strip().splitlines() if "built" in line][-1:],
            "phases": [line for line in text.splitlines() if line.startswith("[")]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("project", type=Path)
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--build", action="store_true", help="briefings build (MkDocs too), not generate")
    ap.add_argument("--extract", action="store_true", help="extract too (no extraction cache)")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--phases", action="store_true",
                    help="generate (or build) with its steps' memory printed (bench/generate_phases.py)")
    ap.add_argument("--target", type=int, default=27_000)
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        p = sub_project(args.project.resolve(), n, args.extract)
        r = run(p, args.build, args.jobs, args.phases)
        r["n"] = n
        rows.append(r)
        workers = ", ".join(f"{rss:.0f}/{pss:.0f}" for rss, pss in r["workers"]) or "none"
        print(f"N={n}: tree peak RSS {r['tree_rss']:.0f} MB, PSS {r['tree_pss']:.0f} MB "
              f"(other processes at the PSS peak, RSS/PSS MB: {workers}); "
              f"the command process's peak RSS {r['hwm']:.0f} MB; CPU {r['cpu']:.1f} s, wall {r['wall']:.1f} s; "
              f"{' '.join(r['summary'])}  [{p}]", flush=True)
        for line in r["phases"]:
            print("   ", line, flush=True)
        if not args.keep:
            shutil.rmtree(p, ignore_errors=True)
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        for what in ("hwm", "tree_rss", "tree_pss"):
            slope = (b[what] - a[what]) / (b["n"] - a["n"])  # MB a briefing
            print(f"{what}: {slope * 1024:.1f} KB a briefing from {a['n']} to {b['n']}; "
                  f"at {args.target}: {b[what] + slope * (args.target - b['n']):.0f} MB")


if __name__ == "__main__":
    main()
