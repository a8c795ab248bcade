"""RSS/Atom files bundle many articles: feedparser splits them, one document per entry."""

from __future__ import annotations

import io
from collections.abc import Iterator

from claimscope.errors import IngestError
from claimscope.ingest.dates import iso_from_struct_time, normalise_published
from claimscope.ingest.document import SourceDoc
from claimscope.ingest.encoding import is_utf8
from claimscope.ingest.html import html_to_text
from claimscope.ingest.normalise import normalise_text
from claimscope.ingest.reasons import EMPTY_FILE, NO_TEXT, one_line
from claimscope.ingest.text import SNIFF_BYTES, binary_reason

_PLAIN_TYPES = ("text/plain",)


def _str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _entry_text(entry) -> str:
    """The fullest body the entry has: `content` first, then `summary`; HTML reduced to plain text."""
    candidates = [(c.get("value"), c.get("type")) for c in entry.get("content") or [] if isinstance(c, dict)]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary"), detail.get("type") if isinstance(detail, dict) else None))
    for value, kind in candidates:
        if not isinstance(value, str) or not value.strip():
            continue
        text = normalise_text(value if kind in _PLAIN_TYPES else html_to_text(value))
        if text.strip():
            return text
    return ""


def _published(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        if entry.get(key):
            iso = iso_from_struct_time(entry[key])
            if iso:
                return iso
    for key in ("published", "updated"):
        iso = normalise_published(entry.get(key))
        if iso:
            return iso
    return None


def feed_documents(
    data: bytes, origin: str, path: str | None, encoding: str | None
) -> Iterator[SourceDoc | IngestError]:
    """One SourceDoc per entry (origin `path#N`, 1-based); a broken entry fails alone. An explicit `encoding`
    applies to feeds that are not UTF-8 (the others declare theirs, or are UTF-8)."""
    if encoding is not None and is_utf8(data):
        encoding = None
    if encoding is None:
        reason = binary_reason(data[:SNIFF_BYTES])
        if reason:
            yield IngestError(origin, reason)
            return
    if not data.strip():
        yield IngestError(origin, EMPTY_FILE)
        return
    import feedparser  # only when a feed shows up

    # A stream, not bytes: feedparser treats a bytes/str argument that looks like a URL or a
    # file name as one to fetch or open, and a feed's content must never do that.
    headers = {"content-type": f"application/xml; charset={encoding}"} if encoding else None
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as err:  # noqa: BLE001 - a third-party parser on arbitrary input; the batch goes on
        yield IngestError(origin, f"could not parse feed ({type(err).__name__}: {one_line(err)})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            cause = parsed.get("bozo_exception")
            yield IngestError(origin, f"not a valid feed ({one_line(cause) or type(cause).__name__})")
        else:
            yield IngestError(origin, "no feed entries found")
        return
    feed = parsed.get("feed") or {}
    publisher = _str(feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#{number}"
        text = _entry_text(entry)
        if not text.strip():
            yield IngestError(entry_origin, NO_TEXT)
            continue
        yield SourceDoc(
            text=text,
            origin=entry_origin,
            path=path,
            url=_str(entry.get("link")),
            title=_str(entry.get("title")),
            published=_published(entry),
            publisher=publisher,
            author=_str(entry.get("author")),
        )
