"""`claimscope events`: who did what to whom, where, when and how many, with the source that reports it."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .options import DbOption, FormatOption, LimitOption, OffsetOption, WideOption, require_store
from .output import Col, RowFormat, emit_page

EVENT_COLUMNS = [
    Col("actor", "actor", ratio=2, min_width=8), Col("action", "action", ratio=1, min_width=6),
    Col("recipient", "to/against", ratio=2, min_width=8), Col("what", "what", ratio=3, min_width=10),
    Col("size", "size", ratio=1, wide=True), Col("location", "where", ratio=1, min_width=6),
    Col("date_text", "when", ratio=1, min_width=6), Col("status", "status", wide=True), Col("type", "type"),
    # an event no statement reports is the article's own word
    Col("source", "source", ratio=2, min_width=8, show=lambda r: r.get("source") or "the article"),
    Col("document_id", "doc", wide=True, max_width=16),
]


def events(
    db: Path = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only events whose actor or recipient contains NAME."),
    type_: Optional[str] = typer.Option(None, "--type", help="Only events of this PLOVER type (e.g. MOBILIZE)."),
    limit: Optional[int] = LimitOption,
    offset: int = OffsetOption,
    wide: bool = WideOption,
    fmt: RowFormat = FormatOption,
) -> None:
    """List stored events: who did what to whom, where, when, how many, reported by whom."""
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        rows = store.events(actor=actor, type=type_, limit=None)
    emit_page(rows, fmt, EVENT_COLUMNS, limit=limit, offset=offset, one="event", wide=wide,
              console=Console(highlight=False))

