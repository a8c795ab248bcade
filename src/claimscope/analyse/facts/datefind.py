"""Where time expressions are: the candidates that the recogniser missed, and how far each one reaches.

`extra_candidates` finds what spaCy's DATE and TIME entities miss by `CANDIDATE_RULES`, in order:
`day_word` ("yesterday", "tonight"), `weekday_name` ("next Friday"), `month_name` ("March 3", "in May"),
`bare_year` ("in 2001", "the 2005 budget"), `ref_word` ("now", "in the past", "at the time"), `frequency`
("twice a year", "every day"), `season_name` ("in the autumn"), `holiday_name` ("New Year's Eve"),
`decade_word` ("the Sixties"), `rate_unit` ("$500 a day", "3 million straws a week"), `compared_period` ("in
the same period"); then ISO dates.
`day_range`, `widen_zone`, `widen_part`, `widen_period` and `widen_left` stretch a candidate to its whole
expression, and `split_linked` cuts one the recogniser ran over two ("late Monday after weeks", "the fiscal
first quarter on May 14"); the guards against false dates are in `dateguards`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ...lexicon.time import (AMBIGUOUS_MONTHS, DAY_WORDS, DECADE_WORDS, FULL_MONTHS, HOLIDAY_PHRASES, MONTHS,
                             PARTS_OF_DAY, SEASONS, TEMPORAL_PREPS, UNIT_WORDS, WEEKDAYS, ZONES)
from .clauses import doc_cache
from .dateguards import APPROX, ISO_SCAN, is_month_token
from .dateparse import DAY_NUMBER, YEAR

_REF_WORDS = {"now", "currently", "nowadays", "presently", "recently"}
_FREQUENCY = {"once", "twice", "thrice", "times", "every", "each"}
_HOLIDAY_STARTS = {phrase.split()[0] for phrase in HOLIDAY_PHRASES}
_HOLIDAY_SECONDS = {phrase.split()[1] for phrase in HOLIDAY_PHRASES}
_TRIGGERS = (DAY_WORDS | set(WEEKDAYS) | FULL_MONTHS | _REF_WORDS | _FREQUENCY | set(SEASONS)
             | {"past", "future", "time", "present"} | _HOLIDAY_STARTS | set(DECADE_WORDS)
             | {"day", "week", "month", "year", "hour", "period"})
_YEAR_SCAN = re.compile(r"(?<![\w.,])(?:1[0-9]|20|21)\d\d(?![\w,]|\.\d)")


class Claim(NamedTuple):
    """A candidate rule's answer for a token: the token range it found (or None), and where to go on."""

    span: tuple[int, int] | None
    resume: int | None = None


def day_word(doc: Doc, tok: Token) -> Claim | None:
    if tok.lower_ in DAY_WORDS and tok.pos_ != "PROPN":
        return Claim((tok.i, tok.i + 1))  # "yesterday", "tonight"
    return None


def weekday_name(doc: Doc, tok: Token) -> Claim | None:
    if tok.lower_ in WEEKDAYS and tok.text[:1].isupper():
        i = tok.i
        start = i - 1 if i > 0 and doc[i - 1].lower_ in {"last", "next", "this"} else i
        return Claim((start, i + 1))  # "Tuesday", "next Friday"
    return None


def month_name(doc: Doc, tok: Token) -> Claim | None:
    """"March 3", "3 March 2021", "February 16 and 17"; a lone month only after a temporal preposition
    or as a proper noun that is no other word ("in May", never "may" the modal)."""
    if not is_month_token(tok):
        return None
    n, i = len(doc), tok.i
    lo, hi = i, i + 1
    if i > 0 and DAY_NUMBER.match(doc[i - 1].text):
        lo = i - 1
    if hi < n and DAY_NUMBER.match(doc[hi].text):
        hi += 1
    if hi - lo > 1 and hi + 1 < n and doc[hi].lower_ in {"and", "-", "–", "to", "or"} \
            and DAY_NUMBER.match(doc[hi + 1].text) and int(re.match(r"\d+", doc[hi + 1].text).group()) <= 31:
        hi += 2  # "February 16 and 17"
    if hi < n and doc[hi].text == "," and hi + 1 < n and YEAR.match(doc[hi + 1].text):
        hi += 2
    elif hi < n and YEAR.match(doc[hi].text):
        hi += 1
    prev = doc[lo - 1].lower_ if lo > 0 else ""
    if hi - lo > 1 or prev in TEMPORAL_PREPS or (tok.lower_ not in AMBIGUOUS_MONTHS and tok.tag_ == "NNP"):
        return Claim((lo, hi), hi)
    return Claim(None, hi)


def bare_year(doc: Doc, tok: Token) -> Claim | None:
    i = tok.i
    if tok.like_num and YEAR.match(tok.text) and (
            (i > 0 and doc[i - 1].lower_ in TEMPORAL_PREPS
             and doc[i - 1].lower_ not in {"and", "or", "to", "of", "at", "around", "as"}
             and not (tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"))
            or (tok.dep_ in {"nummod", "compound", "amod"} and tok.head.tag_ == "NN" and tok.head.i > tok.i)):
        return Claim((i, i + 1))  # "in 2001", "the 2005 budget"
    return None


def ref_word(doc: Doc, tok: Token) -> Claim | None:
    """"now", "currently", "recently"; "in the past", "in the future", "at the time", "at that time": the time
    of writing, or before or after it (the noun phrase only: "the past", not "the past three years")."""
    if tok.lower_ in _REF_WORDS and tok.pos_ == "ADV":
        return Claim((tok.i, tok.i + 1))
    i = tok.i
    if tok.lower_ == "present" and i > 0 and doc[i - 1].lower_ == "at" \
            and (i + 1 >= len(doc) or not doc[i + 1].is_alpha or doc[i + 1].pos_ not in {"NOUN", "PROPN"}):
        return Claim((i, i + 1))  # "at present", never "at present prices"
    lead = i - 1 if i >= 2 and doc[i - 1].lower_ in {"near", "distant", "foreseeable", "recent"} else i
    if tok.lower_ in {"past", "future", "time"} and lead >= 2 \
            and (doc[lead - 1].lower_ == "the" or tok.lower_ == "time" and doc[lead - 1].lower_ == "that") \
            and (doc[lead - 2].lower_ in ({"in", "into", "for"} if tok.lower_ != "time" else {"at", "by"})
                 or tok.dep_ == "attr" and tok.lower_ != "time") \
            and (i + 1 >= len(doc) or doc[i + 1].lower_ not in UNIT_WORDS and not doc[i + 1].like_num
                 and doc[i + 1].lower_ not in {"of", "when", "that", "two", "three"}
                 and (tok.lower_ == "time" or doc[i + 1].lower_ not in {"few", "several"})):
        return Claim((lead - 1, i + 1))  # "in the past", "the near future", "cars are the future"
    return None


def decade_word(doc: Doc, tok: Token) -> Claim | None:
    """"the Sixties", "the late nineties": a decade after "the" (never "in her sixties")."""
    i = tok.i
    if tok.lower_ not in DECADE_WORDS or i == 0:
        return None
    start = i - 1 if doc[i - 1].lower_ in {"early", "mid", "late"} else i
    if start == 0 or doc[start - 1].lower_ != "the":
        return None
    return Claim((start - 1, i + 1))


def holiday_name(doc: Doc, tok: Token) -> Claim | None:
    """"New Year's Eve", "Christmas Eve", "Boxing Day": a holiday of several words, which the recogniser
    may call an event."""
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in _HOLIDAY_SECONDS:
        return None  # "new" is common, "new year" is not
    for k in (4, 3, 2):
        if tok.i + k <= len(doc) and " ".join(re.findall(r"[a-z]+", doc[tok.i:tok.i + k].text.lower())) \
                in HOLIDAY_PHRASES:
            return Claim((tok.i, tok.i + k), tok.i + k)
    return None


def season_name(doc: Doc, tok: Token) -> Claim | None:
    """"in the autumn", "this spring", "over the summer": a season after a determiner that places it (never
    "a hot spring", "Spring Street")."""
    i = tok.i
    if tok.lower_ not in SEASONS or tok.pos_ == "PROPN" or i == 0:
        return None
    prev = doc[i - 1].lower_
    if prev in {"this", "last", "next", "early", "late", "every", "each", "past", "coming"} or (
            prev == "the" and i >= 2 and doc[i - 2].lower_ in TEMPORAL_PREPS | {"over", "during"}
            and (i + 1 >= len(doc) or doc[i + 1].lower_ != "of" or i + 2 < len(doc) and YEAR.match(doc[i + 2].text))):
        return Claim((i - 1, i + 1))
    return None


def _period_word(tok: Token) -> bool:
    return tok.lower_ in UNIT_WORDS or tok.lower_ in WEEKDAYS or tok.lower_ in SEASONS or tok.lower_ in PARTS_OF_DAY


def frequency(doc: Doc, tok: Token) -> Claim | None:
    """"twice a year", "eight times a week", "every day", "each Monday", "every 15 minutes": a set."""
    i, n = tok.i, len(doc)
    if tok.lower_ in {"every", "each"}:
        j = i + 1
        if j < n and (doc[j].like_num or doc[j].lower_ in {"other", "few"}):
            j += 1
        return Claim((i, j + 1), j + 1) if j < n and _period_word(doc[j]) else None
    start = i - 1 if tok.lower_ == "times" and i > 0 and doc[i - 1].like_num else i
    if tok.lower_ == "times" and start == i:
        return None
    if start > 0 and doc[start - 1].lower_ in APPROX:
        start -= 1  # "about once a year": the mod belongs to the set
    j = i + 1
    if j + 1 < n and doc[j].lower_ in {"a", "an", "per", "each", "every"} and _period_word(doc[j + 1]):
        return Claim((start, j + 2), j + 2)
    return None


_RATE_UNITS = {"day", "week", "month", "year", "hour"}
_NOT_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "of", "-", "old", "or", "and", "from", "since"}


def rate_unit(doc: Doc, tok: Token) -> Claim | None:
    """"$500 a day", "3 million straws a week", "5% a year": "a" + unit after an amount, a rate (a SET), never
    "a year ago", "a day of talks" nor "took them a week"."""
    i = tok.i
    if tok.lower_ not in _RATE_UNITS or i < 2 or doc[i - 1].lower_ not in {"a", "an"}:
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ in _NOT_RATE_AFTER:
        return None
    before = doc[i - 2]
    amount = before.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"} or before.like_num \
        or before.tag_ == "NNS" and any(c.dep_ == "nummod" or c.ent_type_ == "CARDINAL" for c in before.children)
    return Claim((i - 1, i + 1), i + 1) if amount else None


def compared_period(doc: Doc, tok: Token) -> Claim | None:
    """"in the same period", "the year-earlier period", "in the period." ending its clause: a reporting
    period, which the recogniser often misses (never "a period of calm", "the same period of history" nor
    "in the period before the war")."""
    i = tok.i
    if tok.lower_ != "period" or i < 2:
        return None
    if doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in {"in", "during", "for", "over"} \
            and (i + 1 >= len(doc) or doc[i + 1].is_punct):
        return Claim((i - 1, i + 1), i + 1)  # "sales jumped 20% in the period."
    if doc[i - 2].lower_ != "the" or doc[i - 1].lower_ not in {"same", "year-earlier", "year-ago"}:
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ in {"of", "in"}:
        return None  # "the same period in 2004": the year is the expression
    return Claim((i - 2, i + 1), i + 1)


CANDIDATE_RULES: tuple[Callable[[Doc, Token], Claim | None], ...] = (
    day_word, weekday_name, month_name, bare_year, ref_word, frequency, season_name, holiday_name, decade_word,
    rate_unit, compared_period,
)


def extra_candidates(doc: Doc, covered: set[int], text: str) -> list[tuple[int, int]]:
    """Token ranges of time expressions the recogniser missed: CANDIDATE_RULES on trigger words and years
    (the first rule that claims a token decides), then ISO dates."""
    out: list[tuple[int, int]] = []
    cache = doc_cache(doc)
    candidates = set(cache.with_lower(_TRIGGERS))
    candidates.update(cache.token_at(m.start()) for m in _YEAR_SCAN.finditer(text))
    pos = 0
    for i in sorted(candidates):
        if i < pos:
            continue
        tok = doc[i]
        if tok.i in covered or (tok.ent_type_ and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL"}
                                and not (tok.ent_type_ == "EVENT" and tok.lower_ in _HOLIDAY_STARTS)):
            continue
        for rule in CANDIDATE_RULES:
            claim = rule(doc, tok)
            if claim is not None:
                if claim.span is not None:
                    out.append(claim.span)
                if claim.resume is not None:
                    pos = claim.resume
                break
    for m in ISO_SCAN.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(t.i in covered for t in span):
            out.append((span.start, span.end))
    return out


def day_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'February 16' + 'and 17' / '-17': the second day belongs to the expression."""
    n = len(doc)
    if end + 1 < n and doc[end].lower_ in {"and", "-", "–", "to", "or"} \
            and re.match(r"^\d{1,2}$", doc[end + 1].text) \
            and int(doc[end + 1].text) <= 31 and re.match(r"^\d{1,2}$", doc[end - 1].text) \
            and any(t.lower_ in MONTHS for t in doc[start:end]):
        return start, end + 2
    return start, end


_CLOCK = re.compile(r"^\d{1,2}([:.]\d{2})?(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_WIDEN = {"this", "last", "next", "that", "past", "coming", "previous", "every", "each", "early", "late", "mid",
          "the", "recent", "following", "several", "prior", "latest"}


def widen_zone(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'09:30' + 'BST': the zone after a clock time belongs to it."""
    if end < len(doc) and doc[end].lower_ in ZONES and doc[end].text.isupper() and _CLOCK.match(doc[end - 1].text):
        return start, end + 1
    return start, end


def widen_part(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'tomorrow' + 'morning', 'Friday' + 'night': the part of the day after a day belongs to it, when the
    recogniser left it out (never 'Sunday' + 'morning' + 'newspapers': the part must end the phrase)."""
    if end < len(doc) and doc[end].lower_ in {"morning", "afternoon", "evening", "night"} \
            and (doc[end - 1].lower_ in DAY_WORDS or doc[end - 1].lower_ in WEEKDAYS) \
            and (end + 1 >= len(doc) or doc[end + 1].pos_ not in {"NOUN", "PROPN"}):
        return start, end + 1
    return start, end


def widen_period(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'the year-ago' + 'period': the period noun after "year-earlier" or "year-ago" belongs to it."""
    if end < len(doc) and doc[end].lower_ in {"period", "quarter", "month", "week", "half"} \
            and doc[end - 1].lower_ in {"year-ago", "year-earlier", "ago", "earlier"} \
            and "year" in doc[start:end].text.lower():
        return start, end + 1
    return start, end


def widen_left(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'this' + 'year', 'the' + 'summer': a word before a period that the recogniser left out belongs to it."""
    head = doc[start].lower_
    if start > 0 and doc[start - 1].lower_ == "fiscal" and YEAR.match(doc[start].text):
        return start - 1, end  # "fiscal 1989"
    if YEAR.match(head) and end - start > 1 and doc[end - 1].lower_ in UNIT_WORDS and start > 0 \
            and doc[start - 1].lower_ == "the":
        return start - 1, end  # "the 2023 financial year"
    if not (head in UNIT_WORDS or head in MONTHS or head in WEEKDAYS or head in SEASONS):
        return start, end
    while start > 0 and doc[start - 1].lower_ in _WIDEN and not doc[start - 1].ent_type_:
        start -= 1
        if doc[start].lower_ == "the" or start == 0 or doc[start - 1].lower_ not in _WIDEN | {"the"}:
            break
    return start, end


_LINKS = {"after", "before", "on"}
_CALENDAR = set(WEEKDAYS) | FULL_MONTHS | {"quarter", "half"}


def split_linked(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """"late Monday after weeks", "the fiscal first quarter on May 14": two expressions the recogniser ran
    together, cut at the linking word when a calendar name comes before it; "the day after tomorrow", "two
    days before Christmas" and "10 a.m. on Monday" stay whole."""
    for k in range(start + 1, end - 1):
        low = doc[k].lower_
        if low not in _LINKS or not any(t.lower_ in _CALENDAR or YEAR.match(t.text) for t in doc[start:k]):
            continue
        if low == "on" and not any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in doc[k + 1:end]):
            continue
        return [(start, k), (k + 1, end)]
    return [(start, end)]
