"""Stories: documents about the same happening, grouped incrementally as they arrive."""

from __future__ import annotations

import sqlite3


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent)."""


def link_stories(conn: sqlite3.Connection, doc_ids: list[str], *, on_progress=None) -> set[str]:
    """Put each of `doc_ids` into a story (an existing one or a new one); returns the ids of changed stories."""
    return set()
