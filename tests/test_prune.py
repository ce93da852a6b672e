"""Old versions of the caches go once no run has used them for two weeks;
the current ones and those used lately stay, and the last good briefings
(hard links) survive their entries' removal."""

from __future__ import annotations

import os
import subprocess
import time

from conftest import BIN, ROOT, SEED_ID

from briefings.run.prune import KEEP_SECONDS, prune, versioned


def _aged(path, seconds):
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_versions_unused_for_two_weeks_go_and_the_rest_stay(tmp_path):
    current = versioned(tmp_path)
    extract = tmp_path / "extract"
    old, recent, legacy = extract / "0123456789abcdef", extract / "fedcba9876543210", extract / "ab"
    for folder in (old, recent, legacy, extract / current[extract], tmp_path / "search" / "0000000000000000"):
        folder.mkdir(parents=True)
        (folder / "x.json").write_text("{}")
    for marked in (old, recent):
        (marked / ".used").touch()
    _aged(old / ".used", KEEP_SECONDS + 60)
    _aged(recent / ".used", KEEP_SECONDS - 3600)
    _aged(legacy, KEEP_SECONDS + 60)  # the unversioned layout of before: its folder's time
    _aged(extract / current[extract], KEEP_SECONDS * 3)  # current: never taken, whatever its age
    _aged(tmp_path / "search" / "0000000000000000", KEEP_SECONDS + 60)
    removed = prune(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in removed) == [
        "extract/0123456789abcdef", "extract/ab", "search/0000000000000000"]
    assert recent.is_dir() and (extract / current[extract] / "x.json").is_file()
    assert (extract / current[extract] / ".used").is_file()
    # a later run a fortnight on takes the one that was recent then
    assert prune(tmp_path, now=time.time() + KEEP_SECONDS) == [recent]


def test_a_run_prunes_and_the_last_good_briefing_outlives_its_entry(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / f"{SEED_ID}.txt").write_bytes((ROOT / "seeds" / f"{SEED_ID}.txt").read_bytes())
    cache = tmp_path / "cache"

    def extract():
        r = subprocess.run([str(BIN / "briefings"), "extract", str(seeds), "-o", str(tmp_path / "out.json"), "--cache",
                            str(cache), "-j", "1"], capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr

    extract()
    [entries] = [p for p in (cache / "extract").iterdir() if p.is_dir()]
    # the same cache as an older version left it, unused for three weeks
    older = entries.rename(cache / "extract" / "0123456789abcdef")
    (older / ".used").touch()
    _aged(older / ".used", 21 * 24 * 3600)
    [store] = (cache / "last-good").iterdir()
    extract()
    assert not older.exists()
    assert [p.name for p in (cache / "extract").iterdir()] == [entries.name]
    assert store.is_file() and store.stat().st_size > 100
