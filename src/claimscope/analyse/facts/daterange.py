"""Ranges of years and months read as one expression with both ends, without spaCy (pure functions on strings).

`parse_range(text)` reads "2015-2016", "1998-99", "between 2015 and 2016", "from 2015 to 2016" (years) and
"January to June", "March-May 2021" (months) into a duration `TimeParse` whose `ends` are the two dated
parses; `dateresolve` resolves each end (a month range without a year takes its year from the clause's
side of the publication date, as a lone month does). A period named by its end is read by its head: "the
quarter ended Sept. 30" is that quarter ("the fiscal year ended Sept. 30" that year), "the nine months to
June" a duration of nine months. None when the text is no range.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ...lexicon.time import MONTHS
from .dateparse import TimeParse, number_of, parse_expression

_YEAR = r"(1[0-9]\d\d|20\d\d|21\d\d)"
_JOIN = r"\s*(?:-|–|—|/|to|and|until|through)\s*"
_YEARS = re.compile(rf"^(?:(?:from|between|in)\s+)?(?:the\s+)?{_YEAR}{_JOIN}(\d{{4}}|\d{{2}})$")
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTHS = re.compile(rf"^(?:(?:from|between)\s+)?{_MONTH}{_JOIN}{_MONTH}(?:,?\s+{_YEAR})?$")
_DATES = re.compile(r"^(?:(?:from|between)\s+)?(.+?)\s+(?:to|until|through|and)\s+(.+)$")
# "the quarter ended Sept. 30", "the nine months to June": a period named by its end
_PERIOD_TO = re.compile(r"^(?:the\s+)?(?:(\w+)\s+)?(quarter|half|year|months|weeks|years)"
                        r"\s+(?:ended|ending|to|through)\s+(.+)$")
_UNIT_CODE = {"months": "M", "weeks": "W", "years": "Y"}


def _years(m: re.Match) -> TimeParse | None:
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and last < first:
        last += 100  # "1998-01" reads 1998 to 2001 only when the century turns
    if not first < last <= first + 50:
        return None  # "2019-2019", "2016-15" or far apart: no range of years
    return TimeParse(kind="duration", precision="year", duration=f"P{last - first + 1}Y",
                     ends=(TimeParse(precision="year", year=first), TimeParse(precision="year", year=last)))


def _months(m: re.Match) -> TimeParse | None:
    a, b = MONTHS[m.group(1)], MONTHS[m.group(2)]
    year = int(m.group(3)) if m.group(3) else None
    if a == b:
        return None
    n = b - a + 1 if b > a else b + 13 - a  # "November to February" runs over the new year
    end_year = year + 1 if year is not None and b < a else year
    relative = year is None
    return TimeParse(kind="duration", precision="month", duration=f"P{n}M", relative=relative,
                     ends=(TimeParse(precision="month", month=a, year=year, relative=relative),
                           TimeParse(precision="month", month=b, year=end_year, relative=relative)))


@lru_cache(maxsize=1024)
def parse_range(text: str) -> TimeParse | None:
    """A range of years or months as one duration with both ends; None when the text is none."""
    low = " ".join(text.lower().replace("’", "'").split())
    m = _YEARS.match(low)
    if m:
        return _years(m)
    m = _MONTHS.match(low)
    if m:
        return _months(m)
    m = _PERIOD_TO.match(low)
    if m:
        return _period_to(m)
    m = _DATES.match(low)
    return _dates(m.group(1), m.group(2)) if m else None


def _period_to(m: re.Match) -> TimeParse | None:
    """The quarter or half that ends on a date (its value), or a counted length that does (a duration)."""
    end = parse_expression(m.group(3))
    if end is None or end.kind != "date" or end.month is None:
        return None
    count, unit = number_of(m.group(1) or ""), m.group(2)
    ended = -1 if " ended " in m.group(0) else 0  # "ended": behind the time of writing
    if unit == "year" and m.group(1) in {None, "fiscal", "financial"}:
        # "the fiscal year ended Sept. 30": the year it ends in (FY1997 once the TIMEX3 sees "fiscal")
        return replace(end, precision="year", relative=end.year is None, direction=ended)
    if unit in {"quarter", "half"} and m.group(1) is None:
        part = {"quarter": (end.month - 1) // 3 + 1} if unit == "quarter" else {"half": 1 if end.month <= 6 else 2}
        return TimeParse(precision=unit, year=end.year, relative=end.year is None, direction=ended, **part)
    if unit in _UNIT_CODE and count is not None and count > 1:
        return TimeParse(kind="duration", precision=unit[:-1], unit=unit[:-1], count=count,
                         duration=f"P{count}{_UNIT_CODE[unit]}")
    return None


def _dates(left: str, right: str) -> TimeParse | None:
    """"15 November 2004 to January 2005", "March 3 to March 9": two dated ends, the first taking the
    second's year when it has none."""
    a, b = parse_expression(left), parse_expression(right)
    if a is None or b is None or a.kind != "date" or b.kind != "date" \
            or {a.precision, b.precision} - {"day", "month", "year"} or a.weekday is not None or b.weekday is not None:
        return None
    if a.year is None and b.year is not None and a.month is not None:  # a copy: parses are cached and shared
        a = replace(a, year=b.year - 1 if b.month is not None and a.month > b.month else b.year, relative=False)
    return TimeParse(kind="duration", precision=b.precision, relative=a.relative or b.relative, ends=(a, b),
                     duration=_length(a, b))


def _length(a: TimeParse, b: TimeParse) -> str | None:
    """The length of a range of two days ("March 3 to March 9": P7D); None for other ends."""
    if a.precision != "day" or b.precision != "day":
        return None
    try:
        days = (date(b.year or 2000, b.month, b.day) - date(a.year or b.year or 2000, a.month, a.day)).days + 1
    except ValueError:
        return None
    return f"P{days}D" if 0 < days <= 366 else None
