"""Direct vs indirect attribution, decided from the text alone so gold and predictions are classed alike."""

from __future__ import annotations

from bisect import bisect_right

from claimscope.eval.relation import Span

QUOTE_CHARS = "“”\"‘’'"
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def quote_regions(text: str) -> list[Span]:
    """Stretches inside double quotation marks (“…” or "…"); an unclosed quote runs to the paragraph end.

    Single quotes are left out: they are too often apostrophes to pair reliably.
    """
    regions: list[Span] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch in _LINE_BREAKS:
            if open_at is not None:
                regions.append((open_at, i))
                open_at = None
        elif ch == "“" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i + 1
        elif ch in '”"' and open_at is not None:
            regions.append((open_at, i))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


class QuoteMap:
    """Answers 'is this offset inside a quotation?' for one text."""

    def __init__(self, text: str):
        self.regions = quote_regions(text)
        self._starts = [s for s, _ in self.regions]

    def inside(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self.regions[i][1]


def is_direct(text: str, content: tuple[Span, ...], token_starts: list[int], quotes: QuoteMap) -> bool:
    """Direct when the content starts or ends with a quote mark, or most of its word tokens lie inside quotes.

    `token_starts` are the start offsets of the content's word tokens.
    """
    if not content:
        return False
    first = text[content[0][0]:content[0][1]].lstrip()
    last = text[content[-1][0]:content[-1][1]].rstrip()
    if (first and first[0] in QUOTE_CHARS) or (last and last[-1] in QUOTE_CHARS):
        return True
    if not token_starts:
        return False
    inside = sum(1 for start in token_starts if quotes.inside(start))
    return inside * 2 > len(token_starts)
