"""Site build times beside a bare `mkdocs build` of the same pages.

    .venv/bin/python bench/site.py --corpus CORPUS_DIR N [N ...]

CORPUS_DIR holds SaudiNewsNet's daily ZIPs (README: Data and licences).

For each N it takes the first N articles of the SaudiNewsNet corpus (with
the seed), then times, in one run:
  - `briefings build` cold (empty cache, no generated pages),
  - `briefings build` again with nothing changed,
  - `briefings build` after one article changed, and after one was added
    (a rebuild renders only the pages whose Markdown changed),
  - a bare `mkdocs build` of the same generated docs/ (the briefings plugin
    told to generate nothing), which is the cost MkDocs has anyway.
The last three are repeated (`--repeat R`, interleaved, default 3) and their
medians compared: one run of each varies by several percent.
It also prints the size of the site by kind of page (per article, and
extrapolated to the 27,000 articles of the corpus), peak memory, the
heaviest page, and what a reader's first search downloads over HTTP.
`--size-only` stops after the cold build and the sizes; `--no-serve` leaves
out `mkdocs serve` (at 27,000 articles it would hold every page in memory).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
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


def project(n: int, corpus: Path) -> Path:
    p = Path(tempfile.mkdtemp(prefix=f"bench-site-{n}-"))
    shutil.copy(ROOT / "mkdocs.yml", p / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", p / "templates")
    shutil.copytree(ROOT / "docs", p / "docs", ignore=shutil.ignore_patterns(
        "index.md", "briefings", "archive", "actors", "timeline", "figures", "outlets", "months", "search", "fonts"))
    (p / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / "000_f63168924004b052.txt", p / "seeds")
    recs = records(corpus, n - 1)
    # one file per 100 articles, as a scraper would write them
    for i in range(0, len(recs), 100):
        (p / "seeds" / f"batch-{i // 100:04d}.json").write_text(json.dumps(recs[i : i + 100], ensure_ascii=False), encoding="utf-8")
    return p


CPU: dict[float, float] = {}  # a timed run's wall time → its user + system CPU


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command; its user + system CPU
    is kept in CPU under its wall time (on a loaded machine the number to read)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stderr[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[dt] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return dt, max(after.ru_maxrss, before.ru_maxrss) / 1024


def bare_mkdocs(p: Path) -> float:
    """MkDocs alone over the generated pages: the plugin is removed from a
    copy of the configuration, so nothing is generated."""
    cfg = (p / "mkdocs.yml").read_text(encoding="utf-8")
    bare = cfg.split("  - briefings:")[0] + "\n".join(
        line for line in cfg.split("  - briefings:")[1].split("\n") if not line.startswith("      "))
    (p / "bare.yml").write_text(bare, encoding="utf-8")
    dt, _ = timed([str(BIN / "mkdocs"), "build", "-q", "-f", "bare.yml", "-d", "site-bare"], p)
    return dt


def _cpu_of(pid: int) -> float:
    """User + system CPU seconds of a running process (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def _rss_mb(pid: int) -> float:
    try:
        return next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                    if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration, ValueError):
        return float("nan")


def serve_reaction(p: Path, edits: int = 3) -> list[float]:
    """Seconds from saving an edited article to the page served by
    `mkdocs serve --dirty` showing the edit, for each of several edits.
    It also prints when the server was done with the rest of the site
    (the serving process shows an edited article's page first and builds
    the rest after): the end of the last rebuild it started, once it has
    started none for 3 s. It prints the serving process's CPU seconds
    (user + system) for its start, at each edit shown and at the rest's
    end: on a loaded machine the numbers to read."""
    import socket
    import threading
    import urllib.request
    from collections import deque

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=p, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # (time, CPU of the server, which) of each rebuild started ("detected") and done ("reloaded")
    events: list[tuple[float, float, str]] = []
    tail: deque[str] = deque(maxlen=40)  # the log's last lines, to say why a server stopped

    def read_log() -> None:
        for line in proc.stderr:
            tail.append(line)
            for text, which in (("Detected file changes", "detected"), ("Reloading browsers", "reloaded")):
                if text in line:
                    events.append((time.perf_counter(), _cpu_of(proc.pid), which))

    def settled(since: float) -> tuple[float, float]:
        """When the server was done with every rebuild it started after
        `since` and had started no other for 3 s: (time, CPU) of the last
        build's end."""
        while True:
            time.sleep(0.5)
            late = [e for e in events if e[0] > since]
            started = sum(e[2] == "detected" for e in late)
            if started and started == len(late) - started and time.perf_counter() - late[-1][0] > 3:
                return late[-1][0], late[-1][1]
            if time.perf_counter() - since > 900:
                return float("inf"), float("nan")

    threading.Thread(target=read_log, daemon=True).start()
    url = f"http://127.0.0.1:{port}/briefings/000_f63168924004b052.html"

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return r.read().decode("utf-8")
        except OSError:
            return ""

    try:
        t_start = time.perf_counter()
        deadline = time.time() + 3600
        while not page() and time.time() < deadline:
            if proc.poll() is not None:
                raise SystemExit("mkdocs serve stopped:\n" + "".join(tail))
            time.sleep(1)
        started = _cpu_of(proc.pid)
        print(f"  (mkdocs serve served its first page after {time.perf_counter() - t_start:.0f} s, "
              f"{started:.1f} CPU s, RSS {_rss_mb(proc.pid):.0f} MB, load {os.getloadavg()[0]:.1f})")
        times = []
        seed = p / "seeds" / "000_f63168924004b052.txt"
        for gardens in ["الياسمين", "الورد", "النخيل", "الزيتون", "الرمان"][:edits]:
            time.sleep(5)  # as between a writer's saves (the previous edit's builds are done)
            # a number of its own: a project served before holds the earlier runs' edits
            marker = f"وافتتحت البلدية حديقة {gardens} الكبرى رقم {random.randrange(10**9)}"
            cpu0 = _cpu_of(proc.pid)
            t0 = time.perf_counter()
            seed.write_text(seed.read_text(encoding="utf-8") + f"\n{marker}.\n", encoding="utf-8")
            while marker not in page():
                if time.perf_counter() - t0 > 600:
                    times.append(float("inf"))
                    break
                time.sleep(0.1)
            else:
                times.append(time.perf_counter() - t0)
            shown_cpu = _cpu_of(proc.pid) - cpu0
            t_done, cpu_done = settled(t0)
            print(f"  (an edit shown after {times[-1]:.1f} s, {shown_cpu:.1f} CPU s of the serving process; "
                  f"the rest of the site built by {t_done - t0:.1f} s, {cpu_done - cpu0:.1f} CPU s; "
                  f"{sum(e[0] > t0 and e[2] == 'detected' for e in events)} builds; RSS {_rss_mb(proc.pid):.0f} MB; "
                  f"load {os.getloadavg()[0]:.1f})")
        return times
    finally:
        proc.terminate()
        proc.wait(timeout=30)


KINDS = (  # (kind, test on the path relative to site/), first match wins
    ("briefing pages", lambda r: r.startswith("briefings/") and r.endswith(".html") and not r.endswith("-text.html")),
    ("full-text pages", lambda r: r.startswith("briefings/") and r.endswith("-text.html")),
    ("briefing JSON", lambda r: r.startswith("briefings/")),
    ("actor pages", lambda r: r.startswith("actors/")),
    ("archive lists", lambda r: r == "index.html" or r.startswith("archive/")),
    ("month and outlet lists", lambda r: r.startswith(("months/", "outlets/"))),
    ("timeline", lambda r: r.startswith("timeline/")),
    ("figures ledger", lambda r: r.startswith("figures/")),
    ("stories", lambda r: r.startswith("stories/")),
    ("days", lambda r: r.startswith("days/")),
    ("search index", lambda r: r.startswith("assets/search/")),
    ("other", lambda r: True),
)


def sizes(site: Path, n: int) -> int:
    """Print the site's size by kind of page, in MB and per article; returns
    the total in bytes."""
    by_kind: dict[str, list[int]] = {k: [0, 0] for k, _ in KINDS}
    for f in site.rglob("*"):
        if f.is_file():
            rel = f.relative_to(site).as_posix()
            kind = next(k for k, test in KINDS if test(rel))
            by_kind[kind][0] += 1
            by_kind[kind][1] += f.stat().st_size
    total = sum(b for _, b in by_kind.values())
    for kind, (files, size) in by_kind.items():
        print(f"  {kind:24s} {files:7d} files {size / 1e6:9.1f} MB {size / n / 1024:7.1f} KB/article")
    print(f"  {'all':24s} {sum(f for f, _ in by_kind.values()):7d} files {total / 1e6:9.1f} MB "
          f"{total / n / 1024:7.1f} KB/article (at 27,000 articles: {total / n * 27000 / 1e9:.2f} GB)")
    return total


def first_search_bytes(site: Path, query: str) -> int:
    """What the first query of a reader loads: the search script, the index
    metadata, the shards of the query's words and one chunk of details."""
    sys.path.insert(0, str(ROOT))
    from briefings.site.search_index import shard_of, terms

    total = (site / "assets" / "javascripts" / "search.js").stat().st_size
    meta = site / "assets" / "search" / "meta.js"
    total += meta.stat().st_size
    split = set(json.loads(meta.read_text(encoding="utf-8").split(",", 2)[2].rstrip(");\n")).get("split", []))
    for s in {shard_of(t, split) for t in terms(query)}:
        f = site / "assets" / "search" / "t" / f"{s}.js"
        total += f.stat().st_size if f.exists() else 0
    total += (site / "assets" / "search" / "d" / "0.js").stat().st_size
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000])
    ap.add_argument("--corpus", type=Path, required=True, help="a folder of SaudiNewsNet daily ZIPs")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the unchanged, changed and bare builds")
    ap.add_argument("--size-only", action="store_true", help="one cold build and the size of the site")
    ap.add_argument("--no-serve", action="store_true", help="leave out `mkdocs serve` (it holds every page in memory)")
    args = ap.parse_args()
    for n in args.sizes:
        p = project(n, args.corpus)
        build = [str(BIN / "briefings"), "build"]
        cold, peak = timed(build, p)
        print(f"N={n}: size of the site by kind (cold build {cold:.0f} s, peak RSS {peak:.0f} MB)")
        sizes(p / "site", n)
        if args.size_only:
            if not args.keep:
                shutil.rmtree(p, ignore_errors=True)
            continue
        seed = p / "seeds" / "000_f63168924004b052.txt"
        agains, ones, bares, news = [], [], [], []
        bridges = ["جسر", "نفق", "طريق", "ميناء", "مطار", "سوق", "ملعب"]
        for r in range(args.repeat):
            agains.append(timed(build, p)[0])
            bares.append(bare_mkdocs(p))
            place = bridges[r % len(bridges)]
            seed.write_text(seed.read_text(encoding="utf-8") + f"\nوأعلنت الوزارة افتتاح {place} جديد.\n", encoding="utf-8")
            ones.append(timed(build, p)[0])
            (p / "seeds" / f"new-{r}.txt").write_text(
                f"افتتاح {place} في المدينة\n\nأعلنت وزارة النقل اليوم افتتاح {place} جديد في المدينة المنورة بطول {12 + r} كيلومترا.\n",
                encoding="utf-8")
            news.append(timed(build, p)[0])
        again, one, bare = statistics.median(agains), statistics.median(ones), statistics.median(bares)
        new = statistics.median(news)
        react = [] if args.no_serve else serve_reaction(p)
        site = p / "site"
        pages = list(site.rglob("*.html"))
        heaviest = max(pages, key=lambda f: f.stat().st_size)
        search_kb = first_search_bytes(site, "وزارة الصحة") / 1024
        runs = "; ".join(f"{name} {' '.join(f'{x:.1f}' for x in xs)}"
                         for name, xs in (("bare", bares), ("unchanged", agains), ("changed", ones), ("new", news)))
        print(f"N={n}: {len(pages)} pages; bare mkdocs build {bare:.1f} s (median; runs: {runs})")
        cpus = "; ".join(f"{name} {' '.join(f'{CPU[x]:.2f}' for x in xs)}"
                         for name, xs in (("bare", bares), ("unchanged", agains), ("changed", ones), ("new", news)))
        print(f"  user + system CPU s (runs: {cpus}; cold {CPU[cold]:.1f}); load {os.getloadavg()[0]:.1f}")
        print(f"  briefings build cold      {cold:7.1f} s  ({cold / bare:.2f}x bare)  peak RSS {peak:.0f} MB")
        print(f"  briefings build unchanged {again:7.1f} s  ({again / bare:.2f}x bare)")
        print(f"  briefings build 1 changed {one:7.1f} s  ({one / bare:.2f}x bare)")
        print(f"  briefings build 1 new     {new:7.1f} s  ({new / bare:.2f}x bare)")
        if react:
            print(f"  mkdocs serve --dirty shows an edited article after {statistics.median(react):.1f} s "
                  f"(median; edits: {' '.join(f'{x:.1f}' for x in react)})")
        print(f"  heaviest page {heaviest.relative_to(site)} {heaviest.stat().st_size / 1024:.0f} KB; "
              f"first search over HTTP loads {search_kb:.0f} KB")
        if not args.keep:
            shutil.rmtree(p, ignore_errors=True)


if __name__ == "__main__":
    main()
