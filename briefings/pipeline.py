"""Input files → briefing dicts: read, extract, cache, in parallel.

The cache is keyed by an input file's bytes and the extraction code and
data, so an unchanged article is never extracted again. Files that need
extracting are spread over processes and their results streamed back in
input order, so memory holds a few files' briefings, not the collection.
"""

from __future__ import annotations

import concurrent.futures
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from briefings.assemble import assemble_many
from briefings.fsutil import link_or_copy, write_if_changed
from briefings.model import Article, Briefing
from briefings.readers import DEFAULT_MAX_BYTES, ReaderError, Source, input_files, load, read_source
from briefings.search_index import postings
from briefings.serialize import to_dict
from briefings.versions import extraction_version

log = logging.getLogger("briefings")



@dataclass
class Options:
    inputs: list[Path]
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
        return (
            f"briefings: {len(self.built)} built ({self.extracted} extracted, {self.written} files written, "
            f"{self.removed} removed), {len(self.skipped)} skipped"
        )


@dataclass
class FileResult:
    """What one input file gave: its briefings and its skipped records."""

    briefings: list[dict]
    errors: list[dict]
    extracted: int = 0
    key: str | None = None  # the cache entry: names this result for what depends on it
    search: list[dict] | None = None  # each briefing's search postings, computed once


def _error(e: ReaderError) -> dict:
    return {"path": e.path, "record": e.record, "reason": e.message}


def _cache_path(cache_dir: Path, source_sha: str, path: str) -> Path:
    k = hashlib.sha256(f"{extraction_version()}\x00{source_sha}\x00{path}".encode()).hexdigest()
    return _entry_of(cache_dir, k)


def _entry_of(cache_dir: Path, key: str) -> Path:
    return cache_dir / "extract" / key[:2] / f"{key}.json"


def _entry_path(file: Path, root: Path, opts: Options) -> Path | FileResult:
    """Where a file's cache entry is, or, for a file that cannot be read,
    its result: the error."""
    try:
        src = load(file, root, opts.max_bytes)
    except ReaderError as e:
        return FileResult([], [_error(e)])
    except OSError as e:
        return FileResult([], [_error(ReaderError(str(file), f"cannot read: {e.strerror}"))])
    return _cache_path(opts.cache_dir, src.sha256, src.path)


def _cached(file: Path, root: Path, opts: Options) -> tuple[Path | None, FileResult | None]:
    """(cache path, cached result) of a file; a file that cannot be read is
    a result of its own."""
    path = _entry_path(file, root, opts)
    if isinstance(path, FileResult):
        return None, path
    if path.stem in _MEMO:
        return path, _MEMO[path.stem]
    if path.is_file():
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            result = FileResult(entry["briefings"], entry["errors"], key=path.stem, search=entry.get("search"))
            _remember(result, path)
            return path, result
        except (ValueError, KeyError):
            pass  # a damaged cache entry is simply redone
    return path, None


def _needs_extraction(file: Path, root: Path, opts: Options) -> bool:
    """Whether a file has no cache entry yet: a look at the cache, not a
    read of it (the entry is read once, when its result is taken). A file
    that cannot be read has its error for a result: nothing to extract."""
    path = _entry_path(file, root, opts)
    return not isinstance(path, FileResult) and path.stem not in _MEMO and not path.is_file()


# Cache entries already read in this process: `mkdocs serve` rebuilds in
# one process, and need not parse an unchanged collection again. It holds
# light briefings (what lists and the search index show of one, a few
# hundred bytes), so ten thousand cost little memory; the whole briefing
# is read again from the cache only when its page must be rendered.
_MEMO: dict[str, FileResult] = {}
memo_enabled = False  # the MkDocs plugin turns it on while serving
LIGHT = "light"  # key of the cache entry that a light briefing comes from


def _light(b: dict, source: Path, index: int) -> dict:
    return {
        "id": b["id"], "title": b["title"], "summary": b["summary"][:1], "chars": len(b["body"]),
        "source": {k: b["source"].get(k) for k in ("path", "record", "published", "outlet")},
        LIGHT: (str(source), index),
    }


def _remember(result: FileResult, source: Path) -> None:
    if result.key is None or not memo_enabled:
        return
    _MEMO[result.key] = FileResult(
        [_light(b, source, i) for i, b in enumerate(result.briefings)], result.errors, key=result.key,
        search=result.search,
    )


def full_briefing(b: dict) -> dict:
    """The whole briefing of a light one, read back from its cache entry."""
    if LIGHT not in b:
        return b
    source, index = b[LIGHT]
    whole = json.loads(Path(source).read_text(encoding="utf-8"))["briefings"][index]
    whole["id"] = b["id"]  # as claimed in this collection
    return whole


def extract_file(file: Path, root: Path, opts: Options) -> FileResult:
    """The briefings of one input file. Bad records come back as errors,
    never raised. Runs in worker processes: it shares nothing but the
    cache file it writes."""
    cache_path, hit = _cached(file, root, opts)
    if hit is not None:
        return hit
    result = extract_source(load(file, root, opts.max_bytes), opts.max_bytes)
    if cache_path is not None:
        entry = {"briefings": result.briefings, "errors": result.errors, "search": result.search}
        write_if_changed(cache_path, json.dumps(entry, ensure_ascii=False))
        result.key = cache_path.stem
        _remember(result, cache_path)
    return result


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Extraction allocates a great many short-lived objects (tokens,
    feature lists) that reference counting frees, beside caches of words
    that only grow; at the default threshold the cycle collector kept
    walking those caches, a fifth of the extraction time (bench/README.md)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 20_000), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def extract_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Every article of one input, from its bytes alone: what a worker on
    another machine runs."""
    with _rare_collections():
        return _extract_source(src, max_bytes)


# Articles extracted together: the NER decoder's cost is per position of a
# batch's longest sentence, so a batch of many costs about what one does.
BATCH = 32


def _extract_source(src: Source, max_bytes: int) -> FileResult:
    briefings: list[dict] = []
    errors: list[dict] = []
    batch: list[Article] = []

    def flush() -> None:
        for item, made in assemble_many(batch):
            if isinstance(made, Briefing) and not made.sentences:
                made = ReaderError(item.path, "no sentence in the article", item.record)
            if isinstance(made, ReaderError):
                errors.append(_error(made))
            elif isinstance(made, Exception):
                log.error("extraction failed", exc_info=made)
                errors.append(_error(ReaderError(
                    item.path, f"extraction failed: {type(made).__name__}: {made}", item.record)))
            else:
                briefings.append(to_dict(made))
        batch.clear()

    for item in read_source(src, max_bytes):
        if isinstance(item, Article) and item.body.strip():
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
            continue
        flush()  # errors stay in the order of the records
        err = item if isinstance(item, ReaderError) else ReaderError(item.path, "no article text", item.record)
        errors.append(_error(err))
    flush()
    return FileResult(briefings, errors, extracted=len(briefings), search=[postings(b) for b in briefings])


def warm_up() -> None:
    """Load the tagger and the word lists now (a second's work) rather than
    when the first article needs them: `mkdocs serve` calls it while idle."""
    extract_source(Source("warm-up.txt", "قال وزير الخارجية محمد علي إن 30 شخصاً وصلوا إلى بغداد.\n".encode()))


def _extract_task(args: tuple[Path, Path, Options]) -> FileResult:
    return extract_file(*args)


def results(
    opts: Options, jobs: int | None = None, progress: bool = False, scheduler: str | None = None
) -> Iterator[tuple[Path, Path, FileResult]]:
    """Every input file's result, in input order: extracted here over
    `jobs` processes, or on a Dask cluster when a scheduler is given."""
    if scheduler:
        from briefings.dask_engine import results_on_cluster

        yield from results_on_cluster(opts, scheduler, progress)
        return
    files = list(input_files(opts.inputs))
    todo = [(f, r) for f, r in files if _needs_extraction(f, r, opts)]
    jobs = jobs or os.cpu_count() or 1
    bar = _progress(len(todo)) if progress and len(todo) > 1 else None
    if len(todo) <= 1 or jobs == 1:
        for file, root in files:
            r = extract_file(file, root, opts)
            if bar is not None and r.extracted:
                bar.update(1)
            yield file, root, r
    else:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        with concurrent.futures.ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=ctx) as pool:
            pending = {(f, r): pool.submit(_extract_task, (f, r, opts)) for f, r in todo}
            for file, root in files:
                fut = pending.pop((file, root), None)
                r = fut.result() if fut is not None else extract_file(file, root, opts)
                if bar is not None and fut is not None:
                    bar.update(1)
                yield file, root, r
    if bar is not None:
        bar.close()


def _progress(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="extracting", file=sys.stderr, dynamic_ncols=True)


def _skip(report: Report, err: dict) -> None:
    report.skipped.append(err)
    where = f"{err['path']} [record {err['record']}]" if err.get("record") is not None else err["path"]
    log.error("%s: %s", where, err["reason"])


class _Ids:
    """Ids stay unique in the collection: a repeat gets its path's hash."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, b: dict) -> None:
        base = b["id"]
        i = 1
        while b["id"] in self.seen:
            digest = hashlib.sha1(f"{b['source']['path']}\x00{b['source'].get('record')}\x00{i}".encode()).hexdigest()[:8]
            b["id"] = f"{base}-{digest}"
            i += 1
        self.seen.add(b["id"])
        self.seen.add(f"{b['id']}-text")  # the page of a long article's full text


@dataclass
class Item:
    """A briefing on its way to the pages, with what spares work later: a
    digest that changes whenever the briefing does (None: unknown) and its
    search postings (None: not computed yet)."""

    briefing: dict
    digest: str | None = None
    search: dict | None = None


def items(
    opts: Options, report: Report, jobs: int | None = None, progress: bool = False, scheduler: str | None = None
) -> Iterator[Item]:
    """The collection's briefings, streamed in input order, fresh or from
    the cache, with the last good one (marked stale) for an article that
    fails now."""
    ids = _Ids()
    for file, root, r in results(opts, jobs, progress, scheduler):
        report.extracted += r.extracted
        for err in r.errors:
            _skip(report, err)
        search = r.search if r.search is not None and len(r.search) == len(r.briefings) else [None] * len(r.briefings)
        for i, (b, sp) in enumerate(zip(r.briefings, search, strict=True)):
            ids.claim(b)
            yield Item(b, f"{r.key}:{i}:{b['id']}" if r.key else None, sp)
        if r.errors or r.key is None or _synced.get(file) != r.key:
            # light briefings (from the memo) are never stored as last good
            whole = [] if any(LIGHT in b for b in r.briefings) else r.briefings
            entry = _entry_of(opts.cache_dir, r.key) if r.key else None
            for b in _last_good(opts.cache_dir, file, root, whole, r.errors, entry):
                ids.claim(b)
                yield Item(b)
            if memo_enabled and r.key is not None and not r.errors:
                _synced[file] = r.key


def briefings(
    opts: Options, report: Report, jobs: int | None = None, progress: bool = False, scheduler: str | None = None
) -> Iterator[dict]:
    for item in items(opts, report, jobs, progress, scheduler):
        yield item.briefing


# Input files whose last good briefings are stored as of a cache entry, in
# this process: a serve rebuild does not read and compare them again.
_synced: dict[Path, str] = {}


def _last_good(
    cache_dir: Path, file: Path, root: Path, found: list[dict], failed: list[dict], entry: Path | None
) -> list[dict]:
    """Keep the last good briefing of an article that fails now, marked
    stale with the reason: a rerun never loses a briefing that was good, and
    never passes an old one off as current. The store of a file is a hard
    link to its cache entry (immutable: entries are replaced, never
    rewritten), so keeping it costs no copy; it becomes a file of its own
    only while some record fails and keeps an older good version."""
    rel = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.name
    store = cache_dir / "last-good" / f"{hashlib.sha1(rel.encode()).hexdigest()}.json"
    good = _read_store(store) if failed else {}
    stale = []
    kept = []
    for f in failed:
        prev = good.get(_record_key(f["path"], f.get("record")))
        if prev:
            stale.append({**prev, "stale": f["reason"]})
            kept.append(prev)
    if not found:
        return stale
    if not kept and entry is not None and entry.is_file():
        link_or_copy(entry, store)
    else:
        write_if_changed(store, json.dumps({"briefings": [*found, *kept]}, ensure_ascii=False))
    return stale


def _record_key(path: str, record: int | None) -> str:
    return f"{path}\x00{'' if record is None else record}"


def _read_store(store: Path) -> dict[str, dict]:
    try:
        data = json.loads(store.read_text(encoding="utf-8"))
        # a cache entry ({"briefings": [...]}), or the older form keyed by record
        found = data["briefings"] if isinstance(data.get("briefings"), list) else list(data.values())
        return {_record_key(b["source"]["path"], b["source"].get("record")): b for b in found}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return {}  # a damaged store keeps nothing, as a missing one


def items_from_json(folder: Path, report: Report) -> Iterator[Item]:
    for b in briefings_from_json(folder, report):
        yield Item(b)


def briefings_from_json(folder: Path, report: Report) -> Iterator[dict]:
    """Briefings extracted elsewhere (`briefings extract … -o DIR`), read
    back in id order."""
    for p in sorted(folder.glob("*.json")):
        try:
            b = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(b, dict) or "id" not in b or "body" not in b:
                raise ValueError("not a briefing")
        except ValueError as e:
            _skip(report, {"path": str(p), "record": None, "reason": f"unreadable briefing JSON: {e}"})
            continue
        yield b
