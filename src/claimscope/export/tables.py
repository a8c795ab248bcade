"""Flat tables of a store (statements, documents, actors, mentions) as CSV or Parquet.

CSV cells that a spreadsheet would read as a formula (text starting with = + - @, a tab or a carriage return)
get a leading apostrophe unless `raw=True`, because article text is untrusted. Parquet keeps the data exact
and typed (content spans as a list of [start, end] pairs).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from pathlib import Path

from claimscope.store import read, read_actors
from claimscope.store.filters import Filters

TABLES = ("statements", "documents", "actors", "mentions")

# (column, arrow type name) per table; the order is the column order of the files
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "statements": [
        ("id", "string"), ("document_id", "string"), ("title", "string"), ("url", "string"), ("path", "string"),
        ("published", "string"), ("publisher", "string"), ("kind", "string"),
        ("speaker_name", "string"), ("speaker_type", "string"), ("speaker_actor_id", "int64"),
        ("speaker_text", "string"), ("speaker_start", "int64"), ("speaker_end", "int64"),
        ("cue_text", "string"), ("cue_start", "int64"), ("cue_end", "int64"),
        ("content_text", "string"), ("content_spans", "spans"), ("start", "int64"), ("end", "int64"),
        ("addressee_name", "string"), ("addressee_type", "string"), ("addressee_actor_id", "int64"),
        ("addressee_text", "string"), ("confidence", "float64"),
    ],
    "documents": [
        ("id", "string"), ("title", "string"), ("url", "string"), ("path", "string"), ("published", "string"),
        ("publisher", "string"), ("author", "string"), ("added_at", "string"), ("statements", "int64"),
        ("text", "string"),
    ],
    "actors": [
        ("id", "int64"), ("name", "string"), ("type", "string"), ("statements", "int64"), ("addressed", "int64"),
        ("mentions", "int64"), ("documents", "int64"),
    ],
    "mentions": [
        ("document_id", "string"), ("actor_id", "int64"), ("actor_name", "string"), ("actor_type", "string"),
        ("start", "int64"), ("end", "int64"), ("text", "string"),
    ],
}


def _document_ids(conn: sqlite3.Connection, filters: Filters) -> list[str] | None:
    """Ids of the documents the filters keep, or None when no filter is set (everything)."""
    if filters == Filters():
        return None
    rows, _ = read.select_documents(conn, filters, limit=None, sort="added")
    return [r["id"] for r in rows]


def table_rows(conn: sqlite3.Connection, table: str, filters: Filters | None = None) -> list[dict]:
    """Rows of one table; statements are filtered directly, the other tables by the documents kept."""
    f = filters or Filters()
    if table == "statements":
        return read.select_statements(conn, f, limit=None, count=False)[0]
    ids = _document_ids(conn, f)
    if table == "documents":
        if ids is None:
            rows, _ = read.select_documents(conn, None, limit=None, sort="added")
        else:
            rows = read.documents_by_ids(conn, ids)
        texts = dict(_chunked(conn, "SELECT id, text FROM documents", "id", [r["id"] for r in rows]))
        for r in rows:
            r["text"] = texts.get(r["id"], "")
        return rows
    if table == "mentions":
        sql = ('SELECT m.document_id, m.actor_id, a.name, NULLIF(a.type, \'\'), m.start, m."end", m.text '
               "FROM mentions m JOIN actors a ON a.id = m.actor_id")
        keys = [c for c, _ in COLUMNS["mentions"]]
        if ids is None:
            return [dict(zip(keys, v)) for v in conn.execute(sql + " ORDER BY m.id")]
        return [dict(zip(keys, v)) for v in _chunked(conn, sql, "m.document_id", ids)]
    if table == "actors":
        if ids is None:
            return read_actors.select_actors(conn, limit=None)[0]
        actor_ids: set[int] = set()
        sql = ("SELECT actor_id FROM mentions WHERE {cond} UNION SELECT speaker_actor_id FROM statements "
               "WHERE speaker_actor_id IS NOT NULL AND {cond} UNION SELECT addressee_actor_id FROM statements "
               "WHERE addressee_actor_id IS NOT NULL AND {cond}")
        for start in range(0, len(ids), 300):
            chunk = ids[start:start + 300]
            cond = f"document_id IN ({','.join('?' * len(chunk))})"
            actor_ids.update(r[0] for r in conn.execute(sql.format(cond=cond), chunk * 3))
        return read_actors.select_actors(conn, ids=sorted(actor_ids), limit=None)[0]
    raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")


def _chunked(conn: sqlite3.Connection, sql: str, column: str, ids: list[str]):
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        yield from conn.execute(f"{sql} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value, raw: bool = False) -> str:
    """One CSV cell: lists and dicts as JSON, a leading = + - @ neutralised with ' unless `raw` (spreadsheets)."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        text = value.encode("utf-8", "replace").decode("utf-8")
        return "'" + text if not raw and text.startswith(_FORMULA_START) else text
    return str(value)


def write_csv(rows: list[dict], table: str, out: str | Path, *, raw: bool = False) -> int:
    """Write rows as CSV (UTF-8, header row) to `out` ('-' for stdout); returns the row count."""
    cols = [c for c, _ in COLUMNS[table]]
    if str(out) == "-":
        return _write_csv_to(sys.stdout, rows, cols, raw)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return _write_csv_to(fh, rows, cols, raw)


def _write_csv_to(fh, rows, cols, raw) -> int:
    writer = csv.writer(fh)
    writer.writerow(cols)
    for row in rows:
        writer.writerow([csv_cell(row.get(c), raw) for c in cols])
    return len(rows)


def arrow_table(rows: list[dict], table: str):
    """A pyarrow Table with the table's typed schema."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "spans": pa.list_(pa.list_(pa.int64()))}
    schema = pa.schema([(c, types[t]) for c, t in COLUMNS[table]])
    data = {}
    for c, t in COLUMNS[table]:
        values = [row.get(c) for row in rows]
        if t == "string":
            values = [None if v is None else str(v).encode("utf-8", "replace").decode("utf-8") for v in values]
        data[c] = values
    return pa.Table.from_pydict(data, schema=schema)


def write_parquet(rows: list[dict], table: str, out: str | Path) -> int:
    """Write rows as one Parquet file (zstd-compressed); returns the row count."""
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(rows, table), str(out), compression="zstd")
    return len(rows)
