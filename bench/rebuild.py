"""What one new article costs a site that was built, and what a build with
nothing changed costs (issue 17: at 1,000 articles, one new ≤ 5 s and
unchanged ≤ 3 s on 2 cores).

    .venv/bin/python bench/rebuild.py PROJECT [--rounds 3] [--dated] [--serve]

PROJECT is a project `bench/site.py --keep` left (its seeds, cache and
site); it is copied first, and the copy is built once to settle (a copy's
site/ is another folder: that build is a cold one). With `--in-place` the
project itself is built and gets the new articles: the settling build
renders nothing when the same code built it last. Then,
`--rounds` times: a new article is added and the site built, then built
again with nothing changed. Each build's wall time, user and system CPU
(of `briefings build` and what it runs) and the load average when it
started are printed: on a shared machine the CPU time is the number to read.

With `--serve` (and `--rounds 0` for that alone), the copy is then served
(`mkdocs serve --dirty`, as `bench/site.py` measures it): how long until
it serves its first page, and how long an edit takes to show.

A new article is a text file (undated: it sorts last in every list) or,
with `--dated`, a record of a JSON file dated a minute after the newest
article of the project (today's news: it heads every newest-first list).
Both name the same few actors each round. With `--corpus CORPUS` it is the
next real article of SaudiNewsNet after the project's (`bench/site.py`'s
project of N holds the first N - 1: `--skip N-1`), as tomorrow's news
would come: its own actors, some new to the collection, some counted again.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PLACES = ["جسر", "نفق", "طريق", "ميناء", "مطار", "سوق", "ملعب", "مستشفى", "متحف"]


def build(p: Path) -> tuple[float, float, float, float, str, float]:
    """Wall, user CPU and system CPU seconds of one `briefings build`, the
    1-minute load average as it started, its report line and its peak RSS
    in MB (of this build alone: `wait4`'s, where RUSAGE_CHILDREN's peak is
    the largest of every build so far)."""
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen([str(BIN / "briefings"), "build"], cwd=p, env=ENV, stdout=out,
                                stderr=subprocess.STDOUT, text=True)
        _, status, used = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        said_all = out.read()
    if proc.returncode != 0:
        raise SystemExit(f"briefings build failed:\n{said_all[-3000:]}")
    said = next((line for line in said_all.splitlines() if line.startswith("briefings:")), "")
    return wall, used.ru_utime, used.ru_stime, load, said, used.ru_maxrss / 1024


def newest(p: Path) -> datetime:
    dates = []
    for f in (p / "seeds").glob("*.json"):
        for rec in json.loads(f.read_text(encoding="utf-8")):
            try:
                dates.append(datetime.fromisoformat(rec.get("date_extracted", "")))
            except (TypeError, ValueError):
                pass
    return max(dates, default=datetime(2015, 7, 21))


def next_number(p: Path) -> int:
    """One past the highest number of an article an earlier round or run
    added (`new-N.txt` or `new-N.json`): counting them instead reused a
    number, and its text, after runs of different lengths (0 files written)."""
    taken = [int(m.group(1)) for f in (p / "seeds").glob("new-*") if (m := re.fullmatch(r"new-(\d+)\.\w+", f.name))]
    return max(taken, default=-1) + 1


def add_article(p: Path, dated: bool, last: datetime) -> int:
    """Adds a new article, numbered past every earlier one, whose text no
    other article has: its number and a random one are in its title, so
    that not even the extraction cache of a deleted one knows it. Its
    number. The number is padded (new-00013) so that the files sort in the
    order they came, as a feed's dated files do: new-13.json sorted before
    new-2.json, moved the search index's numbers of every later article
    and re-serialized most of its shards (522 of 2,266 for one article)."""
    r = next_number(p)
    place = PLACES[r % len(PLACES)]
    title = f"افتتاح {place} رقم {r}-{random.randrange(10**9)} في المدينة"
    text = f"أعلنت وزارة النقل اليوم افتتاح {place} جديد في المدينة المنورة بطول {12 + r} كيلومترا."
    if dated:
        rec = {"source": "spa", "url": f"https://example.com/new-{r}", "title": title, "author": "",
               "date_extracted": (last + timedelta(minutes=r + 1)).strftime("%Y-%m-%d %H:%M:%S"), "content": text}
        (p / "seeds" / f"new-{r:05d}.json").write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    else:
        (p / "seeds" / f"new-{r:05d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return r


def add_real(p: Path, rec: dict) -> int:
    """Adds the next real article of the corpus as a JSON file of its own."""
    r = next_number(p)
    (p / "seeds" / f"new-{r:05d}.json").write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    return r


def print_row(kind: str, wall: float, user: float, sys_: float, load: float, said: str, peak: float) -> None:
    """One build's line, printed as it ends (a run at 27,000 takes an hour)."""
    files = re.search(r"(\d+) files written", said)
    extracted = re.search(r"(\d+) extracted", said)
    print(f"{kind:10s} wall {wall:5.1f} s  user {user:5.1f} s  sys {sys_:4.1f} s  load {load:4.1f}"
          f"  peak {peak:5.0f} MB  files written {files.group(1) if files else '?'}"
          f"  extracted {extracted.group(1) if extracted else '?'}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("project", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dated", action="store_true", help="the new article is dated after every other")
    ap.add_argument("--keep", action="store_true", help="leave the copy")
    ap.add_argument("--in-place", action="store_true", help="build PROJECT itself, not a copy")
    ap.add_argument("--serve", action="store_true", help="then time `mkdocs serve`: its start and an edit")
    ap.add_argument("--corpus", type=Path, help="new articles are the corpus's next real ones (SaudiNewsNet ZIPs)")
    ap.add_argument("--skip", type=int, default=999, help="with --corpus: the articles the project already holds")
    args = ap.parse_args()
    real: list[dict] = []
    if args.corpus:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpus import records

        real = records(args.corpus, args.skip + 10_000)[args.skip:]
    if args.in_place:
        p = args.project
    else:
        p = Path(tempfile.mkdtemp(prefix="bench-rebuild-")) / "project"
        shutil.copytree(args.project, p, symlinks=True)
    last = newest(p)
    try:
        wall, user, sys_, load, _, peak = build(p)  # settle: a copy's site/ is another folder, built cold
        print(f"settling build: wall {wall:.1f} s, user {user:.1f} s, sys {sys_:.1f} s, load {load:.1f},"
              f" peak {peak:.0f} MB", flush=True)
        rows = []
        for _ in range(args.rounds):
            if real:  # past the articles earlier runs added (new-N.json, one each)
                add_real(p, real[len(list((p / "seeds").glob("new-*.json")))])
            else:
                add_article(p, args.dated, last)
            rows.append(("one new", *build(p)))
            print_row(*rows[-1])
            rows.append(("unchanged", *build(p)))
            print_row(*rows[-1])
        for kind in ("one new", "unchanged"):
            users = sorted(row[2] for row in rows if row[0] == kind)
            walls = sorted(row[1] for row in rows if row[0] == kind)
            if users:
                print(f"{kind}: median wall {walls[len(walls) // 2]:.1f} s, user CPU {users[len(users) // 2]:.1f} s")
        if args.serve:
            spec = importlib.util.spec_from_file_location("bench_site", Path(__file__).with_name("site.py"))
            bench_site = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(bench_site)
            print(f"load {os.getloadavg()[0]:.1f}")
            edits = bench_site.serve_reaction(p)
            print(f"mkdocs serve --dirty shows an edit after {' '.join(f'{x:.1f}' for x in edits)} s")
    finally:
        if args.keep:
            print(f"kept {p}")
        elif not args.in_place:
            shutil.rmtree(p.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
