"""The ingest entry point: user inputs in, a stream of documents (or per-input errors) out."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from claimscope.errors import IngestError, UsageError
from claimscope.settings import default
from claimscope.ingest.document import SourceDoc
from claimscope.ingest.feed import feed_documents
from claimscope.ingest.files import STDIN, expand_inputs, open_input, read_input
from claimscope.ingest.html import html_document
from claimscope.ingest.jsonl import JsonlKeys, jsonl_documents
from claimscope.ingest.reasons import EMPTY_INPUT, os_reason, too_large
from claimscope.ingest.normalise import normalise_text
from claimscope.ingest.text import is_blank, text_document, first_line_title

DEFAULT_MAX_BYTES = default("ingest.max_bytes")
STDIN_ORIGIN = "<stdin>"

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".feed"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def _check_options(max_bytes: object, encoding: object, jsonl_keys: object) -> None:
    """Bad options are the caller's mistake, not an input's: raise at once instead of per file."""
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise UsageError(f"max_bytes must be a positive whole number of bytes, not {max_bytes!r}")
    if encoding is not None:
        try:
            info = codecs.lookup(encoding)
        except (LookupError, TypeError):
            raise UsageError(f"unknown encoding: {encoding!r}") from None
        if not getattr(info, "_is_text_encoding", True):
            raise UsageError(f"not a text encoding: {encoding!r}")
    if not isinstance(jsonl_keys, JsonlKeys) or not isinstance(jsonl_keys.text, str) or not jsonl_keys.text:
        raise UsageError("jsonl_keys must be a JsonlKeys with a non-empty text key")


def _stdin_document(stdin: TextIO | BinaryIO | None, max_bytes: int, encoding: str | None) -> SourceDoc:
    """All of stdin as one text document, read up to one byte past the limit and no further."""
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        raise IngestError(STDIN_ORIGIN, "no standard input")
    stream = getattr(stream, "buffer", stream)  # a text wrapper: read its bytes, decode ourselves
    try:
        data = stream.read(max_bytes + 1)
    except OSError as err:
        raise IngestError(STDIN_ORIGIN, os_reason(err)) from None
    except ValueError as err:  # closed, or not readable
        raise IngestError(STDIN_ORIGIN, f"cannot read standard input ({err})") from None
    if isinstance(data, str):  # a text-only stream (e.g. io.StringIO): already decoded
        if len(data) > max_bytes or len(data.encode("utf-8", "surrogatepass")) > max_bytes:
            raise IngestError(STDIN_ORIGIN, too_large(None, max_bytes))
        text = normalise_text(data)
        if is_blank(text):
            raise IngestError(STDIN_ORIGIN, EMPTY_INPUT)
        return SourceDoc(text=text, origin=STDIN_ORIGIN, title=first_line_title(text))
    if len(data) > max_bytes:
        raise IngestError(STDIN_ORIGIN, too_large(None, max_bytes))
    return text_document(bytes(data), STDIN_ORIGIN, None, encoding, empty_reason=EMPTY_INPUT)


def _file_documents(
    path: Path, max_bytes: int, keys: JsonlKeys, encoding: str | None
) -> Iterator[SourceDoc | IngestError]:
    """Pick the reader by extension (case-insensitive); anything unknown is read as plain text."""
    name = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with open_input(path) as f:
                yield from jsonl_documents(f, name, keys, max_bytes, encoding)
            return
        data = read_input(path, max_bytes)
        if suffix in HTML_SUFFIXES:
            yield html_document(data, name, name, encoding)
        elif suffix in FEED_SUFFIXES:
            yield from feed_documents(data, name, name, encoding)
        else:
            yield text_document(data, name, name, encoding)
    except IngestError as err:
        yield err


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jsonl_keys: JsonlKeys | None = None,
    encoding: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[SourceDoc | IngestError]:
    """Yield a SourceDoc per document, or an IngestError per broken input, lazily and in input order.

    `inputs` are paths, folders (recursive, sorted, hidden names skipped), globs, or '-' for
    `stdin` (default: sys.stdin's bytes). Formats follow the extension: .html/.htm/.xhtml,
    .xml/.rss/.atom/.feed, .jsonl/.ndjson, anything else plain text. Without `encoding` inputs
    must be UTF-8 (HTML and feeds may declare their own charset). Bad options raise UsageError now.
    """
    keys = JsonlKeys() if jsonl_keys is None else jsonl_keys
    _check_options(max_bytes, encoding, keys)
    return _documents(inputs, max_bytes, keys, encoding, stdin)


def _documents(
    inputs: Iterable[str | os.PathLike[str]],
    max_bytes: int,
    keys: JsonlKeys,
    encoding: str | None,
    stdin: TextIO | BinaryIO | None,
) -> Iterator[SourceDoc | IngestError]:
    for item in expand_inputs(inputs):
        if isinstance(item, IngestError):
            yield item
        elif isinstance(item, str) and item == STDIN:
            try:
                yield _stdin_document(stdin, max_bytes, encoding)
            except IngestError as err:
                yield err
        else:
            yield from _file_documents(item, max_bytes, keys, encoding)
