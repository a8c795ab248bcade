"""Wording of IngestError reasons in one place, so every input reports problems the same way."""

from __future__ import annotations

EMPTY_FILE = "empty file"
EMPTY_INPUT = "empty input"
NO_TEXT = "no text"
BINARY = "binary file, not text"
NO_HTML_TEXT = "no article text found in HTML"


def one_line(value: object) -> str:
    """Third-party messages may span lines; ours must stay `ORIGIN: REASON` on one line."""
    return " ".join(str(value).split())


def too_large(size: int | None, limit: int) -> str:
    if size is None:
        return f"too large (over the limit of {limit} bytes; raise --max-bytes)"
    return f"too large ({size} bytes > limit {limit}; raise --max-bytes)"


def os_reason(err: OSError) -> str:
    """`[Errno 13] Permission denied: 'x'` repeats the path; the strerror alone reads better."""
    reason = err.strerror or one_line(err) or type(err).__name__
    return reason[:1].lower() + reason[1:]


def bad_encoding(encoding: str, data: bytes, err: UnicodeError, offset: int = 0) -> str:
    """Name the first bad byte and where it is, so the user can look at it."""
    start = getattr(err, "start", None)
    if isinstance(start, int) and 0 <= start < len(data):
        where = f"byte 0x{data[start]:02x} at offset {offset + start}"
    else:
        where = one_line(err)
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        return f"not valid UTF-8 ({where}); pass --encoding to read it"
    return f"not valid {encoding} ({where})"
