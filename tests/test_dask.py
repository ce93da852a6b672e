"""Extraction on a Dask cluster (a LocalCluster of two worker processes on
127.0.0.1) writes the same JSON as a local run, byte for byte; and the site
builds from that JSON."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from conftest import BIN, ROOT, copy_project

INPUTS = [ROOT / "seeds", ROOT / "tests" / "search_corpus"]


def extract(out: Path, cache: Path, *extra: str) -> None:
    r = subprocess.run([str(BIN / "briefings"), "extract", *map(str, INPUTS), "-o", str(out), "--cache", str(cache), *extra],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr


def test_dask_engine_matches_a_local_run(tmp_path):
    from distributed import LocalCluster

    extract(tmp_path / "local", tmp_path / "c1", "--jobs", "1")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        dask = ("--engine", "dask", "--scheduler", cluster.scheduler_address)
        extract(tmp_path / "dask", tmp_path / "c2", *dask, "--report", str(tmp_path / "r1.json"))
        # the cluster's results are cached like a local run's: a rerun sends nothing
        extract(tmp_path / "again", tmp_path / "c2", *dask, "--report", str(tmp_path / "r2.json"))
    local = {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}
    remote = {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()}
    assert len(local) == 15
    assert remote == local
    assert {p.name: p.read_bytes() for p in (tmp_path / "again").iterdir()} == local
    reports = [json.loads((tmp_path / f"r{n}.json").read_text(encoding="utf-8")) for n in (1, 2)]
    assert reports[0]["extracted"] == 15 and reports[1]["extracted"] == 0

    project = copy_project(tmp_path / "p", seeds=[])
    r = subprocess.run([str(BIN / "briefings"), "build", "--from-json", str(tmp_path / "dask")], cwd=project,
                       capture_output=True, text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert r.returncode == 0, r.stderr
    assert len(list((project / "site" / "briefings").glob("*.html"))) == 15
