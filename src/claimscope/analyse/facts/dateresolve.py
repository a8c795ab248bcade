"""Resolving a `TimeParse` against the publication date, without spaCy (pure functions on values).

`resolve(parse, published, future)` gives an ISO-like value ("2024-03-05", "2024-W10", "2024-Q3",
"2020s", "P3Y" for a duration, "T10:30" for a clock time) and, for a relative expression, how it is
relative ({"unit": "week", "offset": -1}, {"weekday": "monday", "offset": 1}, ...). Without a
publication date a relative expression keeps `value` None. `future` (from the clause: a plan, a deadline)
decides which side of the publication date a bare "in June" or "on Friday" lies.

`dateparser_value` reads, with dateparser, what the rules cannot. Expressions that count from another one
("three years later", "the year-earlier quarter") are placed afterwards, by `dateanchor`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from ...lexicon.time import WEEKDAYS
from .dateparse import TimeParse
from .datetimex import Timex3

_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_DATEPARSER_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "time"}


@dataclass
class TimeExpr:
    """One time expression of a document (character offsets into the text)."""

    start: int
    end: int
    text: str
    kind: str
    precision: str
    role: str
    parse: TimeParse
    future: bool = False
    value: str | None = None
    relative: dict | None = None
    mod: str | None = None
    verb: int | None = None  # token index of the clause predicate the expression belongs to
    tokens: tuple[int, int] = (0, 0)
    extra: dict = field(default_factory=dict)
    timex: Timex3 | None = None


def published_date(value) -> date | None:
    """The publication date as a date, from an ISO string, a date or a datetime; None when unknown."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        v = value.strip()
        try:
            if len(v) >= 10:
                return date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def _year_for(month: int, day: int | None, pub: date, future: bool) -> int:
    """The year of a month (and day) given without one: the nearest such date on the side of the
    publication date that the clause points to (future for plans and deadlines, past otherwise)."""
    probe = (month, day) if day else (month,)
    here = (pub.month, pub.day) if day else (pub.month,)
    if future:
        return pub.year if probe >= here else pub.year + 1
    return pub.year if probe <= here else pub.year - 1


def shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: date) -> str:
    """The ISO week of a date ("2024-W10"), the value of "last week" or "next weekend"."""
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def relative_of(p: TimeParse, future: bool) -> dict | None:
    """How a relative expression is relative: its unit and offset, weekday, month or period."""
    if not p.relative:
        return None
    if p.unit is not None:
        return {"unit": p.unit, "offset": p.offset}
    if p.weekday is not None:
        return {"weekday": list(WEEKDAYS)[p.weekday], "offset": p.offset if p.offset is not None else
                (1 if future else -1) if p.direction == 0 else p.direction}
    if p.month is not None:
        return {"month": p.month, **({"day": p.day} if p.day else {}),
                **({"year_offset": p.year_offset} if p.year_offset is not None else {})}
    if p.quarter or p.half or p.season:
        return {("quarter" if p.quarter else "half" if p.half else "season"): p.quarter or p.half or p.season,
                **({"offset": p.offset} if p.offset is not None else {})}
    return {"direction": "future" if (p.direction > 0 or (p.direction == 0 and future)) else "past"}


def _weekday_value(p: TimeParse, pub: date, direction: int) -> str:
    """"on Friday": the nearest Friday on the clause's side of the publication date."""
    delta = p.weekday - pub.weekday()
    if p.offset == 0:
        d = pub + timedelta(days=delta)
    elif direction > 0:
        d = pub + timedelta(days=delta if delta > 0 else delta + 7)
    else:
        d = pub + timedelta(days=delta if delta <= 0 else delta - 7)
        if p.offset == -1 and delta == 0:
            d -= timedelta(days=7)
    return d.isoformat()


def _unit_value(p: TimeParse, pub: date, direction: int = -1) -> str | None:
    """"two weeks ago", "next month": the publication date moved by the offset."""
    n = p.offset or 0
    if p.offset is None and p.unit == "weekend":  # "the weekend": this week's, or last week's when it is past
        n = -1 if direction < 0 and pub.weekday() < 5 else 0
    if p.unit == "day":
        return (pub + timedelta(days=n)).isoformat()
    if p.unit in {"week", "weekend"}:
        return iso_week(pub + timedelta(weeks=n))
    if p.unit == "month":
        y, m = shift_month(pub.year, pub.month, n)
        return f"{y}-{m:02d}"
    if p.unit == "quarter":
        q = (pub.month - 1) // 3 + n
        return f"{pub.year + q // 4}-Q{q % 4 + 1}"
    if p.unit == "year":
        return f"{pub.year + n}"
    if p.unit == "decade":
        return f"{(pub.year // 10 + n) * 10}s"
    if p.unit == "century":
        return f"{(pub.year // 100 + n) * 100}s"
    return None


def _month_value(p: TimeParse, year: int | None, pub: date | None, direction: int) -> str | None:
    """"in June", "March 3", "July last year": a month (and day), its year from the publication date."""
    if year is None and p.year_offset is not None:
        year = pub.year + p.year_offset
    if year is None:
        year = _year_for(p.month, p.day, pub, direction > 0)
    if p.day is not None:
        try:
            return date(year, p.month, p.day).isoformat()
        except ValueError:
            return None
    return f"{year}-{p.month:02d}"


def _period_year(p: TimeParse, pub: date, direction: int) -> int:
    """The year of a quarter, half or season given without one ("in the third quarter", "next summer")."""
    if p.season and p.season != "winter" and p.offset in (-1, 1):
        sm = _SEASON_MONTH[p.season]  # "last summer" in November is this year's; in August, last year's
        gone = sm + 2 < pub.month if p.offset < 0 else sm > pub.month
        return pub.year if gone else pub.year + p.offset
    if p.offset is not None:
        return pub.year + (p.offset or 0)
    if p.quarter:
        k, current = p.quarter, (pub.month - 1) // 3 + 1
        same = k <= current if direction < 0 else k >= current
    elif p.half:
        k, current = p.half, 1 if pub.month <= 6 else 2
        same = k <= current if direction < 0 else k >= current
    else:
        sm = _SEASON_MONTH[p.season]
        same = sm <= pub.month if direction < 0 else sm + 2 >= pub.month
    return pub.year if same else pub.year + direction


def _period_value(p: TimeParse, year: int | None, pub: date | None, direction: int) -> str | None:
    if year is None:
        if pub is None:
            return None
        year = _period_year(p, pub, direction)
    if p.quarter:
        return f"{year}-Q{p.quarter}"
    if p.half:
        return f"{year}-H{p.half}"
    return f"{year}-{p.season}"


def _value(p: TimeParse, pub: date | None, future: bool) -> str | None:
    """The ISO-like value of a dated parse (not a duration, set or clock time)."""
    if p.precision == "vague":
        return None
    if p.precision == "decade" and p.decade is not None:
        return f"{p.decade}s"
    if p.precision == "century" and p.century is not None:
        return f"{p.century:02d}00s"  # "the 19th century": the 1800s
    year = p.year
    if year is None and pub is None and (p.relative or p.precision in {"month", "day"}):
        return None
    direction = p.direction or (1 if future else -1)
    if p.weekday is not None and pub is not None:
        return _weekday_value(p, pub, direction)
    if p.unit is not None and pub is not None:
        return _unit_value(p, pub, direction)
    if p.month is not None and p.precision == "year":  # "the year ended March 31": the year it ends in
        return (_month_value(p, year, pub, direction) or "")[:4] or None
    if p.month is not None:
        return _month_value(p, year, pub, direction)
    if p.quarter or p.half or p.season:
        return _period_value(p, year, pub, direction)
    return f"{year}" if year is not None else None


def resolve(p: TimeParse, pub: date | None, future: bool) -> tuple[str | None, dict | None]:
    """(ISO-like value or None, how the expression is relative or None) for a parse and publication date."""
    if p.ends:  # a range: "2015/2016", ISO 8601's interval of its two ends
        first, last = p.ends
        end = _value(last, pub, future)
        if first.year is None and first.month and last.month and end and end[:4].isdigit():
            # "November to February": the first end lies in the year of the last, or the one before
            first = replace(first, year=int(end[:4]) - (first.month > last.month), relative=False)
        begin = _value(first, pub, future)
        return (f"{begin}/{end}" if begin and end else None), None
    if p.kind == "duration":
        return p.duration, ({"direction": "future" if p.direction > 0 else "past"} if p.relative else None)
    if p.kind == "set":
        return None, None
    if p.kind == "time":
        return (f"T{p.clock}" if p.clock else None), None
    rel = relative_of(p, future)
    return _value(p, pub, future), rel


@lru_cache(maxsize=2048)
def dateparser_value(text: str, pub_iso: str | None, future: bool) -> tuple[str, str] | None:
    """(value, precision) from dateparser for a span the rules could not read; cached."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": True,
                "PARSERS": ["absolute-time", "relative-time"] if pub_iso else ["absolute-time"]}
    if pub_iso:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(pub_iso)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser fails in many ways on odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    period = _DATEPARSER_PERIODS.get(data.period or "day", "day")
    d = data.date_obj
    if period == "year":
        return f"{d.year}", period
    if period == "month":
        return f"{d.year}-{d.month:02d}", period
    if period == "week":
        return iso_week(d.date()), period
    if period == "time":
        return d.isoformat(timespec="minutes"), period
    return d.date().isoformat(), period
