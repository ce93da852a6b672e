"""Input files → briefings, in input order: each file's result comes from
this process's memory, the cache, or an executor; ids are claimed; an
article that fails now yields its last good briefing, marked stale.

Files that need extracting go to the executor a few at a time and their
results stream back in input order, so memory holds a few files'
briefings, not the collection.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefings.readers import ReaderError, Source, input_files, load
from briefings.readers.base import unexpected
from briefings.run import lights as light_files
from briefings.run import tagger_cache
from briefings.run.cache import Cache, forget_read
from briefings.run.executors import executor
from briefings.run.extraction import FileResult, error, task
from briefings.run.ids import Ids
from briefings.run.item import Item, LightBriefing
from briefings.run.last_good import LastGood
from briefings.run.memory import RunMemory
from briefings.run.options import Options, relative
from briefings.run.prune import prune
from briefings.run.report import Report


@dataclass
class _Look:
    """A first look at an input file: its cache key, or the error that
    kept it from being read."""

    file: Path
    root: Path
    key: str | None = None
    failed: FileResult | None = None
    extract: bool = False  # not in memory nor in the cache


@dataclass
class Loaded:
    """One input file's result as a run holds it: the whole briefings when
    they were read or extracted now, their light forms always."""

    file: Path
    root: Path
    key: str | None
    lights: list[LightBriefing]
    errors: list[dict]
    briefings: list[dict] | None = None
    extracted: int = 0
    texts: list[str] | None = None  # the JSON of each of `briefings`, when asked for and at hand


def _load(file: Path, root: Path, opts: Options) -> Source | FileResult:
    """A file's bytes, or, for a file that cannot be read, its result: the
    error."""
    try:
        return load(file, root, opts.max_bytes)
    except ReaderError as e:
        return FileResult([], [error(e)])


def results(
    opts: Options, jobs: int | None = None, progress: bool = False, scheduler: str | None = None,
    memory: RunMemory | None = None, texts: bool = False,
) -> Iterator[Loaded]:
    """Every input file's result, in input order: from `memory`, from the
    cache, or extracted by an executor (`jobs` processes, or a Dask
    cluster when a scheduler is given); with `texts`, the JSON of the
    briefings extracted now, as the cache entry holds it."""
    cache = Cache(opts.cache_dir)
    looks = []
    for file, root in input_files(opts.inputs):
        src = _load(file, root, opts)
        looks.append(_Look(file, root, failed=src) if isinstance(src, FileResult) else _Look(file, root, cache.key(src)))
    remembered = memory.entries if memory is not None else {}
    todo = [k for k in looks if k.key is not None and k.key not in remembered and not cache.has(k.key)]
    for look in todo:
        look.extract = True
    bar = _progress(len(todo)) if progress and len(todo) > 1 else None
    keys: deque[str | None] = deque()  # of the jobs submitted, in order

    def jobs_() -> Iterator[Source | FileResult]:
        for look in todo:
            # read again: only the files in flight are held in memory
            src = _load(look.file, look.root, opts)
            keys.append(cache.key(src) if isinstance(src, Source) else None)
            yield src

    if todo and not scheduler:  # here and in forked workers; a Dask worker makes its own
        tagger_cache.use(opts.cache_dir)
    ex = executor(jobs, len(todo), scheduler)
    kept: dict[str, tuple[list[LightBriefing], list[dict]]] = {}  # what memory holds after this run
    try:
        fresh = ex.map(partial(task, max_bytes=opts.max_bytes), jobs_())
        for look in looks:
            if look.failed is not None:
                yield Loaded(look.file, look.root, None, [], look.failed.errors)
                continue
            key = look.key
            written = None
            if look.extract:
                r = next(fresh)
                key = keys.popleft()
                if bar is not None:
                    bar.update(1)
                if isinstance(r, Exception):
                    # a worker that died (killed for its memory, say) is that
                    # file's reason for being skipped, not the build's end
                    r, key = FileResult([], [error(unexpected(relative(look.file, look.root), r))]), None
                elif key is not None:
                    written = cache.write(key, r)
            elif key in remembered:
                lights, errors = kept[key] = remembered[key]
                yield Loaded(look.file, look.root, key, lights, errors)
                continue
            else:
                found = light_files.read(cache.entry(key))
                if found is not None:  # the whole briefings are read back only when needed
                    if memory is not None:
                        kept[key] = found
                    yield Loaded(look.file, look.root, key, *found)
                    continue
                r = cache.read(key)
                if r is None:  # a damaged entry is redone
                    src = _load(look.file, look.root, opts)
                    r = task(src, opts.max_bytes)
                    key = cache.key(src) if isinstance(src, Source) else None
                    if key is not None:
                        cache.write(key, r)
            lights = [LightBriefing.of(b) for b in r.briefings]
            if key is not None:
                light_files.write(cache.entry(key), lights, r.errors)
                if memory is not None:
                    kept[key] = (lights, r.errors)
            yield Loaded(look.file, look.root, key, lights, r.errors, r.briefings, r.extracted, written if texts else None)
        if memory is not None:
            memory.entries = kept  # the entries of files edited or gone are let go
    finally:
        ex.close()
        if bar is not None:
            bar.close()


def _progress(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="extracting", file=sys.stderr, dynamic_ncols=True)


def items(
    opts: Options, report: Report, jobs: int | None = None, progress: bool = False, scheduler: str | None = None,
    memory: RunMemory | None = None, texts: bool = False,
) -> Iterator[Item]:
    """The collection's briefings, streamed in input order, fresh or from
    the cache, with the last good one (marked stale) for an article that
    fails now. `memory` is what a serving process keeps between builds.
    With `texts`, an item extracted now and keeping its id has its JSON
    (`Item.text`), so that writing it encodes it no second time."""
    ids = Ids()
    cache = Cache(opts.cache_dir)
    store = LastGood(opts.cache_dir)
    synced = memory.synced if memory is not None else {}
    for got in results(opts, jobs, progress, scheduler, memory, texts):
        report.extracted += got.extracted
        for err in got.errors:
            report.skip(err)
        entry = cache.entry(got.key) if got.key is not None else None
        for i, light in enumerate(got.lights):
            claimed = ids.claim(light)
            # the text holds the id it was extracted with: only that id's
            text = got.texts[i] if got.texts is not None and claimed is light else None
            yield Item(claimed, got.briefings[i] if got.briefings is not None else None, entry, got.key, i, text)
        if got.errors or got.key is None or synced.get(got.file) != got.key:
            found = got.briefings
            if found is None and got.lights:  # light ones: the store is their entry
                if not got.errors:
                    store.link(got.file, got.root, entry)
                    found = []
                else:  # the store keeps what is good of a file that failed in part: read whole
                    r = cache.read(got.key) if got.key is not None else None
                    found = r.briefings if r is not None else []
            for b in store.keep(got.file, got.root, found or [], got.errors, entry):
                yield Item(ids.claim(LightBriefing.of(b)), b)
            if memory is not None and got.key is not None and not got.errors:
                synced[got.file] = got.key
    forget_read()
    prune(opts.cache_dir)  # a whole run done: older versions of the caches may go


def briefings(
    opts: Options, report: Report, jobs: int | None = None, progress: bool = False, scheduler: str | None = None
) -> Iterator[dict]:
    for item in items(opts, report, jobs, progress, scheduler):
        yield item.whole()
