"""`claimscope analyze`: articles into the store, then linked; a progress bar that knows its total when the inputs
are files, a second phase for linking with its own count, and a one-line summary in plain English."""

from __future__ import annotations

import time
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import IngestError, UsageError
from ..ingest import JsonlKeys
from ..settings import default
from .options import (BatchSizeOption, DocTimeoutOption, EncodingOption, JsonlPublishedOption, JsonlPublisherOption,
                      JsonlTextOption, JsonlTitleOption, JsonlUrlOption, MaxBytesOption, WritableDbOption)
from .output import plural
from .progress import progress_bar

err = Console(stderr=True, highlight=False)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def report_error(e: IngestError) -> None:
    """One line on stderr naming the input and the reason; the batch goes on."""
    err.print(f"[red]error:[/red] {e.origin}: {e.reason}", soft_wrap=True)


def jsonl_keys(text, title, url, published, publisher) -> JsonlKeys:
    return JsonlKeys(text=text, title=title, url=url, published=published, publisher=publisher)


def link_summary(linked) -> str:
    """What a linking pass did, as a clause: "330 stories (299 new), 12 duplicates, 3,160 claims, 7 contradictions"."""
    return (f"{plural(linked.stories_changed, 'story', 'stories')} ({linked.stories_new:,} new), "
            f"{plural(linked.duplicates, 'duplicate')}, {plural(linked.claims, 'claim')}, "
            f"{plural(linked.contradictions, 'contradiction')}")


def run_summary(report, linked, seconds: float, *, stored: bool = True) -> str:
    """One line: "401 articles, 4,855 statements, 330 stories (299 new), 7 contradictions in 52.3 s" and, when
    there are any, the documents skipped as already stored and the inputs that failed."""
    parts = [plural(report.analysed, "article"), plural(report.statements, "statement")]
    if linked is not None:
        parts += [f"{plural(linked.stories_changed, 'story', 'stories')} ({linked.stories_new:,} new)",
                  plural(linked.contradictions, "contradiction")]
    line = ", ".join(parts) + f" in {seconds:.1f} s"
    extra = []
    if report.skipped:
        extra.append(f"{report.skipped:,} already stored")
    if report.errors:
        extra.append(f"{len(report.errors):,} failed")
    if linked is not None and linked.duplicates:
        extra.append(plural(linked.duplicates, "near-copy", "near-copies"))
    if not stored:
        extra.append("not loaded into a store (--parquet-only)")
    return line + (f" ({'; '.join(extra)})" if extra else "")


def analyze(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive), globs, or - for stdin."),
    db: Path = WritableDbOption,
    max_bytes: int = MaxBytesOption,
    encoding: Optional[str] = EncodingOption,
    doc_timeout: Optional[float] = DocTimeoutOption,
    batch_size: int = BatchSizeOption,
    processes: Optional[int] = typer.Option(
        None, "--processes", min=1, help="Worker processes, each with the pipeline loaded once (default 1); "
        "with --engine ray, pipeline actors (default: one per CPU of the Ray cluster)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: this machine; ray: Ray Data over shards "
                                  "of the input, one Parquet file per shard (a re-run redoes only missing shards)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to join (e.g. HEAD:6379); "
                                          "default: $RAY_ADDRESS, else a local Ray instance."),
    shards_dir: Optional[Path] = typer.Option(None, "--shards-dir", help="Folder for the per-shard Parquet files "
                                              "(--engine ray; default: DB.shards beside the store)."),
    shard_files: int = typer.Option(default("scale.files_per_shard"), "--shard-files", min=1,
                                    help="Files per shard (--engine ray; each JSONL file is a shard of its own)."),
    parquet_only: bool = typer.Option(False, "--parquet-only", help="--engine ray: write the Parquet shards "
                                      "only, do not load them into the store."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    no_link: bool = typer.Option(False, "--no-link", help="Skip the linking stage (duplicates, stories, claims); "
                                 "run `claimscope link` later."),
    jsonl_text: str = JsonlTextOption, jsonl_title: str = JsonlTitleOption, jsonl_url: str = JsonlUrlOption,
    jsonl_published: str = JsonlPublishedOption, jsonl_publisher: str = JsonlPublisherOption,
) -> None:
    """Analyse articles into the store, then link them (duplicates, stories, claims). Already stored documents
    are skipped, so re-runs resume."""
    from ..api import analyse_into
    from ..ingest.count import count_documents
    from ..store import Store

    keys = jsonl_keys(jsonl_text, jsonl_title, jsonl_url, jsonl_published, jsonl_publisher)
    if engine == Engine.local and (address or shards_dir or parquet_only):
        raise UsageError("--address, --shards-dir and --parquet-only need --engine ray")
    started = time.perf_counter()
    show = not quiet and err.is_terminal
    with (nullcontext() if parquet_only else Store(db)) as store, progress_bar(err, show) as progress:
        total = count_documents(inputs, max_bytes=max_bytes) if show else None
        task = progress.add_task("analysing", total=total, rate="")

        def tick(src=None, doc=None):
            done = progress.tasks[task].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, rate=f"{rate:.1f} docs/s")

        def failed(e: IngestError) -> None:
            report_error(e)
            tick()

        if engine == Engine.ray:
            from ..scale.ray_engine import analyse_into_ray

            report = analyse_into_ray(store, inputs, shards_dir=shards_dir or Path(f"{db}.shards"), address=address,
                                      n_actors=processes, files_per_shard=shard_files, batch_size=batch_size,
                                      max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding,
                                      doc_timeout=doc_timeout, on_error=failed, on_document=tick)
        else:
            report = analyse_into(store, inputs, max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding,
                                  batch_size=batch_size, n_process=processes or 1, doc_timeout=doc_timeout,
                                  on_error=failed, on_document=tick)
        progress.update(task, total=progress.tasks[task].completed)  # an estimate ends where the input did
        linked = link_with_progress(store, progress) if store is not None and not no_link else None
    if not quiet:
        err.print(run_summary(report, linked, time.perf_counter() - started, stored=store is not None),
                  soft_wrap=True)
        if engine == Engine.ray:
            err.print(f"shards: {report.shards} ({report.shards_reused} done before, {report.shards_processed} "
                      f"analysed now, {report.shards_failed} failed) in {report.shards_dir}", soft_wrap=True)
    if report.errors:
        raise typer.Exit(1)


def link_with_progress(store, progress):
    """Link the store with a second bar whose count is the linking step's own (documents, then stories)."""
    from ..link import link_store

    task = progress.add_task("linking", total=None, rate="")

    def step(name: str, done: int, total: int) -> None:
        progress.update(task, description=f"linking: {name}", completed=done, total=total, rate="")

    linked = link_store(store, on_progress=step)
    progress.update(task, description="linked", total=progress.tasks[task].total or 1,
                    completed=progress.tasks[task].total or 1)
    return linked
