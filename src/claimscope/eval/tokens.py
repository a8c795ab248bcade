"""Word tokens, so that punctuation and quote marks at span edges never change a score."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable

from claimscope.eval.relation import Span

# Letters/digits runs; "Ruiz's" and "well-known" give two tokens each, the same on both sides.
WORD_RE = re.compile(r"[^\W_]+")


class TokenIndex:
    """Word-token offsets of one text, to map character spans to token-index sets quickly."""

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in WORD_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def __len__(self) -> int:
        return len(self.starts)

    def tokens(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the word tokens that overlap any of the spans (a partly covered word counts)."""
        found: set[int] = set()
        n = len(self.starts)
        for start, end in spans:
            if start >= end:
                continue
            i = bisect_right(self.ends, start)  # first token ending after `start`
            while i < n and self.starts[i] < end:
                found.add(i)
                i += 1
        return frozenset(found)
