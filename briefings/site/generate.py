"""Briefings → pages in docs/: each briefing's page and JSON, and the index
pages. A page is written only when its content changes, and pages of
articles that are gone are deleted."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from briefings.run import pipeline
from briefings.site.collection import card, entry
from briefings.site.pages import write_all
from briefings.fsutil import write_if_changed
from briefings.run.pipeline import Options as ExtractOptions
from briefings.run.pipeline import Report, full_briefing, items, items_from_json
from briefings.site.render import Page, Renderer, Text, is_long
from briefings.site.search_index import IndexBuilder
from briefings.versions import extraction_version, rendering_version, templates_version

log = logging.getLogger("briefings")

GENERATED_DIR = "briefings"
# Folders of docs/ that the generator owns: whatever it did not write there
# this time is stale and removed.
SEARCH_DIR = "assets/search"
GENERATED_DIRS = ("briefings", "archive", "actors", "timeline", "figures", "outlets", "months", SEARCH_DIR)
PAGE_SIZE = 20  # with their three-sentence summaries, 20 keep a page light

__all__ = ["Options", "Report", "generate"]


class _Warm:
    """What one process keeps from its previous build (`mkdocs serve`
    builds again and again): the compiled templates, each unchanged
    briefing's collection entry, and the search index to patch."""

    renderer: tuple[str, Renderer] | None = None
    entries: dict[str, dict] = {}
    index: IndexBuilder | None = None


@dataclass
class Options(ExtractOptions):
    docs_dir: Path = Path("docs")
    templates_dir: Path = Path("templates")


def _fingerprint(opts: Options, from_json: Path | None) -> str:
    """What the generated pages depend on, cheaply: the code, the templates,
    and each input file's path, size and modification time."""
    h = hashlib.sha256(
        f"{extraction_version()}\x00{rendering_version()}\x00{templates_version(opts.templates_dir)}".encode()
    )
    inputs = [from_json] if from_json else opts.inputs
    for inp in inputs:
        files = sorted(inp.rglob("*")) if inp.is_dir() else [inp]
        for f in files:
            try:
                st = f.stat()
            except OSError:
                continue
            h.update(f"{f}\x00{st.st_size}\x00{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def generate(
    opts: Options, jobs: int | None = None, progress: bool = False, from_json: Path | None = None, shortcut: bool = True
) -> Report:
    manifest_path = opts.cache_dir / "manifest.json"
    fingerprint = _fingerprint(opts, from_json)
    manifest = _read_json(manifest_path)
    if (
        shortcut
        and manifest.get("fingerprint") == fingerprint
        and manifest.get("docs") == str(opts.docs_dir.resolve())
        and all((opts.docs_dir / p).is_file() for p in manifest.get("files", []))
    ):
        # nothing that the pages depend on has changed: no work at all
        report = Report(**{k: v for k, v in manifest["report"].items() if k != "built"})
        report.built = manifest["report"]["built"]
        return report

    report = Report()
    warm = pipeline.memo_enabled
    renderer_key = f"{opts.templates_dir.resolve()}\x00{templates_version(opts.templates_dir)}"
    if warm and _Warm.renderer and _Warm.renderer[0] == renderer_key:
        renderer = _Warm.renderer[1]
    else:
        renderer = Renderer(opts.templates_dir)
        _Warm.renderer = (renderer_key, renderer) if warm else None
    out_dir = opts.docs_dir / GENERATED_DIR
    wanted: set[str] = set()  # paths relative to docs/, as in the manifest
    docs_prefix = str(opts.docs_dir) + os.sep

    def rel_of(path: Path) -> str:
        # string slicing: pathlib's relative_to costs more than the rest of
        # put() for the thousands of pages that did not change
        s = str(path)
        return s[len(docs_prefix) :].replace(os.sep, "/") if s.startswith(docs_prefix) else path.relative_to(opts.docs_dir).as_posix()
    # a briefing whose JSON did not change keeps its page unless the
    # templates or the renderer did: it is neither rendered nor read again
    pages_version = rendering_version() + templates_version(opts.templates_dir)
    old_pages = manifest.get("briefings", {}) if manifest.get("pages_version") == pages_version else {}
    new_pages: dict[str, str] = {}

    old_digests = manifest.get("pages", {}) if manifest.get("pages_version") == pages_version else {}
    new_digests: dict[str, str] = {}

    def put(path: Path, content: str | Page) -> None:
        rel = rel_of(path)
        wanted.add(rel)
        if isinstance(content, (Page, Text)):
            # a collection page rendered from the same data is not rendered again
            digest = content.digest()
            new_digests[rel] = digest
            if old_digests.get(rel) == digest and os.path.isfile(path):
                return
            content = content.render()
        if write_if_changed(path, content):
            report.written += 1

    entries = []
    index = IndexBuilder(_Warm.index if warm else None)
    known_entries, kept_entries = (_Warm.entries if warm else {}), {}
    stream = items_from_json(from_json, report) if from_json else items(opts, report, jobs, progress)
    for item in stream:
        b = item.briefing
        text = None
        digest = item.digest
        if digest is None:
            text = json.dumps(b, ensure_ascii=False, indent=1) + "\n"
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        page, data = out_dir / f"{b['id']}.md", out_dir / f"{b['id']}.json"
        pages = [page, data]
        if is_long(b):
            pages.append(out_dir / f"{b['id']}-text.md")
        pages_current = old_pages.get(b["id"]) == digest and all(p.is_file() for p in pages)
        e = known_entries.get(digest)
        # a light briefing (kept by a serving process) is read back whole
        # only when something below needs more than it holds, and then once
        whole = b if pages_current and e is not None and item.search is not None else full_briefing(b)
        if pages_current:
            wanted.update(rel_of(p) for p in pages)
        else:
            put(page, renderer.briefing(whole))
            put(data, text or json.dumps(whole, ensure_ascii=False, indent=1) + "\n")
            if is_long(b):
                put(pages[2], renderer.full_text(whole))
        new_pages[b["id"]] = digest
        report.built.append(b["id"])
        e = e or entry(whole)
        kept_entries[digest] = e
        entries.append(e)
        if item.search is not None:
            index.add(b, item.search)
        else:  # an old cache entry without postings: computed from the whole briefing
            index.add(whole)
    _index_pages(entries, renderer, opts.docs_dir, put)
    index.write(opts.docs_dir / SEARCH_DIR, put)
    _Warm.entries, _Warm.index = (kept_entries, index) if warm else ({}, None)
    tag_links = write_all(entries, renderer, opts.docs_dir, put)
    write_if_changed(opts.cache_dir / "tag-links.json", json.dumps(tag_links, ensure_ascii=False, sort_keys=True))
    for root in [opts.docs_dir / d for d in GENERATED_DIRS]:
        if root.is_dir():
            for p in root.rglob("*"):
                if p.suffix in (".md", ".json", ".js") and rel_of(p) not in wanted and p.is_file():
                    p.unlink()
                    report.removed += 1
    write_if_changed(opts.cache_dir / "report.json", report.to_json())
    files = sorted(wanted)
    write_if_changed(manifest_path, json.dumps({
        "fingerprint": fingerprint, "docs": str(opts.docs_dir.resolve()), "files": files,
        "pages_version": pages_version, "briefings": new_pages, "pages": new_digests,
        "report": {"built": report.built, "extracted": 0, "written": 0, "removed": 0, "skipped": report.skipped},
    }, ensure_ascii=False))
    return report


def _read_json(path: Path) -> dict:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        return d if isinstance(d, dict) else {}
    except (OSError, ValueError):
        return {}


def _index_pages(entries: list[dict], renderer: Renderer, docs: Path, put) -> None:
    items = sorted(entries, key=lambda e: (e["published"] or "", e["id"]), reverse=True)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    for n in range(1, pages + 1):
        chunk = [card(e) for e in items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]]
        path = docs / "index.md" if n == 1 else docs / "archive" / f"page-{n}.md"
        prefix = "" if n == 1 else "../"
        pager = [(k, prefix + ("index.md" if k == 1 else f"archive/page-{k}.md")) for k in range(1, pages + 1)]
        title = "الموجزات" if n == 1 else f"الموجزات: صفحة {n}"
        intro = f"{len(items)} موجزاً، الأحدث أولاً." if n == 1 and items else None
        put(path, renderer.page("index.md.j2", title=title, items=chunk, page=n, pager=pager, prefix=prefix, intro=intro))
