"""Read queries over the store, returning plain dicts so the CLI and exporters need no SQL."""

from __future__ import annotations

import json
import sqlite3

from claimscope.store.text import fold, fts_query, sqlite_text

_STATEMENT_COLUMNS = """
    s.id, s.document_id, d.title, d.path, d.url, d.published, d.publisher, s.kind,
    s.speaker_text, sa.name, NULLIF(sa.type, ''), s.speaker_start, s.speaker_end,
    s.cue_text, s.cue_start, s.cue_end, s.content_text, s.content_spans,
    s.addressee_text, aa.name, NULLIF(aa.type, ''), s.confidence, s.content_start, s.content_end
"""
_STATEMENT_KEYS = (
    "id", "document_id", "title", "path", "url", "published", "publisher", "kind",
    "speaker_text", "speaker_name", "speaker_type", "speaker_start", "speaker_end",
    "cue_text", "cue_start", "cue_end", "content_text", "content_spans",
    "addressee_text", "addressee_name", "addressee_type", "confidence", "start", "end",
)


def statements(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    search: str | None = None,
    document: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict]:
    """Statements filtered by speaker substring, FTS search and document; best matches first when searching."""
    joins = [
        "FROM statements s JOIN documents d ON d.id = s.document_id",
        "LEFT JOIN actors sa ON sa.id = s.speaker_actor_id",
        "LEFT JOIN actors aa ON aa.id = s.addressee_actor_id",
    ]
    where, params, order = [], [], "d.n, s.content_start, s.n"
    if search is not None:
        query = fts_query(search)
        if query is None:
            return []
        joins.append("JOIN statements_fts ON statements_fts.rowid = s.n")
        where.append("statements_fts MATCH ?")
        params.append(query)
        order = "statements_fts.rank, " + order
    if document is not None:
        where.append("s.document_id = ?")
        params.append(sqlite_text(document))
    if speaker is not None:
        needle = fold(sqlite_text(speaker))
        where.append(  # names are matched once per actor, not once per statement
            "(s.speaker_actor_id IN (SELECT id FROM actors WHERE instr(cs_fold(name), ?) > 0)"
            " OR instr(cs_fold(s.speaker_text), ?) > 0)"
        )
        params += [needle, needle]
    sql = f"SELECT {_STATEMENT_COLUMNS} {' '.join(joins)}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
    params += [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    rows = []
    for values in conn.execute(sql, params):
        row = dict(zip(_STATEMENT_KEYS, values))
        row["content_spans"] = json.loads(row["content_spans"])
        rows.append(row)
    return rows


def search_documents(
    conn: sqlite3.Connection, query: str, limit: int = 20, highlight: tuple[str, str] = ("«", "»")
) -> list[dict]:
    """Documents matching the words in `query` (title hits weigh more), each with a highlighted snippet."""
    fts = fts_query(query)
    if fts is None:
        return []
    sql = (
        "SELECT d.id, d.title, d.path, d.url, d.published, d.publisher, "
        "snippet(documents_fts, -1, ?, ?, '…', 16), bm25(documents_fts, 5.0, 1.0) AS score "
        "FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY score, d.n LIMIT ?"
    )
    keys = ("id", "title", "path", "url", "published", "publisher", "snippet", "score")
    params = (sqlite_text(highlight[0]), sqlite_text(highlight[1]), fts, max(int(limit), 0))
    return [dict(zip(keys, values)) for values in conn.execute(sql, params)]


def actors(conn: sqlite3.Connection, *, search: str | None = None, type: str | None = None) -> list[dict]:
    """Canonical actors with how often they are mentioned, in how many documents, and how often they speak."""
    where, params = [], []
    if search is not None:
        where.append("instr(cs_fold(a.name), ?) > 0")
        params.append(fold(sqlite_text(search)))
    if type is not None:
        where.append("a.type = ?")
        params.append(sqlite_text(type).upper())
    sql = """
        SELECT a.id, a.name, NULLIF(a.type, ''),
            (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
            (SELECT count(*) FROM (
                SELECT document_id FROM mentions WHERE actor_id = a.id
                UNION SELECT document_id FROM statements WHERE speaker_actor_id = a.id
                UNION SELECT document_id FROM statements WHERE addressee_actor_id = a.id)) AS documents,
            (SELECT count(*) FROM statements s WHERE s.speaker_actor_id = a.id) AS statements
        FROM actors a
    """
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY statements DESC, mentions DESC, a.name, a.type"
    keys = ("id", "name", "type", "mentions", "documents", "statements")
    return [dict(zip(keys, values)) for values in conn.execute(sql, params)]


def stats(conn: sqlite3.Connection) -> dict:
    """Row counts for a one-line summary of what the store holds."""
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "statements", "actors", "mentions")
    }
