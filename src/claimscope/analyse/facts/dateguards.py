"""Guards against false dates: numbers, ages, prices and words in their other senses that look like dates.

`is_false_date` asks `FALSE_DATE_GUARDS` in order: `empty`, `age` ("62-year-old", "aged 40"), `iso_date`
(always a date), `range_of_years` ("1998-99" is a date), `score_or_price` ("4:19.11", "70p"), `time_clause`
("by the time he came"), `generic_period` ("a dry year", "any year", "summer clothing"), `lone_name` (a place
name tagged a date), `weekday_in_name` ("the Sunday Telegraph"), `bare_number` (no date, but a four-digit
year is unless it counts something: "2001 people"), `other_sense_month` ("may" the modal, "march" the verb),
`age_word`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from ...lexicon.time import AMBIGUOUS_MONTHS, DATE_WORDS, FULL_MONTHS, HOLIDAYS, MONTHS, SEASONS, UNIT_WORDS, WEEKDAYS
from .dateparse import ISO_DATE, YEAR
from .daterange import parse_range

ISO_SCAN = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_AGE = re.compile(r"\d+\s*-?\s*(?:years?|months?|weeks?|days?)\s*-?\s*old", re.IGNORECASE)


def is_month_token(tok: Token) -> bool:
    low = tok.lower_
    if low not in MONTHS or low not in FULL_MONTHS:
        return False
    if not tok.text[:1].isupper() or tok.tag_ == "MD" or tok.tag_.startswith("VB"):
        return False
    return True


# ---- false dates: FALSE_DATE_GUARDS, in order ----------------------------------------------------------
# A guard sees the span and its words (no punctuation); it returns True (no date), False (a date, stop
# asking) or None (no opinion).

def empty(span: Span, words: list[Token], text: str) -> bool | None:
    return True if not words else None


def age(span: Span, words: list[Token], text: str) -> bool | None:
    """"62 years old", "aged 40", "40-year-old": an age, not a date."""
    doc = span.doc
    if _AGE.search(text[span.start_char:min(len(text), span.end_char + 8)]):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in {"aged", "age"}:
        return True
    if [t.lower_ for t in words[:3]] == ["the", "age", "of"]:
        return True  # "the age of 85"
    if span.end < len(doc) and doc[span.end].lower_ in {"old", "-old"}:
        return True
    nxt = doc[span.end:span.end + 2]
    if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "old":
        return True
    return None


def iso_date(span: Span, words: list[Token], text: str) -> bool | None:
    return False if ISO_DATE.search(span.text) else None  # "2024-03-05" is a date whatever surrounds it


def range_of_years(span: Span, words: list[Token], text: str) -> bool | None:
    """"2015-2016", "1998-99": a range of years, though every word is a number."""
    return False if parse_range(text[span.start_char:span.end_char]) is not None else None


def score_or_price(span: Span, words: list[Token], text: str) -> bool | None:
    """"4:19.11" (a race time), "70p" (a price): numbers that only look like clock times."""
    if len(words) == 1 and re.match(r"^\d+:\d{2}\.\d+$|^\d+p$", words[0].text):
        return True
    return None


def time_clause(span: Span, words: list[Token], text: str) -> bool | None:
    """"by the time the police arrived": a conjunction, not a time."""
    if [t.lower_ for t in words] == ["the", "time"] and span.start > 0 and span.doc[span.start - 1].lower_ == "by":
        return True
    return None


def generic_period(span: Span, words: list[Token], text: str) -> bool | None:
    """"a dry year", "the hottest day": a period described, not placed in time."""
    if len(words) == 3 and words[0].lower_ in {"a", "an", "the"} and words[1].pos_ == "ADJ" \
            and words[1].lower_ not in DATE_WORDS and words[2].lower_ in {"day", "year", "week", "month", "night"}:
        return True
    if len(words) == 2 and words[0].lower_ in {"any", "no"} and words[1].lower_ in UNIT_WORDS:
        return True  # "than in any year since 1976": no time of its own
    if len(words) == 1 and words[0].lower_ in SEASONS and words[0].dep_ in {"compound", "amod", "nmod"} \
            and words[0].head.pos_ == "NOUN" and words[0].head.lower_ not in DATE_WORDS:
        return True  # "summer clothing": a kind of thing, not a time
    return None


def lone_name(span: Span, words: list[Token], text: str) -> bool | None:
    """A single capitalised word with no time word or digit in it (a place name tagged a date) is none."""
    if len(words) == 1 and words[0].text[:1].isupper() and words[0].lower_ not in DATE_WORDS \
            and words[0].lower_ not in HOLIDAYS and not any(ch.isdigit() for ch in words[0].text):
        return True
    return None


def weekday_in_name(span: Span, words: list[Token], text: str) -> bool | None:
    """A weekday that begins a name ("the Sunday Telegraph", "Monday Night Football") is no date."""
    if len(words) != 1 or words[0].lower_ not in WEEKDAYS or words[0].dep_ != "compound" \
            or span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    return True if after.ent_type_ in {"ORG", "WORK_OF_ART", "FAC", "EVENT"} and after.text[:1].isupper() else None


_YEAR_PREPS = {"in", "since", "until", "till", "by", "during", "through"}  # before a year, never before a count
APPROX = {"about", "around", "circa", "nearly", "some", "roughly", "approximately"}
_NUMBER_WORDS = {"a", "an", "the", "and", "or", "to", "under", "over", "than", "more", "less", "between", "almost",
                 "just", "only"} | APPROX


def bare_number(span: Span, words: list[Token], text: str) -> bool | None:
    """Only numbers: no date ("15 and 34", "under 18"), except a year that counts nothing ("in 2001", "around
    2010", not "2001 people")."""
    if not all(t.like_num or t.lower_ in _NUMBER_WORDS for t in words):
        return None
    years = [t for t in words if YEAR.match(t.text)]
    if len(years) == 1 and all(t.lower_ in APPROX for t in words if t is not years[0]):
        tok = years[0]
        if tok.ent_type_ == "DATE" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _YEAR_PREPS:
            return False  # "spent $3m since [2020] burying lines": the parse may hang the year on the noun
        # "2001 people" counts people; "in 2001", "2001 was" or the DATE label make it a year
        return tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NNS" \
            and tok.head.lower_ not in UNIT_WORDS and tok.head.ent_type_ != "DATE"
    return True


def other_sense_month(span: Span, words: list[Token], text: str) -> bool | None:
    """"may" the modal, "march" the verb: a month only as a capitalised proper noun."""
    doc = span.doc
    for t in words:
        if t.lower_ in AMBIGUOUS_MONTHS and len(words) == 1:
            if not t.text[:1].isupper() or t.tag_ == "MD" or t.tag_.startswith("VB"):
                return True
            if t.lower_ == "may" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in {"PRON", "VERB", "AUX"} \
                    and doc[t.i + 1].tag_ not in {"CD"}:
                return True  # "May I ..." / "May be ..."
    return None


def age_word(span: Span, words: list[Token], text: str) -> bool | None:
    lows = {t.lower_ for t in words}
    return True if "old" in lows or "aged" in lows else None


FALSE_DATE_GUARDS: tuple[Callable[[Span, list[Token], str], bool | None], ...] = (
    empty, age, iso_date, range_of_years, score_or_price, time_clause, generic_period, lone_name, weekday_in_name,
    bare_number, other_sense_month, age_word,
)


def is_false_date(span: Span, text: str) -> bool:
    """Bare numbers, ages and 'may'/'march' in their other senses are no dates (FALSE_DATE_GUARDS)."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    for guard in FALSE_DATE_GUARDS:
        got = guard(span, words, text)
        if got is not None:
            return got
    return False
