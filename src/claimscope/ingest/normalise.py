"""The one edge where text enters claimscope: characters no later stage can hold are replaced, one for one.

Every SourceDoc's text passes through `normalise_text` (in `SourceDoc.__post_init__`), whatever path it took
(file, stdin, JSONL, HTML, feed, `analyse_text`). Each replaced character becomes exactly one character, so
an offset into the analysed text is the same offset into the decoded input:

- a lone surrogate (from a JSON escape such as "\\ud800", or a Python string) cannot be encoded as UTF-8 and
  becomes U+FFFD;
- NUL, the other C0 control characters and DEL become a space: they carry no text and confuse tokenisers
  and SQLite (NUL ends a C string). Tab and the line breaks (LF, CR, VT, FF) stay, and so do the C1 controls
  (U+0080-U+009F), which text decoded twice with the wrong encoding carries inside words (such a "café"
  holds U+0083): a space there would split the word.
"""

from __future__ import annotations

import re

_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def normalise_text(text: str) -> str:
    """`text` with lone surrogates as U+FFFD and control characters (not tab or line breaks) as spaces."""
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub(" ", text)
    return text


def replace_surrogates(text: str) -> str:
    """Lone surrogates as U+FFFD (for metadata, which keeps its other characters), one for one."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text
