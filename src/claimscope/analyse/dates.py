"""Time expressions: found, guarded against false dates, normalised against the publication date.

Candidates are spaCy's DATE and TIME entities plus what the recogniser misses (capitalised month and weekday
names used as dates, "yesterday"/"today"/"tomorrow", ISO dates, years after a temporal preposition). Guards:
a bare number is no date (a four-digit year is, unless it counts something), an age ("62-year-old") is no
date, and "may"/"march" are dates only as capitalised proper nouns, never as a modal or a verb.

Each expression is parsed by rules into a `TimeParse` (absolute parts, an offset from the time of writing,
a weekday, a duration...) and resolved against the publication date when it is known; otherwise a relative
expression keeps `value` None and says how it is relative (`relative`). dateparser is used only for what
the rules cannot read, only on that span, and cached.

Fields: `kind` (date, time, duration, set), `precision` (day, week, month, quarter, half, season, year,
decade, time, vague), `role` (event: when something happened or will; deadline: "by December", "until";
start: "since 2001"; reported: when a statement was made, "said on Monday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .clauses import doc_cache, governing_verb
from .extensions import register_extensions
from .numbers import UNITS as NUMBER_UNITS, TENS as NUMBER_TENS
from .status import clause_status

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
          "nov": 11, "dec": 12}
FULL_MONTHS = {k for k in MONTHS if len(k) > 4 or k in {"may", "june", "july"}}
AMBIGUOUS_MONTHS = {"may", "march", "august"}  # also a modal, a verb/noun, an adjective
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
UNIT_WORDS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "week",
              "month": "month", "months": "month", "year": "year", "years": "year", "quarter": "quarter",
              "quarters": "quarter", "decade": "decade", "decades": "decade", "century": "century",
              "centuries": "century", "weekend": "weekend", "weekends": "weekend", "hour": "hour",
              "hours": "hour", "minute": "minute", "minutes": "minute", "second": "second",
              "seconds": "second", "night": "day", "nights": "day", "season": "season"}
PLURAL_UNITS = {"days", "weeks", "months", "years", "quarters", "decades", "centuries", "hours", "minutes",
                "seconds", "weekends", "nights"}
_DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y",
                  "quarter": "M", "hour": "H", "minute": "M", "second": "S", "weekend": "D"}
_DURATION_MULT = {"decade": 10, "century": 100, "quarter": 3, "weekend": 2}
PAST_WORDS = {"last", "past", "previous", "preceding", "ago", "earlier", "recent", "recently", "former"}
FUTURE_WORDS = {"next", "coming", "following", "upcoming", "soon", "future", "later", "forthcoming"}
THIS_WORDS = {"this", "current", "present"}
MODS = {"early": "early", "mid": "mid", "middle": "mid", "late": "late", "end": "end", "start": "start",
        "beginning": "start", "close": "end", "turn": "start"}
SET_WORDS = {"every", "each", "daily", "weekly", "monthly", "annually", "annual", "yearly", "quarterly",
             "nightly", "hourly", "biannual", "biennial"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}
SMALL_NUMBERS = {**NUMBER_UNITS, **NUMBER_TENS, "a": 1, "an": 1, "one": 1}
DEADLINE_BEFORE = (("no", "later", "than"), ("ahead", "of"), ("in", "time", "for"), ("not", "before"),
                   ("by",), ("before",), ("until",), ("till",), ("til",), ("through",), ("within",))
START_BEFORE = (("since",), ("from",), ("starting",), ("as", "of"), ("beginning",))
TEMPORAL_PREPS = {"in", "on", "at", "by", "since", "until", "till", "before", "after", "from", "during",
                  "through", "throughout", "of", "to", "between", "and", "or", "early", "late", "mid", "last",
                  "next", "this", "that", "every", "each", "around", "circa", "as"}
DATE_WORDS = (set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | set(UNIT_WORDS) | PAST_WORDS | FUTURE_WORDS | THIS_WORDS
              | set(MODS) | SET_WORDS | {"today", "tomorrow", "yesterday", "tonight", "now", "currently", "once",
                                         "around", "about", "some", "nearly", "almost", "over", "just", "only",
                                         "mid", "later", "earlier", "recently", "early", "late", "eventually"})
_WORD = re.compile(r"\b[qh][1-4]\b|'?\d{2}s\b|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|am|pm|a\.m\.|p\.m\.)?|[a-z]+(?:\.m\.)?")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ISO_SCAN = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_AGE = re.compile(r"\d+\s*-?\s*(?:years?|months?|weeks?|days?)\s*-?\s*old", re.IGNORECASE)
_YEAR = re.compile(r"^(1[0-9]\d\d|20\d\d|21\d\d)$")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$")


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


# ---- parsing -------------------------------------------------------------------------------------------

def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    m = re.match(r"^(\d+)(st|nd|rd|th)$", word)
    if m:
        return int(m.group(1))
    return SMALL_NUMBERS.get(word)


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> TimeParse | None:
    """Read a time expression; None when the rules cannot (dateparser may then try)."""
    low = text.lower().replace("’", "'")
    m = _ISO_DATE.search(low)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return TimeParse(precision="day", year=y, month=mo, day=d)
    words = _WORD.findall(low)
    if not words:
        return None
    ws = set(words)
    p = TimeParse()
    for w in words:
        if w in MODS and p.mod is None:
            p.mod = MODS[w]
    if ws & SET_WORDS:
        p.kind, p.precision = "set", "vague"
        return p
    # clock times
    for w in words:
        tm = _TIME.match(w)
        if tm and (tm.group(2) or tm.group(3)):
            hour = int(tm.group(1)) % 12 + (12 if (tm.group(3) or "").startswith("p") else 0) \
                if tm.group(3) else int(tm.group(1))
            minute = int(tm.group(2) or 0)
            if hour < 24 and minute < 60:
                p.clock = f"{hour:02d}:{minute:02d}"
    if "noon" in ws or "midday" in ws:
        p.clock = "12:00"
    if "midnight" in ws:
        p.clock = "00:00"
    # parts
    for k, w in enumerate(words):
        if w in MONTHS and (w in FULL_MONTHS or len(words) > 1) and p.month is None:
            p.month = MONTHS[w]
            for j in (k - 1, k + 1, k - 2, k + 2):
                if 0 <= j < len(words):
                    n = _num(words[j]) if re.match(r"^\d{1,2}(st|nd|rd|th)?$", words[j]) else None
                    if n is not None and 1 <= n <= 31 and (abs(j - k) == 1 or words[min(j, k) + 1] in {"the", "of"}):
                        p.day = n
                        break
        elif _YEAR.match(w) and p.year is None:
            p.year = int(w)
        elif re.match(r"^'?\d{2}s$", w) or re.match(r"^\d{3}0s$", w):
            digits = w.strip("'s")
            p.decade = int(digits) if len(digits) == 4 else (1900 + int(digits) if int(digits) > 20 else 2000 + int(digits))
        elif w in WEEKDAYS:
            p.weekday = WEEKDAYS[w]
        elif w in SEASONS:
            p.season = SEASONS[w]
        elif w in {"q1", "q2", "q3", "q4"}:
            p.quarter = int(w[1])
        elif w in {"h1", "h2"}:
            p.half = int(w[1])
        elif w in {"quarter", "half"} and k > 0 and words[k - 1] in ORDINALS:
            if w == "quarter":
                p.quarter = ORDINALS[words[k - 1]]
            else:
                p.half = min(2, ORDINALS[words[k - 1]])
    past = bool(ws & PAST_WORDS)
    future = bool(ws & FUTURE_WORDS)
    this = bool(ws & THIS_WORDS)
    p.direction = -1 if past and not future else (1 if future and not past else 0)
    unit_words = [w for w in words if w in UNIT_WORDS]
    number = next((_num(w) for w in words if _num(w) is not None and not _YEAR.match(w)), None)
    # fully or partly absolute
    if p.year is not None or p.month is not None or p.decade is not None or p.quarter or p.half or p.season:
        if p.decade is not None and p.year is None and p.month is None:
            p.precision = "decade"
        elif p.quarter:
            p.precision = "quarter"
        elif p.half:
            p.precision = "half"
        elif p.season:
            p.precision = "season"
        elif p.month is not None and p.day is not None:
            p.precision = "day"
        elif p.month is not None:
            p.precision = "month"
        else:
            p.precision = "year"
        if p.year is None and p.precision != "decade":
            p.relative = True
            for k, w in enumerate(words[:-1]):
                if words[k + 1] == "year" and w in {"last", "next", "this", "previous", "past", "coming"}:
                    p.year_offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(w, 0)
            if p.quarter or p.half or p.season:
                if "last" in ws or "past" in ws or "previous" in ws:
                    p.offset, p.direction = -1, -1
                elif "next" in ws or "coming" in ws:
                    p.offset, p.direction = 1, 1
                elif this:
                    p.offset = 0
            elif "last" in ws or "next" in ws:
                p.direction = -1 if "last" in ws else 1
        return p
    if p.weekday is not None:
        p.precision, p.relative = "day", True
        if "last" in ws or "previous" in ws:
            p.offset, p.direction = -1, -1
        elif "next" in ws or "coming" in ws:
            p.offset, p.direction = 1, 1
        elif this:
            p.offset = 0
        return p
    for w, n in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if w in ws:
            p.precision, p.relative, p.unit, p.offset = "day", True, "day", n
            if "before" in ws and w == "yesterday":
                p.offset = -2
            if "after" in ws and w == "tomorrow":
                p.offset = 2
            return p
    if this and ws & {"morning", "afternoon", "evening", "night"}:
        p.precision, p.relative, p.unit, p.offset = "day", True, "day", 0
        return p
    if unit_words:
        unit = UNIT_WORDS[unit_words[-1]]
        plural = unit_words[-1] in PLURAL_UNITS
        if "ago" in ws and unit not in {"hour", "minute", "second"}:
            p.relative, p.unit, p.offset, p.direction = True, unit, -(number or 1), -1
            p.precision = {"weekend": "week", "century": "vague"}.get(unit, unit)
            if words[0] in {"some", "about", "around", "nearly", "almost", "over"} or plural and number is None:
                p.precision = "vague"
            return p
        if not plural and unit not in {"hour", "minute", "second"} and (past or future or this) \
                and number in (None, 1) and not ({"later", "earlier"} & ws and not this):
            p.relative, p.unit = True, unit
            if "last" in ws or "past" in ws or "previous" in ws:
                p.offset = -1
            elif "next" in ws or "coming" in ws or "following" in ws:
                p.offset = 1
            else:
                p.offset = 0
            p.precision = {"weekend": "week", "century": "vague", "decade": "decade", "season": "vague"}.get(unit, unit)
            if unit == "decade":
                p.precision = "vague"
            return p
        if not plural and number is None and p.mod in {"start", "end", "mid"} and words[0] in {"the", "at", "by"} \
                and unit in {"week", "month", "year", "quarter", "weekend", "decade"}:
            # "the start of the year", "the end of the week": this period, its start or end
            p.relative, p.unit, p.offset = True, unit, 0
            p.precision = {"weekend": "week", "decade": "vague"}.get(unit, unit)
            return p
        if past or future or {"later", "earlier", "after", "before"} & ws or (plural and number is None) \
                or (number is None and words[0] in {"the", "that"}):
            p.precision, p.relative = "vague", bool(past or future)
            return p
        # a length of time
        p.kind = "duration"
        p.precision = unit if unit in {"day", "week", "month", "year", "hour", "minute", "second"} else "vague"
        if number is not None:
            n = number * _DURATION_MULT.get(unit, 1)
            code = _DURATION_CODE.get(unit, "D")
            p.duration = ("PT" if unit in {"hour", "minute", "second"} else "P") + f"{n}{code}"
        return p
    if p.clock is not None:
        p.kind, p.precision = "time", "time"
        return p
    if ws & {"now", "currently", "present"}:
        p.precision, p.relative, p.unit, p.offset = "day", True, "day", 0
        return p
    if ws & (PAST_WORDS | FUTURE_WORDS) or ws & {"soon", "future", "past", "once", "eventually", "later"}:
        p.precision, p.relative = "vague", True
        return p
    return None


# ---- resolution ----------------------------------------------------------------------------------------

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


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _fmt_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def resolve(p: TimeParse, pub: date | None, future: bool) -> tuple[str | None, dict | None]:
    """(ISO-like value or None, how the expression is relative or None) for a parse and publication date."""
    if p.kind == "duration":
        return p.duration, None
    if p.kind == "set":
        return None, None
    if p.kind == "time":
        return (f"T{p.clock}" if p.clock else None), None
    rel: dict | None = None
    if p.relative:
        rel = {}
        if p.unit is not None:
            rel = {"unit": p.unit, "offset": p.offset}
        elif p.weekday is not None:
            rel = {"weekday": list(WEEKDAYS)[p.weekday], "offset": p.offset if p.offset is not None else
                   (1 if future else -1) if p.direction == 0 else p.direction}
        elif p.month is not None:
            rel = {"month": p.month, **({"day": p.day} if p.day else {}),
                   **({"year_offset": p.year_offset} if p.year_offset is not None else {})}
        elif p.quarter or p.half or p.season:
            rel = {("quarter" if p.quarter else "half" if p.half else "season"): p.quarter or p.half or p.season,
                   **({"offset": p.offset} if p.offset is not None else {})}
        else:
            rel = {"direction": "future" if (p.direction > 0 or (p.direction == 0 and future)) else "past"}
    if p.precision == "vague":
        return None, rel
    if p.precision == "decade":
        return f"{p.decade}s", rel
    year = p.year
    if year is None and pub is None and (p.relative or p.precision in {"month", "day"}):
        return None, rel
    direction = p.direction or (1 if future else -1)
    if p.weekday is not None and pub is not None:
        delta = p.weekday - pub.weekday()
        if p.offset == 0:
            d = pub + timedelta(days=delta)
        elif direction > 0:
            d = pub + timedelta(days=delta if delta > 0 else delta + 7)
        else:
            d = pub + timedelta(days=delta if delta <= 0 else delta - 7)
            if p.offset == -1 and delta == 0:
                d -= timedelta(days=7)
        return d.isoformat(), rel
    if p.unit is not None and pub is not None:
        n = p.offset or 0
        if p.unit == "day":
            return (pub + timedelta(days=n)).isoformat(), rel
        if p.unit in {"week", "weekend"}:
            return _fmt_week(pub + timedelta(weeks=n)), rel
        if p.unit == "month":
            y, m = _shift_month(pub.year, pub.month, n)
            return f"{y}-{m:02d}", rel
        if p.unit == "quarter":
            q = (pub.month - 1) // 3 + n
            return f"{pub.year + q // 4}-Q{q % 4 + 1}", rel
        if p.unit == "year":
            return f"{pub.year + n}", rel
        if p.unit == "decade":
            return f"{(pub.year // 10 + n) * 10}s", rel
        return None, rel
    if p.month is not None:
        if year is None and p.year_offset is not None:
            year = pub.year + p.year_offset
        if year is None:
            year = _year_for(p.month, p.day, pub, direction > 0)
        if p.day is not None:
            try:
                return date(year, p.month, p.day).isoformat(), rel
            except ValueError:
                return None, rel
        return f"{year}-{p.month:02d}", rel
    if p.quarter or p.half or p.season:
        if year is None:
            if pub is None:
                return None, rel
            cur_q = (pub.month - 1) // 3 + 1
            if p.quarter:
                k = p.quarter
                year = pub.year + (p.offset or 0) if p.offset is not None else (
                    pub.year if (k <= cur_q if direction < 0 else k >= cur_q) else pub.year + direction)
            elif p.half:
                cur_h = 1 if pub.month <= 6 else 2
                k = p.half
                year = pub.year + (p.offset or 0) if p.offset is not None else (
                    pub.year if (k <= cur_h if direction < 0 else k >= cur_h) else pub.year + direction)
            else:
                sm = _SEASON_MONTH[p.season]
                year = pub.year + (p.offset or 0) if p.offset is not None else (
                    pub.year if (sm <= pub.month if direction < 0 else sm + 2 >= pub.month) else pub.year + direction)
        if p.quarter:
            return f"{year}-Q{p.quarter}", rel
        if p.half:
            return f"{year}-H{p.half}", rel
        return f"{year}-{p.season}", rel
    if year is not None:
        return f"{year}", rel
    return None, rel


_DATEPARSER_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "time"}


@lru_cache(maxsize=2048)
def _dateparser(text: str, pub_iso: str | None, future: bool) -> tuple[str, str] | None:
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
        return _fmt_week(d.date()), period
    if period == "time":
        return d.isoformat(timespec="minutes"), period
    return d.date().isoformat(), period


# ---- finding -------------------------------------------------------------------------------------------

def _is_month_token(tok: Token) -> bool:
    low = tok.lower_
    if low not in MONTHS or low not in FULL_MONTHS:
        return False
    if not tok.text[:1].isupper() or tok.tag_ == "MD" or tok.tag_.startswith("VB"):
        return False
    return True


def _is_false_date(span: Span, text: str) -> bool:
    """Bare numbers, ages and 'may'/'march' in their other senses are no dates."""
    doc = span.doc
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return True
    if _AGE.search(text[span.start_char:min(len(text), span.end_char + 8)]):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in {"aged", "age"}:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in {"old", "-old"}:
        return True
    nxt = doc[span.end:span.end + 2]
    if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "old":
        return True
    lows = [t.lower_ for t in words]
    if _ISO_DATE.search(span.text):
        return False
    if all(t.like_num or t.lower_ in {"a", "an", "the", "some", "about"} for t in words):
        if len(words) == 1 and _YEAR.match(words[0].text):
            tok = words[0]
            # "2001 people" counts people; "in 2001", "2001 was" or the DATE label make it a year
            if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NNS" \
                    and tok.head.lower_ not in UNIT_WORDS and tok.head.ent_type_ != "DATE":
                return True  # counts a plural noun
            return False
        return True
    for t in words:
        if t.lower_ in AMBIGUOUS_MONTHS and len(words) == 1:
            if not t.text[:1].isupper() or t.tag_ == "MD" or t.tag_.startswith("VB"):
                return True
            if t.lower_ == "may" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in {"PRON", "VERB", "AUX"} \
                    and doc[t.i + 1].tag_ not in {"CD"}:
                return True  # "May I ..." / "May be ..."
    if "old" in lows or "aged" in lows:
        return True
    return False


_TRIGGERS = {"yesterday", "today", "tomorrow", "tonight"} | set(WEEKDAYS) | FULL_MONTHS
_YEAR_SCAN = re.compile(r"(?<![\w.,])(?:1[0-9]|20|21)\d\d(?![\w,]|\.\d)")


def _extra_candidates(doc: Doc, covered: set[int], text: str) -> list[tuple[int, int]]:
    """Token ranges of time expressions the recogniser missed."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    cache = doc_cache(doc)
    candidates = set(cache.with_lower(_TRIGGERS))
    candidates.update(cache.token_at(m.start()) for m in _YEAR_SCAN.finditer(text))
    pos = 0
    for i in sorted(candidates):
        if i < pos:
            continue
        tok = doc[i]
        if tok.i in covered or (tok.ent_type_ and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL"}):
            continue
        low = tok.lower_
        if low in {"yesterday", "today", "tomorrow", "tonight"} and tok.pos_ != "PROPN":
            out.append((i, i + 1))
        elif low in WEEKDAYS and tok.text[:1].isupper():
            start = i - 1 if i > 0 and doc[i - 1].lower_ in {"last", "next", "this"} else i
            out.append((start, i + 1))
        elif _is_month_token(tok):
            lo, hi = i, i + 1
            if i > 0 and re.match(r"^\d{1,2}(st|nd|rd|th)?$", doc[i - 1].text):
                lo = i - 1
            if hi < n and re.match(r"^\d{1,2}(st|nd|rd|th)?$", doc[hi].text):
                hi += 1
            if hi - lo > 1 and hi + 1 < n and doc[hi].lower_ in {"and", "-", "–", "to", "or"} \
                    and re.match(r"^\d{1,2}(st|nd|rd|th)?$", doc[hi + 1].text) and int(re.match(r"\d+", doc[hi + 1].text).group()) <= 31:
                hi += 2  # "February 16 and 17"
            if hi < n and doc[hi].text == "," and hi + 1 < n and _YEAR.match(doc[hi + 1].text):
                hi += 2
            elif hi < n and _YEAR.match(doc[hi].text):
                hi += 1
            prev = doc[lo - 1].lower_ if lo > 0 else ""
            if hi - lo > 1 or prev in TEMPORAL_PREPS or (tok.lower_ not in AMBIGUOUS_MONTHS and tok.tag_ == "NNP"):
                out.append((lo, hi))
            pos = hi
            continue
        elif tok.like_num and _YEAR.match(tok.text) and (
                (i > 0 and doc[i - 1].lower_ in TEMPORAL_PREPS
                 and doc[i - 1].lower_ not in {"and", "or", "to", "of", "at", "around", "as"}
                 and not (tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"))
                or (tok.dep_ in {"nummod", "compound", "amod"} and tok.head.tag_ == "NN" and tok.head.i > tok.i)):
            out.append((i, i + 1))  # "in 2001", "the 2005 budget"
    for m in _ISO_SCAN.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(t.i in covered for t in span):
            out.append((span.start, span.end))
    return out


def _day_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'February 16' + 'and 17' / '-17': the second day belongs to the expression."""
    n = len(doc)
    if end + 1 < n and doc[end].lower_ in {"and", "-", "–", "to", "or"} and re.match(r"^\d{1,2}$", doc[end + 1].text) \
            and int(doc[end + 1].text) <= 31 and re.match(r"^\d{1,2}$", doc[end - 1].text) \
            and any(t.lower_ in MONTHS for t in doc[start:end]):
        return start, end + 2
    return start, end


def _role(doc: Doc, span: Span, cue_tokens: dict[int, int], verb: Token | None,
          intentions: set[int] = frozenset()) -> str:
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    first = span[0].lower_ if len(span) else ""
    for pattern in DEADLINE_BEFORE:
        if tuple(before[-len(pattern):]) == pattern or (len(pattern) == 1 and first == pattern[0]):
            return "deadline"
    for pattern in START_BEFORE:
        if tuple(before[-len(pattern):]) == pattern or (len(pattern) == 1 and first == pattern[0]):
            return "start"
    if verb is not None and verb.i in cue_tokens and verb.i not in intentions:
        head = span.root.head
        if head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i):
            return "reported"  # "said on Monday", not "attributed the rise in January sales"
    return "event"


def find_dates(doc: Doc, published=None) -> list[TimeExpr]:
    """Every time expression of a parsed document, resolved against `published` when given."""
    cache = doc_cache(doc)
    text = cache.text
    pub = published_date(published)
    spans: list[tuple[int, int]] = [(e.start, e.end) for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    covered = {i for s, e in spans for i in range(s, e)}
    spans += _extra_candidates(doc, covered, text)
    spans = [_day_range(doc, s, e) for s, e in spans]
    if not spans:
        return []
    index = cache.statements if doc._.statements else None
    cue_tokens = index.cue_tokens if index is not None else {}
    intentions = {i for i, k in cue_tokens.items() if index.is_intention(k)} if index is not None else set()
    out: list[TimeExpr] = []
    for s, e in sorted(set(spans)):
        span = doc[s:e]
        # prepositions and punctuation at the edges are not part of the expression
        while len(span) and (span[-1].is_punct or span[-1].is_space):
            span = doc[span.start:span.end - 1]
        while len(span) and (span[0].is_punct or span[0].is_space):
            span = doc[span.start + 1:span.end]
        lead_role = None
        lows = [t.lower_ for t in span[:3]]
        for patterns, name in ((DEADLINE_BEFORE, "deadline"), (START_BEFORE, "start")):
            for pattern in patterns:
                if len(pattern) < len(span) and tuple(lows[:len(pattern)]) == pattern:
                    span = doc[span.start + len(pattern):span.end]  # "no later than June" -> "June"
                    lead_role = name
                    break
            if lead_role:
                break
        while len(span) > 1 and span[0].pos_ in {"ADV", "VERB", "ADJ"} and span[0].lower_ not in DATE_WORDS:
            span = doc[span.start + 1:span.end]  # "upwards years later" -> "years later"
        if not len(span) or _is_false_date(span, text):
            continue
        expr = text[span.start_char:span.end_char]
        p = parse_expression(expr)
        verb = governing_verb(span.root)
        status = clause_status(verb) if verb is not None else None
        role = lead_role or _role(doc, span, cue_tokens, verb, intentions)
        future = role == "deadline" or status == "planned" or (status == "possible" and verb.tag_ == "VB")
        value = None
        rel = None
        if p is None:
            p = TimeParse(precision="vague")
            has_digit = any(ch.isdigit() for ch in expr)
            if has_digit or any(w in MONTHS for w in expr.lower().split()):
                got = _dateparser(expr, pub.isoformat() if pub else None, future) \
                    if (pub is not None or re.search(r"\d{4}", expr)) else None
                if got is not None:
                    value, p.precision = got
                else:
                    p.relative = True
                    rel = {"direction": "future" if future else "past"}
        else:
            if p.direction:
                future = p.direction > 0
            value, rel = resolve(p, pub, future)
        if span.label_ == "TIME" and p.kind == "date" and p.precision == "vague" and p.clock is None:
            p.kind = "time"
        out.append(TimeExpr(start=span.start_char, end=span.end_char, text=expr, kind=p.kind,
                            precision=p.precision, role=role, parse=p, future=future, value=value,
                            relative=rel, mod=p.mod, verb=verb.i if verb is not None else None,
                            tokens=(span.start, span.end)))
    return out


def resolve_dates(dates: list[TimeExpr], published) -> None:
    """Re-resolve already found expressions against a publication date (used when it arrives late)."""
    pub = published_date(published)
    if pub is None:
        return
    for d in dates:
        if d.relative is None and d.value is not None:
            continue
        if d.parse.precision == "vague" and d.value is None and parse_expression(d.text) is None:
            got = _dateparser(d.text, pub.isoformat(), d.future)
            if got is not None:
                d.value, d.precision = got
            continue
        d.value, d.relative = resolve(d.parse, pub, d.future)


def doc_published(doc: Doc):
    """The publication date known to a Doc: `doc._.published`, user_data, or the SourceDoc context that
    `nlp.pipe(..., as_tuples=True)` attaches while the pipeline runs."""
    value = doc._.published if Doc.has_extension("published") else None
    if value is None:
        value = doc.user_data.get("published") if isinstance(doc.user_data, dict) else None
    if value is None:
        value = getattr(getattr(doc, "_context", None), "published", None)
    return value


class DateFinder:
    """spaCy component: writes the document's time expressions to `doc._.dates`."""

    def __init__(self, nlp: Language, name: str = "claimscope_dates"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(doc, doc_published(doc))
        return doc


@Language.factory(
    "claimscope_dates",
    assigns=["doc._.dates"],
    requires=["doc.ents", "doc._.statements", "token.dep", "token.tag"],
)
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    """Factory for the time expression finder (entry point `claimscope_dates`)."""
    return DateFinder(nlp, name)
