"""Answers computed from a whole store (every event, every claim, the speaks-about edges), kept until the store
changes, so the pages that ask for them again answer at once.

The key of an answer is its store file, its name and its arguments; it stays valid while the store's files
(the database and its write-ahead log) keep their size and modification time, which any write changes. At
most `serve.memo_entries` answers are kept (least recently used dropped first). Callers never change an
answer they get: they copy what they modify.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from claimscope.settings import default

T = TypeVar("T")
_lock = threading.Lock()
_answers: OrderedDict[tuple, tuple[tuple, object]] = OrderedDict()


def store_state(db_path: str) -> tuple:
    """(size, mtime) of the database file and of its write-ahead log: what any write to the store changes."""
    out = []
    for path in (db_path, db_path + "-wal"):
        try:
            st = os.stat(path)
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def memoised(db_path: str, name: str, args: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`'s answer for this store, name and arguments, computed once per state of the store."""
    key = (db_path, name, args)
    state = store_state(db_path)
    with _lock:
        hit = _answers.get(key)
        if hit is not None and hit[0] == state:
            _answers.move_to_end(key)
            return hit[1]  # type: ignore[return-value]
    value = compute()
    if store_state(db_path) == state:  # not written meanwhile: the answer belongs to this state
        with _lock:
            _answers[key] = (state, value)
            _answers.move_to_end(key)
            while len(_answers) > max(int(default("serve.memo_entries")), 0):
                _answers.popitem(last=False)
    return value


def clear() -> None:
    """Forget every answer (tests)."""
    with _lock:
        _answers.clear()
