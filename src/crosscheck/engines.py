"""Where the pipeline's independent pieces of work run: here (with a local process pool for
reading documents), or on a Dask cluster.

The pipeline has three steps whose pieces do not depend on each other: reading documents,
grouping the claims of one block (kind, unit, region), and running one rule. An engine maps
a function over such pieces and returns the results *in the order of the pieces*, so what
is reported never depends on where or in what order the pieces ran: the Dask engine's
output is byte for byte the local engine's.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from .errors import CrosscheckError, EngineError

#: ``on_result(index, result)``: told of each piece's result as soon as it is known (to
#: store it, to move a progress bar), in any order
OnResult = Callable[[int, Any], None]

#: pieces of one task on a cluster: a task per document or per small block would cost more
#: in scheduling than in work
TASKS_PER_WORKER = 4
#: how long to wait for a cluster's scheduler to answer
CONNECT_TIMEOUT = "20s"


class Engine(Protocol):
    """Runs ``fn(piece, **shared)`` for every piece and returns the results in order."""

    def map(self, fn: Callable[..., Any], pieces: Sequence[Any], shared: dict[str, Any],
            on_result: OnResult | None = None, *, heavy: bool = False,
            large_shared: bool = False, collect: bool = True) -> list[Any]:
        """``heavy``: each piece is enough work to be worth another process (documents);
        ``large_shared``: each piece is worth another process only if ``shared`` (a run's
        claims and groups) need not be sent to it (rules); ``collect`` False: results are
        only given to ``on_result``, not kept (the list returned holds None)."""
        ...

    def close(self) -> None:
        """Release what the engine holds (a cluster it started)."""
        ...


#: with ``jobs`` 0 (the command line's default), the documents to read that make a process
#: pool worth its start: fewer are read here, faster than a pool starts
AUTO_MIN_PIECES = 64


#: what a forked worker reads the pieces' shared values from (set before the pool forks)
_FORKED: tuple[Callable[..., Any], dict[str, Any]] | None = None


def _can_fork() -> bool:
    """Whether worker processes can be forked from this one safely: Linux (macOS's system
    libraries are not safe to fork, which is why Python spawns there), and no other thread
    running (a fork copies a lock another thread holds)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _call_forked(piece: Any) -> Any:
    assert _FORKED is not None
    fn, shared = _FORKED
    return fn(piece, **shared)


class LocalEngine:
    """This process; documents over ``jobs`` processes when there are several (0: one per
    core, once there are at least ``AUTO_MIN_PIECES`` documents to read)."""

    def __init__(self, jobs: int = 1) -> None:
        self.workers = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
        self.min_pieces = AUTO_MIN_PIECES if jobs == 0 else 2

    def map(self, fn: Callable[..., Any], pieces: Sequence[Any], shared: dict[str, Any],
            on_result: OnResult | None = None, *, heavy: bool = False,
            large_shared: bool = False, collect: bool = True) -> list[Any]:
        """The results of ``fn`` over ``pieces``, in order."""
        out: list[Any] = []
        if large_shared and self.workers > 1 and len(pieces) > 1 and _can_fork():
            return self._forked(fn, pieces, shared, on_result)
        if heavy and self.workers > 1 and len(pieces) >= self.min_pieces:
            with ProcessPoolExecutor(max_workers=min(self.workers, len(pieces))) as pool:
                chunk = max(1, len(pieces) // (self.workers * 4))
                names = list(shared)
                columns = [[shared[n]] * len(pieces) for n in names]
                for result in pool.map(_call_positional, [fn] * len(pieces), [names] *
                                       len(pieces), pieces, *columns, chunksize=chunk):
                    if on_result is not None:
                        on_result(len(out), result)
                    out.append(result if collect else None)
            return out
        for piece in pieces:
            result = fn(piece, **shared)
            if on_result is not None:
                on_result(len(out), result)
            out.append(result if collect else None)
        return out

    def _forked(self, fn: Callable[..., Any], pieces: Sequence[Any], shared: dict[str, Any],
                on_result: OnResult | None) -> list[Any]:
        """``fn`` over ``pieces`` in forked workers that inherit ``shared`` (the claims and
        groups of a run: sending them to each worker would cost more than the work)."""
        global _FORKED
        _FORKED = (fn, shared)
        out: list[Any] = []
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=min(self.workers, len(pieces)),
                                     mp_context=context) as pool:
                for result in pool.map(_call_forked, pieces):
                    if on_result is not None:
                        on_result(len(out), result)
                    out.append(result)
        finally:
            _FORKED = None
        return out

    def close(self) -> None:
        """Nothing to release."""


def _call_positional(fn: Callable[..., Any], names: list[str], piece: Any, *values: Any
                     ) -> Any:
    return fn(piece, **dict(zip(names, values, strict=True)))


class DaskEngine:
    """A ``dask.distributed`` cluster: the one at ``scheduler`` ("tcp://host:8786"), or a
    ``LocalCluster`` of ``workers`` processes started here and closed by :meth:`close`.

    What every piece needs (the documents, the claims, the groups) is sent to each worker
    once, not with every task. Workers import crosscheck and read the rules folder from the
    same path, as a Dask cluster reads its data: install crosscheck on every worker and keep
    custom rules on a shared file system.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 0) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError("--engine dask needs dask.distributed: "
                               "pip install 'crosscheck[dask]'") from exc
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            n = workers or (os.cpu_count() or 1)
            self._cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=50)
            self.client = Client(self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or 1)

    def map(self, fn: Callable[..., Any], pieces: Sequence[Any], shared: dict[str, Any],
            on_result: OnResult | None = None, *, heavy: bool = False,
            large_shared: bool = False, collect: bool = True) -> list[Any]:
        """The results of ``fn`` over ``pieces``, in order, computed on the cluster: pieces
        are sent in batches (a few per worker) and the results put back in order."""
        from distributed import as_completed

        if not pieces:
            return []
        try:
            # What the pieces share goes to every worker once, as one blob.
            common = self.client.scatter([_Blob(shared)], broadcast=True, hash=False)[0]
            size = max(1, -(-len(pieces) // (self.workers * TASKS_PER_WORKER)))
            starts = range(0, len(pieces), size)
            futures = self.client.map(_run_batch,
                                      [_Blob(list(pieces[i:i + size])) for i in starts],
                                      fn=fn, shared=common, pure=False)
            first = {f.key: i for f, i in zip(futures, starts, strict=True)}
            results: list[Any] = [None] * len(pieces)
            for future, blob in as_completed(futures, with_results=True):
                for j, result in enumerate(blob.get(), start=first[future.key]):
                    results[j] = result if collect else None
                    if on_result is not None:
                        on_result(j, result)
            return results
        except CrosscheckError:
            raise  # a bad document or rule, found on a worker: reported as here
        except Exception as exc:  # a cluster's failures come in many types
            raise EngineError(f"the Dask engine failed: {type(exc).__name__}: "
                              f"{' '.join(str(exc).split())[:300]}") from exc

    def close(self) -> None:
        """Disconnect, and stop the cluster if this engine started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


class _Blob:
    """A value pickled whole. Dask serializes a list or a dict item by item, which for a
    few hundred thousand claims costs seconds where one pickle costs a tenth of one; the
    value is unpickled once where it is used and kept."""

    def __init__(self, value: Any) -> None:
        self.data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._value: Any = None
        self._loaded = False

    def __getstate__(self) -> bytes:
        return self.data

    def __setstate__(self, data: bytes) -> None:
        self.data, self._value, self._loaded = data, None, False

    def get(self) -> Any:
        """The value (unpickled on first use)."""
        if not self._loaded:
            self._value, self._loaded = pickle.loads(self.data), True
        return self._value


def _run_batch(batch: _Blob, fn: Callable[..., Any], shared: _Blob) -> _Blob:
    common = shared.get()
    return _Blob([fn(piece, **common) for piece in batch.get()])


def counting(progress: Callable[[int, int, str], None] | None, total: int, stage: str
             ) -> OnResult:
    """An ``on_result`` that tells ``progress`` how many of ``total`` pieces are done."""
    done = 0

    def tick(_: int, __: Any) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, stage)

    return tick


def make_engine(name: str = "local", jobs: int = 1, scheduler: str | None = None) -> Engine:
    """The engine a command asked for: ``local`` (``jobs`` processes for reading) or
    ``dask`` (``scheduler``'s cluster, or a local one of ``jobs`` workers, 0: one per
    core)."""
    if name == "dask":
        return DaskEngine(scheduler, 0 if jobs in (0, 1) else jobs)
    return LocalEngine(jobs)
