"""The `claimscope` command: analyse, extract, query and evaluate; every command is a thin call into the library."""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress

from .. import __version__
from ..errors import ClaimscopeError, IngestError, UsageError
from ..ingest import JsonlKeys
from ..settings import default
from .export import export as _export_command
from .progress import progress_bar
from .options import (BatchSizeOption, DbOption, DocTimeoutOption, EncodingOption, FormatOption,
                      JsonlPublishedOption, JsonlPublisherOption, JsonlTextOption, JsonlTitleOption, JsonlUrlOption,
                      MaxBytesOption, WritableDbOption, require_store)
from .output import RowFormat, emit_rows
from .serve import serve as _serve_command
from .events import events as _events_command
from .check import check as _check_command
from .actors import register as _register_actor_commands
from .link import register as _register_link_commands
from .claims import register as _register_claim_commands
from .evals import eval_app

app = typer.Typer(
    name="claimscope",
    help="Turn a pile of news articles into a sourced map of who claims what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    brat = "brat"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


def _report_error(e: IngestError) -> None:
    err.print(f"[red]error:[/red] {e.origin}: {e.reason}", soft_wrap=True)


def _keys(text, title, url, published, publisher) -> JsonlKeys:
    return JsonlKeys(text=text, title=title, url=url, published=published, publisher=publisher)


def _progress(enabled: bool) -> Progress:
    return progress_bar(err, enabled)


@app.command()
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
    from ..store import Store

    keys = _keys(jsonl_text, jsonl_title, jsonl_url, jsonl_published, jsonl_publisher)
    if engine == Engine.local and (address or shards_dir or parquet_only):
        raise UsageError("--address, --shards-dir and --parquet-only need --engine ray")
    started = time.perf_counter()
    with (nullcontext() if parquet_only else Store(db)) as store, _progress(not quiet and err.is_terminal) as progress:
        task = progress.add_task("analysing", total=None, rate="")

        def tick(src, doc):
            done = progress.tasks[task].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, rate=f"{rate:.1f} docs/s")

        if engine == Engine.ray:
            from ..scale.ray_engine import analyse_into_ray

            report = analyse_into_ray(store, inputs, shards_dir=shards_dir or Path(f"{db}.shards"), address=address,
                                      n_actors=processes, files_per_shard=shard_files, batch_size=batch_size,
                                      max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding,
                                      doc_timeout=doc_timeout, on_error=_report_error, on_document=tick)
        else:
            report = analyse_into(store, inputs, max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding,
                                  batch_size=batch_size, n_process=processes or 1, doc_timeout=doc_timeout,
                                  on_error=_report_error, on_document=tick)
        linked = None
        if store is not None and not no_link:
            from ..link import link_store

            progress.update(task, description="linking", total=None)
            linked = link_store(store)
        stats = store.stats() if store is not None else {}
    if not quiet:
        secs = time.perf_counter() - started
        held = (f"{db} now holds {stats.get('documents', 0)} documents and {stats.get('statements', 0)} statements."
                if store is not None else "not loaded into a store (--parquet-only).")
        shards = (f"shards: {report.shards} ({report.shards_reused} done before, {report.shards_processed} analysed "
                  f"now, {report.shards_failed} failed) in {report.shards_dir}; " if engine == Engine.ray else "")
        err.print(f"analysed {report.analysed} document(s) ({report.statements} statements), "
                  f"skipped {report.skipped} already stored, {len(report.errors)} failed, in {secs:.1f}s; "
                  f"{shards}{held}", soft_wrap=True)
        if linked is not None:
            err.print(f"linked {linked.documents} document(s): {linked.duplicates} duplicate(s), "
                      f"{linked.stories_changed} story(ies) changed, {linked.claims} claim(s), "
                      f"{linked.contradictions} contradiction(s)", soft_wrap=True)
    if report.errors:
        raise typer.Exit(1)


STATEMENT_COLUMNS = [
    ("speaker_name", "speaker"), ("cue_text", "cue"), ("content_text", "content"), ("kind", "kind"),
    ("addressee_name", "to"), ("confidence", "conf"), ("title", "article"), ("document_id", "doc"),
]


@app.command()
def statements(
    db: Path = DbOption,
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Only statements by this speaker (substring)."),
    search: Optional[str] = typer.Option(None, "--search", help="Full-text search in statement content."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most this many rows."),
    fmt: RowFormat = FormatOption,
) -> None:
    """List stored statements: who said what, where."""
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        rows = store.statements(speaker=speaker, search=search, limit=limit)
    emit_rows(rows, fmt, STATEMENT_COLUMNS, title=f"{len(rows)} statement(s)", console=out)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive), globs, or - for stdin."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.json, "--format", help="json, jsonl or brat."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Folder for brat files (required with brat)."),
    max_bytes: int = MaxBytesOption,
    encoding: Optional[str] = EncodingOption,
    doc_timeout: Optional[float] = DocTimeoutOption,
    jsonl_text: str = JsonlTextOption, jsonl_title: str = JsonlTitleOption, jsonl_url: str = JsonlUrlOption,
    jsonl_published: str = JsonlPublishedOption, jsonl_publisher: str = JsonlPublisherOption,
) -> None:
    """Analyse articles without storing them; print document JSON or write brat standoff files."""
    from ..api import extract as run_extract

    if fmt == ExtractFormat.brat and out_dir is None:
        raise UsageError("--format brat needs --out DIR")
    keys = _keys(jsonl_text, jsonl_title, jsonl_url, jsonl_published, jsonl_publisher)
    failed: list[IngestError] = []

    def on_error(e: IngestError) -> None:
        failed.append(e)
        _report_error(e)

    docs = run_extract(inputs, max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding, doc_timeout=doc_timeout,
                       on_error=on_error)
    if fmt == ExtractFormat.jsonl:
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    elif fmt == ExtractFormat.json:
        collected = list(docs)
        payload = collected[0] if len(collected) == 1 and not _many(inputs) else collected
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from ..export.brat import write_brat

        out_dir.mkdir(parents=True, exist_ok=True)
        n = 0
        for doc in docs:
            write_brat(doc, out_dir, _brat_name(doc))
            n += 1
        err.print(f"wrote {n} .ann file(s) to {out_dir}")
    if failed:
        raise typer.Exit(1)


def _many(inputs: list[str]) -> bool:
    """Several documents are expected: several inputs, a folder, a glob, a feed or JSONL."""
    if len(inputs) != 1:
        return True
    p = Path(inputs[0])
    return p.is_dir() or any(ch in inputs[0] for ch in "*?[") or p.suffix.lower() in {
        ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".feed"}


def _brat_name(doc: dict) -> str:
    path = doc.get("source", {}).get("path")
    return Path(path).stem if path else doc["id"]


@app.command()
def demo(db: Path = WritableDbOption) -> None:
    """Analyse the bundled example articles into the store and print who said what."""
    from ..api import analyse_into
    from ..store import Store

    examples = resources.files("claimscope") / "examples"
    with resources.as_file(examples) as folder:
        with Store(db) as store:
            report = analyse_into(store, [str(folder)], on_error=_report_error)
            from ..link import link_store

            linked = link_store(store)
            rows = [r for r in store.statements() if str(folder) in (r.get("path") or "")] or store.statements()
    err.print(f"analysed {report.analysed} example article(s), {report.skipped} already stored; linked "
              f"{linked.documents} ({linked.duplicates} duplicate(s), {linked.contradictions} contradiction(s)); "
              f"store: {db}")
    print_who_said_what(rows)
    out.print(f"\nNext: [bold]claimscope statements --db {db} --speaker NAME[/bold], [bold]claimscope stories "
              f"--db {db}[/bold], [bold]claimscope claims --contradicted --db {db}[/bold], or analyse your own "
              f"files with [bold]claimscope analyze PATH --db {db}[/bold].")
    if report.errors:
        raise typer.Exit(1)


def print_who_said_what(rows: list[dict]) -> None:
    """A readable summary: per article, each statement as 'speaker — cue: content'."""
    from rich.markup import escape

    current = None
    for r in rows:
        if r["document_id"] != current:
            current = r["document_id"]
            where = r.get("url") or r.get("path") or current
            out.print(f"\n[bold underline]{escape(r.get('title') or current)}[/]  [dim]{escape(str(where))}[/dim]")
        speaker = r.get("speaker_name") or r.get("speaker_text") or "(unattributed)"
        to = f" → {r['addressee_name']}" if r.get("addressee_name") else ""
        content = " ".join((r.get("content_text") or "").split())
        if len(content) > 220:
            content = content[:217] + "…"
        out.print(f"  • [bold cyan]{escape(speaker)}[/] [dim]{escape(r.get('cue_text') or '')}{escape(to)} "
                  f"({r['kind']})[/dim]: {escape(content)}")


app.command("export")(_export_command)
app.command("serve")(_serve_command)
app.command("events")(_events_command)
app.command("check")(_check_command)
_register_actor_commands(app)
_register_link_commands(app)
_register_claim_commands(app)


def _version(value: bool) -> None:
    if value:
        out.print(f"claimscope {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn a pile of news articles into a sourced map of who claims what."""


def _click_errors() -> tuple[type[BaseException], ...]:
    """Click's error base classes as this Typer raises them: Typer >= 0.2x vendors click as typer._click
    (its ClickException derives from typer.TyperException); older Typer raises the `click` package's own."""
    classes: list[type[BaseException]] = []
    if isinstance(getattr(typer, "TyperException", None), type):
        classes.append(typer.TyperException)
    try:
        import click

        classes.append(click.exceptions.ClickException)
    except ImportError:  # pragma: no cover - vendored click only
        pass
    return tuple(classes)


def run(args: list[str] | None = None) -> int:
    """One command line's exit code (2 usage, 1 failure), typed errors as one line: the script's and tests' path."""
    # run(["statements", "--db", "missing.db"]) prints "usage error: missing.db: no such store; ..." and returns 2
    try:
        # standalone_mode=False: click *returns* a typer.Exit's code instead of exiting, and re-raises its
        # own usage errors, so both are handled here.
        # The process's own arguments keep the program name click detects; explicit ones are named claimscope.
        rc = app(args=args, prog_name=None if args is None else "claimscope", standalone_mode=False)
    except typer.Exit as e:
        return e.exit_code
    except typer.Abort:
        err.print("aborted")
        return 130
    except UsageError as e:
        err.print(f"[red]usage error:[/red] {e}", soft_wrap=True)
        return 2
    except ClaimscopeError as e:
        err.print(f"[red]error:[/red] {e}", soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted; re-run the same command to resume")
        return 130
    except _click_errors() as e:  # click usage errors (unknown option/command, bad value): exit 2
        show = getattr(e, "show", None)
        if callable(show):
            show()
        else:
            err.print(f"error: {e}", markup=False, soft_wrap=True)
        return getattr(e, "exit_code", 1)
    if rc == 130:  # Typer turns Ctrl-C inside a command into Exit(130) before the handler above sees it
        err.print("interrupted; re-run the same command to resume")
    return rc if isinstance(rc, int) else 0


def main() -> None:
    """Console-script entry: the exit code of `run` for the process's own arguments."""
    sys.exit(run())
