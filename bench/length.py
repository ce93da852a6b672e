"""Extraction time and peak memory against the length of one article, up
to the input size limit: whatever the text, the cost grows in step with
its length, and one input file of up to the limit is built or skipped
within 60 s and 2 GB on one core.

    .venv/bin/python bench/length.py [--sizes 0.01,0.1,1,1.7,5,20] [--kinds prose,words,marks]
                                     [--build] [--uncapped]

Sizes are MiB of UTF-8 text in one .txt file. Kinds of text: `prose`
(news articles composed by tests/articles.py, one after another: many
people, places, figures and quotes), `words` (the same words with no
punctuation and no line break: one sentence), `marks` (words among
unclosed quotation marks and brackets). Each size runs `briefings
extract` in a process of its own on one core from a cold cache; with
--build, `briefings build` of a site holding that one file. An article
over 1,000,000 characters (about 1.8 MiB) is skipped, by design;
--uncapped lifts that bound to measure the extractor itself beyond it.
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


# The command, in a Python of its own; --uncapped raises the bound on one
# article's length before running it.
RUNNER = ("import sys, briefings.readers.base as b; b.MAX_ARTICLE = int(sys.argv[1]); "
          "from briefings.cli import main; sys.exit(main(sys.argv[2:]))")


def run(kind: str, mib: float, build: bool, uncapped: bool) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-length-"))
    try:
        size = int(mib * 2**20)
        seeds = work / "seeds"
        seeds.mkdir()
        path = seeds / f"{kind}.txt"
        path.write_text(text_of(kind, size), encoding="utf-8")
        cap = str(10**12 if uncapped else 1_000_000)
        report = work / "report.json"
        if build:
            shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
            shutil.copytree(ROOT / "templates", work / "templates")
            shutil.copytree(ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns("index.md", "briefings", "archive"))
            args = ["build", "--report", str(report)]
        else:
            args = ["extract", str(path), "-o", str(work / "out"), "--cache", str(work / "cache"), "--jobs", "1",
                    "--report", str(report)]
        t0 = time.perf_counter()
        with open(work / "stderr", "wb") as err:
            proc = subprocess.Popen([sys.executable, "-c", RUNNER, cap, *args], cwd=work, stdout=subprocess.DEVNULL,
                                    stderr=err, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
            # this child's own usage, not the largest of all children so far
            _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"briefings {args[0]} failed:\n{(work / 'stderr').read_text()[-2000:]}")
        r = json.loads(report.read_text(encoding="utf-8"))
        return {"bytes": path.stat().st_size, "seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                "peak_mb": usage.ru_maxrss / 1024, "built": r["built"], "skipped": [s["reason"] for s in r["skipped"]]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.01,0.1,0.5,1,1.7,5,10,20", help="MiB of text, comma-separated")
    ap.add_argument("--kinds", default="prose,words,marks")
    ap.add_argument("--build", action="store_true", help="build a site of the one file instead of extracting it")
    ap.add_argument("--uncapped", action="store_true", help="no bound on one article's length")
    args = ap.parse_args()
    what = "build" if args.build else "extract"
    print(f"briefings {what}, one core{', uncapped' if args.uncapped else ''}")
    print(f"{'kind':6} {'MiB':>6} {'wall s':>7} {'cpu s':>7} {'cpu s/MiB':>9} {'peak MB':>8}  result")
    for kind in args.kinds.split(","):
        for mib in (float(x) for x in args.sizes.split(",")):
            r = run(kind, mib, args.build, args.uncapped)
            result = f"{r['built']} built" + (f", skipped: {r['skipped'][0]}" if r["skipped"] else "")
            print(f"{kind:6} {r['bytes'] / 2**20:6.2f} {r['seconds']:7.1f} {r['cpu']:7.1f} "
                  f"{r['cpu'] / (r['bytes'] / 2**20):9.1f} {r['peak_mb']:8.0f}  {result}", flush=True)


if __name__ == "__main__":
    main()
