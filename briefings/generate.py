"""seeds/ → briefing pages in docs/: read, extract (cached), render, write.

The cache is keyed by the input file's bytes and the generator's code and
data, so an unchanged article is never extracted again; a page is written
only when its content changes, and pages of removed articles are deleted.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from briefings import __version__
from briefings.assemble import assemble
from briefings.fsutil import write_if_changed
from briefings.readers import DEFAULT_MAX_BYTES, ReaderError, input_files, load, read_source
from briefings.render import Renderer
from briefings.serialize import dumps

log = logging.getLogger("briefings")

GENERATED_DIR = "briefings"
PAGE_SIZE = 50


@dataclass
class Options:
    inputs: list[Path]
    docs_dir: Path
    templates_dir: Path
    cache_dir: Path
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Report:
    built: list[str] = field(default_factory=list)
    extracted: int = 0
    written: int = 0
    removed: int = 0
    skipped: list[dict] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {"built": len(self.built), "extracted": self.extracted, "written": self.written,
             "removed": self.removed, "skipped": self.skipped},
            ensure_ascii=False, indent=1,
        ) + "\n"

    def summary_line(self) -> str:
        line = f"briefings: {len(self.built)} built ({self.extracted} extracted, {self.written} pages written, {self.removed} removed), {len(self.skipped)} skipped"
        return line


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's code and data: a change to either
    invalidates the extraction cache."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".gz", ".crfsuite", ".json") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _cache_path(cache_dir: Path, source_sha: str, path: str) -> Path:
    k = hashlib.sha256(f"{code_version()}\x00{source_sha}\x00{path}".encode()).hexdigest()
    return cache_dir / "extract" / k[:2] / f"{k}.json"


def extract_file(file: Path, root: Path, opts: Options, report: Report) -> list[dict]:
    """The briefing dicts of one input file, from the cache when its bytes
    and the code are unchanged. Bad records are reported, not raised."""
    try:
        src = load(file, root, opts.max_bytes)
    except ReaderError as e:
        _skip(report, e)
        return []
    except OSError as e:
        _skip(report, ReaderError(str(file), f"cannot read: {e.strerror}"))
        return []
    cached = _cache_path(opts.cache_dir, src.sha256, src.path)
    if cached.is_file():
        try:
            entry = json.loads(cached.read_text(encoding="utf-8"))
            for err in entry["errors"]:
                _skip(report, ReaderError(err["path"], err["message"], err.get("record")))
            return entry["briefings"]
        except (ValueError, KeyError):
            pass  # a damaged cache entry is simply redone
    briefings, errors = [], []
    for item in read_source(src, opts.max_bytes):
        if isinstance(item, ReaderError):
            errors.append(item)
            continue
        try:
            if not item.body.strip():
                raise ReaderError(item.path, "no article text", item.record)
            b = assemble(item)
            if not b.sentences:
                raise ReaderError(item.path, "no sentence in the article", item.record)
            briefings.append(json.loads(dumps(b)))
        except ReaderError as e:
            errors.append(e)
        except Exception as e:  # noqa: BLE001 - one article must never stop the rest
            log.exception("extraction failed")
            errors.append(ReaderError(item.path, f"extraction failed: {type(e).__name__}: {e}", item.record))
    report.extracted += len(briefings)
    for e in errors:
        _skip(report, e)
    entry = {"briefings": briefings, "errors": [{"path": e.path, "message": e.message, "record": e.record} for e in errors]}
    write_if_changed(cached, json.dumps(entry, ensure_ascii=False))
    return briefings


def _skip(report: Report, e: ReaderError) -> None:
    report.skipped.append({"path": e.path, "record": e.record, "reason": e.message})
    log.error("%s", e)


def unique_ids(briefings: list[dict]) -> None:
    """Ids stay unique in the collection: a repeat gets its path's hash."""
    seen: set[str] = set()
    for b in briefings:
        base = b["id"]
        i = 1
        while b["id"] in seen:
            digest = hashlib.sha1(f"{b['source']['path']}\x00{b['source'].get('record')}\x00{i}".encode()).hexdigest()[:8]
            b["id"] = f"{base}-{digest}"
            i += 1
        seen.add(b["id"])


def collect(opts: Options, report: Report) -> list[dict]:
    briefings: list[dict] = []
    for file, root in input_files(opts.inputs):
        before = len(report.skipped)
        found = extract_file(file, root, opts, report)
        failed = report.skipped[before:]
        briefings.extend(found)
        briefings.extend(_last_good(opts.cache_dir, file, root, found, failed))
    unique_ids(briefings)
    return briefings


def _last_good(cache_dir: Path, file: Path, root: Path, found: list[dict], failed: list[dict]) -> list[dict]:
    """Keep the last good briefing of an article that fails now, marked
    stale with the reason: a rerun never loses a briefing that was good, and
    never passes an old one off as current."""
    rel = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name
    store = cache_dir / "last-good" / f"{hashlib.sha1(rel.encode()).hexdigest()}.json"
    good: dict[str, dict] = {}
    if store.is_file():
        try:
            good = json.loads(store.read_text(encoding="utf-8"))
        except ValueError:
            good = {}
    stale = []
    for f in failed:
        prev = good.get(f"{f['path']}\x00{f.get('record') or ''}")
        if prev:
            stale.append({**prev, "stale": f["reason"]})
    if found:
        for b in found:
            good[f"{b['source']['path']}\x00{b['source'].get('record') or ''}"] = b
        write_if_changed(store, json.dumps(good, ensure_ascii=False, sort_keys=True))
    return stale


def _newest_first(b: dict) -> tuple:
    return (b["source"].get("published") or "", b["id"])


def generate(opts: Options) -> Report:
    report = Report()
    briefings = collect(opts, report)
    renderer = Renderer(opts.templates_dir)
    out_dir = opts.docs_dir / GENERATED_DIR
    wanted: set[Path] = set()

    def put(path: Path, content: str) -> None:
        wanted.add(path)
        if write_if_changed(path, content):
            report.written += 1

    for b in briefings:
        put(out_dir / f"{b['id']}.md", renderer.briefing(b))
        put(out_dir / f"{b['id']}.json", json.dumps(b, ensure_ascii=False, indent=1) + "\n")
        report.built.append(b["id"])
    _index_pages(briefings, renderer, opts.docs_dir, put)
    # pages of articles that are gone, or failed this time, must not linger
    for root in (out_dir, opts.docs_dir / "archive"):
        if root.is_dir():
            for p in root.rglob("*"):
                if p.is_file() and p not in wanted and p.suffix in (".md", ".json"):
                    p.unlink()
                    report.removed += 1
    write_if_changed(opts.cache_dir / "report.json", report.to_json())
    return report


def _index_pages(briefings: list[dict], renderer: Renderer, docs: Path, put) -> None:
    ordered = sorted(briefings, key=_newest_first, reverse=True)
    items = [
        {
            "id": b["id"], "title": b["title"], "published": b["source"].get("published"),
            "outlet": b["source"].get("outlet"), "summary": [s["text"] for s in b["summary"]],
        }
        for b in ordered
    ]
    pages = max(1, -(-len(items) // PAGE_SIZE))
    for n in range(1, pages + 1):
        chunk = items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
        path = docs / "index.md" if n == 1 else docs / "archive" / f"page-{n}.md"
        prefix = "" if n == 1 else "../"
        title = "الموجزات" if n == 1 else f"الموجزات: صفحة {n}"
        put(path, renderer.page("index.md.j2", title=title, items=chunk, page=n, pages=pages, prefix=prefix))
