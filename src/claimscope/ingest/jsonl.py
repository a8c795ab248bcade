"""Corpora are often one JSON object per line: stream them so a large file never sits in memory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from claimscope.errors import IngestError
from claimscope.ingest.dates import normalise_published
from claimscope.ingest.document import SourceDoc
from claimscope.ingest.normalise import normalise_text
from claimscope.ingest.reasons import EMPTY_FILE, NO_TEXT, bad_encoding, one_line, os_reason, too_large
from claimscope.ingest.text import SNIFF_BYTES, binary_reason

# JSON escapes can spell one byte of text in up to six bytes (\u0001), so a line may be that much
# longer than the text it carries; past this, the line is skipped without being held in memory.
_ESCAPE_FACTOR = 6
_LINE_SLACK = 1 << 16
_SKIP_CHUNK = 1 << 20
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


@dataclass(frozen=True)
class JsonlKeys:
    """Which field of each JSON object holds what; None for a metadata field means "don't read it"."""

    text: str = "text"
    title: str | None = "title"
    url: str | None = "url"
    published: str | None = "published"
    publisher: str | None = "publisher"
    author: str | None = "author"


def _meta(obj: dict, key: str | None) -> str | None:
    """Metadata is optional: a missing, empty or non-string value is just absent."""
    if key is None:
        return None
    value = obj.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _line_document(
    raw: bytes, origin: str, path: str, keys: JsonlKeys, max_bytes: int, encoding: str | None, offset: int, first: bool
) -> SourceDoc | IngestError | None:
    """Parse one line; None for a blank line."""
    try:  # UTF-8 first: an explicit encoding is for the lines that are not UTF-8
        line = raw.decode("utf-8")
    except UnicodeError as err:
        if encoding is None:
            return IngestError(origin, bad_encoding("utf-8", raw, err, offset))
        try:
            line = raw.decode(encoding)
        except UnicodeError as err2:
            return IngestError(origin, bad_encoding(encoding, raw, err2, offset))
    if first:
        line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return IngestError(origin, f"bad JSON ({err.msg} at column {err.colno})")
    except (ValueError, RecursionError) as err:  # e.g. an integer too long, nesting too deep
        return IngestError(origin, f"bad JSON ({one_line(err) or type(err).__name__})")
    if not isinstance(obj, dict):
        return IngestError(origin, f"not a JSON object (a JSON {_JSON_TYPES.get(type(obj), 'value')})")
    if keys.text not in obj:
        return IngestError(origin, f"no {keys.text!r} field")
    text = obj[keys.text]
    if not isinstance(text, str):
        return IngestError(origin, f"{keys.text!r} is not a string")
    if not normalise_text(text).strip():
        return IngestError(origin, NO_TEXT)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return IngestError(origin, too_large(size, max_bytes))
    return SourceDoc(
        text=text,  # SourceDoc normalises it (a lone surrogate from a JSON escape becomes U+FFFD)
        origin=origin,
        path=path,
        url=_meta(obj, keys.url),
        title=_meta(obj, keys.title),
        published=normalise_published(_meta(obj, keys.published)),
        publisher=_meta(obj, keys.publisher),
        author=_meta(obj, keys.author),
    )


def jsonl_documents(
    f: BinaryIO, path: str, keys: JsonlKeys, max_bytes: int, encoding: str | None
) -> Iterator[SourceDoc | IngestError]:
    """One document per line (origin `path:LINE`, 1-based); a bad line fails alone, blank lines are skipped.

    The size limit applies to each line's text, not to the file. Lines are split on b"\\n", so an
    explicit `encoding` must be ASCII-compatible (UTF-8, Latin-1, cp1252, ...), not UTF-16.
    """
    if encoding is None:
        reason = binary_reason(f.peek(SNIFF_BYTES)[:SNIFF_BYTES])
        if reason:
            yield IngestError(path, reason)
            return
    line_cap = _ESCAPE_FACTOR * max_bytes + _LINE_SLACK
    lineno = offset = 0
    found_any = False
    while True:
        try:
            raw = f.readline(line_cap + 1)
        except OSError as err:
            yield IngestError(path, os_reason(err))
            return
        if not raw:
            break
        lineno += 1
        origin = f"{path}:{lineno}"
        line_start, offset = offset, offset + len(raw)
        if len(raw) > line_cap and not raw.endswith(b"\n"):
            found_any = True
            while True:  # skip the rest of the line without keeping it
                try:
                    rest = f.readline(_SKIP_CHUNK)
                except OSError as err:
                    yield IngestError(path, os_reason(err))
                    return
                offset += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield IngestError(origin, too_large(None, max_bytes))
            continue
        result = _line_document(
            raw.rstrip(b"\r\n"), origin, path, keys, max_bytes, encoding, line_start, first=lineno == 1
        )
        if result is not None:
            found_any = True
            yield result
    if not found_any:
        yield IngestError(path, EMPTY_FILE)
