"""Briefings → pages in docs/: each briefing's page and JSON, and the index
pages. A page is written only when its content changes, and pages of
articles that are gone are deleted."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from briefings.collection import entry
from briefings.collection_pages import write_all
from briefings.fsutil import write_if_changed
from briefings.pipeline import Options as ExtractOptions
from briefings.pipeline import Report, briefings, briefings_from_json
from briefings.render import Renderer
from briefings.search_index import IndexBuilder

log = logging.getLogger("briefings")

GENERATED_DIR = "briefings"
# Folders of docs/ that the generator owns: whatever it did not write there
# this time is stale and removed.
SEARCH_DIR = "assets/search"
GENERATED_DIRS = ("briefings", "archive", "actors", "timeline", "figures", "outlets", "months", SEARCH_DIR)
PAGE_SIZE = 20  # with their three-sentence summaries, 20 keep a page light

__all__ = ["Options", "Report", "generate"]


@dataclass
class Options(ExtractOptions):
    docs_dir: Path = Path("docs")
    templates_dir: Path = Path("templates")


def generate(opts: Options, jobs: int | None = None, progress: bool = False, from_json: Path | None = None) -> Report:
    report = Report()
    renderer = Renderer(opts.templates_dir)
    out_dir = opts.docs_dir / GENERATED_DIR
    wanted: set[Path] = set()

    def put(path: Path, content: str) -> None:
        wanted.add(path)
        if write_if_changed(path, content):
            report.written += 1

    entries = []
    index = IndexBuilder()
    stream = briefings_from_json(from_json, report) if from_json else briefings(opts, report, jobs, progress)
    for b in stream:
        put(out_dir / f"{b['id']}.md", renderer.briefing(b))
        put(out_dir / f"{b['id']}.json", json.dumps(b, ensure_ascii=False, indent=1) + "\n")
        report.built.append(b["id"])
        entries.append(entry(b))
        index.add(b)
    _index_pages(entries, renderer, opts.docs_dir, put)
    index.write(opts.docs_dir / SEARCH_DIR, put)
    write_all(entries, renderer, opts.docs_dir, put)
    for root in [opts.docs_dir / d for d in GENERATED_DIRS]:
        if root.is_dir():
            for p in root.rglob("*"):
                if p.is_file() and p not in wanted and p.suffix in (".md", ".json", ".js"):
                    p.unlink()
                    report.removed += 1
    write_if_changed(opts.cache_dir / "report.json", report.to_json())
    return report


def _index_pages(entries: list[dict], renderer: Renderer, docs: Path, put) -> None:
    items = sorted(entries, key=lambda e: (e["published"] or "", e["id"]), reverse=True)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    for n in range(1, pages + 1):
        chunk = items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
        path = docs / "index.md" if n == 1 else docs / "archive" / f"page-{n}.md"
        prefix = "" if n == 1 else "../"
        pager = [(k, prefix + ("index.md" if k == 1 else f"archive/page-{k}.md")) for k in range(1, pages + 1)]
        title = "الموجزات" if n == 1 else f"الموجزات: صفحة {n}"
        intro = f"{len(items)} موجزاً، الأحدث أولاً." if n == 1 and items else None
        put(path, renderer.page("index.md.j2", title=title, items=chunk, page=n, pager=pager, prefix=prefix, intro=intro))
