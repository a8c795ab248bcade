"""Exact and near-duplicate documents (MinHash LSH) and headlines or paragraphs repeated within and across them."""

from __future__ import annotations

import sqlite3


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent)."""


def link_duplicates(conn: sqlite3.Connection, doc_ids: list[str], *, on_progress=None) -> int:
    """Find the near-copies among `doc_ids` (against everything stored); returns how many are copies."""
    return 0
