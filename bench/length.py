"""Extraction time and peak memory against the length of one article, up
to the input size limit: whatever the text, the cost must grow in step
with its length, and an input file of up to the limit must be done within
60 s and 2 GB on one core.

    .venv/bin/python bench/length.py [--sizes 0.01,0.1,1,5,20] [--kinds prose,words,marks]

Sizes are MiB of UTF-8. Kinds of text: `prose` (news articles composed
by tests/articles.py, one after another: many people, places and
figures), `words` (the same words with no punctuation and no line break:
one sentence), `marks` (words among unclosed quotation marks and
brackets). Each size runs in a process of its own, through `briefings
extract` on one core, from a cold cache.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from articles import Composer  # noqa: E402 - the composer lives beside the tests that use it


def text_of(kind: str, size: int) -> str:
    """About `size` bytes of UTF-8 text of a kind."""
    composer = Composer(seed=7)
    parts: list[str] = []
    n = 0
    while n < size:
        body = composer.article().body
        if kind == "words":
            body = " ".join(re.findall(r"\w+", body)) + " "
        elif kind == "marks":
            words = re.findall(r"\w+", body)
            body = " ".join(f"«{w}" if i % 3 == 0 else f"({w}" if i % 3 == 1 else f"\"{w}" for i, w in enumerate(words)) + " "
        else:
            body += "\n\n"
        parts.append(body)
        n += len(body.encode("utf-8"))
    text = "".join(parts)
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def run(kind: str, mib: float) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-length-"))
    try:
        size = int(mib * 2**20)
        path = work / f"{kind}.txt"
        path.write_text(text_of(kind, size), encoding="utf-8")
        cmd = [str(Path(sys.executable).parent / "briefings"), "extract", str(path), "-o", str(work / "out"),
               "--cache", str(work / "cache"), "--jobs", "1", "--report", str(work / "report.json")]
        t0 = time.perf_counter()
        with open(work / "stderr", "wb") as err:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
            # this child's own usage, not the largest of all children so far
            _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"briefings extract failed:\n{(work / 'stderr').read_text()[-2000:]}")
        report = json.loads((work / "report.json").read_text(encoding="utf-8"))
        return {"kind": kind, "bytes": path.stat().st_size, "seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                "peak_mb": usage.ru_maxrss / 1024, "built": report["built"],
                "skipped": [s["reason"] for s in report["skipped"]]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.01,0.1,0.5,1,2,5,10,20", help="MiB of text, comma-separated")
    ap.add_argument("--kinds", default="prose,words,marks")
    args = ap.parse_args()
    print(f"{'kind':6} {'MiB':>7} {'seconds':>8} {'cpu s':>7} {'s/MiB':>6} {'peak MB':>8}  result")
    for kind in args.kinds.split(","):
        for mib in (float(x) for x in args.sizes.split(",")):
            r = run(kind, mib)
            result = f"{r['built']} built" + (f", skipped: {r['skipped'][0]}" if r["skipped"] else "")
            print(f"{kind:6} {r['bytes'] / 2**20:7.2f} {r['seconds']:8.1f} {r['cpu']:7.1f} "
                  f"{r['seconds'] / (r['bytes'] / 2**20):6.1f} {r['peak_mb']:8.0f}  {result}", flush=True)


if __name__ == "__main__":
    main()
