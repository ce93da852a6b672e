"""The site's search, measured as readers use it, in headless Chromium.

    .venv/bin/python bench/search.py CORPUS_DIR [--n 1000] [--project DIR] [--modes file,http,serve]

It builds a site of the first N articles of CORPUS_DIR (SaudiNewsNet's
daily ZIP archives) together with the articles of tests/search_corpus, then
runs:
  - the 48 written queries of tests/data/search_queries.tsv, and
  - queries generated from the built briefings (`--per-kind`, 80 of each):
    a distinctive word (in at most three briefings) written with clitics
    the article never gives it (clitic), the same word without its hamza,
    ta marbuta or alef maqsura (spelling), a number of the article in
    Arabic-Indic digits (digits), and two adjacent words (phrase);
and prints, for each mode (`file://`, a static server, `mkdocs serve`):
recall@5 (a wire copy of the wanted article counts as it, and a group of
copies is one result), recall@1, the p95 of a query's time after the
first one in a page, and what a first query loads (the search script and
everything under assets/search/ it pulls, over 20 first queries on fresh
pages: median and largest).

`--project DIR` keeps the built project there and builds it again
incrementally on the next run (an unchanged build costs a bare MkDocs
build). Prefix it with `nice`: a build of 10,000 articles is heavy.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
WRITTEN = ROOT / "tests" / "data" / "search_queries.tsv"
WRITTEN_CORPUS = ROOT / "tests" / "search_corpus"

from corpus import records  # noqa: E402

from briefings.lang.ar import is_stop, key  # noqa: E402
from briefings.text.terms import base, terms  # noqa: E402

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SPELLING = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]{4,}")  # marks kept: a word is whole
NUMBER = re.compile(r"(?<![\d.,٫])\d{3,}(?![\w.,٫])")
CLITICS = ["و", "ب", "ل", "ف", "وب", "ول"]
PUNCT = "«»\"'،,.:؛()"
DISTINCT = 3  # a generated query's word is in at most this many briefings


def make_project(dest: Path, corpus: Path | None, n: int) -> None:
    """A project of the written articles and, with a corpus, its first n."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    # the code's templates and hand-written pages over the last run's (its generated pages stay)
    shutil.copytree(ROOT / "templates", dest / "templates", dirs_exist_ok=True)
    shutil.copytree(ROOT / "docs", dest / "docs", dirs_exist_ok=True, ignore=shutil.ignore_patterns(
        "index.md", "briefings", "archive", "actors", "timeline", "figures", "outlets", "months", "search", "fonts"))
    seeds = dest / "seeds"
    if seeds.exists():
        return  # the same articles as the run that made it
    seeds.mkdir()
    for f in sorted(WRITTEN_CORPUS.iterdir()):
        shutil.copy(f, seeds / f.name)
    recs = records(corpus, n) if corpus is not None else []
    for i in range(0, len(recs), 100):  # one file per 100 articles, as a scraper writes them
        (seeds / f"batch-{i // 100:04d}.json").write_text(json.dumps(recs[i : i + 100], ensure_ascii=False), encoding="utf-8")


def build(project: Path) -> float:
    t0 = time.perf_counter()
    r = subprocess.run([str(BIN / "briefings"), "build"], cwd=project, env=ENV, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"briefings build failed:\n{r.stderr[-3000:]}")
    return time.perf_counter() - t0


def load_briefings(project: Path) -> list[dict]:
    out = []
    folder = project / "site" / "briefings"
    for f in sorted([*folder.glob("*.json"), *folder.glob("*.json.gz")]):  # gzipped since the site was made lighter
        data = f.read_bytes()
        out.append(json.loads(gzip.decompress(data) if f.suffix == ".gz" else data))
    return out


def copy_group_of(briefings: list[dict]) -> dict[str, str]:
    """Each briefing's copy group (the group's canonical id; its own id when
    it has no copy)."""
    from briefings.stories import features
    from briefings.stories.copies import copy_groups

    ids = [b["id"] for b in briefings]
    group = {i: i for i in ids}
    for g in copy_groups(features(briefings)):
        for m in g.members:
            group[ids[m]] = ids[g.canonical]
    return group


def generate(briefings: list[dict], per_kind: int, seed: int) -> list[tuple[str, str, str]]:
    """(kind, query, wanted id) made from the briefings' own text."""
    written = {f.stem for f in WRITTEN_CORPUS.iterdir()}
    docs = [b for b in briefings if b["id"] not in written and b.get("language", "ar") == "ar"]
    df: Counter[str] = Counter()
    doc_terms: dict[str, set[str]] = {}
    for b in docs:
        ts = set(terms(b["title"]))
        for s in b["sentences"]:
            ts.update(terms(s["text"]))
        doc_terms[b["id"]] = ts
        df.update(ts)
    rng = random.Random(seed)
    order = docs[:]
    rng.shuffle(order)
    out: dict[str, list] = {"clitic": [], "spelling": [], "digits": [], "phrase": []}

    def distinct(t: str) -> bool:
        return 0 < df[t] <= DISTINCT

    for b in order:
        if all(len(v) >= per_kind for v in out.values()):
            break
        text = " ".join(s["text"] for s in b["sentences"])
        surfaces = WORD.findall(text)
        written_keys = {key(w) for w in surfaces}
        words = [w for w in dict.fromkeys(surfaces) if not is_stop(key(w)) and distinct(base(w))]
        rng.shuffle(words)
        kind = min(out, key=lambda k: len(out[k]))  # the kind that has fewest so far
        q = None
        if kind == "clitic":
            for w in words:
                k, bw = key(w), base(w)
                if len(k) != len(w) or not k.endswith(bw) or len(bw) < 4:
                    continue  # marks in the word, or a key that is not its tail
                stem = w[len(w) - len(bw):]  # as written, without its clitics and article
                forms = [stem, *(c + stem for c in CLITICS), "ال" + stem, "وال" + stem, "بال" + stem, "لل" + stem]
                fresh = [f for f in forms if key(f) not in written_keys]
                if fresh:
                    q = rng.choice(fresh)
                    break
        elif kind == "spelling":
            for w in words:
                v = w.translate(SPELLING)
                if v != w:
                    q = v
                    break
        elif kind == "digits":
            nums = [m for m in dict.fromkeys(NUMBER.findall(text)) if distinct(base(m))]
            if nums:
                q = rng.choice(nums).translate(ARABIC_INDIC)
        else:
            for s in b["sentences"]:
                ws = [w.strip(PUNCT) for w in s["text"].split()]
                ws = [w for w in ws if WORD.fullmatch(w) and not is_stop(key(w))]
                pairs = [(x, y) for x, y in zip(ws, ws[1:], strict=False)
                         if (tx := terms(x)) and (ty := terms(y)) and tx[0] != ty[0]
                         and sum(1 for ts in doc_terms.values() if tx[0] in ts and ty[0] in ts) <= DISTINCT]
                if pairs:
                    x, y = rng.choice(pairs)
                    q = f"{x} {y}"
                    break
        if q and len(out[kind]) < per_kind:
            out[kind].append((kind, q, b["id"]))
    return [x for v in out.values() for x in v]


RUN = """async qs => {
  const out = [];
  for (const q of qs) {
    const t0 = performance.now();
    const r = await window.briefingsSearch(q);
    out.push([r.hits.map(h => h.id), performance.now() - t0]);
  }
  return out;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float) -> None:
    import urllib.request

    end = time.time() + timeout
    while time.time() < end:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"{url} did not answer within {timeout:.0f} s")


def start(mode: str, project: Path) -> tuple[str, subprocess.Popen | None]:
    site = project / "site"
    if mode == "file":
        return (site / "index.html").as_uri(), None
    port = free_port()
    if mode == "http":
        cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)]
    else:
        cmd = [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/index.html"
    wait_http(url, 3600)
    return url, proc


def first_query_bytes(browser, url: str, site: Path, queries: list[str]) -> list[tuple[int, int]]:
    """What each query, typed as a fresh page's first into the header's
    box, loads: the search script and the index files (sizes on disk), and
    the pages fetched for the shown results' sentences (none from disk)."""
    sizes = []
    for q in queries:
        ctx = browser.new_context()
        page = ctx.new_page()
        seen: list[str] = []
        page.on("request", lambda r, seen=seen: seen.append(r.url))
        page.goto(url)
        page.wait_for_function("typeof window.briefingsSearch === 'function'")
        page.locator(".bf-search__input").fill(q)
        page.wait_for_function("document.querySelector('.bf-search__meta')?.textContent")
        page.wait_for_timeout(800)  # the sentences' fetches
        index = snippets = 0
        for u in dict.fromkeys(seen):
            path = unquote(urlparse(u).path)
            rel = path.split("/site/", 1)[1] if url.startswith("file:") else path.lstrip("/")
            f = site / rel
            if rel.startswith("assets/search/") or rel == "assets/javascripts/search.js":
                index += f.stat().st_size if f.exists() else 0
            elif rel.startswith("briefings/"):  # the pages whose sentences are shown
                snippets += f.stat().st_size if f.exists() else 0
        sizes.append((index, snippets))
        ctx.close()
    return sizes


def measure(browser, url: str, queries: list[tuple[str, str, str]], group: dict[str, str]) -> dict:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_function("typeof window.briefingsSearch === 'function'")
    got = page.evaluate(RUN, [q for _, q, _ in queries])
    page.close()
    by_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    misses = []
    for (kind, q, want), (ids, _ms) in zip(queries, got, strict=True):
        ranked = list(dict.fromkeys(group.get(i, i) for i in ids))  # a group of copies is one result
        target = group.get(want, want)
        by_kind[kind].append((target in ranked[:1], target in ranked[:5]))
        if target not in ranked[:5]:
            misses.append((kind, q, want, ids[:3]))
    times = sorted(ms for _ids, ms in got[1:])
    return {"by_kind": by_kind, "misses": misses, "p95": times[int(0.95 * (len(times) - 1))], "median": statistics.median(times)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, help="folder of SaudiNewsNet daily ZIP archives")
    ap.add_argument("--n", type=int, default=1000, help="articles of the corpus in the site")
    ap.add_argument("--project", type=Path, help="keep the built project here (and reuse it)")
    ap.add_argument("--modes", default="file,http,serve")
    ap.add_argument("--per-kind", type=int, default=80)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show-misses", type=int, default=10)
    ap.add_argument("--no-build", action="store_true", help="measure the project's site as it was last built")
    args = ap.parse_args()
    project = args.project or Path(tempfile.mkdtemp(prefix=f"bench-search-{args.n}-"))
    make_project(project, args.corpus, args.n)
    if not (args.no_build and (project / "site").is_dir()):
        print(f"build: {build(project):.0f} s ({project})", file=sys.stderr)
    # the written queries were written for their 14 articles: a site of those
    # alone is where they must find them (in the large one, a query such as
    # مجلس النواب names many articles rightly)
    small = project.parent / (project.name + "-written")
    make_project(small, None, 0)
    if not (args.no_build and (small / "site").is_dir()):
        build(small)
    briefings = load_briefings(project)
    group = copy_group_of(briefings)
    written = [("written", *line.split("\t")) for line in WRITTEN.read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#")]
    generated = generate(briefings, args.per_kind, args.seed)
    kinds = Counter(k for k, _, _ in generated)
    print(f"{len(briefings)} briefings, {len(generated)} generated queries ({', '.join(f'{k} {n}' for k, n in kinds.items())}); "
          f"{len(written)} written ones, on their own site and in this one")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for mode in args.modes.split(","):
            for site, queries in ((small, written), (project, generated + [("written here", q, w) for _, q, w in written])):
                url, proc = start(mode, site)
                try:
                    report(browser, mode, url, site, queries, group, args.show_misses, first=site is project)
                finally:
                    if proc is not None:
                        proc.terminate()
                        proc.wait(timeout=60)
        browser.close()
    if not args.project:
        shutil.rmtree(project, ignore_errors=True)
        shutil.rmtree(small, ignore_errors=True)


def report(browser, mode, url, site, queries, group, show_misses: int, first: bool) -> None:
    r = measure(browser, url, queries, group)
    scored = {k: v for k, v in r["by_kind"].items() if k != "written here"}
    all5 = [h5 for v in scored.values() for _, h5 in v]
    all1 = [h1 for v in scored.values() for h1, _ in v]
    line = [f"{mode} ({'generated' if first else 'written'}, {len(all5)}):",
            f"recall@5 {sum(all5) / len(all5):.3f} recall@1 {sum(all1) / len(all1):.3f}",
            "(" + ", ".join(f"{k} {sum(h5 for _, h5 in v) / len(v):.3f}" for k, v in r["by_kind"].items()) + ")",
            f"latency after the first: median {r['median']:.1f} ms, p95 {r['p95']:.1f} ms"]
    if first and mode != "serve":
        firsts = [q for _, q, _ in queries[:: max(1, len(queries) // 20)]][:20]
        sizes = first_query_bytes(browser, url, site / "site", firsts)
        index = [i for i, _ in sizes]
        line.append(f"first query typed loads: script and index median {statistics.median(index) / 1000:.0f} kB, "
                    f"largest {max(index) / 1000:.0f} kB; "
                    f"+ sentences' pages median {statistics.median(s for _, s in sizes) / 1000:.0f} kB")
    print(" ".join(line), flush=True)
    for m in [m for m in r["misses"] if m[0] != "written here"][:show_misses]:
        print("  miss:", *m, file=sys.stderr)


if __name__ == "__main__":
    main()
