"""Publication dates arrive in many spellings; downstream wants ISO 8601 or nothing."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

_ISO = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)
_MAX_LEN = 100  # longer strings are not dates, and dateparser is slow on them
_DATEPARSER_SETTINGS = {
    # A saved article's "2 hours ago" is relative to when it was saved, not to now: don't guess.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    # "March 2024" would become 2024-03-01 (or today's day): more precision than the source gave.
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def _is_valid_iso(value: str) -> bool:
    if len(value) == 4:
        return True
    if len(value) == 7:
        return 1 <= int(value[5:7]) <= 12
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def iso_from_datetime(value: datetime) -> str:
    """A date alone when no time of day was given (midnight, no zone), else the full datetime."""
    if value.tzinfo is None and value.time() == datetime.min.time():
        return value.date().isoformat()
    return value.isoformat()


def iso_from_struct_time(value) -> str | None:
    """feedparser's `*_parsed` fields are UTC `time.struct_time`s."""
    try:
        return datetime(*value[:6], tzinfo=timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None


def normalise_published(value: object) -> str | None:
    """ISO 8601 passes through; other date strings go through dateparser; anything else is None."""
    if isinstance(value, datetime):
        return iso_from_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_LEN:
        return None
    if _ISO.fullmatch(text):
        # ISO-shaped but impossible (month 13) is a broken date, not another spelling of one.
        return text if _is_valid_iso(text) else None
    try:
        import dateparser  # slow to import: only when a non-ISO date shows up

        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception:  # noqa: BLE001 - dateparser can fail in many ways on odd strings; a date is optional
        return None
    return iso_from_datetime(parsed) if parsed is not None else None
