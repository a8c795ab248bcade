"""The store's read path: a read-only connection, and statements and documents as pages of one row shape.

Every statement the store hands out (API, exports, CLI, the linking views) is a `StatementRow`, made from
the SQL row by `statement_row` alone, over the one query `filters.statement_query` builds. Actors are in
store/read_actors.py, events and quantities in store/read_facts.py; all of them take the same connection.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Optional, TypedDict
from urllib.parse import quote

from claimscope.document import Document
from claimscope.errors import StoreError, UsageError
from claimscope.store.blob import unpack_json
from claimscope.store.filters import STATEMENT_FROM, Filters, document_where, statement_query, table_names, where_sql
from claimscope.store.schema import stored_version
from claimscope.store.fts import fts_query
from claimscope.store.text import fold, sqlite_text


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to an existing claimscope store (SQLite `mode=ro` plus `PRAGMA query_only`),
    as `claimscope serve` and `claimscope export` use; StoreError when it is missing or not a store."""
    p = Path(path)
    if not p.is_file():
        raise StoreError(f"{path}: no such store; run `claimscope analyze INPUT --db {path}` first")
    uri = "file:" + quote(str(p.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: cannot open store ({err})") from err
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.create_function("cs_fold", 1, fold, deterministic=True)
        tables = table_names(conn)
        if "statements" not in tables:
            raise StoreError(f"{path}: not a claimscope store (an SQLite database without a claimscope schema)")
        stored_version(conn, tables, str(path))
    except sqlite3.DatabaseError as err:
        conn.close()
        raise StoreError(f"{path}: not a claimscope store ({err})") from err
    except BaseException:
        conn.close()
        raise
    return conn


# --- statements ------------------------------------------------------------------------------------------

class StatementRow(TypedDict):
    """A stored statement with its document and the store actors of its parties: what the read path serves."""

    id: str
    document_id: str
    title: Optional[str]
    path: Optional[str]
    url: Optional[str]
    published: Optional[str]
    publisher: Optional[str]
    kind: str
    speaker_text: Optional[str]
    speaker_name: Optional[str]  # the store actor's canonical name
    speaker_type: Optional[str]
    speaker_actor_id: Optional[int]
    speaker_start: Optional[int]
    speaker_end: Optional[int]
    cue_text: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]
    content_text: str
    content_spans: list[list[int]]
    addressee_text: Optional[str]
    addressee_name: Optional[str]
    addressee_type: Optional[str]
    addressee_actor_id: Optional[int]
    confidence: float
    start: int  # first content offset
    end: int  # last content offset


STATEMENT_KEYS = tuple(StatementRow.__annotations__)
STATEMENT_SELECT = """
    s.id, s.document_id, d.title, d.path, d.url, d.published, d.publisher, s.kind,
    s.speaker_text, sa.name, NULLIF(sa.type, ''), s.speaker_actor_id, s.speaker_start, s.speaker_end,
    s.cue_text, s.cue_start, s.cue_end, s.content_text, s.content_spans,
    s.addressee_text, aa.name, NULLIF(aa.type, ''), s.addressee_actor_id, s.confidence, s.content_start,
    s.content_end
"""
STATEMENT_SORTS = ("relevance", "document", "published", "-published", "speaker", "-speaker",
                   "confidence", "-confidence", "kind")
_STATEMENT_ORDER = {
    "document": "d.n, s.content_start, s.n",
    "published": "d.published IS NULL, d.published, d.n, s.content_start, s.n",
    "-published": "d.published IS NULL, d.published DESC, d.n, s.content_start, s.n",
    "speaker": "coalesce(sa.name, s.speaker_text) IS NULL, cs_fold(coalesce(sa.name, s.speaker_text)), d.n, s.n",
    "-speaker": "coalesce(sa.name, s.speaker_text) IS NULL, cs_fold(coalesce(sa.name, s.speaker_text)) DESC, d.n, s.n",
    "confidence": "s.confidence, d.n, s.n",
    "-confidence": "s.confidence DESC, d.n, s.n",
    "kind": "s.kind, d.n, s.n",
    "dated": "coalesce(d.published, ''), d.n, s.content_start, s.n",
}


def statement_row(values) -> StatementRow:
    """The one conversion from a `STATEMENT_SELECT` row."""
    row = dict(zip(STATEMENT_KEYS, values))
    row["content_spans"] = json.loads(row["content_spans"])
    return row  # type: ignore[return-value]


def _page(limit: int | None, offset: int = 0) -> list[int]:
    return [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]


def select_statements(conn: sqlite3.Connection, filters: Filters | None = None, *, sort: str | None = None,
                      limit: int | None = 50, offset: int = 0, count: bool = True) -> tuple[list[StatementRow], int]:
    """(rows, total): one page of statements matching `filters`, and how many match in all.

    `sort` is one of STATEMENT_SORTS; the default is relevance when searching, else document order.
    """
    f = filters or Filters()
    sort = sort or ("relevance" if f.search else "document")
    if sort not in STATEMENT_SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(STATEMENT_SORTS)}")
    built = statement_query(conn, f)
    if built is None:
        return [], 0
    joins, where, params = built
    tail = " ".join(joins) + where_sql(where)
    if sort == "relevance":
        order = ("statements_fts.rank, " if f.search else "") + _STATEMENT_ORDER["document"]
    else:
        order = _STATEMENT_ORDER[sort]
    sql = f"SELECT {STATEMENT_SELECT} {tail} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = [statement_row(values) for values in conn.execute(sql, params + _page(limit, offset))]
    if not count:
        return rows, len(rows)
    if limit is not None and (rows or offset == 0) and len(rows) < limit:
        total = offset + len(rows)
    else:
        total = conn.execute(f"SELECT count(*) {tail}", params).fetchone()[0]
    return rows, total


def statements_where(conn: sqlite3.Connection, cond: str, params: tuple | list, *, order: str = "document",
                     limit: int | None = None, offset: int = 0) -> list[StatementRow]:
    """Statements meeting one SQL condition over `statements s` (written in the store's code, never taken
    from user text), in one of the `_STATEMENT_ORDER` orders."""
    sql = (f"SELECT {STATEMENT_SELECT} {' '.join(STATEMENT_FROM)} WHERE {cond} "
           f"ORDER BY {_STATEMENT_ORDER[order]} LIMIT ? OFFSET ?")
    return [statement_row(v) for v in conn.execute(sql, [*params, *_page(limit, offset)])]


def statements_by_ids(conn: sqlite3.Connection, ids: list[str]) -> list[StatementRow]:
    """Statements with these ids, in document order."""
    if not ids:
        return []
    return statements_where(conn, f"s.id IN ({','.join('?' * len(ids))})", [sqlite_text(i) for i in ids])


# --- documents -------------------------------------------------------------------------------------------

DOCUMENT_KEYS = ("id", "title", "path", "url", "published", "publisher", "author", "added_at", "statements",
                 "snippet", "score")
DOCUMENT_SORTS = ("relevance", "added", "-added", "published", "-published", "title", "-title", "statements",
                  "-statements")
_DOCUMENT_ORDER = {
    "added": "d.n", "-added": "d.n DESC",
    "published": "d.published IS NULL, d.published, d.n", "-published": "d.published IS NULL, d.published DESC, d.n",
    "title": "cs_fold(d.title), d.n", "-title": "cs_fold(d.title) DESC, d.n",
    "statements": "statements, d.n", "-statements": "statements DESC, d.n",
}
_DOCUMENT_SELECT = ("SELECT d.id, d.title, d.path, d.url, d.published, d.publisher, d.author, d.added_at, "
                    "(SELECT count(*) FROM statements x WHERE x.document_id = d.id) AS statements, ")
SNIPPET_MARKS = ("\ue000", "\ue001")
"""Private-use characters around search hits in snippets: the UI turns them into <mark> elements."""


def select_documents(conn: sqlite3.Connection, filters: Filters | None = None, *, query: str | None = None,
                     sort: str | None = None, limit: int | None = 50, offset: int = 0,
                     marks: tuple[str, str] = SNIPPET_MARKS, snippet_words: int = 24,
                     count: bool = True) -> tuple[list[dict], int]:
    """(rows, total): documents matching full-text `query` (titles weigh more) and the filters.

    Statement-level filters keep the documents holding at least one matching statement.
    """
    f = filters or Filters()
    sort = sort or ("relevance" if query else "added")
    if sort not in DOCUMENT_SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(DOCUMENT_SORTS)}")
    joins = ["FROM documents d"]
    where: list[str] = []
    params: list = []
    snippet, score, head = "NULL", "NULL", []
    if query is not None and query.strip():
        fts = fts_query(query)
        if fts is None:
            return [], 0
        joins.append("JOIN documents_fts ON documents_fts.rowid = d.n")
        where.append("documents_fts MATCH ?")
        params.append(fts)
        snippet = f"snippet(documents_fts, -1, ?, ?, '…', {int(snippet_words)})"
        head = [sqlite_text(marks[0]), sqlite_text(marks[1])]
        score = "bm25(documents_fts, 5.0, 1.0)"
    elif sort == "relevance":
        sort = "added"
    document_where(f, where, params)
    if f.statement_filters_set():
        built = statement_query(conn, Filters(**{**f.__dict__, "document": None, "publisher": None,
                                                 "date_from": None, "date_to": None}))
        if built is None:
            return [], 0
        s_joins, s_where, s_params = built
        where.append(f"d.id IN (SELECT s.document_id {' '.join(s_joins)}{where_sql(s_where)})")
        params += s_params
    tail = " ".join(joins) + where_sql(where)
    order = f"{score}, d.n" if sort == "relevance" else _DOCUMENT_ORDER[sort]
    sql = f"{_DOCUMENT_SELECT}{snippet}, {score} {tail} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = [dict(zip(DOCUMENT_KEYS, v)) for v in conn.execute(sql, head + params + _page(limit, offset))]
    total = conn.execute(f"SELECT count(*) {tail}", params).fetchone()[0] if count else len(rows)
    return rows, total


def search_documents(conn: sqlite3.Connection, query: str, limit: int = 20,
                     highlight: tuple[str, str] = ("«", "»")) -> list[dict]:
    """Documents matching the words in `query`, best first, each with a highlighted snippet (the CLI's search)."""
    if fts_query(query) is None:
        return []
    rows, _ = select_documents(conn, query=query, limit=limit, marks=highlight, snippet_words=16, count=False)
    keys = ("id", "title", "path", "url", "published", "publisher", "snippet", "score")
    return [{k: r[k] for k in keys} for r in rows]


def _chunks(ids: list[str], size: int = 500):
    for start in range(0, len(ids), size):
        chunk = [sqlite_text(i) for i in ids[start:start + size]]
        yield chunk, ",".join("?" * len(chunk))


def documents_by_ids(conn: sqlite3.Connection, ids: list[str]) -> list[dict]:
    """Document rows (as select_documents gives them) with these ids, by publication date."""
    rows: list[dict] = []
    for chunk, marks in _chunks(ids):
        rows += [dict(zip(DOCUMENT_KEYS, v)) for v in conn.execute(
            f"{_DOCUMENT_SELECT}NULL, NULL FROM documents d WHERE d.id IN ({marks})", chunk)]
    return sorted(rows, key=lambda r: (r["published"] is None, r["published"] or "", r["id"]))


def document_json(conn: sqlite3.Connection, doc_id: str) -> dict | None:
    """The stored document JSON, exactly as added, or None."""
    row = conn.execute("SELECT json FROM documents WHERE id = ?", (sqlite_text(doc_id),)).fetchone()
    return unpack_json(row[0]) if row else None


def read_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    """The stored document, typed, or None."""
    data = document_json(conn, doc_id)
    return None if data is None else Document.from_json(data)


def iter_document_json(conn: sqlite3.Connection, ids: list[str] | None = None):
    """Stored document JSON in the order documents were added (all, or those with these ids)."""
    if ids is None:
        for (blob,) in conn.execute("SELECT json FROM documents ORDER BY n"):
            yield unpack_json(blob)
        return
    for chunk, marks in _chunks(ids):
        for (blob,) in conn.execute(f"SELECT json FROM documents WHERE id IN ({marks}) ORDER BY n", chunk):
            yield unpack_json(blob)


def stats(conn: sqlite3.Connection, *, dates: bool = True) -> dict:
    """Row counts, and (with `dates`) the publication date range."""
    out = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
           for table in ("documents", "statements", "actors", "mentions")}
    if dates:
        first, last, dated = conn.execute(
            "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)), count(published) FROM documents"
        ).fetchone()
        out.update({"first_published": first, "last_published": last, "dated_documents": dated})
    return out
