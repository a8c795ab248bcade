"""Placing expressions that count from another one, after every expression of a document is resolved.

`anchor_dates(dates, published)` walks a document's expressions in order and applies `ANCHOR_RULES`, in order,
to each; the first that answers places it:

1. `narrative_offset`: "three years later" after "in 1990" is 1993, "a week earlier" an ISO week: from the
   last dated expression before it (at the precision its unit needs; a quarter or half stays one: "the third
   quarter ... a year earlier"), else the publication date ("up from a year earlier");
2. `adjacent_period`: "the following day", "the day before", "that same day", "the previous year": next to
   the last dated expression before it (else the publication date);
3. `year_of_sentence`: "In 1987, the market crashed on Oct. 19": a month takes the year its sentence names;
4. `fiscal_period`: "the fiscal fourth quarter" after "fiscal 2025" is FY2025-Q4;
5. `same_period`: "the year-earlier quarter", "the same month last year", "the same period a year ago":
   the last quarter, half or month named before it, a year back (with none, the last complete quarter a
   year back, or the year before the publication);
6. `period_anaphor`: "the quarter", "the month", "the day", "the same period" alone: the last one named
   before it, not counting the year-back periods it was compared with ("the day" ending its clause; "for
   the day" with none: the day of writing; "the quarter" with none, in a past clause: the last complete quarter).

Then `clock_on_day` gives a clock time the day named after it ("at 4 p.m. on Friday").
`resolve_dates` re-resolves found expressions when the publication date arrives after analysis.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .dateparse import number_of, parse_expression
from .dateresolve import TimeExpr, dateparser_value, iso_week, published_date, resolve, shift_month
from .datetimex import Timex3, timex_of


def resolve_dates(dates: list[TimeExpr], published) -> None:
    """Re-resolve already found expressions against a publication date (used when it arrives late)."""
    pub = published_date(published)
    if pub is None:
        return
    for d in dates:
        if d.relative is not None or d.value is None:
            if d.parse.precision == "vague" and d.value is None and parse_expression(d.text) is None:
                got = dateparser_value(d.text, pub.isoformat(), d.future)
                if got is not None:
                    d.value, d.precision = got
            else:
                d.value, d.relative = resolve(d.parse, pub, d.future)
        d.timex = timex_of(d.text, d.parse, d.value, pub, d.future)  # a clock time takes the day too
    anchor_dates(dates, pub)


_NARRATIVE = re.compile(r"^(?:some |about |nearly |almost )?(\w+) (year|month|week|day)s?"
                        r" (later|earlier|after|before)$")
_ANCHOR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PERIOD_PART = re.compile(r"^(FY)?(\d{4})(-[QH]\d)?$")
_FISCAL_PART = re.compile(r"^FY(\d{4})(-[QH]\d)$")
_PERIOD_VALUE = {"month": re.compile(r"^(?:FY)?\d{4}-\d{2}$"), "quarter": re.compile(r"^(?:FY)?\d{4}-Q\d$"),
                 "half": re.compile(r"^(?:FY)?\d{4}-H\d$"), "week": re.compile(r"^\d{4}-W\d{2}$"),
                 "day": re.compile(r"^\d{4}-\d{2}-\d{2}$")}
_YEAR_BACK = r"(?:last year|the previous year|the year before|a year (?:earlier|ago|before))"
# "the same month last year", "the year-earlier quarter", "the year-ago period"
_SAME_PERIOD = re.compile(rf"^the (?:same (month|quarter|half|period|week)(?: of)? {_YEAR_BACK}"
                          r"|(?:year-earlier|year-ago|year earlier|year ago|prior-year)"
                          r" (month|quarter|half|period|week))$")


@dataclass
class _Seen:
    """What the expressions before the current one give it to count from."""

    pub: date | None
    last: re.Match | None  # the last dated expression (year, month, day), else the publication date
    year_of_sentence: dict = field(default_factory=dict)  # sentence -> the year an absolute expression names
    values: list[str] = field(default_factory=list)  # the TIMEX3 values of the dates before, in order
    topics: list[str] = field(default_factory=list)  # those values less the ones compared with ("a year earlier")


def _place(d: TimeExpr, value: str) -> bool:
    d.value = value
    d.timex = Timex3("DATE", value, mod=d.timex.mod if d.timex is not None else None)
    return True


# ---- the rules, in the order of ANCHOR_RULES --------------------------------------------------------------

def narrative_offset(d: TimeExpr, seen: _Seen) -> bool:
    m = _NARRATIVE.match(d.text.lower())
    if not m or seen.last is None or number_of(m.group(1)) is None:
        return False
    n = number_of(m.group(1)) * (1 if m.group(3) in {"later", "after"} else -1)
    y, mo, day = seen.last.group(1), seen.last.group(2), seen.last.group(3)
    period = _PERIOD_PART.match(seen.values[-1]) if seen.values else None
    if m.group(2) == "year" and period and (period.group(1) or period.group(3)):
        # "the third quarter ... up from a year earlier": that quarter; "fiscal 2024 ... a year earlier": FY2023
        return _place(d, f"{period.group(1) or ''}{int(period.group(2)) + n}{period.group(3) or ''}")
    if m.group(2) == "year":
        return _place(d, f"{int(y) + n}")
    if m.group(2) == "month" and mo:
        yy, mm = shift_month(int(y), int(mo), n)
        return _place(d, f"{yy}-{mm:02d}")
    if m.group(2) == "day" and day:
        return _place(d, (date(int(y), int(mo), int(day)) + timedelta(days=n)).isoformat())
    if m.group(2) == "week" and day:  # "4.7% a week earlier": the ISO week n weeks from that day
        return _place(d, iso_week(date(int(y), int(mo), int(day)) + timedelta(weeks=n)))
    return False


_ADJACENT = re.compile(r"^(?:the (following|previous|preceding|same|next) (day|month|year)"
                       r"|the (day|month|year) (before|after)|that (?:same )?(day|month|year))$")
_STEP = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}


def adjacent_period(d: TimeExpr, seen: _Seen) -> bool:
    m = _ADJACENT.match(d.text.lower())
    if not m or seen.last is None or m.group(1) == "next" and m.group(2) != "day" or d.extra.get("defined_after"):
        return False  # "the next year" counts from the time of writing; "the same year that ..." from its clause
    unit = m.group(2) or m.group(3) or m.group(5)
    n = _STEP.get(m.group(1) or m.group(4) or "", 0)
    y, mo, day = seen.last.group(1), seen.last.group(2), seen.last.group(3)
    if unit == "year":
        return _place(d, f"{int(y) + n}")
    if unit == "month" and mo:
        yy, mm = shift_month(int(y), int(mo), n)
        return _place(d, f"{yy}-{mm:02d}")
    if unit == "day" and day:
        return _place(d, (date(int(y), int(mo), int(day)) + timedelta(days=n)).isoformat())
    return False


def year_of_sentence(d: TimeExpr, seen: _Seen) -> bool:
    p, sent = d.parse, d.extra.get("sent")
    if sent not in seen.year_of_sentence or p.month is None or p.year is not None or p.year_offset is not None \
            or p.weekday is not None or p.ends or p.kind != "date":
        return False
    d.parse = replace(p, year=seen.year_of_sentence[sent], relative=False)
    d.value, d.relative = resolve(d.parse, seen.pub, d.future)
    d.timex = timex_of(d.text, d.parse, d.value, seen.pub, d.future)
    return True


def fiscal_period(d: TimeExpr, seen: _Seen) -> bool:
    m = _FISCAL_PART.match(d.timex.value or "") if d.timex is not None and d.parse.year is None else None
    year = next((v[2:6] for v in reversed(seen.values) if v.startswith("FY")), None) if m else None
    return _place(d, f"FY{year}{m.group(2)}") if year and year != m.group(1) else False


def same_period(d: TimeExpr, seen: _Seen) -> bool:
    m = _SAME_PERIOD.match(d.text.lower().replace("’", "'"))
    if not m:
        return False
    unit = m.group(1) or m.group(2)
    shapes = [v for k, v in _PERIOD_VALUE.items() if k != "day"] if unit == "period" else [_PERIOD_VALUE[unit]]
    before = next((v for v in reversed(seen.values) if any(s.match(v) for s in shapes)), None)
    if before is None and seen.pub is not None:  # nothing named before: the last complete quarter, else year
        if unit != "quarter":
            return _place(d, str(seen.pub.year - 1))
        q = (seen.pub.month - 1) // 3 + 1
        before = f"{seen.pub.year}-Q{q - 1}" if q > 1 else f"{seen.pub.year - 1}-Q4"
    if before is None:
        return False
    year = re.search(r"\d{4}", before)
    return _place(d, before[:year.start()] + str(int(year.group()) - 1) + before[year.end():])


_ANAPHOR = re.compile(r"^the (?:same )?(quarter|half|month|period|day)$")


def period_anaphor(d: TimeExpr, seen: _Seen) -> bool:
    """"Profit rose in the third quarter ... sales in the quarter": the last period of that kind named before
    ("the period", "the same period": of any kind); with none, the parse's own reading stays."""
    m = _ANAPHOR.match(d.text.lower())
    if not m or m.group(1) == "day" and d.extra.get("after", "").isalpha():
        return False  # "as fresh as the day it was stored", "late in the day just before the vote": no anaphor
    shapes = list(_PERIOD_VALUE.values())[:3] if m.group(1) == "period" else [_PERIOD_VALUE[m.group(1)]]
    # "the same period" is the expression just before it ("between July and September ... the same period"
    # is that range, not an older month); "the quarter" the last quarter named, however far back
    topics = seen.topics[-1:] if m.group(1) == "period" else seen.topics
    before = next((v for v in reversed(topics) if any(s.match(v) for s in shapes)), None)
    if before is None and m.group(1) == "day" and seen.pub is not None and d.extra.get("before") == "for":
        before = seen.pub.isoformat()  # "shares were flat for the day": the day of writing
    if before is None and m.group(1) == "quarter" and seen.pub is not None and not d.future:
        q = (seen.pub.month - 1) // 3 + 1  # "profit for the quarter rose": reported, so the last complete one
        before = f"{seen.pub.year}-Q{q - 1}" if q > 1 else f"{seen.pub.year - 1}-Q4"
    return _place(d, before) if before else False


ANCHOR_RULES: tuple[Callable[[TimeExpr, _Seen], bool], ...] = (
    narrative_offset, adjacent_period, year_of_sentence, fiscal_period, same_period, period_anaphor,
)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clock_on_day(dates: list[TimeExpr]) -> None:
    """"at 4 p.m. on Friday", "at noon on Jan. 5": a clock time takes the day named right after "on" (not
    the publication day)."""
    for d, nxt in zip(dates, dates[1:]):
        t = d.timex
        if t is None or t.type != "TIME" or d.parse.clock is None or d.extra.get("after") != "on" \
                or nxt.tokens[0] != d.tokens[1] + 1 or nxt.timex is None or not _DAY.match(nxt.timex.value or ""):
            continue
        d.value = f"{nxt.timex.value}T{d.parse.clock}"
        d.timex = replace(t, value=d.value)


def anchor_dates(dates: list[TimeExpr], pub: date | None = None) -> None:
    """Place, in order, the expressions that count from an earlier one (`ANCHOR_RULES`); the others, and
    those with nothing to count from, stay as they are; then a clock time takes the day after it
    (`clock_on_day`)."""
    seen = _Seen(pub, _ANCHOR.match(pub.isoformat()) if pub is not None else None)
    for d in dates:
        sent, p = d.extra.get("sent"), d.parse
        if sent is not None and p.year is not None and not p.relative and not p.ends:
            seen.year_of_sentence[sent] = p.year
        rule = next((rule for rule in ANCHOR_RULES if rule(d, seen)), None)
        if d.timex is not None and d.timex.begin and d.timex.end:
            seen.topics.append(f"{d.timex.begin}/{d.timex.end}")  # a range: no period to point back to
        value = d.timex.value if d.timex is not None and d.timex.type == "DATE" else None
        if not value or _NARRATIVE.match(d.text.lower()):
            continue  # "three years later" is no anchor for the next offset
        if _ANCHOR.match(value):
            seen.last = _ANCHOR.match(value)
        seen.values.append(value)
        if rule is not same_period:  # "the fourth quarter ... from the year-earlier period ... in the quarter"
            seen.topics.append(value)
    clock_on_day(dates)
