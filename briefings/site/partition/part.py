"""Step 2 of a partitioned build: which partitions changed, and each of
those built by `briefings build` of its config in a process of its own."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from briefings.run.executors import executor
from briefings.site.partition.configs import part_config
from briefings.site.partition.layout import GENERATED, Project
from briefings.site.partition.split import Part
from briefings.versions import rendering_version, templates_version

_PLUGIN = Path(__file__).resolve().parents[2] / "plugin.py"


def stamp(config: Path, project: Project) -> str:
    """What a partition's site depends on: its config, its briefings (names,
    sizes, times), the hand-written pages, the code and templates."""
    folder = config.parent
    h = hashlib.sha256(config.read_bytes())
    h.update(f"{rendering_version()}\x00{templates_version(project.templates)}\x00".encode())
    h.update(_PLUGIN.read_bytes())
    for sub in ("json", "docs"):
        for p in sorted((folder / sub).rglob("*")):
            if p.is_file() and not (sub == "docs" and p.relative_to(folder / sub).as_posix().startswith(GENERATED)):
                st = p.stat()
                h.update(f"{p.relative_to(folder)}\x00{st.st_size}\x00{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def build_part(job: dict) -> dict:
    """Build one partition: `briefings build` of its config, in a process of
    its own (so its memory is its own, and measured). A task of any
    executor: it needs the project's folders, so on a Dask cluster the
    workers share its file system."""
    t0 = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with subprocess.Popen([sys.executable, "-m", "briefings.cli", "build", "-f", job["config"]],
                          cwd=str(Path(job["config"]).parent), env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) as proc:
        err = proc.stderr.read() if proc.stderr else b""
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return {"part": job["part"], "seconds": round(time.perf_counter() - t0, 2), "peak_mb": round(usage.ru_maxrss / 1024),
            "returncode": proc.returncode, "stderr": err.decode("utf-8", "replace")[-2000:],
            "host": socket.gethostname(), "pid": os.getpid()}


def plan(project: Project, parts: list[Part], stamps: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """Each partition's config written; the jobs of the partitions to build
    (what they depend on changed, or their site is missing), and a line for
    each that is left as it is."""
    jobs, unchanged = [], []
    for part in parts:
        config = part_config(project, part.key)
        st = stamp(config, project)
        if stamps.get(part.key) == st and (project.site / part.key / "index.html").is_file():
            unchanged.append({"part": part.key, "briefings": part.count, "unchanged": True})
        else:
            jobs.append({"part": part.key, "config": str(config), "stamp": st, "briefings": part.count})
    return jobs, unchanged


def forget_gone(project: Project, stamps: dict[str, str], keys: set[str]) -> dict[str, str]:
    """Partitions gone (no briefing left in them): their folders go too;
    returns the stamps of those that remain."""
    for gone in set(stamps) - keys:
        shutil.rmtree(project.site / gone, ignore_errors=True)
        shutil.rmtree(project.parts_dir / gone, ignore_errors=True)
    return {k: v for k, v in stamps.items() if k in keys}


def build_parts(jobs: list[dict], stamps: dict[str, str], workers: int | None = None,
                scheduler: str | None = None) -> tuple[list[dict], list[dict]]:
    """The jobs on the executor asked for (local processes or a Dask
    cluster); each built partition's stamp recorded in `stamps`, a failed
    one's dropped. Returns a line for each, and the failed ones."""
    results, failed = [], []
    ex = executor(workers, len(jobs), scheduler)
    try:
        for job, res in zip(jobs, ex.map(build_part, jobs), strict=True):
            if isinstance(res, Exception):
                res = {"part": job["part"], "returncode": -1, "stderr": f"{type(res).__name__}: {res}"}
            res["briefings"] = job["briefings"]
            results.append(res)
            if res["returncode"] == 0:
                stamps[job["part"]] = job["stamp"]
            else:
                stamps.pop(job["part"], None)
                failed.append(res)
    finally:
        ex.close()
    return results, failed
