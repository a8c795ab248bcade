"""`claimscope export`: a store (or the part the filters keep) in another tool's format.

- jsonl: one document JSON per line, exactly as stored (the documents holding a matching statement)
- csv / parquet: one flat table (statements by default; documents, actors or mentions with `table`)
- brat: per document NAME.txt and NAME.ann (PolNeAR layout, see claimscope.export.brat) in a folder
- gexf / graphml: the actor-statement graph (see claimscope.export.graph)
- timeml: per document NAME.tml, its time expressions as TIMEX3 tags (see claimscope.export.timeml), in a folder
- plover: PLOVER event records, one JSON object per line, one per sentence with a typed event (see
  claimscope.export.plover); `claimscope eval plover GOLD --predicted FILE` scores them
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from claimscope.errors import UsageError
from claimscope.store import read
from claimscope.store.filters import Filters

FORMATS = ("jsonl", "csv", "parquet", "brat", "gexf", "graphml", "timeml", "plover")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class ExportReport:
    format: str
    out: str
    what: str  # "documents", "statements", "nodes and edges" ...
    count: int
    extra: str = ""

    def __str__(self) -> str:
        return f"wrote {self.count} {self.what}{self.extra} to {self.out}"


def brat_name(doc: dict) -> str:
    """A file name for a document: its source file's stem (or title) and its id, e.g. `harbour-bridge-0123abcd...`."""
    source = doc.get("source") or {}
    stem = Path(source["path"]).stem if source.get("path") else (doc.get("title") or "")
    stem = _UNSAFE.sub("-", stem).strip("-._")[:60]
    return f"{stem}-{doc['id']}" if stem else doc["id"]


def _tmp_path(out: Path) -> Path:
    """Exports write here, beside `out`, and move into place, so a failed export leaves no half-written file."""
    return out.with_name(f".{out.name}.tmp-{os.getpid()}")


def export_store(db: str | Path, fmt: str, out: str | Path, filters: Filters | None = None, *,
                 table: str = "statements", raw_csv: bool = False) -> ExportReport:
    """Export the store at `db` (opened read-only) as `fmt` to `out` ('-' = stdout for jsonl and csv)."""
    if fmt not in FORMATS:
        raise UsageError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    f = filters or Filters()
    to_stdout = str(out) == "-"
    if to_stdout and fmt not in ("jsonl", "csv", "plover"):
        raise UsageError(f"--out -: only jsonl, csv and plover can go to standard output, not {fmt}")
    out_path = Path(out)
    if fmt in ("brat", "timeml"):
        if out_path.exists() and not out_path.is_dir():
            raise UsageError(f"--out {out}: {fmt} export needs a folder, and this is a file")
    elif not to_stdout:
        if out_path.is_dir():
            raise UsageError(f"--out {out}: is a folder; give a file name")
        if not out_path.parent.is_dir():
            raise UsageError(f"--out {out}: folder {out_path.parent} does not exist")
    conn = read.open_readonly(db)
    try:
        if fmt in ("jsonl", "brat", "timeml", "plover"):
            rows, _ = read.select_documents(conn, f, limit=None, sort="added")
            ids = [r["id"] for r in rows]
            docs = read.iter_document_json(conn, ids)
            if fmt == "jsonl":
                return ExportReport(fmt, str(out), "documents", _write_jsonl(docs, out_path, to_stdout))
            if fmt == "plover":
                from claimscope.export.plover import records

                recs = (r for doc in docs for r in records(doc))
                return ExportReport(fmt, str(out), "PLOVER records", _write_jsonl(recs, out_path, to_stdout))
            out_path.mkdir(parents=True, exist_ok=True)
            if fmt == "timeml":
                from claimscope.export.timeml import write_timeml

                n = timexes = 0
                for doc in docs:
                    write_timeml(doc, out_path, brat_name(doc))
                    n += 1
                    timexes += len(doc.get("dates") or [])
                return ExportReport(fmt, str(out), "documents", n, f" ({timexes} time expressions, one .tml each)")
            from claimscope.export.brat import write_brat

            n = statements = skipped = 0
            for doc in docs:
                try:
                    doc["text"].encode("utf-8")
                except UnicodeEncodeError:  # brat needs the text byte for byte; lone surrogates cannot be
                    skipped += 1
                    continue
                write_brat(doc, out_path, brat_name(doc), with_text=True)
                n += 1
                statements += len(doc.get("statements") or [])
            extra = f" ({statements} statements, .txt + .ann each)"
            if skipped:
                extra += f"; skipped {skipped} whose text is not valid Unicode"
            return ExportReport(fmt, str(out), "documents", n, extra)
        if fmt in ("csv", "parquet"):
            from claimscope.export import tables

            if table not in tables.TABLES:
                raise UsageError(f"--table: {table!r} is not one of {', '.join(tables.TABLES)}")
            rows = tables.table_rows(conn, table, f)
            if fmt == "csv":
                if to_stdout:
                    n = tables.write_csv(rows, table, "-", raw=raw_csv)
                else:
                    tmp = _tmp_path(out_path)
                    n = tables.write_csv(rows, table, tmp, raw=raw_csv)
                    os.replace(tmp, out_path)
            else:
                tmp = _tmp_path(out_path)
                n = tables.write_parquet(rows, table, tmp)
                os.replace(tmp, out_path)
            return ExportReport(fmt, str(out), f"{table} rows", n)
        from claimscope.export import graph

        g = graph.build_graph(conn, f)
        tmp = _tmp_path(out_path)
        nodes, edges = (graph.write_gexf if fmt == "gexf" else graph.write_graphml)(g, tmp)
        os.replace(tmp, out_path)
        return ExportReport(fmt, str(out), "nodes", nodes, f" and {edges} edges")
    except BaseException:
        for leftover in out_path.parent.glob(f".{out_path.name}.tmp-{os.getpid()}") if not to_stdout else ():
            leftover.unlink(missing_ok=True)
        raise
    finally:
        conn.close()


def _write_jsonl(docs, out: Path, to_stdout: bool) -> int:
    n = 0
    if to_stdout:
        for doc in docs:
            sys.stdout.write(_json_line(doc))
            n += 1
        return n
    tmp = _tmp_path(out)
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(_json_line(doc))
            n += 1
    os.replace(tmp, out)
    return n


def _json_line(doc: dict) -> str:
    """One JSON line, UTF-8-safe: a document holding lone surrogates is written with \\u escapes instead."""
    line = json.dumps(doc, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(doc, ensure_ascii=True)
    return line + "\n"
