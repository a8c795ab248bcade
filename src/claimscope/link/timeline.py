"""Timelines: a quantity over time, by source ("troops a country sent", as each source put it, by date).

Rows come from the facts stage's `quantities` table. A row's date is the date its clause gives ("by December")
when it resolved, else the day the document was published; its source is the speaker of the statement that
reports it, else the outlet. Copies of a document (document_duplicates) are left out: a copy is no new report.
"""

from __future__ import annotations

import sqlite3

from claimscope.store.text import fold

from .claim_keys import unit_key
from .material import outlet_of, table_exists


def _point(value, low, high):
    """One number for charting: the value, else the middle of low-high, else the one bound given."""
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def timeline(conn: sqlite3.Connection, actor: str | None = None, unit: str | None = None) -> list[dict]:
    """Rows (date, value, low, high, unit, actor, status, source, document ...) ordered by actor, unit, date."""
    if not table_exists(conn, "quantities"):
        return []
    copies = set()
    if table_exists(conn, "document_duplicates"):
        copies = {r[0] for r in conn.execute(
            "SELECT document_id FROM document_duplicates WHERE canonical_id IS NOT NULL AND canonical_id != document_id")}
    rows = conn.execute(
        "SELECT q.document_id, q.text, q.value, q.low, q.high, q.unit, q.currency, q.kind, q.status, q.actor, "
        "q.approximate, q.change, q.date_text, q.date_value, q.statement_id, coalesce(a.name, s.speaker_text), "
        "d.title, d.url, d.path, d.publisher, d.published "
        "FROM quantities q JOIN documents d ON d.id = q.document_id "
        "LEFT JOIN statements s ON s.id = q.statement_id LEFT JOIN actors a ON a.id = s.speaker_actor_id "
        "ORDER BY d.n, q.start").fetchall()
    want_actor = fold(actor) if actor else None
    want_unit = unit_key(unit) if unit else None
    out = []
    for (doc_id, text, value, low, high, q_unit, currency, kind, status, q_actor, approx, change, date_text,
         date_value, statement_id, speaker, title, url, path, publisher, published) in rows:
        if doc_id in copies or change:
            continue
        if want_actor and want_actor not in fold(q_actor or ""):
            continue
        if want_unit and unit_key(q_unit or currency) != want_unit:
            continue
        out.append({
            "date": date_value or (published[:10] if published else None),
            "value": _point(value, low, high), "low": low, "high": high, "approximate": bool(approx),
            "unit": q_unit or currency, "kind": kind, "actor": q_actor, "status": status, "text": text,
            "source": speaker or outlet_of(publisher, url, path, doc_id), "statement_id": statement_id,
            "document_id": doc_id, "title": title, "url": url, "path": path, "publisher": publisher,
            "published": published, "date_text": date_text,
        })
    out.sort(key=lambda r: (fold(r["actor"] or ""), unit_key(r["unit"]), r["date"] or "9999", r["document_id"]))
    return out
