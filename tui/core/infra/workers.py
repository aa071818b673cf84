"""Work spread over processes for large loads: parsing files and matching topics.

Both are pure functions of their input (a file's bytes; a post's text and
day), so other processes can do them and give back the same values.  Small
loads — the bundled day, a few snapshots — run in this process: starting
workers costs more than it saves.  ``LIVEBLOG_WORKERS`` sets how many
processes a large load may use (``1``: none; default: the CPUs this process
may run on, at most :data:`MAX_WORKERS`).

Workers are started by a fork server (a clean process that has imported
the parsers), never by forking this one: the reader runs threads, and a
forked copy of a threaded process can hang.  Where that is not available
they are spawned.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from tui.core.infra import orphan_guard

if TYPE_CHECKING:  # imported when a pool starts: most runs never start one
    import multiprocessing.context
    from concurrent.futures import Executor, Future

#: The most processes a load uses (more rarely pays on the machines liveblog runs on).
MAX_WORKERS = 4
#: A load whose files hold at least this many bytes is parsed by workers.
PARALLEL_BYTES = 3 << 20
#: A timeline with at least this many posts has its topics matched by workers.
PARALLEL_POSTS = 6000

T = TypeVar("T")
R = TypeVar("R")


def worker_count() -> int:
    """How many processes a large load may use (``LIVEBLOG_WORKERS``, else the CPUs available).

    1 when the running program could not be started again in a worker (a
    script read from standard input has no file to import).
    """
    main = sys.modules.get("__main__")
    main_file = getattr(main, "__file__", None)
    if main_file is not None and getattr(main, "__spec__", None) is None and not os.path.isfile(main_file):
        return 1
    raw = os.environ.get("LIVEBLOG_WORKERS", "").strip()
    if raw.isdigit():
        return max(1, min(int(raw), 64))
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        # The guard first: the fork server then ends when this program does (see orphan_guard).
        context.set_forkserver_preload(
            ["tui.core.infra.orphan_guard", "tui.core.build.pipeline", "tui.core.stages.topics.matcher"]
        )
        return context
    return multiprocessing.get_context("spawn")


class Workers:
    """A lazily started pool of worker processes, shut down on :meth:`close` (or leaving ``with``).

    ``count`` 1 (or less) means no processes: :meth:`map` then runs in this process.
    """

    def __init__(self, count: int | None = None) -> None:
        self.count = worker_count() if count is None else count
        self._executor: Executor | None = None

    @property
    def parallel(self) -> bool:
        """Whether work can go to other processes."""
        return self.count > 1

    def map(self, fn: Callable[[T], R], chunks: Iterable[T]) -> Iterator[R]:
        """``fn`` over each chunk, results in order (in workers when :attr:`parallel`).

        Chunks are taken from ``chunks`` as workers need them (a few per
        worker in flight), so a generator of chunks is never held whole.  If
        the workers cannot start or die (a sandbox without process
        semaphores, a killed worker), the remaining chunks run here: the
        result is the same, only slower.
        """
        if not self.parallel:
            return (fn(chunk) for chunk in chunks)
        return self._bounded(fn, iter(chunks))

    def _bounded(self, fn: Callable[[T], R], chunks: Iterator[T]) -> Iterator[R]:
        pending: deque[tuple[T, Future[R] | None]] = deque()
        try:
            for chunk in chunks:
                pending.append((chunk, self._submit(fn, chunk)))
                if len(pending) >= 2 * self.count:
                    yield self._result(fn, *pending.popleft())
            while pending:
                yield self._result(fn, *pending.popleft())
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()

    def _submit(self, fn: Callable[[T], R], chunk: T) -> Future[R] | None:
        """The chunk sent to a worker, or None when there are no workers (any more)."""
        if self.count <= 1:
            return None
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool as BrokenExecutor

        try:
            with _real_stderr():  # the pool's helper processes start on the first submissions
                if self._executor is None:
                    orphan_guard.mark_owner()
                    self._executor = ProcessPoolExecutor(
                        max_workers=self.count,
                        mp_context=_context(),
                        initializer=_worker_start,
                        initargs=(os.getpid(),),
                    )
                return self._executor.submit(fn, chunk)
        except (OSError, RuntimeError, ValueError, BrokenExecutor):
            self._give_up()
            return None

    def _result(self, fn: Callable[[T], R], chunk: T, future: Future[R] | None) -> R:
        from concurrent.futures.process import BrokenProcessPool as BrokenExecutor

        if future is not None:
            try:
                return future.result()
            except (OSError, BrokenExecutor):
                self._give_up()
        return fn(chunk)

    def _give_up(self) -> None:
        """No more workers for this pool: what is left runs in this process."""
        self.count = 1
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        """Stop the workers (work not started is cancelled)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _real_stderr() -> Iterator[None]:
    """``sys.stderr`` as a real file while helper processes start.

    A running Textual app replaces ``sys.stderr`` with an object whose
    ``fileno()`` is not a file descriptor; multiprocessing passes that number
    to the processes it starts (the resource tracker) and refuses a bad one.
    """
    current = sys.stderr
    try:
        usable = current is not None and current.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if not usable:
        sys.stderr = sys.__stderr__ if sys.__stderr__ is not None else open(os.devnull, "w", encoding="utf-8")
    try:
        yield
    finally:
        sys.stderr = current


def _worker_start(owner: int) -> None:
    """A worker ends with the program that started it, and writes nothing to its terminal."""
    orphan_guard.watch(owner)
    _silent()


def _silent() -> None:
    """A worker writes nothing to the terminal the reader draws on (its errors come back as exceptions)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def chunked(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    return [items[i : i + size] for i in range(0, len(items), max(1, size))]
