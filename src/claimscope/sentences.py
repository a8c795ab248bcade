"""Sentences of raw text by punctuation and line breaks, without a parse: analysis and linking cut text alike."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence ends at ".", "!" or "?" (with closing quotes or brackets) before a space, or at a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence or line around offset `pos`."""
    pos = max(0, min(pos, len(text)))
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    end = m.start() + (1 if m.group(0)[:1] in ".!?" else 0) if m else len(text)
    return start, max(end, start)


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text` in order ("Ana Ruiz left. She said so." -> (0, 14), (15, 27)):
    the spans `sentence_at` gives, walking the text once. The scan for a start resumes at the last boundary that
    ended before the previous position (the same boundaries a scan from 0 finds), so long texts cost linear time."""
    pos = resume = 0
    while pos < len(text):
        start = resume
        for m in _SENTENCE_END.finditer(text, resume, pos):
            start = m.end()
            if m.end() < pos:
                resume = m.end()
        m = _SENTENCE_END.search(text, pos)
        end = m.start() + (1 if m.group(0)[:1] in ".!?" else 0) if m else len(text)
        end = max(end, start)
        pos = max(end + 1, pos + 1)
        yield start, end
