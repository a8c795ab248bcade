"""The words of a time expression and the calendar parts they name, before any shape reads them (dateparse).

`TimeParse` is what the words say before resolution, `Words` their lowercase tokens with what they say about
direction and number; `calendar_parts` finds a month and day, year, decade, century, weekday, season, quarter,
half or holiday, and `clock` a clock time ("4:30 p.m.", "noon"). Pure functions on strings, no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon.time import (DECADE_WORDS, FULL_MONTHS, HOLIDAY_DATES, HOLIDAY_PHRASES, MONTHS, ORDINALS, SEASONS,
                             SMALL_NUMBERS, WEEKDAYS)

WORD = re.compile(r"\b[qh][1-4]\b|'?\d{2}s\b|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|am|pm|a\.m\.|p\.m\.)?|[a-z]+(?:\.m\.)?")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"^(1[0-9]\d\d|20\d\d|21\d\d)$")
DAY_NUMBER = re.compile(r"^\d{1,2}(st|nd|rd|th)?$")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$")
DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y",
                  "quarter": "M", "hour": "H", "minute": "M", "second": "S", "weekend": "D"}
DURATION_MULT = {"decade": 10, "century": 100, "quarter": 3, "weekend": 2}
CLOCK_UNITS = {"hour", "minute", "second"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
# "twice a year", "three times a week", "once per decade": a frequency, so a set
FREQUENCY = re.compile(r"\b(?:once|twice|thrice|(?:\w+|\d+) times)\s+(?:a|an|per|each|every)\s+\w+")


@dataclass
class TimeParse:
    """What the words of a time expression say, before resolution against a date."""

    kind: str = "date"  # date | time | duration | set
    precision: str = "vague"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    weekday: int | None = None
    unit: str | None = None  # offset unit from the time of writing
    offset: int | None = None
    direction: int = 0  # -1 past, +1 future, 0 unknown (decided by the clause)
    mod: str | None = None
    year_offset: int | None = None  # "July last year": -1
    duration: str | None = None
    clock: str | None = None
    relative: bool = False
    century: int | None = None  # "the 19th century": 18, the TIMEX3 value's first two digits
    part: str | None = None  # part of the day: MO, AF, EV, NI ("Tuesday evening")
    zone: str | None = None  # a clock time's zone as written ("BST")
    ends: tuple | None = None  # a range's two dated parses ("2015-2016", "January to June")
    count: int | None = None  # a duration's number of units ("three years": 3), None when not given


@dataclass(frozen=True)
class Words:
    """The lowercase words of an expression and what they say about direction and number."""

    words: tuple[str, ...]
    ws: frozenset[str]
    past: bool
    future: bool
    this: bool
    number: int | None  # the first small number that is no year ("two weeks ago": 2)
    unit_words: tuple[str, ...]


def number_of(word: str) -> int | None:
    """The value of a small number written as digits, an ordinal ("3rd") or a word ("two", "a")."""
    if word.isdigit():
        return int(word)
    m = re.match(r"^(\d+)(st|nd|rd|th)$", word)
    if m:
        return int(m.group(1))
    return SMALL_NUMBERS.get(word)


_HALVES = {"am", "pm", "a.m.", "p.m."}


def clock(words: list[str], ws: set[str]) -> str | None:
    """The clock time the words name ("10:30", "7pm", "noon"), as HH:MM."""
    clock = None
    for k, w in enumerate(words):
        tm = _TIME.match(w)
        after = words[k + 1] if k + 1 < len(words) else ""
        half = tm.group(3) if tm else None
        if tm and half is None and after in _HALVES:
            half = after  # "4:30 p.m.", "10 am": the half of the day is a word of its own
        if tm and (tm.group(2) or half):
            hour = int(tm.group(1)) % 12 + (12 if half.startswith("p") else 0) if half else int(tm.group(1))
            minute = int(tm.group(2) or 0)
            if hour < 24 and minute < 60:
                clock = f"{hour:02d}:{minute:02d}"
    if "noon" in ws or "midday" in ws:
        clock = "12:00"
    if "midnight" in ws:
        clock = "00:00"
    return clock


def _day_near(words: list[str], k: int) -> int | None:
    """The day of the month next to a month name ("March 3", "3rd of March", "the 3rd of March")."""
    for j in (k - 1, k + 1, k - 2, k + 2):
        if 0 <= j < len(words):
            n = number_of(words[j]) if DAY_NUMBER.match(words[j]) else None
            if n is not None and 1 <= n <= 31 and (abs(j - k) == 1 or words[min(j, k) + 1] in {"the", "of"}):
                return n
    return None


def _ordinal(word: str) -> int:
    """The number of an ordinal ("19th", "third"); 0 for any other word ("a century" is no 1st century)."""
    m = re.match(r"^(\d+)(st|nd|rd|th)$", word)
    return int(m.group(1)) if m else {"first": 1, "second": 2, "third": 3}.get(word, 0)


def calendar_parts(words: list[str]) -> dict:
    """The calendar parts the words name: month and day, year, decade, weekday, season, quarter, half."""
    got: dict = {}
    joined = " ".join(words)
    for phrase, (month, day) in HOLIDAY_PHRASES.items():
        if phrase in joined:
            got["month"], got["day"] = month, day  # "New Year's Eve": 31 December
    for k, w in enumerate(words):
        if w in MONTHS and (w in FULL_MONTHS or len(words) > 1) and "month" not in got:
            got["month"] = MONTHS[w]
            day = _day_near(words, k)
            if day is not None:
                got["day"] = day
        elif w in {"century", "centuries"} and k > 0 and 1 <= _ordinal(words[k - 1]) <= 22:
            got["century"] = _ordinal(words[k - 1]) - 1  # "the 19th century": the 1800s
        elif YEAR.match(w) and "year" not in got:
            got["year"] = int(w)
        elif re.match(r"^1\d00s$", w):
            got["century"] = int(w[:2])  # "the 1800s" (but "the 2000s" is a decade)
        elif re.match(r"^'?\d0s$", w) or re.match(r"^\d{3}0s$", w):
            digits = w.strip("'s")
            got["decade"] = int(digits) if len(digits) == 4 else (
                1900 + int(digits) if int(digits) > 20 else 2000 + int(digits))
        elif w in DECADE_WORDS and k > 0 and words[k - 1] in {"the", "early", "mid", "late"}:
            got["decade"] = DECADE_WORDS[w]  # "the sixties", never "in her sixties"
        elif w in WEEKDAYS:
            got["weekday"] = WEEKDAYS[w]
        elif w in SEASONS:
            got["season"] = SEASONS[w]
        elif w in {"q1", "q2", "q3", "q4"}:
            got["quarter"] = int(w[1])
        elif w in {"h1", "h2"}:
            got["half"] = int(w[1])
        elif w in HOLIDAY_DATES and "month" not in got:
            got["month"], got["day"] = HOLIDAY_DATES[w]  # "Christmas": 25 December
        elif w in {"quarter", "half"} and k > 0 and words[k - 1] in ORDINALS \
                and words[k + 1:k + 2] not in (["hour"], ["time"], ["century"]):  # not "the first half-hour"
            if w == "quarter":
                got["quarter"] = ORDINALS[words[k - 1]]
            else:
                got["half"] = min(2, ORDINALS[words[k - 1]])
    return got
