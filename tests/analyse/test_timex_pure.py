"""TIMEX3 type, value and mod of each wording, read and resolved by the pure functions (no spaCy)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.analyse.facts.dateparse import TimeParse, parse_expression
from claimscope.analyse.facts.daterange import parse_range
from claimscope.analyse.facts.dateanchor import anchor_dates
from claimscope.analyse.facts.dateresolve import TimeExpr, resolve
from claimscope.analyse.facts.datetimex import Timex3, mod_of, timex_of

WED = date(2024, 11, 6)  # a Wednesday, ISO week 45


def tx(text: str, pub: date | None = WED, future: bool = False) -> Timex3:
    p = parse_range(text) or parse_expression(text) or TimeParse(precision="vague")  # as the finder does
    value, _ = resolve(p, pub, future)
    return timex_of(text, p, value, pub, future)


def test_the_timex_modules_need_no_spacy():
    code = ("import sys; import claimscope.analyse.facts.datetimex, claimscope.analyse.facts.daterange; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("text, future, type_, value", [
    ("22 March 2013", False, "DATE", "2013-03-22"),
    ("last week", False, "DATE", "2024-W44"),
    ("March 2013", False, "DATE", "2013-03"),
    ("the first quarter of 2013", False, "DATE", "2013-Q1"),
    ("the second half of the year", True, "DATE", "2024-H2"),
    ("the 2010s", False, "DATE", "201"),
    ("the 1990s", False, "DATE", "199"),
    ("the 20th century", False, "DATE", "19"),
    ("the 19th century", False, "DATE", "18"),
    ("the 1800s", False, "DATE", "18"),
    ("the early 2000s", False, "DATE", "200"),
    ("the coming decade", True, "DATE", "203"),
    ("next decade", True, "DATE", "203"),
    ("this century", False, "DATE", "20"),
    ("last summer", False, "DATE", "2024-SU"),  # in November: the summer just gone
    ("next winter", True, "DATE", "2025-WI"),
    ("this weekend", False, "DATE", "2024-W45-WE"),
    ("the year", False, "DATE", "2024"),
    ("two years ago", False, "DATE", "2022"),
    ("a few years ago", False, "DATE", "PAST_REF"),
])
def test_dates(text, future, type_, value):
    got = tx(text, future=future)
    assert (got.type, got.value) == (type_, value)


@pytest.mark.parametrize("text, future, value", [
    ("Monday", False, "2024-11-04"),       # past clause: the last Monday
    ("Wednesday", False, "2024-11-06"),    # the publication day itself
    ("Wednesday", True, "2024-11-13"),     # "will ... on Wednesday" written that day: the next one
    ("Friday", True, "2024-11-08"),        # future clause: the next Friday
    ("Friday", False, "2024-11-01"),
    ("last Monday", False, "2024-11-04"),
    ("this past Monday", False, "2024-11-04"),
    ("past Monday", True, "2024-11-04"),   # "past" points back whatever the clause says
    ("next Tuesday", False, "2024-11-12"),
    ("June", False, "2024-06"),            # a bare month in a past clause: the last June
    ("December", False, "2023-12"),
    ("December", True, "2024-12"),         # in a future clause: the next one
    ("November", False, "2024-11"),        # the publication month itself
])
def test_weekdays_and_months_follow_the_clause(text, future, value):
    assert tx(text, future=future).value == value


@pytest.mark.parametrize("text, value, mod", [
    ("the end of the year", "2024", "END"),
    ("early 2025", "2025", "START"),
    ("the late 1990s", "199", "END"),
    ("mid-2023", "2023", "MID"),
    ("about three years", "P3Y", "APPROX"),
    ("nearly six hours", "PT6H", "APPROX"),
    ("more than two years", "P2Y", "MORE_THAN"),
    ("under six hours", "PT6H", "LESS_THAN"),
    ("up to three days", "P3D", "EQUAL_OR_LESS"),
    ("at least a decade", "P1DE", "EQUAL_OR_MORE"),
])
def test_mods(text, value, mod):
    got = tx(text)
    assert (got.value, got.mod) == (value, mod)


def test_last_summer_during_the_summer_is_the_year_before():
    assert tx("last summer", pub=date(2024, 8, 8)).value == "2023-SU"
    assert tx("next spring", pub=date(2025, 2, 12)).value == "2025-SP"


def test_over_the_is_a_preposition_not_a_mod():
    assert mod_of(["over", "the", "past", "year"], parse_expression("the past year")) is None


@pytest.mark.parametrize("text, value", [
    ("09:30 BST Monday", "2024-11-04T09:30"),
    ("10:30", "2024-11-06T10:30"),
    ("7pm", "2024-11-06T19:00"),
    ("noon today", "2024-11-06T12:00"),
    ("Tuesday evening", "2024-11-05TEV"),
    ("this morning", "2024-11-06TMO"),
    ("yesterday afternoon", "2024-11-05TAF"),
    ("last night", "2024-11-05TNI"),
    ("tonight", "2024-11-06TNI"),
])
def test_clock_times_and_parts_of_the_day(text, value):
    got = tx(text)
    assert (got.type, got.value) == ("TIME", value)


def test_a_clock_time_keeps_its_zone_beside_the_value():
    assert tx("09:30 BST Monday").zone == "BST"
    assert tx("09:30").zone is None


@pytest.mark.parametrize("text, value", [
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("the time", "PAST_REF"), ("the past", "PAST_REF"),
    ("recently", "PAST_REF"), ("soon", "FUTURE_REF"), ("the future", "FUTURE_REF"),
])
def test_references_to_the_time_of_writing(text, value):
    got = tx(text)
    assert (got.type, got.value) == ("DATE", value)


def test_today_is_the_day_not_present_ref():
    assert tx("today").value == "2024-11-06"


@pytest.mark.parametrize("text, value", [
    ("a full 48 hours", "PT48H"), ("24 hours", "PT24H"), ("five years", "P5Y"), ("the last three years", "P3Y"),
    ("the past three weeks", "P3W"), ("the past month", "P1M"), ("the next 12 months", "P12M"),
    ("three decades", "P3DE"), ("almost a century", "P1CE"), ("three consecutive quarters", "P3Q"),
    ("ten days", "P10D"), ("90 minutes", "PT90M"), ("years", "PXY"), ("recent weeks", "PXW"),
    ("the coming years", "PXY"), ("two hours 45 minutes", "PT2H45M"), ("four hours and 21 minutes", "PT4H21M"),
    ("7.96 seconds", "PT7.96S"), ("one year and six months", "P1Y6M"),
])
def test_durations_with_their_numbers(text, value):
    got = tx(text)
    assert (got.type, got.value) == ("DURATION", value)


@pytest.mark.parametrize("text, value, freq", [
    ("every month", "P1M", None), ("each year", "P1Y", None), ("every 15 minutes", "PT15M", None),
    ("daily", "P1D", None), ("weekly", "P1W", None), ("annually", "P1Y", None),
    ("twice a year", "P1Y", "2X"), ("three times a week", "P1W", "3X"), ("once a decade", "P1DE", "1X"),
    ("every Monday", "XXXX-WXX-1", None), ("every winter", "XXXX-WI", None),
    ("every morning", "XXXX-XX-XXTMO", None),
])
def test_sets(text, value, freq):
    got = tx(text)
    assert (got.type, got.value, got.freq) == ("SET", value, freq)


@pytest.mark.parametrize("text, value, begin, end", [
    ("2015-2016", "P2Y", "2015", "2016"),
    ("1998-99", "P2Y", "1998", "1999"),
    ("1999-2000", "P2Y", "1999", "2000"),
    ("between 2015 and 2016", "P2Y", "2015", "2016"),
    ("January to June", "P6M", "2024-01", "2024-06"),
    ("March-May 2021", "P3M", "2021-03", "2021-05"),
    ("November to February", "P4M", "2023-11", "2024-02"),
    ("3 March to 9 March 2021", "P7D", "2021-03-03", "2021-03-09"),
])
def test_ranges_are_one_expression_with_both_ends(text, value, begin, end):
    got = tx(text)
    assert (got.type, got.value, got.begin, got.end) == ("DURATION", value, begin, end)


@pytest.mark.parametrize("text", ["2019-2019", "2016-2015", "1900-2024", "Monday to Friday", "May", "500-600"])
def test_no_range(text):
    assert parse_range(text) is None


@pytest.mark.parametrize("text, value", [
    ("Monday", "XXXX-WXX-1"), ("June", "XXXX-06"), ("March 3", "XXXX-03-03"), ("last summer", "XXXX-SU"),
])
def test_without_a_creation_time_relative_values_keep_their_unknowns(text, value):
    assert tx(text, pub=None).value == value


def test_absolute_values_need_no_creation_time():
    assert tx("the 1990s", pub=None).value == "199" and tx("five years", pub=None).value == "P5Y"


def _expr(text: str, value: str | None) -> TimeExpr:
    p = parse_expression(text)
    return TimeExpr(0, len(text), text, p.kind, p.precision, "event", p, value=value,
                    timex=timex_of(text, p, value, None))


def test_narrative_offsets_count_from_the_last_date():
    dates = [_expr("1990", "1990"), _expr("three years later", None), _expr("two months earlier", None)]
    anchor_dates(dates)
    assert dates[1].timex.value == "1993" and dates[1].value == "1993"
    assert dates[2].value is None  # "1990" has no month to count months from


def test_a_narrative_offset_without_an_anchor_stays_unresolved():
    dates = [_expr("three years later", None)]
    anchor_dates(dates)
    assert dates[0].value is None


_ISO_VALUE = r"^((FY)?\d{2,4}(-(\d{2}|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)(-\d{2})?" \
             r"(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?" \
             r"|XXXX-.+|P(T?(\d+|X)(Y|M|W|D|H|S|DE|CE|Q|WE))|P(\d+(\.\d+)?[YMWD])*(T(\d+(\.\d+)?[HMS])+)?" \
             r"|PRESENT_REF|PAST_REF|FUTURE_REF)$"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -:'", max_size=40),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_any_text_gets_a_timex_with_a_timeml_value_or_none(text, pub, future):
    p = parse_range(text) or parse_expression(text)
    if p is None:
        return
    value, _ = resolve(p, pub, future)
    got = timex_of(text, p, value, pub, future)
    assert got.type in {"DATE", "TIME", "DURATION", "SET"}
    assert got.value is None or __import__("re").match(_ISO_VALUE, got.value), (text, got)


@settings(max_examples=200, deadline=None)
@given(st.integers(1900, 2090), st.integers(1, 30), st.sampled_from(["-", "–", " to ", " and "]))
def test_a_range_of_years_has_both_ends_in_order(first, length, join):
    last = first + length
    got = parse_range(f"{first}{join}{last}")
    assert got is not None and got.duration == f"P{length + 1}Y"
    assert (got.ends[0].year, got.ends[1].year) == (first, last)


def test_a_range_leaves_the_shared_parse_of_its_ends_alone():
    before = parse_expression("15 november")
    parse_range.cache_clear()
    parse_range("15 November to 9 January 2005")
    assert parse_expression("15 november") is before and before.year is None
