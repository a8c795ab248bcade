"""Find quotations in raw text: curly and straight marks, nesting, quotes running over paragraphs.

Doubled apostrophes (''like this'', a convention of some newspapers) and ``this'' count as double marks.
Apostrophes (We’ll, soldiers’) are not quotation marks: a single mark opens a quotation only before a
letter and after a space or an outer mark, and closes only before a non-letter.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text
from .extensions import register_extensions
from .model import Quote

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + '"' + SINGLE_OPEN + "'" + SINGLE_CLOSE) + "]")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, outer ones and nested ones, in order of their opening mark."""
    # doubled marks (''quote'' and ``quote'') stand for double quotes; same length keeps offsets
    text = text.replace("''", '"\x00').replace("``", "“\x00")
    quotes: list[Quote] = []
    pending: Quote | None = None  # an outer quotation still open at the end of the previous paragraph
    for m in _PARAGRAPH.finditer(text):
        p_start, p_end = m.start(), m.end()
        para = m.group()
        lead = len(para) - len(para.lstrip())
        first = para[lead:lead + 1]
        if pending is not None:
            if first and (first in DOUBLE_OPEN or first == '"'):
                # continuation paragraph: the quotation goes on, reopened by this mark
                pending.fragments.append((p_start + lead, p_end))
            else:
                quotes.append(pending)
                pending = None
        pending = _scan_paragraph(text, p_start, p_end, quotes, pending)
    if pending is not None:
        quotes.append(pending)
    for q in quotes:  # a doubled closing mark ends after its second character
        if q.end < len(text) and text[q.end] == "\x00":
            q.end += 1
        q.fragments = [(a, b + 1 if b < len(text) and text[b] == "\x00" else b) for a, b in q.fragments]
    quotes.sort(key=lambda q: (q.start, q.depth))
    return quotes


def _close(q: Quote, end: int) -> Quote:
    """Finish a quotation at `end` (just after its closing mark), fixing its last fragment."""
    q.end = end
    if q.fragments:
        q.fragments[-1] = (q.fragments[-1][0], end)
    else:
        q.fragments.append((q.start, end))
    return q


def _scan_paragraph(text: str, p_start: int, p_end: int, quotes: list[Quote], pending: Quote | None) -> Quote | None:
    """Scan one paragraph; returns an outer quotation left open at its end, if any."""
    stack: list[tuple[str, Quote]] = []  # ("d"|"s", quote)
    if pending is not None:
        stack.append(("d", pending))
        reopen = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
    else:
        reopen = -1
    for m in _MARK.finditer(text, p_start, p_end):  # only marks act: other characters are read around them
        i = m.start()
        if i == reopen:
            continue  # the mark that reopens a continued quotation
        ch = text[i]
        prev = text[i - 1] if i > p_start else " "
        nxt = text[i + 1] if i + 1 < p_end else " "
        if ch in DOUBLE_OPEN:
            stack.append(("d", Quote(start=i, end=p_end, depth=_depth(stack), fragments=[(i, p_end)])))
        elif ch in DOUBLE_CLOSE or ch == '"':
            open_d = [k for k, (kind, _) in enumerate(stack) if kind == "d"]
            if open_d and ch == '"' and _reopens_after_sentence(text, stack[open_d[0]][1], i):
                k = open_d[0]
                end = _rstrip_end(text, stack[k][1].start, i)
                quotes.extend(_close(q, end) for _, q in reversed(stack[k:]))
                del stack[k:]
                stack.append(("d", Quote(start=i, end=p_end, depth=0, fragments=[(i, p_end)])))
            elif open_d and (ch != '"' or not (_is_word(nxt) and not _is_word(prev))):
                k = open_d[-1]
                quotes.extend(_close(q, i) for _, q in reversed(stack[k + 1:]))  # unclosed nested ones end here
                quotes.append(_close(stack[k][1], i + 1))
                del stack[k:]
            elif (ch == '"' and not _is_word(prev)) or (ch in DOUBLE_CLOSE and _is_word(nxt) and not _is_word(prev)):
                stack.append(("d", Quote(start=i, end=p_end, depth=_depth(stack), fragments=[(i, p_end)])))
        elif ch in SINGLE_OPEN or ch == "'" or ch in SINGLE_CLOSE:
            opens = _is_word(nxt) and not _is_word(prev)
            closes = not _is_word(nxt) and stack and stack[-1][0] == "s"
            if ch in SINGLE_OPEN and not opens and not _is_word(prev):
                opens = nxt in "\"“"
            if closes and ch != "‘":
                quotes.append(_close(stack.pop()[1], i + 1))
            elif opens and (ch in SINGLE_OPEN or ch == "'") and prev in " \t([{—–-:\"“":
                stack.append(("s", Quote(start=i, end=p_end, depth=_depth(stack), fragments=[(i, p_end)])))
    # paragraph end: nested and single quotations never run over paragraphs
    left: Quote | None = None
    for kind, q in stack:
        if kind == "d" and q.depth == 0 and left is None:
            left = q
            q.fragments[-1] = (q.fragments[-1][0], _rstrip_end(text, q.fragments[-1][0], p_end))
        else:
            quotes.append(_close(q, _rstrip_end(text, q.start, p_end)))
    return left


def _reopens_after_sentence(text: str, outer: Quote, i: int) -> bool:
    """'"We lost. "The referee ...': a straight mark opening a sentence inside an open quotation, where the
    previous sentence ended without a closing mark, starts the next quotation of a paragraph run together from
    several (each quoted paragraph opens with a mark and the one before stays unclosed); a nested quotation
    opens mid-sentence ('"He said "never" to me'), so it stays nested."""
    if outer.depth != 0 or i + 1 >= len(text) or not text[i + 1].isupper():
        return False
    start = outer.fragments[-1][0]  # a quotation reopened by a paragraph: its last paragraph
    before = text[start:i].rstrip()
    return len(before) < i - start and before[-1:] in (".", "?", "!") and '"' not in before[1:]


def _depth(stack: list[tuple[str, Quote]]) -> int:
    return min(len(stack), 1)


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class QuoteFinder:
    """spaCy component: writes the document's quotations to `doc._.quotes`."""

    def __init__(self, nlp: Language, name: str = "claimscope_quotes"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc_text(doc))
        return doc


@Language.factory(
    "claimscope_quotes",
    assigns=["doc._.quotes"],
    requires=[],
)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Factory for the quotation finder (entry point `claimscope_quotes`)."""
    return QuoteFinder(nlp, name)
