"""Publication dates: ISO passes through, other spellings are parsed, the rest become None."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from claimscope.ingest.dates import iso_from_struct_time, normalise_published


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        (" 2024-03-05T10:00:00Z ", "2024-03-05T10:00:00Z"),
        ("2024-03-05T10:00:00+01:00", "2024-03-05T10:00:00+01:00"),
        ("2024-03", "2024-03"),
        ("2024", "2024"),
        ("March 3, 2024", "2024-03-03"),
        ("3 March 2024", "2024-03-03"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00+00:00"),
        ("2024-13-45", None),
        ("yesterday", None),
        ("March 2024", None),
        ("not a date", None),
        ("", None),
        ("   ", None),
        ("9" * 500, None),
        (None, None),
        (20240305, None),
        (datetime(2024, 3, 5, 12, 30), "2024-03-05T12:30:00"),
        (date(2024, 3, 5), "2024-03-05"),
    ],
)
def test_normalise_published(raw, expected):
    assert normalise_published(raw) == expected


def test_struct_time():
    st = datetime(2024, 3, 5, 10, 0, tzinfo=timezone.utc).timetuple()
    assert iso_from_struct_time(st) == "2024-03-05T10:00:00+00:00"
    assert iso_from_struct_time(None) is None
