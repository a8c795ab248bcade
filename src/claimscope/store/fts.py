"""Full-text search that cannot stall the store: user text becomes a bounded FTS5 query of quoted terms.

Every whitespace-separated chunk becomes a quoted phrase, so FTS5 syntax (AND, OR, NEAR, quotes, parentheses,
column filters) in user input is matched as text instead of being parsed; `word*` keeps prefix search. A
prefix term expands to every indexed word it starts, which is what makes a query slow ("a* b* c* ..." with a
hundred terms takes tens of seconds), so the number of terms and of prefix terms is capped (UsageError past
the caps), and `query_time_limit` stops any statement on a connection that runs past its time.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from claimscope.errors import UsageError
from claimscope.settings import default
from claimscope.store.text import sqlite_text

_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"\w")
_PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the clock


def fts_query(user_text: str, max_terms: int | None = None, max_prefix_terms: int | None = None) -> str | None:
    """Plain words -> an FTS5 query that ANDs them as quoted phrases; None if there is nothing to match.

    For example `port OR wag*` gives `"port" "OR" "wag"*` (OR is a word here, not an operator). More than `max_terms` terms or
    `max_prefix_terms` prefix terms (defaults: the `serve.max_search_terms` and `serve.max_prefix_terms`
    settings) raise UsageError, which the API answers with 400.
    """
    max_terms = default("serve.max_search_terms") if max_terms is None else max_terms
    max_prefix_terms = default("serve.max_prefix_terms") if max_prefix_terms is None else max_prefix_terms
    text = sqlite_text(user_text).replace("\x00", " ")  # FTS5 reads the query as a C string
    phrases = []
    prefixes = 0
    for chunk in _CHUNK.findall(text):
        prefix = chunk.endswith("*")
        chunk = chunk.rstrip("*")
        if not _WORD.search(chunk):
            continue  # pure punctuation: nothing the tokenizer would index
        phrase = '"' + chunk.replace('"', '""') + '"'
        phrases.append(phrase + "*" if prefix else phrase)
        prefixes += prefix
    if len(phrases) > max_terms:
        raise UsageError(f"search: at most {max_terms} words, not {len(phrases)}")
    if prefixes > max_prefix_terms:
        raise UsageError(f"search: at most {max_prefix_terms} prefix words (ending in *), not {prefixes}")
    return " ".join(phrases) or None


class QueryTimeout(sqlite3.OperationalError):
    """A statement ran past the connection's time limit and was interrupted."""


@contextmanager
def query_time_limit(conn: sqlite3.Connection, seconds: float | None) -> Iterator[sqlite3.Connection]:
    """Interrupt any statement run on `conn` inside the block once `seconds` have passed since it began.

    SQLite calls the progress handler every few thousand steps; a true answer aborts the statement, which
    raises sqlite3.OperationalError ('interrupted', or 'vtable constructor failed' when it strikes while FTS5
    opens its table); past the deadline any such error is turned into QueryTimeout. None or 0: no limit.
    """
    if not seconds or seconds <= 0:
        yield conn
        return
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
    try:
        yield conn
    except sqlite3.OperationalError as exc:
        if time.monotonic() > deadline and not isinstance(exc, QueryTimeout):
            raise QueryTimeout(f"the query took more than {seconds:g} s and was stopped") from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
