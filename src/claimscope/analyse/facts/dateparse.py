"""Reading a time expression into a `TimeParse`, by rules, without spaCy (pure functions on strings).

`parse_expression(text)` reads the words once (`_words`: a clock time, a month and day, a year, a decade, a
weekday, a season, a quarter or half) and then tries `SHAPES` in order; the first that fits gives the parse:

1. `absolute`: a year, month, decade, quarter, half or season ("March 2021", "the 1990s", "Q3", "last
   summer"), relative when the year is missing ("in June");
2. `weekday`: "on Tuesday", "next Friday";
3. `day_word`: "yesterday", "today", "tomorrow", "the day after tomorrow";
4. `part_of_today`: "this morning";
5. `with_unit`: "two weeks ago", "next month", "the end of the year", "three years" (a duration), "half an
   hour" (PT30M), "over the years" (PXY), "these days" (now);
6. `clock_time`: "10:30", "noon";
7. `now`: "now", "currently";
8. `vague`: "soon", "in the past", "later".

None when no shape fits (the finder may then ask dateparser). Parses are cached by text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ...lexicon.time import FUTURE_WORDS, MODS, PAST_WORDS, PLURAL_UNITS, SET_WORDS, THIS_WORDS, UNIT_WORDS, ZONES
from .dateparts import (CLOCK_UNITS, DURATION_CODE, DURATION_MULT, FREQUENCY, PARTS, WORD, DAY_NUMBER,
                        ISO_DATE, YEAR, TimeParse, Words, calendar_parts, clock, number_of)

__all__ = ["DAY_NUMBER", "ISO_DATE", "YEAR", "TimeParse", "Words", "number_of", "parse_expression"]


def _offset_words(ws: frozenset[str], this: bool) -> tuple[int | None, int | None]:
    """(offset, direction) that "last", "next" or "this" give a named period; (None, None) without them."""
    if "last" in ws or "past" in ws or "previous" in ws:
        return -1, -1
    if "next" in ws or "coming" in ws:
        return 1, 1
    if this:
        return 0, None
    return None, None


# ---- the shapes, in the order of SHAPES ----------------------------------------------------------------

def absolute(p: TimeParse, w: Words) -> TimeParse | None:
    if p.century is not None and p.year is None and p.decade is None:
        return replace(p, precision="century")  # "the 19th century"
    if not (p.year is not None or p.month is not None or p.decade is not None or p.quarter or p.half or p.season):
        return None
    q = replace(p)
    if q.decade is not None and q.year is None and q.month is None:
        q.precision = "decade"
    elif q.quarter:
        q.precision = "quarter"
    elif q.half:
        q.precision = "half"
    elif q.season:
        q.precision = "season"
    elif q.month is not None and q.day is not None:
        q.precision = "day"
    elif q.month is not None:
        q.precision = "month"
    else:
        q.precision = "year"
    if q.year is None and q.precision != "decade":
        q.relative = True
        words = w.words
        for k, word in enumerate(words[:-1]):  # "July last year"
            if words[k + 1] == "year" and word in {"last", "next", "this", "previous", "past", "coming"}:
                q.year_offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(word, 0)
        if q.quarter or q.half or q.season:
            offset, direction = _offset_words(w.ws, w.this)
            if offset is not None:
                q.offset = offset
            if direction is not None:
                q.direction = direction
        elif "last" in w.ws or "next" in w.ws:
            q.direction = -1 if "last" in w.ws else 1
    return q


def weekday(p: TimeParse, w: Words) -> TimeParse | None:
    if p.weekday is None:
        return None
    q = replace(p, precision="day", relative=True)
    if w.ws & {"last", "previous", "past"}:  # "last Monday", "this past Monday"
        q.offset, q.direction = -1, -1
    elif "next" in w.ws or "coming" in w.ws:
        q.offset, q.direction = 1, 1
    elif w.this and not w.past:
        q.offset = 0
    return q


def day_word(p: TimeParse, w: Words) -> TimeParse | None:
    for word, n in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if word in w.ws:
            if "before" in w.ws and word == "yesterday":
                n = -2
            if "after" in w.ws and word == "tomorrow":
                n = 2
            return replace(p, precision="day", relative=True, unit="day", offset=n)
    return None


def part_of_today(p: TimeParse, w: Words) -> TimeParse | None:
    if w.this and w.ws & {"morning", "afternoon", "evening", "night"}:
        return replace(p, precision="day", relative=True, unit="day", offset=0)
    return None


def _head_unit(w: Words) -> str:
    """The unit word that heads the expression: the last one, but the counted one before "of" ("the first
    nine [months] of the year": P9M, not P9Y) or "ago" ("ten [years] ago this month")."""
    first = w.unit_words[0]
    if len(w.unit_words) > 1 and w.number is not None and "of" in w.words \
            and w.words.index(first) < w.words.index("of"):
        return first
    k = w.words.index("ago") if "ago" in w.words else 0
    if len(w.unit_words) > 1 and k > 0 and w.words[k - 1] in UNIT_WORDS:
        return w.words[k - 1]  # "ten years ago this month": years back
    return w.unit_words[-1]


_HALF = {"hour": "PT30M", "minute": "PT30S", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y"}


def _half_of(words: tuple[str, ...], unit: str) -> str | None:
    """"half an hour", "a half-hour", "about half a century": half the unit (PT30M, P50Y); never "the first
    half of the year"."""
    if len(words) > 4 or words[-3:-1] not in (("half", "a"), ("half", "an"), ("a", "half")):
        return None
    return _HALF.get(unit)


def with_unit(p: TimeParse, w: Words) -> TimeParse | None:
    if not w.unit_words:
        return None
    ws, words, number = w.ws, w.words, w.number
    head = _head_unit(w)
    unit = UNIT_WORDS[head]
    if words in (("the", "year"), ("the", "month"), ("the", "week"), ("the", "weekend"), ("the", "quarter")):
        # "the year" is the current one; "the weekend" the one on the clause's side of the publication date
        return replace(p, relative=True, unit=unit, offset=None if unit == "weekend" else 0, precision=
                       "week" if unit == "weekend" else unit)
    plural = head in PLURAL_UNITS
    if words == ("these", "days"):
        return replace(p, precision="vague", relative=True)  # "these days": now (PRESENT_REF), no length
    half = _half_of(words, unit)
    if half is not None:
        return replace(p, kind="duration", relative=False, unit=None, count=None, precision="vague", duration=half)
    if len(words) == 2 and words[0] == "the" and plural:
        return _duration(p, unit, None)  # "over the years": PXY
    ahead = words[-2:] in (("from", "now"), ("from", "today"))  # "ten years from now"
    if ("ago" in ws or ahead) and unit not in CLOCK_UNITS:  # "two weeks ago"
        precision = {"weekend": "week", "century": "vague"}.get(unit, unit)
        if words[0] in {"some", "about", "around", "nearly", "almost", "over"} or plural and number is None:
            precision = "vague"
        sign = 1 if ahead else -1
        return replace(p, relative=True, unit=unit, offset=sign * (number or 1), direction=sign, precision=precision)
    if words[0] == "the" and ws & {"past", "last", "next", "coming", "previous", "recent", "following"} \
            and (plural or words[1:2] in (("past",), ("last",))) \
            and unit not in {"weekend", "season"}:
        return _duration(p, unit, number if number is not None else None if plural else 1)  # "the past three weeks"
    if not plural and unit not in CLOCK_UNITS and (w.past or w.future or w.this) \
            and number in (None, 1) and not ({"later", "earlier"} & ws and not w.this):  # "next month"
        if ws & {"last", "past", "previous", "prior", "latest"}:  # "the latest quarter": the last complete one
            offset = -1
        elif "next" in ws or "coming" in ws or "following" in ws:
            offset = 1
        else:
            offset = 0
        precision = {"weekend": "week", "century": "century", "decade": "decade", "season": "vague"}.get(unit, unit)
        return replace(p, relative=True, unit=unit, offset=offset, precision=precision)
    if len(words) == 2 and words[1] in {"end", "start"} and unit in {"month", "year", "quarter"}:
        return replace(p, relative=True, unit=unit, offset=0, precision=unit)  # "year-end", "quarter-end"
    if not plural and number is None and p.mod in {"start", "end", "mid"} and words[0] in {"the", "at", "by"} \
            and unit in {"week", "month", "year", "quarter", "weekend", "decade"}:
        # "the start of the year", "the end of the week": this period, its start or end
        return replace(p, relative=True, unit=unit, offset=0,
                       precision={"weekend": "week", "decade": "vague"}.get(unit, unit))
    if plural and number is None and ws & {"recent", "past", "last", "next", "coming"} and unit not in {"weekend"}:
        return _duration(p, unit, None)  # "recent weeks", "in coming years": PXW, PXY
    if w.past or w.future or {"later", "earlier", "after", "before"} & ws \
            or (number is None and words[0] in {"the", "that"}):
        return replace(p, precision="vague", relative=bool(w.past or w.future))
    return _duration(p, unit, number, words)  # a length of time: "three years", "48 hours", "for years"


_ISO_UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}


def _compound(words: tuple[str, ...]) -> str | None:
    """"two hours 45 minutes" -> PT2H45M, "7.96 seconds" -> PT7.96S: several units, or a decimal number."""
    pairs = []
    for k in range(len(words) - 1):
        unit = UNIT_WORDS.get(words[k + 1])
        n = words[k] if re.match(r"^\d+(\.\d+)?$", words[k]) else number_of(words[k])
        if unit is not None and n is not None and words[k] not in {"a", "an"}:
            pairs.append((unit, str(n)))
    units = [u for u, _ in pairs]
    if not pairs or len(set(units)) != len(units) or any(u not in _ISO_UNIT for u in units) \
            or (len(pairs) == 1 and "." not in pairs[0][1]):
        return None
    day = "".join(n + _ISO_UNIT[u] for u, n in pairs if u not in CLOCK_UNITS)
    clock = "".join(n + _ISO_UNIT[u] for u, n in pairs if u in CLOCK_UNITS)
    return "P" + day + ("T" + clock if clock else "")


def _duration(p: TimeParse, unit: str, number: int | None, words: tuple[str, ...] = ()) -> TimeParse:
    """A length of time in ISO 8601: "P3Y", "PT48H"; no value when the number is not given ("for years")."""
    q = replace(p, kind="duration", relative=False, unit=unit, count=number,
                precision=unit if unit in {"day", "week", "month", "year", "hour", "minute", "second"} else "vague")
    compound = _compound(words)
    if compound is not None:
        q.duration, q.unit, q.count = compound, None, None  # the TIMEX3 takes the value as it is
        return q
    if number is None:  # "for years": no value of its own (the TIMEX3 says PXY)
        q.precision, q.duration, q.relative = "vague", None, p.direction != 0  # "the coming years": future
        return q
    n = number * DURATION_MULT.get(unit, 1)
    q.duration = ("PT" if unit in CLOCK_UNITS else "P") + f"{n}{DURATION_CODE.get(unit, 'D')}"
    return q


def clock_time(p: TimeParse, w: Words) -> TimeParse | None:
    return replace(p, kind="time", precision="time") if p.clock is not None else None


def now(p: TimeParse, w: Words) -> TimeParse | None:
    if w.ws & {"now", "currently", "present"}:
        return replace(p, precision="day", relative=True, unit="day", offset=0)
    return None


def vague(p: TimeParse, w: Words) -> TimeParse | None:
    if w.ws & (PAST_WORDS | FUTURE_WORDS) or w.ws & {"soon", "future", "past", "once", "eventually", "later"}:
        return replace(p, precision="vague", relative=True)
    return None


SHAPES: tuple[Callable[[TimeParse, Words], TimeParse | None], ...] = (
    absolute, weekday, day_word, part_of_today, with_unit, clock_time, now, vague,
)


def _words(low: str) -> tuple[TimeParse, Words] | None:
    """The parts and words of a lowercase expression; None when it has no words."""
    words = WORD.findall(low)
    if not words:
        return None
    ws = frozenset(words)
    mod = next((MODS[w] for w in words if w in MODS), None)
    past, future, this = bool(ws & PAST_WORDS), bool(ws & FUTURE_WORDS), bool(ws & THIS_WORDS)
    numbers = [number_of(w) for w in words if number_of(w) is not None and not YEAR.match(w)]
    spelled = [number_of(w) for w in words if w not in {"a", "an"} and number_of(w) is not None and not YEAR.match(w)]
    number = (spelled or numbers or [None])[0]  # "a full 48 hours": 48, not the article
    if ws & {"few", "several", "many", "couple", "some"} and not spelled:
        number = None  # "a few years ago": no number
    info = Words(tuple(words), ws, past, future, this, number, tuple(w for w in words if w in UNIT_WORDS))
    part = next((PARTS[w] for w in words if w in PARTS), None)
    zone = next((w.upper() for w in words if w in ZONES), None)
    if ws & SET_WORDS or FREQUENCY.search(low):
        return TimeParse(kind="set", precision="vague", mod=mod, part=part), info
    direction = -1 if past and not future else (1 if future and not past else 0)
    return TimeParse(mod=mod, clock=clock(words, ws), direction=direction, part=part, zone=zone,
                     **calendar_parts(words)), info


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> TimeParse | None:
    """Read a time expression; None when the rules cannot (dateparser may then try)."""
    low = text.lower().replace("’", "'")
    m = ISO_DATE.search(low)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return TimeParse(precision="day", year=y, month=mo, day=d)
    read = _words(low)
    if read is None:
        return None
    p, info = read
    if p.kind == "set":  # "every week", "annually"
        return p
    for shape in SHAPES:
        got = shape(p, info)
        if got is not None:
            return got
    return None
