"""`claimscope events`: who did what to whom, where, when and how many, with the source that reports it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .options import DbOption, FormatOption, require_store
from .output import RowFormat, emit_rows

EVENT_COLUMNS = [
    ("actor", "actor"), ("action", "action"), ("recipient", "to/against"), ("what", "what"), ("size", "size"),
    ("location", "where"), ("date_text", "when"), ("status", "status"), ("type", "type"), ("source", "source"),
    ("document_id", "doc"),
]


def events(
    db: Path = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only events whose actor or recipient contains NAME."),
    type_: Optional[str] = typer.Option(None, "--type", help="Only events of this PLOVER type (e.g. MOBILIZE)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="At most this many rows."),
    fmt: RowFormat = FormatOption,
) -> None:
    """List stored events: who did what to whom, where, when, how many, reported by whom."""
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        rows = store.events(actor=actor, type=type_, limit=limit)
    emit_rows(rows, fmt, EVENT_COLUMNS, title=f"{len(rows)} event(s)", console=Console(highlight=False))

