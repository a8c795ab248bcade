"""Options the commands share, with defaults from the settings table, so a default is written in one place."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import UsageError
from ..ingest import JsonlKeys
from ..settings import default
from .output import RowFormat

DEFAULT_DB = Path("claimscope.db")
# The JSONL keys the library reads when none are named ("text", "title", ...), as the options' defaults.
_JSONL = JsonlKeys()

DbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite store file; it must exist (made by `claimscope analyze`).")
WritableDbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite store file (created if missing).")
FormatOption = typer.Option(RowFormat.table, "--format", help="Output format: a table that fits the terminal, or "
                            "json, jsonl or csv (every row, every value, never cut).")
LimitOption = typer.Option(None, "--limit", min=0, help="At most this many rows (default for a table: setting "
                           f"cli.table_rows, {default('cli.table_rows')}; json, jsonl and csv: all).")
OffsetOption = typer.Option(0, "--offset", min=0, help="Skip this many rows first (with --limit: pages).")
WideOption = typer.Option(False, "--wide", help="Table: every column, and long text whole.")
MinConfidenceOption = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Only statements at least this "
                                   "confident (default for a table: setting cli.min_confidence, "
                                   f"{default('cli.min_confidence')}; json, jsonl and csv: all).")
MaxBytesOption = typer.Option(default("ingest.max_bytes"), "--max-bytes",
                              help="Refuse inputs larger than this many bytes.")
BatchSizeOption = typer.Option(default("pipeline.batch_size"), "--batch-size", min=1,
                               help="Documents per nlp.pipe batch.")
EncodingOption = typer.Option(None, "--encoding", help="Encoding for files whose encoding cannot be detected "
                              "(default: UTF-8 or a detected one).")
DocTimeoutOption = typer.Option(None, "--doc-timeout", min=0, help="Seconds one document may take before it is "
                                "reported as failed and the run goes on (0: no limit; default: setting "
                                f"pipeline.doc_timeout, {default('pipeline.doc_timeout')} s).")
JsonlTextOption = typer.Option(_JSONL.text, "--jsonl-text", help="JSONL key holding the article text.")
JsonlTitleOption = typer.Option(_JSONL.title, "--jsonl-title", help="JSONL key holding the title.")
JsonlUrlOption = typer.Option(_JSONL.url, "--jsonl-url", help="JSONL key holding the URL.")
JsonlPublishedOption = typer.Option(_JSONL.published, "--jsonl-published",
                                    help="JSONL key holding the publication date.")
JsonlPublisherOption = typer.Option(_JSONL.publisher, "--jsonl-publisher", help="JSONL key holding the publisher.")


def min_confidence(value: float | None, fmt: RowFormat) -> float | None:
    """--min-confidence as the read path takes it: when not given, the setting for a table (the reading view)
    and none for the machine formats, which list every stored statement; None (no filter) for 0."""
    if value is None:
        value = default("cli.min_confidence") if fmt == RowFormat.table else None
    return value or None


def confidence_note(given: float | None, fmt: RowFormat) -> str | None:
    """A table's caption when the default minimum confidence left statements out, so none go missing unsaid."""
    if given is not None or fmt != RowFormat.table or not default("cli.min_confidence"):
        return None
    return (f"Statements below confidence {default('cli.min_confidence')} are left out (cli.min_confidence); "
            "--min-confidence 0 shows them.")


def require_store(db: Path) -> None:
    """A query names a store that exists; it never creates an empty one by asking."""
    if not db.exists():
        raise UsageError(f"{db}: no such store; run `claimscope analyze INPUT --db {db}` first")
