"""Docs made safely from any text: long punctuation runs tokenised in pieces, texts over spaCy's limit parsed in pieces.

Both guards keep `doc.text` equal to the input character for character, so every offset still indexes the
original text; a text with no such run and under the limit is tokenised and parsed exactly as `nlp(text)` is.

- spaCy's tokenizer strips prefixes and suffixes from each space-free substring one at a time, which is
  quadratic in its length: 10,000 quote marks in a row take seconds, 30,000 take minutes. A run of more than
  `max_run` characters without whitespace is cut into `max_run`-character chunks, each tokenised alone, and
  the chunks are joined with `Doc.from_docs` (no space added between them).
- spaCy refuses a text over `nlp.max_length` characters (error E088: the parser's memory grows with it).
  Such a text is cut into pieces of at most `piece_chars` characters, at the last paragraph break, else line
  break, else sentence end, else space before the limit; the token-level components (tokenizer to NER) run
  on each piece, the pieces are joined, and claimscope's document components run once on the whole.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_SEPARATORS = ("\n\n", "\n", ". ", " ")  # where a long text is cut, best first


def run_spans(text: str, max_run: int) -> list[tuple[int, int]]:
    """(start, end) of each run of more than `max_run` non-whitespace characters, in text order."""
    if max_run < 1 or len(text) <= max_run:
        return []
    return [m.span() for m in re.finditer(r"\S{%d,}" % (max_run + 1), text)]


def segments(text: str, max_run: int) -> list[str]:
    """`text` cut so that no segment holds a space-free run longer than `max_run` (joined, they are `text`).

    For example with max_run 3, 'a "!!!!!!!" b' gives ['a ', '"!!', '!!!', '!!"', ' b'].
    """
    out: list[str] = []
    pos = 0
    for start, end in run_spans(text, max_run):
        if start > pos:
            out.append(text[pos:start])
        out.extend(text[i:min(i + max_run, end)] for i in range(start, end, max_run))
        pos = end
    if pos < len(text):
        out.append(text[pos:])
    return out


def tokenise(nlp, text: str, max_run: int) -> Doc:
    """The tokenizer's Doc for `text`, long space-free runs tokenised chunk by chunk (no E088 check here)."""
    if not run_spans(text, max_run):
        return nlp.tokenizer(text)
    docs = [nlp.tokenizer(part) for part in segments(text, max_run)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def cut_points(text: str, limit: int) -> list[int]:
    """End offsets of pieces of at most `limit` characters, each cut just after the best separator in reach.

    For example cut_points("One.\\n\\nTwo. Three.", 12) is [6, 17]: the paragraph break ends the first piece.
    """
    if limit < 1:
        raise ValueError(f"piece size must be at least 1, not {limit!r}")
    ends: list[int] = []
    start, n = 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = 0
        for sep in _SEPARATORS:
            found = window.rfind(sep)
            if found > 0:
                cut = found + len(sep)
                break
        end = start + (cut or limit)
        ends.append(end)
        start = end
    ends.append(n)
    return ends


def make_doc(nlp, text: str, max_run: int, piece_chars: int) -> Doc:
    """A Doc ready for `nlp.pipe`: tokenised with the run guard; over `nlp.max_length`, parsed piece by piece."""
    if len(text) <= nlp.max_length:
        return tokenise(nlp, text, max_run)
    token_level, _ = split_pipeline(nlp)
    pieces = []
    start = 0
    for end in cut_points(text, max(1, min(piece_chars, nlp.max_length))):
        doc = tokenise(nlp, text[start:end], max_run)
        for _, proc in token_level:
            doc = proc(doc)
        pieces.append(doc)
        start = end
    return Doc.from_docs(pieces, ensure_whitespace=False)


def split_pipeline(nlp) -> tuple[list, list]:
    """(token-level components, document components): claimscope's document components need the whole text."""
    from ..analyse.pipeline import COMPONENTS

    names = nlp.pipe_names
    first = next((i for i, name in enumerate(names) if name in COMPONENTS), len(names))
    return list(nlp.pipeline[:first]), list(nlp.pipeline[first:])

