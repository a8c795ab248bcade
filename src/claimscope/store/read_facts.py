"""Events and quantities on the store's read path, each with its document and the statement reporting it."""

from __future__ import annotations

import sqlite3

from claimscope.store.text import fold, sqlite_text as t


_EVENT_KEYS = ("document_id", "title", "path", "url", "published", "start", "end", "actor", "action", "lemma",
               "recipient", "what", "location", "date_text", "date_value", "date_role", "size", "status", "type",
               "mode", "statement_id", "source", "stance", "cue_text")


def events(conn: sqlite3.Connection, *, actor: str | None = None, type: str | None = None,
           document: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Events, optionally of an actor (substring of actor or recipient, case- and accent-insensitive), of a
    PLOVER type, or of one document; in document order."""
    where, params = [], []
    if actor is not None:
        where.append("(instr(cs_fold(e.actor), ?) > 0 OR instr(cs_fold(e.recipient), ?) > 0)")
        needle = fold(t(actor))
        params += [needle, needle]
    if type is not None:
        where.append("e.type = ?")
        params.append(t(type).upper())
    if document is not None:
        where.append("e.document_id = ?")
        params.append(t(document))
    sql = (
        "SELECT e.document_id, d.title, d.path, d.url, d.published, e.start, e.\"end\", e.actor, e.action, "
        "e.lemma, e.recipient, e.what, e.location, e.date_text, e.date_value, e.date_role, e.size, e.status, "
        "e.type, e.mode, e.statement_id, e.source, e.stance, s.cue_text "
        "FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN statements s ON s.id = e.statement_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.n, e.start, e.id LIMIT ? OFFSET ?"
    params += [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    rows = []
    for values in conn.execute(sql, params):
        row = dict(zip(_EVENT_KEYS, values))
        if isinstance(row["size"], float) and row["size"].is_integer():
            row["size"] = int(row["size"])
        rows.append(row)
    return rows


_QUANTITY_KEYS = ("document_id", "title", "text", "start", "end", "kind", "value", "low", "high", "unit",
                  "currency", "approximate", "qualifier", "change", "status", "actor", "statement_id", "date_text",
                  "date_value", "date_role", "source")


def quantities(conn: sqlite3.Connection, *, actor: str | None = None, unit: str | None = None,
               document: str | None = None, limit: int | None = None) -> list[dict]:
    """Quantities, optionally of an actor (substring), a unit (exact, case-insensitive) or one document."""
    where, params = [], []
    if actor is not None:
        where.append("instr(cs_fold(q.actor), ?) > 0")
        params.append(fold(t(actor)))
    if unit is not None:
        where.append("lower(q.unit) = lower(?)")
        params.append(t(unit))
    if document is not None:
        where.append("q.document_id = ?")
        params.append(t(document))
    sql = (
        "SELECT q.document_id, d.title, q.text, q.start, q.\"end\", q.kind, q.value, q.low, q.high, q.unit, "
        "q.currency, q.approximate, q.qualifier, q.change, q.status, q.actor, q.statement_id, q.date_text, "
        "q.date_value, q.date_role, COALESCE(sa.name, s.speaker_text) "
        "FROM quantities q JOIN documents d ON d.id = q.document_id "
        "LEFT JOIN statements s ON s.id = q.statement_id LEFT JOIN actors sa ON sa.id = s.speaker_actor_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.n, q.start, q.id LIMIT ?"
    params.append(-1 if limit is None else max(int(limit), 0))
    rows = []
    for values in conn.execute(sql, params):
        row = dict(zip(_QUANTITY_KEYS, values))
        row["approximate"] = bool(row["approximate"])
        for key in ("value", "low", "high"):
            if isinstance(row[key], float) and row[key].is_integer():
                row[key] = int(row[key])
        rows.append(row)
    return rows
