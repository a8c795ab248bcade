"""Bytes to text for plain-text inputs, keeping offsets honest and telling binary files apart."""

from __future__ import annotations

import codecs

from claimscope.errors import IngestError
from claimscope.ingest.document import SourceDoc
from claimscope.ingest.encoding import bom_encoding, detect
from claimscope.ingest.normalise import normalise_text
from claimscope.ingest.reasons import BINARY, EMPTY_FILE, bad_encoding

SNIFF_BYTES = 8192
"""How much of the start of an input is looked at to decide whether it is binary."""

_TEXT_CONTROLS = {0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_CONTROL_CODES = frozenset(set(range(0x20)) - _TEXT_CONTROLS) | {0x7F}
_MAX_CONTROL_SHARE = 0.3
_UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _mostly_control(codes: list[int]) -> bool:
    if not codes:
        return False
    controls = sum(1 for c in codes if c in _CONTROL_CODES)
    return controls / len(codes) > _MAX_CONTROL_SHARE


def binary_reason(sample: bytes) -> str | None:
    """Why raw bytes are not text (NUL bytes, mostly control codes), or None if they may be."""
    if sample.startswith(_UTF16_32_BOMS):
        return f"{BINARY} (it starts with a UTF-16/32 byte-order mark; pass --encoding utf-16 or utf-32)"
    if b"\x00" in sample or _mostly_control(list(sample)):
        return BINARY
    return None


def text_looks_binary(sample: str) -> bool:
    """The same test on already-decoded text (used when the user named an encoding)."""
    return "\x00" in sample or _mostly_control([ord(c) for c in sample])


def decode_text(data: bytes, origin: str, encoding: str | None = None, *, offset: int = 0) -> str:
    """Decode exactly (strict, no newline or BOM changes) so character offsets index the input.

    The encoding is chosen per input (claimscope.ingest.encoding): a UTF-16/32 byte-order mark, else UTF-8
    when the bytes are valid UTF-8, else `encoding`, else a detected one. Bytes that look binary (NUL
    bytes) are read only with an explicit `encoding` (UTF-16 without a mark). A leading UTF-8 BOM is kept
    as U+FEFF in the text rather than dropped, so that offsets still count every character of the file.
    `offset` is where `data` starts in the file, for the error message.
    """
    bom = bom_encoding(data)
    if bom:
        return _decode(data, bom, origin, offset)
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason and encoding is None:
        raise IngestError(origin, reason)
    if reason:
        return _decode(data, encoding, origin, offset)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        chosen = encoding or detect(data)
        if chosen is None:
            raise IngestError(origin, bad_encoding("utf-8", data, err, offset)) from None
    return _decode(data, chosen, origin, offset)


def _decode(data: bytes, encoding: str, origin: str, offset: int) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeError as err:
        raise IngestError(origin, bad_encoding(encoding, data, err, offset)) from None
    if text_looks_binary(text[:SNIFF_BYTES]):
        raise IngestError(origin, BINARY)
    return text


def is_blank(text: str) -> bool:
    """Whitespace (and byte-order marks) only: nothing to analyse."""
    return not text.replace("\ufeff", "").strip()


def first_line_title(text: str) -> str | None:
    """News files put the headline first: the first non-empty line, stripped."""
    start, end_of_text = 0, len(text)
    while start < end_of_text:
        end = text.find("\n", start)
        if end == -1:
            end = end_of_text
        for line in text[start:end].splitlines():
            title = line.strip().replace("\ufeff", "").strip()
            if title:
                return title
        start = end + 1
    return None


def text_document(
    data: bytes, origin: str, path: str | None, encoding: str | None, *, empty_reason: str = EMPTY_FILE
) -> SourceDoc:
    """A whole file (or stdin) as one document; its text is the decoded content, normalised one for one."""
    text = normalise_text(decode_text(data, origin, encoding))
    if is_blank(text):
        raise IngestError(origin, empty_reason)
    return SourceDoc(text=text, origin=origin, path=path, title=first_line_title(text))
