"""Extraction on a Dask distributed cluster (`pip install briefings[dask]`).

Workers get each input file's bytes, not a path, so they need no shared
file system: only the same version of briefings installed. Results come
back in input order, so the JSON written is the same as a local run's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefings.pipeline import FileResult, Options, _error, _outcome, extract_source
from briefings.readers import ReaderError, Source, input_files, load


def _task(path: str, data: bytes, max_bytes: int) -> FileResult:
    return extract_source(Source(path, data), max_bytes)


def results_on_cluster(opts: Options, scheduler: str, progress: bool = False) -> Iterator[tuple[Path, Path, FileResult]]:
    try:
        from distributed import Client
    except ImportError as e:
        raise SystemExit("the dask engine needs the dask extra: pip install 'briefings[dask]'") from e
    files = list(input_files(opts.inputs))
    with Client(scheduler) as client:
        futures = []
        for file, root in files:
            try:
                src = load(file, root, opts.max_bytes)
            except ReaderError as e:
                futures.append(FileResult([], [_error(e)]))
                continue
            # pure=False: two files with equal bytes are still two tasks
            futures.append(client.submit(_task, src.path, src.data, opts.max_bytes, pure=False))
        for (file, root), fut in zip(files, futures, strict=True):
            yield file, root, fut if isinstance(fut, FileResult) else _outcome(fut, file, root)
            if not isinstance(fut, FileResult):
                fut.release()
