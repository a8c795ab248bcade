"""TIMEX3 type, value and mod of a time expression (TimeML / ISO-TimeML), without spaCy (pure functions).

`timex_of(text, parse, value, published, future)` tries `TIMEX_RULES` in order; the first that answers
gives the `Timex3` (type DATE, TIME, DURATION or SET, and a TimeML value):

1. `range_timex`: "2015-2016" -> DURATION P2Y with its ends 2015 and 2016;
2. `set_timex`: "every month" -> P1M, "twice a year" -> P1Y freq 2X, "every Monday" -> XXXX-WXX-1,
   "every weekend" -> XXXX-WXX-WE, "every quarter" -> P3M, "every August" -> XXXX-08;
3. `duration_timex`: "three years" -> P3Y, "48 hours" -> PT48H, "decades" -> PXDE;
4. `clock_timex`: "09:30 BST Monday" -> 2024-11-04T09:30, "Tuesday evening" -> 2024-11-05TEV;
5. `ref_timex`: "now", "currently" -> PRESENT_REF, "the past", "at the time" -> PAST_REF, "soon" -> FUTURE_REF;
6. `date_timex`: the resolved value in TimeML's form: 2024-11-04, 2024-W44, 2024-W44-WE, 2024-Q3, 2024-SU,
   199 (the 1990s), 18 (the 19th century), FY2025 ("fiscal 2025"); unresolved ones with X: XXXX-06.

`mod` comes from `mod_of`: "early" START, "mid" MID, "late"/"the end of" END, "about" APPROX, "more than"
MORE_THAN, "less than"/"under" LESS_THAN, "up to" EQUAL_OR_LESS, "at least" EQUAL_OR_MORE.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ...lexicon.time import MONTHS, SEASONS, UNIT_WORDS, WEEKDAYS
from .dateparse import TimeParse, number_of

_WORDS = re.compile(r"[a-z]+|\d+")
_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
              "quarter": "Q", "weekend": "WE", "hour": "H", "minute": "M", "second": "S", "season": "M"}
_CLOCK = {"hour", "minute", "second"}
_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}
_EVERY_WORD = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M",
               "quarterly": "P3M", "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
               "biannual": "P6M", "biennial": "P2Y"}
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_PRESENT = {"now", "currently", "presently", "nowadays", "present", "today's", "these"}  # "these days"
_PAST = {"past", "recently", "previously", "formerly", "time", "once", "earlier", "lately", "ago"}
_FUTURE = {"future", "soon", "eventually", "later", "shortly"}
_MODS = ((("more", "than"), "MORE_THAN"), (("over",), "MORE_THAN"), (("less", "than"), "LESS_THAN"),
         (("under",), "LESS_THAN"), (("fewer", "than"), "LESS_THAN"), (("up", "to"), "EQUAL_OR_LESS"),
         (("at", "most"), "EQUAL_OR_LESS"), (("no", "more", "than"), "EQUAL_OR_LESS"),
         (("at", "least"), "EQUAL_OR_MORE"), (("about",), "APPROX"), (("around",), "APPROX"),
         (("nearly",), "APPROX"), (("almost",), "APPROX"), (("roughly",), "APPROX"), (("some",), "APPROX"),
         (("approximately",), "APPROX"), (("circa",), "APPROX"), (("just", "over"), "MORE_THAN"))
_MODS_LONGEST_FIRST = sorted(_MODS, key=lambda m: -len(m[0]))  # "no more than" before "more than"
_PARSE_MODS = {"start": "START", "early": "START", "mid": "MID", "late": "END", "end": "END"}


@dataclass
class Timex3:
    """A TIMEX3: type, value (ISO 8601 / TimeML), mod, a set's frequency, and a range's two ends."""

    type: str
    value: str | None = None
    mod: str | None = None
    freq: str | None = None
    begin: str | None = None
    end: str | None = None
    zone: str | None = None


def mod_of(words: list[str], p: TimeParse) -> str | None:
    """The TIMEX3 mod the words give: a leading quantifier ("more than") or the parse's early/mid/late."""
    for lead, mod in _MODS_LONGEST_FIRST:
        if tuple(words[:len(lead)]) == lead and (lead != ("over",) or words[1:2] != ["the"]):
            return mod
    return _PARSE_MODS.get(p.mod) if p.mod else None


def _period(n: str, unit: str) -> str:
    return ("PT" if unit in _CLOCK else "P") + f"{n}{_UNIT_CODE.get(unit, 'D')}"


# ---- the rules, in the order of TIMEX_RULES --------------------------------------------------------------

def range_timex(words, p: TimeParse, value, pub, future) -> Timex3 | None:
    if not p.ends:
        return None
    begin, end = (value.split("/") + [None])[:2] if value and "/" in value else (None, None)
    return Timex3("DURATION", p.duration, begin=begin, end=end)


def set_timex(words, p: TimeParse, value, pub, future) -> Timex3 | None:
    if p.kind != "set":
        return None
    for w in words:
        if w in _EVERY_WORD:
            return Timex3("SET", _EVERY_WORD[w])
    freq = None
    for k, w in enumerate(words[:-1]):
        n = _TIMES.get(w) or (number_of(w) if words[k + 1] == "times" else None)
        if n is not None and (w in _TIMES or words[k + 1] == "times"):
            freq = f"{n}X"
    for k, w in enumerate(words):
        if w in WEEKDAYS:
            return Timex3("SET", f"XXXX-WXX-{WEEKDAYS[w] + 1}", freq=freq)
        if w in SEASONS:
            return Timex3("SET", f"XXXX-{_SEASON_CODE[SEASONS[w]]}", freq=freq)
        if w in MONTHS and k > 0 and words[k - 1] in {"every", "each"}:
            return Timex3("SET", f"XXXX-{MONTHS[w]:02d}", freq=freq)  # "every August"
        if w in {"morning", "afternoon", "evening", "night"} and p.part:
            return Timex3("SET", f"XXXX-XX-XXT{p.part}", freq=freq)
        unit = UNIT_WORDS.get(w)
        if unit == "weekend":
            return Timex3("SET", "XXXX-WXX-WE", freq=freq)  # "every weekend", as "every Monday" is XXXX-WXX-1
        if unit is not None:
            n = number_of(words[k - 1]) if k > 0 and words[k - 1] not in {"a", "an", "per", "each", "every"} else None
            if unit == "quarter":
                return Timex3("SET", f"P{3 * (n or 1)}M", freq=freq)  # "every quarter": P3M, as TimeBank writes it
            return Timex3("SET", _period(str(n or 1), unit), freq=freq)
    return Timex3("SET", None, freq=freq)


def duration_timex(words, p: TimeParse, value, pub, future) -> Timex3 | None:
    if p.kind != "duration":
        return None
    if p.unit is None:
        return Timex3("DURATION", p.duration)
    return Timex3("DURATION", _period("X" if p.count is None else str(p.count), p.unit))


def _day_of(p: TimeParse, value: str | None, pub: date | None) -> str:
    """The date part of a clock time: the resolved day, else the publication day, else XXXX-XX-XX."""
    if value and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return value
    if p.unit == "day" and pub is not None:
        return (pub + timedelta(days=p.offset or 0)).isoformat()
    return pub.isoformat() if pub is not None and p.weekday is None else "XXXX-XX-XX"


def clock_timex(words, p: TimeParse, value, pub, future) -> Timex3 | None:
    if p.clock is None and p.part is None:
        return None
    if p.clock is None and p.precision != "day" and p.kind != "time":
        return None  # "the morning" alone is no time of a known day; "Tuesday evening" is
    day = _day_of(p, value, pub)
    if p.clock is not None:
        return Timex3("TIME", f"{day}T{p.clock}", zone=p.zone)
    return Timex3("TIME", f"{day}T{p.part}")


def ref_timex(words, p: TimeParse, value, pub, future) -> Timex3 | None:
    """"now", "currently" (which the parse reads as today) and vague words: PRESENT_REF, FUTURE_REF, PAST_REF."""
    ws = set(words)
    present = ws & _PRESENT and p.unit == "day" and p.offset == 0 and "today" not in ws
    if not present and (p.precision != "vague" or value is not None):
        return None
    if ws & _PRESENT:
        return Timex3("DATE", "PRESENT_REF")
    if ws & _FUTURE:
        return Timex3("DATE", "FUTURE_REF")
    if ws & _PAST:
        return Timex3("DATE", "PAST_REF")
    return None


def _x_value(p: TimeParse) -> str | None:
    """A relative expression's value without a publication date: XXXX-06, XXXX-WXX-1, XXXX-SU."""
    if p.weekday is not None:
        return f"XXXX-WXX-{p.weekday + 1}"
    if p.month is not None:
        return f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
    if p.season:
        return f"XXXX-{_SEASON_CODE[p.season]}"
    if p.quarter:
        return f"XXXX-Q{p.quarter}"
    return None


def date_timex(words, p: TimeParse, value, pub, future) -> Timex3:
    if p.century is not None and p.precision == "century":
        return Timex3("DATE", f"{p.century:02d}")
    if value is None:
        if p.unit == "century" and pub is not None:
            return Timex3("DATE", f"{pub.year // 100 + (p.offset or 0):02d}")
        if p.unit == "decade" and p.offset is not None and pub is not None:
            return Timex3("DATE", f"{pub.year // 10 + p.offset}")  # "the end of the decade" (2024): 202
        return Timex3("DATE", _x_value(p) if p.relative else None)
    m = re.match(r"^(\d{2})00s$", value) if p.precision == "century" else re.match(r"^(\d{3})0s$", value)
    if m:
        return Timex3("DATE", m.group(1))  # the 1990s: 199; the 19th century: 18
    m = re.match(r"^(\d{4})-(spring|summer|autumn|winter)$", value)
    if m:
        return Timex3("DATE", f"{m.group(1)}-{_SEASON_CODE[m.group(2)]}")
    if p.unit == "weekend" and "-W" in value:
        return Timex3("DATE", f"{value}-WE")
    if ("fiscal" in words or "financial" in words and "year" in words) and re.match(r"^\d{4}(-[QH]\d)?$", value):
        return Timex3("DATE", f"FY{value}")  # "fiscal 2025": FY2025, "the fiscal fourth quarter": FY2025-Q4
    return Timex3("TIME" if "T" in value else "DATE", value)  # dateparser's "2024-03-05T10:30" is a time


TIMEX_RULES: tuple[Callable[..., Timex3 | None], ...] = (
    range_timex, set_timex, duration_timex, clock_timex, ref_timex, date_timex,
)


def timex_of(text: str, p: TimeParse, value: str | None, pub: date | None, future: bool = False) -> Timex3:
    """The TIMEX3 of an expression from its words, parse and resolved value (TIMEX_RULES, in order)."""
    words = _WORDS.findall(text.lower().replace("’", "'"))
    for rule in TIMEX_RULES:
        got = rule(words, p, value, pub, future)
        if got is not None:
            if got.mod is None:
                got.mod = mod_of(words, p)
            return got
    raise AssertionError("date_timex always answers")  # pragma: no cover
