"""Writing one document as rows in a single transaction, so a crash leaves it either whole or absent."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from pydantic import ValidationError

from claimscope.document import Document
from claimscope.store import rows
from claimscope.store.actors import after_document, link_actors
from claimscope.store.blob import pack_json


def add_document(conn: sqlite3.Connection, doc: dict | Document) -> bool:
    """Insert `doc` and all its rows atomically; False (nothing written) when its id is already stored.

    The stored JSON is `doc` exactly as given; the rows come from its typed form (claimscope.document).
    """
    data = doc.to_json() if isinstance(doc, Document) else doc
    doc_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError("document JSON needs a non-empty string 'id'")
    try:
        model = doc if isinstance(doc, Document) else Document.from_json(data)
    except ValidationError as err:
        raise ValueError(f"document {doc_id}: not storable ({err.error_count()} problem(s): "
                         f"{err.errors()[0]['loc']} {err.errors()[0]['msg']})") from None
    blob = pack_json(data)  # before BEGIN: keep the write lock short
    added_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.execute("BEGIN IMMEDIATE")
    try:
        # the id check happens inside the write transaction, so a concurrent add cannot slip in between
        if conn.execute(rows.DOCUMENT_INSERT, rows.document_row(model, blob, added_at)).rowcount != 1:
            conn.execute("ROLLBACK")
            return False
        actor_ids = link_actors(conn, model)
        conn.executemany(rows.MENTION_INSERT, rows.mention_rows(model, actor_ids))
        conn.executemany(rows.STATEMENT_INSERT, rows.statement_rows(model, actor_ids))
        conn.executemany(rows.QUANTITY_INSERT, rows.quantity_rows(model))
        conn.executemany(rows.EVENT_INSERT, rows.event_rows(model))
        conn.executemany(rows.TIME_INSERT, rows.time_rows(model))
        after_document(conn, model)
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(err, (sqlite3.IntegrityError, KeyError, TypeError)):
            raise ValueError(f"document {doc_id}: not storable ({type(err).__name__}: {err})") from err
        raise
    return True
