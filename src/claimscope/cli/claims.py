"""`claimscope claims`, `claimscope contradictions` and `claimscope timeline`: what is asserted across documents,
by whom, where sources disagree, and how a number changed."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from ..link.views import claim_rows, contradiction_rows
from .options import DbOption, FormatOption, require_store
from .output import RowFormat, emit_rows

CLAIM_COLUMNS = [("id", "claim"), ("kind", "kind"), ("text", "claim text"), ("sources", "independent"),
                 ("outlets", "outlets"), ("speakers", "sources"), ("first_seen", "first seen"),
                 ("last_seen", "last seen"), ("contradicted", "contradicted"), ("against", "contradicted by")]
KINDS = ("number", "polarity", "characterisation")
CONTRADICTION_COLUMNS = [("kind", "kind"), ("source_a", "one side"), ("text_a", "says"), ("source_b", "other side"),
                         ("text_b", "says"), ("note", "why"), ("story_id", "story")]
TIMELINE_COLUMNS = [("date", "date"), ("actor", "actor"), ("value", "value"), ("unit", "unit"), ("status", "status"),
                    ("text", "as written"), ("source", "source"), ("publisher", "outlet"), ("document_id", "doc")]


def _open(db: Path):
    from ..store import Store

    require_store(db)
    return Store(db)


def claims(
    db: Path = DbOption,
    contradicted: bool = typer.Option(False, "--contradicted", help="Only contradicted claims, with the other side."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only claims whose actor, source or text contains NAME."),
    story: Optional[str] = typer.Option(None, "--story", help="Only the claims of this story id."),
    fmt: RowFormat = FormatOption,
) -> None:
    """List claims across documents: what is asserted, by how many independent sources and outlets."""
    with _open(db) as store:
        rows = claim_rows(store._db, story=story, contradicted=contradicted, actor=actor)
    columns = CLAIM_COLUMNS if contradicted else CLAIM_COLUMNS[:-1]
    emit_rows(rows, fmt, columns, title=f"{len(rows)} claim(s)", console=Console(highlight=False))


def contradictions(
    db: Path = DbOption,
    story: Optional[str] = typer.Option(None, "--story", help="Only the contradictions of this story id."),
    kind: Optional[str] = typer.Option(None, "--kind", help="number, polarity or characterisation."),
    fmt: RowFormat = FormatOption,
) -> None:
    """List contradictions with the evidence on both sides."""
    if kind is not None and kind not in KINDS:
        raise UsageError(f"--kind {kind!r}: use one of {', '.join(KINDS)}")
    with _open(db) as store:
        rows = contradiction_rows(store._db, story=story)
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    emit_rows(rows, fmt, CONTRADICTION_COLUMNS, title=f"{len(rows)} contradiction(s)", console=Console(highlight=False))


def timeline(
    db: Path = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only quantities whose actor contains NAME."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Only quantities of this unit (troops = soldiers)."),
    fmt: RowFormat = FormatOption,
) -> None:
    """A quantity over time, by source: each report of it with its date, value, status and source."""
    from ..link.timeline import timeline as build

    with _open(db) as store:
        rows = build(store._db, actor=actor, unit=unit)
    emit_rows(rows, fmt, TIMELINE_COLUMNS, title=f"{len(rows)} value(s)", console=Console(highlight=False))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("claims")(claims)
    app.command("contradictions")(contradictions)
    app.command("timeline")(timeline)
