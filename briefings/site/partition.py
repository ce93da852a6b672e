"""The site partitioned by year or month, for archives past one machine:
one MkDocs process holds every page of its site in memory, so each
partition is a site of its own, built by its own process (local processes
or tasks on a Dask cluster), and a small top-level site links them.

    site/index.html               the partitions, with their counts and dates
    site/actors/…                 actors across partitions (by name), each linking its partitions' pages
    site/assets/search/           one search index over every partition
    site/2015-08/…                a partition: the site a single build makes of its briefings alone

A build runs in three steps:
1. split: every briefing (extracted through the cache, or `--from-json`)
   is written as `<id>.json` into its partition's folder under the cache,
   and its search postings and actors go to the top level;
2. partitions: each partition whose briefings or code changed is built
   (`briefings build` of a config made of the project's with a few keys set,
   reading that folder); an unchanged one is left as it is;
3. top level: its pages and the search index are generated, built with
   MkDocs and copied into site/.

Links between partitions are relative (`../2015-08/briefings/<id>.html`), so
the site still works from disk. A partition's pages load the top level's
search.js, which reads the top level's index; the index says which folder
each document's partition is (`parts` in meta.js).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefings.fsutil import read_json_object, write_if_changed
from briefings.lang.ar.normalize import key_text
from briefings.run import Options as RunOptions
from briefings.run import Report, items, items_from_json
from briefings.run.executors import executor
from briefings.site.fonts import ensure_font
from briefings.site.paginator import Paginator, numbered
from briefings.site.paths import FONT_DIR, GENERATED_DIRS, HOME, SEARCH_DIR
from briefings.site.postings import Postings
from briefings.site.render import esc, path_markup
from briefings.site.search_index import IndexBuilder
from briefings.versions import rendering_version, templates_version

log = logging.getLogger("briefings")

PARTS = "partitions"  # under the cache folder: each partition's briefings, config, docs and cache
TOP = "_top"  # the top-level site's sources, beside the partitions
UNDATED = "undated"
ACTOR_ROWS = 120
MIN_ACTOR_BRIEFINGS = 2  # the top level lists actors of at least this many briefings
_DATE = re.compile(r"(\d{4})-(\d{2})")
_TYPES = {"person": "شخص", "organization": "مؤسسة", "place": "مكان"}
# what the generator writes into docs/: the rest is hand-written
_GENERATED = (*(f"{d}/" for d in (*GENERATED_DIRS, FONT_DIR)), HOME)


def part_of(published: str | None, by: str) -> str:
    """The partition of a briefing: its year (2015) or month (2015-08)."""
    m = _DATE.match(published or "")
    if not m:
        return UNDATED
    return m.group(1) if by == "year" else f"{m.group(1)}-{m.group(2)}"


@dataclass
class Project:
    """What a partitioned build needs of the project's mkdocs.yml."""

    config_file: Path
    docs: Path
    site: Path
    seeds: Path
    templates: Path
    cache: Path
    max_bytes: int
    from_json: Path | None

    @classmethod
    def of(cls, cfg, plugin) -> Project:
        root = Path(cfg["config_file_path"]).resolve().parent
        pc = plugin.config
        return cls(Path(cfg["config_file_path"]).resolve(), Path(cfg["docs_dir"]).resolve(),
                   Path(cfg["site_dir"]).resolve(), root / pc.seeds, root / pc.templates, root / pc.cache,
                   pc.max_mb * 1024 * 1024, Path(pc.from_json).resolve() if pc.from_json else None)

    @property
    def parts_dir(self) -> Path:
        return self.cache / PARTS


@dataclass
class Part:
    """A partition as the split saw it."""

    key: str
    count: int = 0
    first: str = ""
    last: str = ""
    docs: list = field(default_factory=list)  # (light briefing, postings), for the top level's index


@dataclass
class Split:
    parts: dict[str, Part]
    actors: dict[str, dict]  # type:key → {"type", "names": {name: n}, "parts": {part: {name: n}}}
    report: Report


def split(project: Project, by: str, jobs: int | None = None, scheduler: str | None = None,
          progress: bool = False) -> Split:
    """Step 1: each briefing into its partition's folder of JSON (written
    only when it changed, so an unchanged partition's files keep their
    times); files of briefings gone or moved are deleted."""
    report = Report()
    cache = project.cache
    if project.from_json:
        stream = items_from_json(project.from_json, report)
    else:
        opts = RunOptions(inputs=[project.seeds], cache_dir=cache, max_bytes=project.max_bytes)
        stream = items(opts, report, jobs, progress, scheduler=scheduler)
    postings = Postings(cache)
    parts: dict[str, Part] = {}
    actors: dict[str, dict] = {}
    wanted: set[Path] = set()
    for item in stream:
        b = item.light
        key = part_of(b.published, by)
        part = parts.setdefault(key, Part(key))
        whole = item.whole()
        path = project.parts_dir / key / "json" / f"{b.id}.json"
        wanted.add(path)
        write_if_changed(path, json.dumps(whole, ensure_ascii=False) + "\n")
        part.count += 1
        day = (b.published or "")[:10]
        if day:
            part.first = min(part.first or day, day)
            part.last = max(part.last, day)
        part.docs.append((b, postings.of(item)))
        seen = set()
        for a in whole["actors"]:
            k = f"{a['type']}:{key_text(a['name'])}"
            if k in seen or not key_text(a["name"]):
                continue
            seen.add(k)
            rec = actors.setdefault(k, {"type": a["type"], "names": {}, "parts": {}})
            rec["names"][a["name"]] = rec["names"].get(a["name"], 0) + 1
            names = rec["parts"].setdefault(key, {})
            names[a["name"]] = names.get(a["name"], 0) + 1
        report.built.append(b.id)
    postings.close()
    if project.parts_dir.is_dir():
        for folder in project.parts_dir.iterdir():
            if folder.name == TOP or not (folder / "json").is_dir():
                continue
            for p in (folder / "json").glob("*.json"):
                if p not in wanted:
                    p.unlink()
    return Split(parts, actors, report)


# --- the configs ---------------------------------------------------------

def _raw_config(config_file: Path) -> dict:
    """The project's mkdocs.yml as plain data where it is plain (the keys
    rewritten below are); Python tags (a slugify function) are left out."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load(config_file.read_text(encoding="utf-8"), Loader=Loader) or {}  # noqa: S506 - SafeLoader


def _config(project: Project, overrides: dict) -> str:
    """A config that is the project's with these keys set: the project's
    text, then the keys again (YAML's last key wins in MkDocs' loader), so
    its tagged values (a slugify function) stay as written."""
    text = project.config_file.read_text(encoding="utf-8")
    return f"{text}\n# written by briefings (site/partition.py): the project's, with these keys\n" + \
        yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False)


def _plugins(raw: dict, briefings: dict | None) -> list:
    """The project's plugins, with the briefings plugin's options replaced
    (None: without it)."""
    out = []
    for p in raw.get("plugins") or []:
        name = p if isinstance(p, str) else next(iter(p))
        if name == "briefings":
            if briefings is not None:
                out.append({"briefings": briefings})
        else:
            out.append(p)
    return out


def _theme(raw: dict, root: Path) -> dict | str | None:
    theme = raw.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme = {**theme, "custom_dir": str((root / theme["custom_dir"]).resolve())}
    return theme


def part_config(project: Project, key: str) -> Path:
    """The config of one partition: the project's, with its docs, site,
    briefings and cache folders under the partition, and the top level's
    search script."""
    raw = _raw_config(project.config_file)
    folder = project.parts_dir / key
    brief = dict(next((p["briefings"] for p in raw.get("plugins") or [] if isinstance(p, dict) and "briefings" in p), None) or {})
    brief.update({"from_json": str(folder / "json"), "cache": str(folder / "cache"), "templates": str(project.templates),
                  "search": False, "partition": ""})
    scripts = [("../" + s if isinstance(s, str) and s.endswith("search.js") else s) for s in raw.get("extra_javascript") or []]
    overrides = {"docs_dir": str(folder / "docs"), "site_dir": str(project.site / key),
                 "extra_javascript": scripts, "plugins": _plugins(raw, brief)}
    if theme := _theme(raw, project.config_file.parent):
        overrides["theme"] = theme
    path = folder / "mkdocs.yml"
    write_if_changed(path, _config(project, overrides))
    _hand_written(project.docs, folder / "docs")
    return path


def _hand_written(docs: Path, into: Path) -> None:
    """The project's hand-written pages and assets, copied (what changed)
    into a partition's or the top level's docs/."""
    keep = set()
    for p in sorted(docs.rglob("*")):
        rel = p.relative_to(docs).as_posix()
        if p.is_file() and not rel.startswith(_GENERATED):
            keep.add(rel)
            write_if_changed(into / rel, p.read_bytes())
    if into.is_dir():  # a hand-written page taken away from the project
        for p in into.rglob("*"):
            rel = p.relative_to(into).as_posix()
            if p.is_file() and not rel.startswith(_GENERATED) and rel not in keep:
                p.unlink()


# --- step 2: the partitions ---------------------------------------------

def _stamp(config: Path, project: Project) -> str:
    """What a partition's site depends on: its config, its briefings (names,
    sizes, times), the hand-written pages, the code and templates."""
    folder = config.parent
    h = hashlib.sha256(config.read_bytes())
    h.update(f"{rendering_version()}\x00{templates_version(project.templates)}\x00".encode())
    h.update((Path(__file__).resolve().parents[1] / "plugin.py").read_bytes())
    for sub in ("json", "docs"):
        for p in sorted((folder / sub).rglob("*")):
            if p.is_file() and not (sub == "docs" and p.relative_to(folder / sub).as_posix().startswith(_GENERATED)):
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


# --- step 3: the top level ----------------------------------------------

def _top_index(project: Project, parts: list[Part], docs: Path, put) -> None:
    """One search over every partition: the briefings of each partition in
    turn, and where each partition begins."""
    index = IndexBuilder()
    starts, groups = [], []
    for part in parts:
        starts.append([len(index.docs), f"{part.key}/"])
        for light, scores in part.docs:
            index.add(light, scores)
        # the partition's wire copies, as its build found them: one result each
        also = read_json_object(project.parts_dir / part.key / "cache" / "also-published.json")
        groups += [{"members": [{"id": c}, *({"id": m["id"]} for m in ms)]} for c, ms in sorted(also.items())]
    index.write(docs / SEARCH_DIR, put, groups, parts=starts)


def _top_pages(project: Project, sp: Split, parts: list[Part], docs: Path, put) -> None:
    rows = []
    for part in parts:
        dates = f"{part.first} – {part.last}" if part.first else ""
        rows.append(f'| <a href="{esc(part.key)}/index.html">{esc(part.key)}</a> | {part.count} | {esc(dates)} |')
    n = sum(p.count for p in parts)
    put(docs / HOME, "---\ntitle: الموجزات\n---\n\n# الموجزات\n\n"
        f"{n} موجزاً في {len(parts)} قسماً. [الفاعلون في كل الأقسام](actors/index.md)\n\n"
        "| القسم | الموجزات | من – إلى |\n| --- | --- | --- |\n" + "\n".join(rows) + "\n")
    links = {p.key: read_json_object(project.parts_dir / p.key / "cache" / "tag-links.json") for p in parts}
    actors = []
    for rec in sp.actors.values():
        count = sum(rec["names"].values())
        if count < MIN_ACTOR_BRIEFINGS:
            continue
        name = max(sorted(rec["names"]), key=lambda x: rec["names"][x])
        hrefs = []
        for key in sorted(rec["parts"]):
            names = rec["parts"][key]
            home = next((links[key][x] for x in sorted(names, key=lambda x: -names[x]) if x in links.get(key, {})), None)
            if home:
                path, _, anchor = home.partition("#")
                hrefs.append((key, sum(names.values()), f"../{key}/{path[:-3]}.html" + (f"#{anchor}" if anchor else "")))
        actors.append((count, name, rec["type"], hrefs))
    actors.sort(key=lambda a: (-a[0], a[1]))
    for page in Paginator(ACTOR_ROWS, numbered("actors", "index")).pages(actors):
        lines = ["---", "title: الفاعلون في كل الأقسام", "---", "", "# الفاعلون في كل الأقسام", "",
                 "| الاسم | النوع | الموجزات | في الأقسام |", "| --- | --- | --- | --- |"]
        for count, name, typ, hrefs in page.items:
            where = "، ".join(f'<a href="{path_markup(h)}">{esc(k)}</a> ({c})' for k, c, h in hrefs)
            lines.append(f"| {esc(name)} | {_TYPES.get(typ, esc(typ))} | {count} | {where} |")
        if len(page.pager) > 1:
            lines += ["", " · ".join(f"[{k}]({esc(h)})" if k != page.number else str(k) for k, h in page.pager)]
        put(docs / page.path, "\n".join(lines) + "\n")


def _build_top(project: Project, sp: Split, parts: list[Part]) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    top = project.parts_dir / TOP
    docs = top / "docs"
    _hand_written(project.docs, docs)
    ensure_font(docs / FONT_DIR)
    written: set[str] = set()

    def put(path: Path, content) -> None:
        written.add(path.relative_to(docs).as_posix())
        write_if_changed(path, content if isinstance(content, (str, bytes)) else content.render())

    _top_pages(project, sp, parts, docs, put)
    _top_index(project, parts, docs, put)
    for d in ("actors", SEARCH_DIR):  # what an earlier top level wrote and this one did not
        for p in (docs / d).rglob("*") if (docs / d).is_dir() else []:
            if p.is_file() and p.relative_to(docs).as_posix() not in written:
                p.unlink()
    raw = _raw_config(project.config_file)
    overrides = {"docs_dir": str(docs), "site_dir": str(top / "site"),
                 "nav": [{"الموجزات": HOME}, {"الفاعلون": "actors/index.md"},
                         *[n for n in raw.get("nav") or [] if isinstance(n, dict) and _hand_page(n, docs)]],
                 "not_in_nav": "/search.md\n/actors/*\n", "plugins": _plugins(raw, None)}
    if theme := _theme(raw, project.config_file.parent):
        overrides["theme"] = theme
    config = top / "mkdocs.yml"
    write_if_changed(config, _config(project, overrides))
    cfg = load_config(str(config))
    cfg.plugins.on_startup(command="build", dirty=False)
    mkdocs_build(cfg)
    _copy_top(top / "site", project.site, project.parts_dir / "top-files.json", {p.key for p in parts})


def _hand_page(entry: dict, docs: Path) -> bool:
    """A nav entry of the project that is a hand-written page (about.md)."""
    target = next(iter(entry.values()))
    return isinstance(target, str) and target != HOME and (docs / target).is_file() and "/" not in target


def _copy_top(built: Path, site: Path, record: Path, parts: set[str]) -> None:
    """The top level's files into site/, beside the partitions' folders:
    written when they changed; what the last top level put there and this
    one did not is deleted."""
    files = set()
    for p in built.rglob("*"):
        if p.is_file():
            rel = p.relative_to(built).as_posix()
            if rel.split("/", 1)[0] in parts:
                raise ValueError(f"{rel}: a top-level page in a partition's folder")
            files.add(rel)
            write_if_changed(site / rel, p.read_bytes())
    before = read_json_object(record)
    for rel in before.get("files", []):
        if rel not in files and (site / rel).is_file():
            (site / rel).unlink()
    # what a single build left in site/ (site/ is build output, as MkDocs cleans it)
    tops = {rel.split("/", 1)[0] for rel in files} | parts
    for child in site.iterdir():
        if child.name in tops:
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    write_if_changed(record, json.dumps({"files": sorted(files)}))


# --- the build -------------------------------------------------------------

def build(cfg, plugin, by: str, jobs: int | None = None, scheduler: str | None = None) -> tuple[Report, list[dict]]:
    """A partitioned build of the project (module docstring). Returns the
    report of the briefings and a line per partition: its time and peak
    memory, or that it was unchanged. A partition that fails to build
    raises after the others are done."""
    project = Project.of(cfg, plugin)
    t0 = time.perf_counter()
    sp = split(project, by, jobs, scheduler, progress=sys.stderr.isatty())
    split_seconds = time.perf_counter() - t0
    parts = [sp.parts[k] for k in sorted(sp.parts)]
    stamps_file = project.parts_dir / "stamps.json"
    stamps = read_json_object(stamps_file)
    jobs_list, results = [], []
    for part in parts:
        config = part_config(project, part.key)
        stamp = _stamp(config, project)
        if stamps.get(part.key) == stamp and (project.site / part.key / "index.html").is_file():
            results.append({"part": part.key, "briefings": part.count, "unchanged": True})
        else:
            jobs_list.append({"part": part.key, "config": str(config), "stamp": stamp, "briefings": part.count})
    # partitions gone (no briefing left in them): their folders go too
    keys = {p.key for p in parts}
    for gone in set(stamps) - keys:
        shutil.rmtree(project.site / gone, ignore_errors=True)
        shutil.rmtree(project.parts_dir / gone, ignore_errors=True)
    stamps = {k: v for k, v in stamps.items() if k in keys}
    failed = []
    ex = executor(jobs, len(jobs_list), scheduler)
    try:
        for job, res in zip(jobs_list, ex.map(build_part, jobs_list), strict=True):
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
    write_if_changed(stamps_file, json.dumps(stamps, sort_keys=True))
    t1 = time.perf_counter()
    _build_top(project, sp, parts)
    timing = {"split_seconds": round(split_seconds, 2), "top_seconds": round(time.perf_counter() - t1, 2),
              # this process: the split and the top level (each partition's is its own)
              "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
              "parts": sorted(results, key=lambda r: r["part"])}
    write_if_changed(project.parts_dir / "report.json", json.dumps(timing, ensure_ascii=False, indent=1))
    if failed:
        raise PartitionError("; ".join(f"partition {r['part']}: {r['stderr'].strip().splitlines()[-1:] or r['returncode']}"
                                       for r in failed))
    return sp.report, timing["parts"]


class PartitionError(Exception):
    """A partition's build failed (its message names the partition)."""
