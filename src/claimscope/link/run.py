"""One linking pass over a store: new documents get duplicates and a story, changed stories get their claims.

Linking is incremental: `link_state` records which documents have been linked, so a pass costs what the new
documents cost (plus re-grouping the claims of the stories they joined), and re-running it changes nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from claimscope.store.schema import link_sql

from . import claims, duplicates, stories


@dataclass
class LinkReport:
    """What a linking pass did."""

    documents: int = 0                      # documents linked in this pass
    duplicates: int = 0                     # of them, near-copies of an earlier document
    stories_changed: int = 0
    stories_new: int = 0                    # of them, stories this pass began
    claims: int = 0                         # claims in the stories that changed
    contradictions: int = 0
    details: dict = field(default_factory=dict)


def ensure_link_tables(conn: sqlite3.Connection) -> None:
    """Create the link tables in any store (idempotent), so older stores gain them on the first pass."""
    conn.execute(link_sql("state"))
    duplicates.ensure_tables(conn)
    stories.ensure_tables(conn)
    claims.ensure_tables(conn)


def pending_documents(conn: sqlite3.Connection) -> list[str]:
    """Ids of stored documents not linked yet, in the order they were added."""
    return [r[0] for r in conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN link_state l ON l.document_id = d.id "
        "WHERE l.document_id IS NULL ORDER BY d.n")]


def link_store(store, *, full: bool = False, on_progress: Callable[[str, int, int], None] | None = None
               ) -> LinkReport:
    """Link the documents of `store` (a claimscope.store.Store) that no earlier pass linked; `full` refreshes
    every story neighbour list against the store's present frequencies (the stories of one pass over it)."""
    conn = store._db
    ensure_link_tables(conn)
    report = LinkReport()
    new = pending_documents(conn)
    report.documents = len(new)
    if not new and not full:
        return report
    report.duplicates = duplicates.link_duplicates(conn, new, on_progress=on_progress)
    before = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    changed = stories.link_stories(conn, new, full=full, on_progress=on_progress)
    report.stories_changed = len(changed)
    report.stories_new = max(conn.execute("SELECT count(*) FROM stories").fetchone()[0] - before, 0)
    # documents that no story took (stories not built yet) are linked as stories of their own
    report.claims, report.contradictions = claims.link_claims(conn, set(changed) | claims.lone_stories(conn, new),
                                                              on_progress=on_progress)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT OR IGNORE INTO link_state(document_id, linked_at) VALUES (?, ?)",
                     [(d, now) for d in new])
    conn.execute("COMMIT")
    return report
