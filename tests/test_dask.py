"""Extraction on a Dask cluster (a LocalCluster of two worker processes on
127.0.0.1) writes the same JSON as a local run, byte for byte; and the site
builds from that JSON; stories of briefings extracted there are those of a
local run."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from conftest import BIN, ROOT, copy_project

INPUTS = [ROOT / "seeds", ROOT / "tests" / "search_corpus"]


def extract(out: Path, cache: Path, *extra: str) -> list[dict]:
    """Extract the inputs; returns the skips of the report."""
    report = out.with_suffix(".report.json")
    r = subprocess.run([str(BIN / "briefings"), "extract", *map(str, INPUTS), "-o", str(out), "--cache", str(cache),
                        "--report", str(report), *extra], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return json.loads(report.read_text(encoding="utf-8"))["skipped"]


def stories(out: Path, *args: str) -> bytes:
    r = subprocess.run([str(BIN / "briefings"), "stories", *args, "-o", str(out)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_dask_engine_matches_a_local_run(tmp_path):
    """The same briefings, and the same skips: the inputs that once ended
    a run with a traceback (tests/crashers.py) are skipped on the workers
    with the reasons a local run gives."""
    from crashers import READABLE, write
    from distributed import LocalCluster

    expected = write(tmp_path / "crash")
    INPUTS.append(tmp_path / "crash")
    try:
        local_skips = extract(tmp_path / "local", tmp_path / "c1", "--jobs", "1")
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            dask = ("--engine", "dask", "--scheduler", cluster.scheduler_address)
            dask_skips = extract(tmp_path / "dask", tmp_path / "c2", *dask)
            # the cluster's results are cached like a local run's: a rerun sends nothing
            extract(tmp_path / "again", tmp_path / "c2", *dask)
            # stories of briefings extracted on the cluster: the same document as of a local run
            inputs = list(map(str, INPUTS))
            on_dask = stories(tmp_path / "s-dask.json", *inputs, "--cache", str(tmp_path / "c3"), *dask)
        assert on_dask == stories(tmp_path / "s-local.json", *inputs, "--cache", str(tmp_path / "c1"))
        assert on_dask == stories(tmp_path / "s-json.json", "--from-json", str(tmp_path / "dask"))
    finally:
        INPUTS.pop()
    local = {p.name: p.read_bytes() for p in (tmp_path / "local").iterdir()}
    remote = {p.name: p.read_bytes() for p in (tmp_path / "dask").iterdir()}
    assert len(local) == 15 + len(READABLE) + 1  # and the readable member of unsupported-method.zip
    assert remote == local
    assert {p.name: p.read_bytes() for p in (tmp_path / "again").iterdir()} == local
    reports = [json.loads((tmp_path / f"{n}.report.json").read_text(encoding="utf-8")) for n in ("dask", "again")]
    assert reports[0]["extracted"] == len(local) and reports[1]["extracted"] == 0
    assert dask_skips == local_skips
    assert {s["path"].split("/")[0] for s in dask_skips} == set(expected)

    project = copy_project(tmp_path / "p", seeds=[])
    r = subprocess.run([str(BIN / "briefings"), "build", "--from-json", str(tmp_path / "dask")], cwd=project,
                       capture_output=True, text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert r.returncode == 0, r.stderr
    assert len(list((project / "site" / "briefings").glob("*.html"))) == 15 + len(READABLE) + 1
