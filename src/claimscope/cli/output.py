"""Print rows as a rich table, JSON, JSON Lines or CSV: one place for every command's --format.

Tables fit the terminal: text columns share the width by ratio (the content column takes the most), wrap at
word boundaries and end a word too long for its column in "…" rather than breaking it; short columns (counts,
dates, kinds) never wrap. Cells show plain values ("Norwegian court, BBC", not `["Norwegian court", "BBC"]`),
and text longer than the setting `cli.cell_chars` ends in "…" unless --wide. Piped tables are not wrapped at 80
columns: without a terminal (and no COLUMNS) the table takes its natural width. json, jsonl and csv are the
machine formats: every row, every value as stored, never cut.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from rich.console import Console
from rich.table import Table

from ..settings import default


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@dataclass(frozen=True)
class Col:
    """One column: the row key (what CSV writes), its header, and how the table lays it out.

    `ratio` shares out the width among text columns (None: as wide as its longest value, never wrapped, at
    most `max_width`); `wide` columns show only with --wide; `show` turns a row into the table's cell (the
    CSV keeps `key`'s stored value); `csv` False keeps a table-only column out of the CSV.
    """

    key: str
    header: str
    ratio: int | None = None
    min_width: int | None = None
    max_width: int | None = None
    wide: bool = False
    show: Callable[[dict], Any] | None = None
    csv: bool = True


# Narrow columns (counts, scores, kinds, dates) keep to one line; an id is cut to its first characters.
NARROW_MAX = 12


def _col(spec: Col | tuple[str, str]) -> Col:
    return spec if isinstance(spec, Col) else Col(spec[0], spec[1])


def emit_rows(rows: list[dict], fmt: RowFormat, columns: Sequence[Col | tuple[str, str]], *,
              title: str | None = None, console: Console | None = None, wide: bool = False,
              caption: str | None = None, csv_keys: Sequence[str] | None = None) -> None:
    """Write rows in the chosen format; `columns` (Col, or (key, header) pairs) pick and order what the table
    and CSV show (`csv_keys`, when given, is the CSV's own column order)."""
    cols = [_col(c) for c in columns]
    out = sys.stdout
    if fmt == RowFormat.json:
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == RowFormat.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == RowFormat.csv:
        keys = list(csv_keys) if csv_keys is not None else [c.key for c in cols if c.csv]
        writer = csv.writer(out)
        writer.writerow(keys)
        for row in rows:
            writer.writerow([_csv_cell(row.get(key)) for key in keys])
    else:
        console = table_console(console)
        with console.capture() as captured:
            console.print(render_table(rows, cols, title=title, wide=wide, fit=_fits(console), caption=caption))
        # rich pads every line to the table's width; trailing spaces only get in the way of a pipe or a diff
        console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def render_table(rows: list[dict], cols: Sequence[Col], *, title: str | None = None, wide: bool = False,
                 fit: bool = True, caption: str | None = None) -> Table:
    """The rich table of `rows`: with `fit`, text columns share the console width by ratio."""
    shown = [c for c in cols if wide or not c.wide]
    has_ratio = fit and any(c.ratio for c in shown)
    table = Table(title=title, caption=caption, show_lines=False, expand=has_ratio,
                  title_justify="left", caption_justify="left")
    limit = None if wide else default("cli.cell_chars")
    top = max((c.ratio or 0 for c in shown), default=0) or 1
    for c in shown:
        if c.ratio and fit:
            table.add_column(c.header, ratio=c.ratio, min_width=c.min_width or len(c.header), overflow="ellipsis")
        elif c.ratio:
            table.add_column(c.header, overflow="ellipsis")
        else:
            table.add_column(c.header, no_wrap=True, overflow="ellipsis",
                             max_width=None if wide else (c.max_width or NARROW_MAX))
    for row in rows:
        # a column gets text in proportion to its share of the width: sources 80 characters beside content's 240
        table.add_row(*[clip(plain(c.show(row) if c.show else row.get(c.key)),
                             None if limit is None or not c.ratio else max(limit * c.ratio // top, 24))
                        for c in shown])
    return table


def table_console(console: Console | None = None) -> Console:
    """The console tables print on, made now (a console made at import misses a later COLUMNS): the terminal's
    width; COLUMNS when set; else (piped) no wrapping at all. A console with its own file is kept."""
    if console is not None and getattr(console, "_file", None) is not None:
        return console
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return Console(highlight=False)
    return Console(highlight=False, width=100_000, soft_wrap=False)


def _fits(console: Console) -> bool:
    """Whether the table should share out a bounded width (a terminal or COLUMNS), not take its natural width."""
    return console.width < 100_000


def plain(value: Any) -> str:
    """A cell as a reader wants it: lists joined by commas, objects by their name or text, numbers tidy."""
    # plain(["Norwegian court", "BBC"]) -> "Norwegian court, BBC"; plain({"name": "Ana Ruiz", "id": 3}) -> "Ana Ruiz";
    # plain(3000.0) -> "3,000"; plain(0.5) -> "0.50"
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1 else f"{value:,.2f}"
    if isinstance(value, (list, tuple, set)):
        return ", ".join(p for p in (plain(v) for v in value) if p)
    if isinstance(value, dict):
        for key in ("name", "text", "label", "title", "id"):
            if value.get(key):
                return plain(value[key])
        return ", ".join(f"{k}: {plain(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    return " ".join(str(value).split())


def clip(text: str, limit: int | None) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending in '…'."""
    # clip("the minister said the plan would work", 20) -> "the minister said…"
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _csv_cell(value) -> str:
    """A CSV cell exactly as the store holds it (lists and objects as JSON), so CSV stays machine-readable."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 statement', '4,855 statements', '330 stories'."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def page_title(shown: int, total: int, one: str, many: str | None = None, *, offset: int = 0) -> str:
    """A table's title: how many rows of how many, and where the page starts."""
    # page_title(50, 276, "statement") -> "50 of 276 statements (1-50; --limit and --offset for more)"
    if shown == total and offset == 0:
        return plural(total, one, many)
    first, last = (offset + 1, offset + shown) if shown else (offset, offset)
    return f"{shown:,} of {plural(total, one, many)} ({first:,}-{last:,}; --limit and --offset for more)"


def table_limit(fmt: RowFormat, limit: int | None) -> int | None:
    """The rows to print: --limit when given; for a table, the setting cli.table_rows; machine formats all."""
    if limit is not None:
        return limit
    return default("cli.table_rows") if fmt == RowFormat.table else None


def emit_page(rows: list[dict], fmt: RowFormat, columns: Sequence[Col | tuple[str, str]], *, limit: int | None,
              offset: int, one: str, many: str | None = None, total: int | None = None, wide: bool = False,
              console: Console | None = None, csv_keys: Sequence[str] | None = None,
              caption: str | None = None) -> None:
    """Print one page of `rows` (all of them, `total` counted when the caller paged already) with its title."""
    n = table_limit(fmt, limit)
    if total is None:
        total = len(rows)
        rows = rows[offset:] if n is None else rows[offset:offset + n]
    emit_rows(rows, fmt, columns, title=page_title(len(rows), total, one, many, offset=offset), console=console,
              wide=wide, csv_keys=csv_keys, caption=caption)
