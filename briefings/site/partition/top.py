"""Step 3 of a partitioned build: the top-level site, which lists the
partitions, carries the actor index across them and the one search index
over every partition; built with MkDocs and copied into site/ beside the
partitions' folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from briefings.fsutil import read_json_object, write_if_changed
from briefings.site.fonts import ensure_font
from briefings.site.paginator import Paginator, numbered
from briefings.site.partition.configs import config_text, hand_written, plugins, raw_config, theme
from briefings.site.partition.layout import TOP, Project
from briefings.site.partition.split import Part, Split
from briefings.site.partition.spool import write_index
from briefings.site.paths import FONT_DIR, HOME, SEARCH_DIR
from briefings.site.render import esc, path_markup

ACTOR_ROWS = 120
MIN_ACTOR_BRIEFINGS = 2  # the top level lists actors of at least this many briefings
_TYPES = {"person": "شخص", "organization": "مؤسسة", "place": "مكان"}


def build_top(project: Project, sp: Split, parts: list[Part]) -> None:
    """Generate the top level's pages and index, build them with MkDocs and
    copy the result into site/."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    top = project.parts_dir / TOP
    docs = top / "docs"
    hand_written(project.docs, docs)
    ensure_font(docs / FONT_DIR)
    written: set[str] = set()

    def put(path: Path, content) -> None:
        written.add(path.relative_to(docs).as_posix())
        write_if_changed(path, content if isinstance(content, (str, bytes)) else content.render())

    _pages(project, sp, parts, docs, put)
    _index(project, parts, docs, put)
    for d in ("actors", SEARCH_DIR):  # what an earlier top level wrote and this one did not
        for p in (docs / d).rglob("*") if (docs / d).is_dir() else []:
            if p.is_file() and p.relative_to(docs).as_posix() not in written:
                p.unlink()
    raw = raw_config(project.config_file)
    overrides = {"docs_dir": str(docs), "site_dir": str(top / "site"),
                 "nav": [{"الموجزات": HOME}, {"الفاعلون": "actors/index.md"},
                         *[n for n in raw.get("nav") or [] if isinstance(n, dict) and _hand_page(n, docs)]],
                 "not_in_nav": "/search.md\n/actors/*\n", "plugins": plugins(raw, None)}
    if t := theme(raw, project.config_file.parent):
        overrides["theme"] = t
    config = top / "mkdocs.yml"
    write_if_changed(config, config_text(project, overrides))
    cfg = load_config(str(config))
    cfg.plugins.on_startup(command="build", dirty=False)
    mkdocs_build(cfg)
    _copy(top / "site", project.site, project.parts_dir / "top-files.json", {p.key for p in parts})


def _index(project: Project, parts: list[Part], docs: Path, put) -> None:
    """One search over every partition: the briefings of each partition in
    turn (read from the split's spool, a partition at a time), and where
    each partition begins."""
    spooled = []
    for part in parts:
        # the partition's wire copies, as its build found them: one result each
        also = read_json_object(project.parts_dir / part.key / "cache" / "also-published.json")
        groups = [{"members": [{"id": c}, *({"id": m["id"]} for m in ms)]} for c, ms in sorted(also.items())]
        spooled.append((part.key, part.spool, groups))
    write_index(spooled, docs / SEARCH_DIR, put, project.parts_dir / TOP)


def _pages(project: Project, sp: Split, parts: list[Part], docs: Path, put) -> None:
    """The home page (the partitions, with their counts and dates) and the
    actor index across partitions, each actor linking its partitions' pages."""
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


def _hand_page(entry: dict, docs: Path) -> bool:
    """A nav entry of the project that is a hand-written page (about.md)."""
    target = next(iter(entry.values()))
    return isinstance(target, str) and target != HOME and (docs / target).is_file() and "/" not in target


def _copy(built: Path, site: Path, record: Path, parts: set[str]) -> None:
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
