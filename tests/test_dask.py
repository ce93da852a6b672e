"""Extraction on a Dask cluster (a LocalCluster of two worker processes on
127.0.0.1) writes the same JSON as a local run, byte for byte; and the site
builds from that JSON; stories of briefings extracted there are those of a
local run."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import BIN, ROOT, copy_project

INPUTS = [ROOT / "seeds", ROOT / "tests" / "search_corpus"]


def extract(out: Path, cache: Path, *extra: str) -> None:
    r = subprocess.run([str(BIN / "briefings"), "extract", *map(str, INPUTS), "-o", str(out), "--cache", str(cache), *extra],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr


def stories(out: Path, *args: str) -> bytes:
    r = subprocess.run([str(BIN / "briefings"), "stories", *args, "-o", str(out)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_dask_engine_matches_a_local_run(tmp_path):
    from distributed import LocalCluster

    extract(tmp_path / "local", tmp_path / "c1", "--jobs", "1")
    inputs = list(map(str, INPUTS))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        extract(tmp_path / "dask", tmp_path / "c2", "--engine", "dask", "--scheduler", cluster.scheduler_address)
        # stories of briefings extracted on the cluster: the same document as of a local run
        on_dask = stories(tmp_path / "s-dask.json", *inputs, "--cache", str(tmp_path / "c3"), "--engine", "dask",
                          "--scheduler", cluster.scheduler_address)
    assert on_dask == stories(tmp_path / "s-local.json", *inputs, "--cache", str(tmp_path / "c1"))
    assert on_dask == stories(tmp_path / "s-json.json", "--from-json", str(tmp_path / "dask"))
    local = {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}
    remote = {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()}
    assert len(local) == 15
    assert remote == local

    project = copy_project(tmp_path / "p", seeds=[])
    r = subprocess.run([str(BIN / "briefings"), "build", "--from-json", str(tmp_path / "dask")], cwd=project,
                       capture_output=True, text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert r.returncode == 0, r.stderr
    assert len(list((project / "site" / "briefings").glob("*.html"))) == 15
