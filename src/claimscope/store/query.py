"""Read queries over the store, returning plain dicts so the CLI and exporters need no SQL."""

from __future__ import annotations

import json
import sqlite3

from claimscope.store.fts import fts_query
from claimscope.store.text import fold, sqlite_text

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


def actors(conn: sqlite3.Connection, *, search: str | None = None, type: str | None = None,
           limit: int | None = None) -> list[dict]:
    """Canonical actors with how often they are mentioned, in how many documents, and how often they speak;
    `search` matches the canonical name or any name a document used for it (case- and accent-insensitive)."""
    where, params = [], []
    if search is not None:
        needle = fold(sqlite_text(search))
        where.append("(instr(cs_fold(a.name), ?) > 0 OR instr(a.norm, ?) > 0 OR a.id IN "
                     "(SELECT actor_id FROM doc_actors WHERE instr(norm, ?) > 0))")
        from claimscope.store.actors import norm

        params += [needle, sqlite_text(norm(search)), sqlite_text(norm(search))]
    if type is not None:
        where.append("a.type = ?")
        params.append(sqlite_text(type).upper())
    sql = """
        SELECT a.id, a.name, NULLIF(a.type, ''), a.kind, a.country,
            (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
            (SELECT count(*) FROM (
                SELECT document_id FROM mentions WHERE actor_id = a.id
                UNION SELECT document_id FROM statements WHERE speaker_actor_id = a.id
                UNION SELECT document_id FROM statements WHERE addressee_actor_id = a.id)) AS documents,
            (SELECT count(*) FROM statements s WHERE s.speaker_actor_id = a.id) AS statements,
            (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT d.name FROM doc_actors d
                WHERE d.actor_id = a.id AND d.name != a.name ORDER BY d.name LIMIT 8)) AS variants
        FROM actors a
    """
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY statements DESC, mentions DESC, a.name, a.type LIMIT ?"
    params.append(-1 if limit is None else max(int(limit), 0))
    keys = ("id", "name", "type", "kind", "country", "mentions", "documents", "statements", "variants")
    return [dict(zip(keys, values)) for values in conn.execute(sql, params)]


def find_actor(conn: sqlite3.Connection, name: str) -> int | None:
    """The actor a user means by NAME: an id, an exact name (or a name a document used), else the best
    substring match (most statements, then mentions)."""
    from claimscope.store.actors import norm

    text = sqlite_text(name).strip()
    if text.isdigit():
        row = conn.execute("SELECT id FROM actors WHERE id = ?", (int(text),)).fetchone()
        if row:
            return row[0]
    n = sqlite_text(norm(text))
    order = ("ORDER BY (SELECT count(*) FROM statements s WHERE s.speaker_actor_id = a.id) DESC, "
             "(SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) DESC, a.id LIMIT 1")
    for cond, params in (("a.norm = ?", (n,)),
                         ("a.id IN (SELECT actor_id FROM doc_actors WHERE norm = ?)", (n,)),
                         ("instr(a.norm, ?) > 0", (n,))):
        row = conn.execute(f"SELECT a.id FROM actors a WHERE {cond} {order}", params).fetchone()
        if row:
            return row[0]
    return None


def actor_detail(conn: sqlite3.Connection, name: str, *, limit: int = 200) -> dict | None:
    """Everything the store knows about one actor: names used, types, roles and affiliations over time,
    mentions, statements by it and statements about it (whose content mentions it)."""
    aid = find_actor(conn, name)
    if aid is None:
        return None
    row = conn.execute("SELECT id, name, NULLIF(type, ''), kind, country, lat, lon FROM actors WHERE id = ?",
                       (aid,)).fetchone()
    out = dict(zip(("id", "name", "type", "kind", "country", "lat", "lon"), row))
    out["names"] = [{"name": n, "type": ty or None, "documents": c, "how": how} for n, ty, c, how in conn.execute(
        "SELECT name, type, count(DISTINCT document_id), min(how) FROM doc_actors WHERE actor_id = ? "
        "GROUP BY name, type ORDER BY count(*) DESC, name", (aid,))]
    out["documents"] = conn.execute(
        "SELECT count(*) FROM (SELECT document_id FROM mentions WHERE actor_id = ? UNION SELECT document_id "
        "FROM statements WHERE speaker_actor_id = ? OR addressee_actor_id = ?)", (aid, aid, aid)).fetchone()[0]
    roles = conn.execute(
        "SELECT r.kind, r.value, d.published, d.id, d.title FROM actor_roles r JOIN documents d ON d.id = r.document_id "
        "WHERE r.actor_id = ? ORDER BY coalesce(d.published, ''), d.n, r.id", (aid,)).fetchall()
    out["roles"] = [{"role": v, "published": p, "document_id": i, "title": ti} for k, v, p, i, ti in roles
                    if k == "role"]
    aff: dict[str, int] = {}
    for k, v, *_ in roles:
        if k == "affiliation":
            aff[v] = aff.get(v, 0) + 1
    out["affiliations"] = [{"name": k, "documents": v} for k, v in sorted(aff.items(), key=lambda x: (-x[1], x[0]))]
    out["mention_count"] = conn.execute("SELECT count(*) FROM mentions WHERE actor_id = ?", (aid,)).fetchone()[0]
    out["mentions"] = [dict(zip(("document_id", "title", "published", "start", "end", "text"), r)) for r in conn.execute(
        'SELECT m.document_id, d.title, d.published, m.start, m."end", m.text FROM mentions m '
        "JOIN documents d ON d.id = m.document_id WHERE m.actor_id = ? ORDER BY d.n, m.start LIMIT ?", (aid, limit))]
    out["statements_by"] = _statements_where(conn, "s.speaker_actor_id = ?", (aid,), limit)
    about = []
    for r in _statements_where(
            conn, "(s.speaker_actor_id IS NULL OR s.speaker_actor_id != ?) AND (s.addressee_actor_id = ? OR EXISTS ("
            "SELECT 1 FROM mentions m WHERE m.document_id = s.document_id AND m.actor_id = ? "
            'AND m.start >= s.content_start AND m."end" <= s.content_end))', (aid, aid, aid), limit * 2):
        spans = r["content_spans"]
        hits = conn.execute('SELECT start, "end" FROM mentions WHERE document_id = ? AND actor_id = ?',
                            (r["document_id"], aid)).fetchall()
        if any(s <= ms and me <= e for ms, me in hits for s, e in spans) or r.get("addressee_name") == out["name"]:
            about.append(r)
    out["statements_about"] = about[:limit]
    return out


def _statements_where(conn: sqlite3.Connection, cond: str, params: tuple, limit: int) -> list[dict]:
    sql = (f"SELECT {_STATEMENT_COLUMNS} FROM statements s JOIN documents d ON d.id = s.document_id "
           "LEFT JOIN actors sa ON sa.id = s.speaker_actor_id LEFT JOIN actors aa ON aa.id = s.addressee_actor_id "
           f"WHERE {cond} ORDER BY coalesce(d.published, ''), d.n, s.content_start, s.n LIMIT ?")
    rows = []
    for values in conn.execute(sql, (*params, max(int(limit), 0))):
        row = dict(zip(_STATEMENT_KEYS, values))
        row["content_spans"] = json.loads(row["content_spans"])
        rows.append(row)
    return rows


def stats(conn: sqlite3.Connection) -> dict:
    """Row counts for a one-line summary of what the store holds."""
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "statements", "actors", "mentions")
    }
