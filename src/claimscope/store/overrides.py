"""The user's actor overrides: `merge` (records named B are A, now and in documents added later) and `split`
(B stays apart from A, undoing a merge or an automatic surname attachment), everywhere or in one document.

Each change re-links the documents it touches (store/actors.py reads the overrides whenever it links).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from claimscope.store.actors import relink_documents
from claimscope.store.names import norm
from claimscope.store.text import sqlite_text as t

def _documents_of(conn: sqlite3.Connection, n: str, type_: str | None) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT d.document_id FROM doc_actors d JOIN actors a ON a.id = d.actor_id "
        "WHERE (d.norm = ? OR a.norm = ?) AND (? IS NULL OR d.type = ? OR a.type = ?)",
        (n, n, type_, type_, type_)).fetchall()
    return {r[0] for r in rows}


def add_override(conn: sqlite3.Connection, action: str, name: str, target: str, *, type_: str | None = None,
                 target_type: str | None = None, document: str | None = None) -> int:
    """Record a merge (records of `name` become `target`) or a split (`name` stays apart from `target`) and
    re-link the documents it touches; returns how many documents changed."""
    if action not in ("merge", "split"):
        raise ValueError("action must be merge or split")
    n, tn = t(norm(name)), t(norm(target))
    conn.execute("BEGIN IMMEDIATE")
    try:
        if action == "split":  # a split undoes a merge of the same pair
            conn.execute("DELETE FROM actor_overrides WHERE action = 'merge' AND ((norm = ? AND target_norm = ?) OR "
                         "(norm = ? AND target_norm = ?)) AND (? IS NULL OR document_id IS NULL OR document_id = ?)",
                         (n, tn, tn, n, document, document))
        else:
            conn.execute("DELETE FROM actor_overrides WHERE action = 'split' AND ((norm = ? AND target_norm = ?) OR "
                         "(norm = ? AND target_norm = ?)) AND (? IS NULL OR document_id IS NULL OR document_id = ?)",
                         (n, tn, tn, n, document, document))
        conn.execute(
            "INSERT INTO actor_overrides(action, name, norm, type, target, target_norm, target_type, document_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (action, t(name), n, t(type_), t(target), tn, t(target_type), t(document),
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        docs = _documents_of(conn, n, type_) | _documents_of(conn, tn, target_type)
        if document is not None:
            docs &= {document}
        changed = relink_documents(conn, docs)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return changed


def remove_override(conn: sqlite3.Connection, override_id: int) -> int:
    """Forget one override and re-link what it touched; returns how many documents changed."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT norm, type, target_norm, target_type, document_id FROM actor_overrides WHERE id = ?",
                           (override_id,)).fetchone()
        if row is None:
            conn.execute("ROLLBACK")
            return 0
        conn.execute("DELETE FROM actor_overrides WHERE id = ?", (override_id,))
        docs = _documents_of(conn, row[0], row[1]) | _documents_of(conn, row[2], row[3])
        if row[4] is not None:
            docs &= {row[4]}
        changed = relink_documents(conn, docs)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return changed


def overrides(conn: sqlite3.Connection) -> list[dict]:
    keys = ("id", "action", "name", "type", "target", "target_type", "document_id", "created_at")
    return [dict(zip(keys, r)) for r in conn.execute(
        "SELECT id, action, name, type, target, target_type, document_id, created_at FROM actor_overrides ORDER BY id")]
