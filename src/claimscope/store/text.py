"""Turning user-typed text into safe SQL values: FTS5 queries that cannot raise, and SQLite-encodable strings."""

from __future__ import annotations

import re

_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"\w")


def sqlite_text(value: str | None) -> str | None:
    """SQLite needs valid UTF-8; lone surrogates (which ingest lets through) become '?' so inserts never fail."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def fts_query(user_text: str) -> str | None:
    """Plain words -> an FTS5 query that ANDs them; `word*` keeps prefix search. None if there is nothing to match.

    Each whitespace-separated chunk becomes a quoted phrase, so FTS5 syntax (AND, OR, NEAR, quotes,
    parentheses, column filters) in user input is matched as text instead of being parsed.
    """
    text = sqlite_text(user_text).replace("\x00", " ")  # FTS5 reads the query as a C string
    phrases = []
    for chunk in _CHUNK.findall(text):
        prefix = chunk.endswith("*")
        chunk = chunk.rstrip("*")
        if not _WORD.search(chunk):
            continue  # pure punctuation: nothing the tokenizer would index
        phrase = '"' + chunk.replace('"', '""') + '"'
        phrases.append(phrase + "*" if prefix else phrase)
    return " ".join(phrases) or None


def fold(value: str | None) -> str:
    """Case-insensitive matching beyond ASCII (SQLite's LIKE and lower() only fold A-Z)."""
    return value.casefold() if value else ""
