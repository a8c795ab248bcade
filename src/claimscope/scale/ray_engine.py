"""Distributed analysis on Ray: shards through a pool of actors (Ray Data), one Parquet file per shard.

The driver (the `claimscope analyze --engine ray` process) plans the shards, skips those whose Parquet file
exists, and hands the rest to Ray Data: `map_batches` with `ShardAnalyser`, a callable class whose
constructor loads the pipeline once per actor and whose calls analyse one shard each into its Parquet file
(claimscope.scale.shards.run_shard). As shards finish, the driver loads them into the store in input order,
so the store ends with exactly what a local run stores. A killed run resumes: finished shards are kept and
never redone; documents already in the store are skipped.

On a cluster the inputs and the shards folder must be reachable at the same paths on every node (a shared
filesystem), and claimscope installed in every node's Python.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import ClaimscopeError, IngestError, UsageError
from ..ingest import DEFAULT_MAX_BYTES, JsonlKeys, iter_documents
from ..settings import default
from .batches import Limits
from .report import RunReport, store_document
from .shards import (DEFAULT_FILES_PER_SHARD, ReadOptions, Shard, is_done, plan_shards, remove_stale_temporaries,
                     run_shard, shard_documents, shard_errors, shard_path)


@dataclass
class ShardedReport(RunReport):
    """RunReport plus what happened to the shards: planned, reused from an earlier run, analysed now, failed."""

    shards: int = 0
    shards_reused: int = 0
    shards_processed: int = 0
    shards_failed: int = 0
    shards_dir: str = ""


class ShardAnalyser:
    """Ray Data callable class: the pipeline is loaded once per actor; each call analyses whole shards."""

    def __init__(self):
        from ..analyse.pipeline import load_pipeline

        self.nlp = load_pipeline()

    def __call__(self, batch: dict) -> dict:
        import numpy as np

        out = []
        for raw, shards_dir, batch_size, timeout in zip(batch["shard"], batch["shards_dir"], batch["batch_size"],
                                                        batch["doc_timeout"]):
            shard = Shard.from_json(str(raw))
            try:
                summary = run_shard(self.nlp, shard, str(shards_dir), int(batch_size),
                                    Limits(doc_timeout=float(timeout)))
            except Exception as exc:  # one shard failing must not end the run; it is retried next time
                summary = {"shard": shard.id, "processed": False, "failed": f"{type(exc).__name__}: {exc}",
                           "errors": []}
            out.append(json.dumps(summary))
        return {"summary": np.array(out, dtype=object)}


def run_on_ray(shards: list[Shard], shards_dir: str | Path, *, address: str | None = None,
               n_actors: int | None = None, batch_size: int | None = None, doc_timeout: float | None = None,
               init_kwargs: dict | None = None) -> Iterator[dict]:
    """Analyse `shards` on Ray, yielding each shard's summary as it finishes (in no particular order).

    Uses the Ray instance this process is already connected to, else `ray.init(address)` (a running
    cluster) or, without an address, a local instance with `n_actors` CPUs; one it started it shuts down.
    """
    if not shards:
        return
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise UsageError("--engine ray needs Ray Data: pip install 'claimscope[ray]' (or 'ray[data]')") from None

    started = False
    if not ray.is_initialized():
        kwargs = {"include_dashboard": False, "logging_level": logging.ERROR, "log_to_driver": False}
        if address:
            kwargs["address"] = address
        else:
            kwargs["num_cpus"] = n_actors or os.cpu_count() or 1
        kwargs.update(init_kwargs or {})
        try:
            ray.init(**kwargs)
        except Exception as exc:  # a wrong address, a cluster that is down: one line, not a traceback
            where = f"the Ray cluster at {address}" if address else "a local Ray instance"
            raise ClaimscopeError(f"cannot start or join {where}: {_one_line(exc)}") from None
        started = True
    try:
        import ray.data

        logging.getLogger("ray.data").setLevel(logging.ERROR)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        n = n_actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        n = max(1, min(n, len(shards)))
        batch_size = batch_size or default("pipeline.batch_size")
        timeout = default("pipeline.doc_timeout") if doc_timeout is None else doc_timeout
        rows = [{"shard": s.to_json(), "shards_dir": str(shards_dir), "batch_size": batch_size,
                 "doc_timeout": float(timeout or 0)} for s in shards]
        ds = ray.data.from_items(rows, override_num_blocks=len(rows))
        ds = ds.map_batches(ShardAnalyser, batch_size=1, batch_format="numpy",
                            compute=ray.data.ActorPoolStrategy(size=n), num_cpus=1)
        rows = iter(ds.iter_rows())
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except Exception as exc:  # Ray gave up (actors lost, cluster gone): finished shards are kept
                raise ClaimscopeError(f"the Ray run failed ({_one_line(exc)}); finished shards are kept in "
                                      f"{shards_dir}, re-run the same command to resume") from None
            yield json.loads(row["summary"])
    finally:
        if started:
            ray.shutdown()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def analyse_into_ray(store, inputs: Iterable[str], *, shards_dir: str | Path, address: str | None = None,
                     n_actors: int | None = None, files_per_shard: int = DEFAULT_FILES_PER_SHARD,
                     batch_size: int | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                     doc_timeout: float | None = None,
                     jsonl_keys: JsonlKeys | None = None, encoding: str | None = None,
                     on_error: Callable[[IngestError], None] | None = None,
                     on_document: Callable[[str, dict | None], None] | None = None,
                     runner: Callable[..., Iterable[dict]] | None = None,
                     init_kwargs: dict | None = None) -> ShardedReport:
    """Analyse `inputs` on Ray into per-shard Parquet files under `shards_dir`, then into `store` (skipped
    when `store` is None: the Parquet files are the result). Ingest errors go to `on_error`, one per broken
    input, as with `api.analyse_into`; `on_document(origin, doc)` is called per document loaded (doc None
    when it was already stored). `runner` replaces `run_on_ray` (same arguments), e.g. for tests."""
    keys = jsonl_keys or JsonlKeys()
    iter_documents([], max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding)  # bad options: UsageError now
    options = ReadOptions(max_bytes=max_bytes, encoding=encoding, jsonl_keys=asdict(keys))
    shards_dir = Path(shards_dir).absolute()  # the actors' working folder is not the driver's
    report = ShardedReport(shards_dir=str(shards_dir))

    def errors(err: IngestError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    plan: list[Shard] = []
    for item in plan_shards(inputs, options, files_per_shard):
        if isinstance(item, IngestError):
            errors(item)
        else:
            plan.append(item)
    shards_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(shards_dir)
    pending = [s for s in plan if not is_done(shards_dir, s.id)]
    report.shards, report.shards_reused = len(plan), len(plan) - len(pending)

    loader = _Loader(store, plan, shards_dir, report, errors, on_document)
    loader.advance({s.id for s in plan} - {s.id for s in pending})
    ready: set[str] = set()
    run = runner or run_on_ray
    for summary in run(pending, shards_dir, address=address, n_actors=n_actors,
                       batch_size=batch_size or default("pipeline.batch_size"), doc_timeout=doc_timeout,
                       init_kwargs=init_kwargs):
        sid = summary["shard"]
        if summary.get("failed"):
            report.shards_failed += 1
            shard = loader.by_id[sid]
            errors(IngestError(f"shard {sid} ({_describe(shard)})",
                               f"analysis failed, re-run to retry: {summary['failed']}"))
        elif summary.get("processed"):
            report.shards_processed += 1
        ready.add(sid)
        loader.advance(ready)
    loader.advance(ready | {s.id for s in plan})  # whatever is left (failed shards have no file)
    return report


def _describe(shard: Shard) -> str:
    first = shard.files[0] if shard.files else "no files"
    return first if len(shard.files) == 1 else f"{first} and {len(shard.files) - 1} more file(s)"


class _Loader:
    """Loads finished shards into the store strictly in plan order, each as soon as all before it are."""

    def __init__(self, store, plan, shards_dir, report, errors, on_document):
        self.store, self.plan, self.shards_dir = store, plan, shards_dir
        self.report, self.errors, self.on_document = report, errors, on_document
        self.by_id = {s.id: s for s in plan}
        self.next = 0
        self.known = store.document_ids() if store is not None else set()
        self.seen: set[str] = set()

    def advance(self, ready: set[str]) -> None:
        while self.next < len(self.plan) and self.plan[self.next].id in ready:
            self._load(self.plan[self.next])
            self.next += 1

    def _load(self, shard: Shard) -> None:
        path = shard_path(self.shards_dir, shard.id)
        if not path.is_file():  # failed this time: reported already, retried on the next run
            return
        for err in shard_errors(path):
            self.errors(err)
        report, on_document = self.report, self.on_document
        for doc_id, origin, doc in shard_documents(path, skip=lambda i: i in self.known or i in self.seen):
            origin = origin or doc_id
            if doc is None:
                report.skipped += 1
                if on_document:
                    on_document(origin, None)
                continue
            self.seen.add(doc_id)
            if self.store is None:
                report.analysed += 1
                report.statements += len(doc["statements"])
                if on_document:
                    on_document(origin, doc)
                continue
            store_document(self.store, doc, origin, origin, report, self.errors, on_document)
