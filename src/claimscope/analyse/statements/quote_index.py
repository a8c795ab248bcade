"""Quotations found by position: the few that may touch a stretch of text, instead of all of them.

A quotation reaches from its opening mark to the later of its end and its last fragment's end (an unclosed one
continued over paragraphs has fragments beyond its end). With quotations in order of their opening mark, those
that may touch [a, b) open in [a - longest reach, b): a slice, in the original order, that callers filter with
their own test.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import Quote


class QuoteIndex:
    """Quotations (in order of their opening mark) looked up by the stretch they may touch."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self.starts = [q.start for q in quotes]
        ends = [max([q.end] + [fe for _, fe in q.fragments]) for q in quotes]
        self.reach = max((e - q.start for q, e in zip(quotes, ends)), default=0)

    def near(self, a: int, b: int) -> list[Quote]:
        """Every quotation that may touch [a, b) (and a few more), in order."""
        return self.quotes[bisect_left(self.starts, a - self.reach):bisect_left(self.starts, b)]

    def around(self, x: int) -> list[Quote]:
        """Every quotation that may hold offset x (and a few more), in order."""
        return self.quotes[bisect_left(self.starts, x - self.reach):bisect_right(self.starts, x)]

    def opening_from(self, a: int, b: int) -> list[Quote]:
        """The quotations opening in [a, b), in order."""
        return self.quotes[bisect_left(self.starts, a):bisect_left(self.starts, b)]
