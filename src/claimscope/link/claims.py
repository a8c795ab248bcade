"""Claims: statements and events of different documents that assert the same thing, with their sources."""

from __future__ import annotations

import sqlite3


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent)."""


def link_claims(conn: sqlite3.Connection, story_ids: set[str], *, on_progress=None) -> tuple[int, int]:
    """Rebuild the claims and contradictions of `story_ids`; returns (claims, contradictions) written."""
    return 0, 0
