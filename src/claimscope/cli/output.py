"""Print rows as a rich table, JSON, JSON Lines or CSV: one place for every command's --format."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum

from rich.console import Console
from rich.table import Table


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def emit_rows(rows: list[dict], fmt: RowFormat, columns: list[tuple[str, str]], *, title: str | None = None,
              console: Console | None = None) -> None:
    """Write rows in the chosen format; `columns` (key, header) pick and order what the table and CSV show."""
    out = sys.stdout
    if fmt == RowFormat.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == RowFormat.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == RowFormat.csv:
        writer = csv.writer(out)
        writer.writerow([key for key, _ in columns])
        for row in rows:
            writer.writerow([_cell(row.get(key)) for key, _ in columns])
    else:
        console = console or Console()
        table = Table(title=title, show_lines=False, expand=False)
        for _, header in columns:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*[_cell(row.get(key)) for key, _ in columns])
        console.print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
