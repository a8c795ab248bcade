"""How many documents (and broken inputs) reading some inputs will yield, counted cheaply beforehand, so a
progress bar can show "120/401" instead of "120/?".

A file is one document, a JSON Lines file one per non-blank line, a feed one per `<item>` or `<entry>` tag
(nothing is parsed). An input that will fail counts once, as its error line does. Standard input cannot be
counted; neither can inputs whose counting takes longer than a budget (a vast archive): both give None.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from pathlib import Path

from claimscope.ingest.files import STDIN, expand_inputs

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".feed"})
_ENTRY = re.compile(rb"<(?:item|entry)[\s>/]", re.IGNORECASE)
_CHUNK = 1 << 20


def count_documents(inputs: Iterable[str | os.PathLike[str]], *, max_bytes: int | None = None,
                    budget_s: float = 2.0) -> int | None:
    """The number of documents and errors `iter_documents(inputs)` will yield, or None when it cannot be
    told cheaply (stdin, or counting ran past `budget_s` seconds)."""
    deadline = time.monotonic() + budget_s
    total = 0
    for item in expand_inputs(list(inputs) if not isinstance(inputs, (str, os.PathLike)) else [inputs]):
        if time.monotonic() > deadline:
            return None
        if isinstance(item, str) and item == STDIN:
            return None
        total += 1 if not isinstance(item, Path) else _count_file(item, max_bytes, deadline)
        if total < 0:
            return None
    return total


def _count_file(path: Path, max_bytes: int | None, deadline: float) -> int:
    """Documents in one file (at least 1: an empty or broken file gives one error); -1 past the deadline."""
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES and suffix not in FEED_SUFFIXES:
        return 1
    try:
        size = path.stat().st_size
        if max_bytes is not None and suffix in FEED_SUFFIXES and size > max_bytes:
            return 1
        with open(path, "rb") as f:
            return max(_count_jsonl(f, deadline) if suffix in JSONL_SUFFIXES else _count_entries(f, deadline), 1) \
                if size else 1
    except OSError:
        return 1


def _count_jsonl(f, deadline: float) -> int:
    """Non-blank lines, read in chunks (a line of any length costs no more memory than a chunk)."""
    lines, content = 0, False
    while chunk := f.read(_CHUNK):
        if time.monotonic() > deadline:
            return -1
        parts = chunk.split(b"\n")
        for part in parts[:-1]:
            if content or part.strip():
                lines += 1
            content = False
        content = content or bool(parts[-1].strip())
    return lines + (1 if content else 0)


def _count_entries(f, deadline: float) -> int:
    """`<item` / `<entry` tags, with an overlap between chunks so a tag cut in two still counts once."""
    n, tail = 0, b""
    while chunk := f.read(_CHUNK):
        if time.monotonic() > deadline:
            return -1
        data = tail + chunk
        # a tag ("<entry>" is 7 bytes) starting in the last 8 bytes is left for the next round, with them
        cut = max(len(data) - 8, 0)
        n += sum(1 for m in _ENTRY.finditer(data) if m.start() < cut)
        tail = data[cut:]
    return n + len(_ENTRY.findall(tail))
