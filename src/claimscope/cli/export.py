"""`claimscope export`: the store, or the part the filters keep, as JSONL, CSV, Parquet, brat, GEXF, GraphML or
PLOVER records."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .options import DEFAULT_DB, require_store

err = Console(stderr=True, highlight=False)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    brat = "brat"
    gexf = "gexf"
    graphml = "graphml"
    timeml = "timeml"
    plover = "plover"


class ExportTable(str, Enum):
    statements = "statements"
    documents = "documents"
    actors = "actors"
    mentions = "mentions"


class Kind(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


def export(
    fmt: ExportFormat = typer.Option(..., "--format", help="jsonl (document JSON), csv or parquet (a table), "
                                     "brat (a folder of .txt + .ann), gexf or graphml (actor-statement graph), "
                                     "timeml (a folder of .tml, time expressions as TIMEX3), plover (PLOVER event records, "
                                     "JSON Lines)."),
    out: Path = typer.Option(..., "--out", help="Output file (a folder for brat and timeml); - for stdout (jsonl, csv)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="SQLite store file (opened read-only)."),
    table: ExportTable = typer.Option(ExportTable.statements, "--table", help="Table for csv and parquet."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Only statements by this speaker (substring)."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Statements an actor (id or name) speaks, "
                                        "receives or is mentioned in."),
    kind: Optional[Kind] = typer.Option(None, "--kind", help="Only direct, indirect or mixed statements."),
    cue: Optional[str] = typer.Option(None, "--cue", help="Cue words (substring)."),
    search: Optional[str] = typer.Option(None, "--search", help="Full-text search in statement content."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Published on or after (YYYY[-MM[-DD]])."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Published on or before (YYYY[-MM[-DD]])."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Publisher (substring)."),
    document: Optional[str] = typer.Option(None, "--document", help="One document id."),
    raw_csv: bool = typer.Option(False, "--raw-csv", help="Leave cells that start with = + - @ as they are "
                                 "(by default they get a leading ' so spreadsheets do not run them)."),
) -> None:
    """Export the store: JSONL, CSV/Parquet tables, brat standoff, GEXF/GraphML graphs, PLOVER records. Filters narrow it down.

    Statement filters keep whole documents for jsonl and brat (those with a matching statement), matching rows for the statements table, and matching statements with their actors for the graphs.
    """
    from ..export.store import export_store
    from ..store.filters import Filters

    require_store(db)
    filters = Filters(search=search, speaker=speaker, actor=actor, kind=kind.value if kind else None, cue=cue,
                      date_from=date_from, date_to=date_to, publisher=publisher, document=document)
    report = export_store(db, fmt.value, str(out), filters, table=table.value, raw_csv=raw_csv)
    err.print(str(report), soft_wrap=True, markup=False)
