"""Where extraction runs: in this process, in local worker processes, or on
a Dask distributed cluster (`pip install briefings[dask]`), behind one
interface: `map(task, jobs)` yields each job's result in the order of the
jobs, or the exception that stopped it, so one failure stops no other.

Jobs carry an input file's bytes, not a path, so Dask workers need no
shared file system: only the same version of briefings installed. A few
jobs are in flight at a time, so memory holds a few files, not the
collection.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

J = TypeVar("J")
R = TypeVar("R")


class Executor(Protocol):
    def map(self, task: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R | Exception]: ...

    def close(self) -> None: ...


class InProcess:
    def map(self, task: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R | Exception]:
        for job in jobs:
            try:
                yield task(job)
            except Exception as e:  # noqa: BLE001 - the job's result, as from a worker
                yield e

    def close(self) -> None:
        pass


def _in_order(submit: Callable[[J], object], result: Callable[[object], R], jobs: Iterable[J],
              window: int) -> Iterator[R | Exception]:
    """Submit jobs, at most `window` ahead of the one whose result is
    yielded next."""
    pending: deque = deque()
    jobs = iter(jobs)
    more = True
    while more or pending:
        while more and len(pending) < window:
            job = next(jobs, _END)
            if job is _END:
                more = False
            else:
                pending.append(submit(job))
        if pending:
            try:
                yield result(pending.popleft())
            except Exception as e:  # noqa: BLE001 - one job's failure, a dead worker say
                yield e


_END = object()


class Processes:
    """Worker processes of this machine (forked where the system can: they
    start with the extractor's tables already loaded)."""

    def __init__(self, workers: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers = workers
        self.pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx)

    def map(self, task: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R | Exception]:
        return _in_order(lambda job: self.pool.submit(task, job), lambda f: f.result(), jobs, 4 * self.workers)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class Dask:
    """A Dask distributed cluster, by its scheduler's address."""

    def __init__(self, scheduler: str) -> None:
        try:
            from distributed import Client
        except ImportError as e:
            raise SystemExit("the dask engine needs the dask extra: pip install 'briefings[dask]'") from e
        self.client = Client(scheduler)
        self.window = max(64, 4 * sum(self.client.nthreads().values()))

    def map(self, task: Callable[[J], R], jobs: Iterable[J]) -> Iterator[R | Exception]:
        def result(fut) -> R:
            try:
                return fut.result()
            finally:
                fut.release()

        # pure=False: two files with equal bytes are still two tasks
        return _in_order(lambda job: self.client.submit(task, job, pure=False), result, jobs, self.window)

    def close(self) -> None:
        self.client.close()


def executor(jobs: int | None, tasks: int, scheduler: str | None = None) -> Executor:
    """A Dask cluster when a scheduler is given; else `jobs` processes
    (default: one per core), or this process alone for a single job. With
    nothing to do, this process: no cluster is called up for nothing."""
    if scheduler and tasks:
        return Dask(scheduler)
    jobs = jobs or os.cpu_count() or 1
    return InProcess() if tasks <= 1 or jobs == 1 else Processes(min(jobs, tasks))
