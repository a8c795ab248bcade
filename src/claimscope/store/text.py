"""Turning user-typed text into safe SQL values: SQLite-encodable strings, case folding (FTS5 queries: store.fts)."""

from __future__ import annotations


def sqlite_text(value: str | None) -> str | None:
    """SQLite needs valid UTF-8; lone surrogates (which ingest lets through) become '?' so inserts never fail."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def fold(value: str | None) -> str:
    """Case-insensitive matching beyond ASCII (SQLite's LIKE and lower() only fold A-Z)."""
    return value.casefold() if value else ""
