"""Analysis on every core of one machine: a pool of worker processes, each loading the pipeline once.

spaCy's own `nlp.pipe(n_process=N)` sends Docs back to the parent through msgpack, which cannot carry the
Python objects claimscope's components keep in `Doc._`. Here the workers turn their Docs into document JSON
themselves and send back plain dicts. The parent reads the input lazily, keeps at most `max_in_flight`
batches in the pool, and yields results in input order, so its memory does not grow with the corpus and a
store filled from it ends exactly as with one process.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import ClaimscopeError, IngestError
from ..settings import default
from .batches import Limits, analyse_batch, batched

DEFAULT_START_METHOD = "spawn"  # fork would copy the parent's threads (progress bar) and open store

_nlp = None
_batch_size = None
_limits = None


def _init_worker(model: str | None, batch_size: int, limits: Limits | None = None) -> None:
    """Runs once in each worker: Ctrl-C is the parent's to handle; load the pipeline now, not per batch."""
    global _nlp, _batch_size, _limits
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..analyse.pipeline import load_pipeline

    _nlp = load_pipeline(model) if model else load_pipeline()
    _batch_size = batch_size
    _limits = limits


def _analyse(sources: list) -> list:
    """Runs in a worker (its main thread, so the time budget applies); errors travel as (origin, reason)."""
    return [(r.origin, r.reason) if isinstance(r, IngestError) else r
            for r in analyse_batch(_nlp, sources, _batch_size, _limits)]


def analyse_parallel(sources: Iterable, *, n_process: int, batch_size: int, model: str | None = None,
                     max_in_flight: int | None = None, start_method: str | None = None,
                     limits: Limits | None = None) -> Iterator[tuple[object, dict | IngestError]]:
    """(source, document JSON or IngestError) for each SourceDoc, analysed by `n_process` workers, in order.

    Batches of `batch_size` documents go to the workers; at most `max_in_flight` batches (default
    2 x n_process) are read ahead of the consumer. A worker that dies raises ClaimscopeError; a document
    whose analysis fails or runs past `limits.doc_timeout` comes back as its IngestError, as with one process.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, not {n_process!r}")
    limit = max(1, max_in_flight or 2 * n_process)
    ctx = multiprocessing.get_context(start_method or default("scale.start_method") or DEFAULT_START_METHOD)
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=ctx, initializer=_init_worker,
                               initargs=(model, batch_size, limits))
    pending: deque = deque()
    finished = False
    try:
        for batch in batched(sources, batch_size):
            pending.append((batch, pool.submit(_analyse, batch)))
            while len(pending) >= limit:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted, failed, or the consumer stopped early: do not wait for the batches in flight
            _stop(pool, pending)


def _collect(item) -> Iterator[tuple[object, dict | IngestError]]:
    batch, future = item
    try:
        docs = future.result()
    except BrokenProcessPool:
        raise ClaimscopeError("an analysis worker process died (out of memory?); "
                              "re-run the same command to resume") from None
    return zip(batch, [IngestError(*d) if isinstance(d, tuple) else d for d in docs])


def _stop(pool: ProcessPoolExecutor, pending: deque) -> None:
    for _, future in pending:
        future.cancel()
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
