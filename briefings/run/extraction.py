"""One input's bytes → its briefings and its skipped records: the task an
executor runs, here, in a worker process or on a Dask worker."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefings.assemble import assemble_many
from briefings.model import Article, Briefing
from briefings.readers import DEFAULT_MAX_BYTES, ReaderError, Source, read_source
from briefings.readers.base import describe, unexpected
from briefings.serialize import to_dict

log = logging.getLogger("briefings")


@dataclass
class FileResult:
    """What one input file gave: its briefings and its skipped records."""

    briefings: list[dict]
    errors: list[dict]
    extracted: int = 0


def error(e: ReaderError) -> dict:
    return {"path": e.path, "record": e.record, "reason": e.message}


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Extraction allocates a great many short-lived objects (tokens,
    feature lists) that reference counting frees, beside caches of words
    that only grow; at the default threshold the cycle collector kept
    walking those caches, a fifth of the extraction time (bench/README.md)."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], 20_000), *before[1:])
    # what lives already (the tagger, the word lists, the caches) is not
    # walked again while this input is extracted: a full collection walked
    # it all, 2 % of the time or more (bench/README.md). Unless the process
    # froze objects of its own, which it alone may thaw.
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()
        gc.set_threshold(*before)


def extract_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Every article of one input, from its bytes alone: what a worker on
    another machine runs. It never raises: whatever stops a file is its
    reason for being skipped."""
    try:
        with _rare_collections():
            return _extract_source(src, max_bytes)
    except Exception as e:  # noqa: BLE001 - the file boundary, here, in a worker and on Dask
        log.debug("extraction of %s failed", src.path, exc_info=e)
        return FileResult([], [error(unexpected(src.path, e))])


def task(job: Source | FileResult, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """What an executor runs for one input file: its extraction. A file
    that could not be loaded when its turn came is its own result (the
    error), passed through so that results stay in input order."""
    return job if isinstance(job, FileResult) else extract_source(job, max_bytes)


# Articles extracted together: the NER decoder's cost is per position of a
# batch's longest sentence, so a batch of many costs about what one does.
BATCH = 32
BATCH_CHARS = 200_000  # and no more text than this, but for one long article


def _extract_source(src: Source, max_bytes: int) -> FileResult:
    briefings: list[dict] = []
    errors: list[dict] = []
    batch: list[Article] = []

    def flush() -> None:
        for item, made in assemble_many(batch):
            if isinstance(made, Briefing) and not made.sentences:
                made = ReaderError(item.path, "no sentence in the article", item.record)
            if isinstance(made, ReaderError):
                errors.append(error(made))
            elif isinstance(made, Exception):
                log.debug("extraction failed", exc_info=made)
                errors.append(error(ReaderError(item.path, f"extraction failed ({describe(made)})", item.record)))
            else:
                try:
                    briefings.append(to_dict(made))
                except Exception as e:  # noqa: BLE001 - the record boundary
                    errors.append(error(ReaderError(item.path, f"extraction failed ({describe(e)})", item.record)))
        batch.clear()

    for item in read_source(src, max_bytes):
        if isinstance(item, Article) and item.body.strip():
            # memory holds a batch's tokens: a few long articles make one
            if batch and sum(len(a.body) for a in batch) + len(item.body) > BATCH_CHARS:
                flush()
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
            continue
        flush()  # errors stay in the order of the records
        err = item if isinstance(item, ReaderError) else ReaderError(item.path, "no article text", item.record)
        errors.append(error(err))
    flush()
    return FileResult(briefings, errors, extracted=len(briefings))


def warm_up() -> None:
    """Load the tagger and the word lists now (a second's work) rather than
    when the first article needs them: `mkdocs serve` calls it while idle."""
    extract_source(Source("warm-up.txt", "قال وزير الخارجية محمد علي إن 30 شخصاً وصلوا إلى بغداد.\n".encode()))
