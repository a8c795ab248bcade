"""Newswire wordings read by the pure date functions: clock times, holidays, sets, fiscal years and anchors."""

from __future__ import annotations

from datetime import date

import pytest

from claimscope.analyse.facts.dateanchor import anchor_dates
from claimscope.analyse.facts.dateparse import TimeParse, parse_expression
from claimscope.analyse.facts.daterange import parse_range
from claimscope.analyse.facts.dateresolve import TimeExpr, resolve
from claimscope.analyse.facts.datetimex import timex_of

WED = date(2024, 11, 6)  # a Wednesday, ISO week 45, in the fourth quarter


def tx(text: str, pub: date | None = WED, future: bool = False):
    p = parse_range(text) or parse_expression(text) or TimeParse(precision="vague")
    value, _ = resolve(p, pub, future)
    return timex_of(text, p, value, pub, future)


@pytest.mark.parametrize("text, future, expected", [
    ("4:30 p.m. Tuesday", False, ("TIME", "2024-11-05T16:30")),   # "p.m." a word of its own
    ("10 a.m. Friday", True, ("TIME", "2024-11-08T10:00")),
    ("11 p.m.", False, ("TIME", "2024-11-06T23:00")),
    ("7 am", False, ("TIME", "2024-11-06T07:00")),
])
def test_a_clock_time_with_a_separate_half_of_the_day(text, future, expected):
    got = tx(text, future=future)
    assert (got.type, got.value) == expected


def test_a_bare_number_before_a_weekday_is_no_clock_time():
    assert tx("3 Tuesday").type == "DATE"  # no a.m./p.m., no colon: not a time


@pytest.mark.parametrize("text, future, value", [
    ("New Year's Eve", False, "2023-12-31"),
    ("New Year's Day", True, "2025-01-01"),
    ("Christmas Eve", True, "2024-12-24"),
    ("Boxing Day", False, "2023-12-26"),
])
def test_holidays_of_several_words(text, future, value):
    assert tx(text, future=future).value == value


def test_a_new_year_is_no_holiday():
    assert tx("a new year").value not in {"2023-12-31", "2024-01-01", "2025-01-01"}


@pytest.mark.parametrize("text, value", [
    ("every weekend", "XXXX-WXX-WE"), ("every quarter", "P3M"), ("quarterly", "P3M"),
    ("every two quarters", "P6M"), ("every week", "P1W"),
])
def test_sets_of_weekends_and_quarters(text, value):
    got = tx(text)
    assert (got.type, got.value) == ("SET", value)


@pytest.mark.parametrize("text, value", [
    ("fiscal 2025", "FY2025"), ("the 2023 fiscal year", "FY2023"), ("fiscal year 2022", "FY2022"),
    ("the current fiscal year", "FY2024"),
])
def test_fiscal_years_are_written_with_fy(text, value):
    assert tx(text).value == value


def test_a_calendar_year_keeps_its_plain_value():
    assert tx("2025").value == "2025" and tx("the year 2023").value == "2023"
    assert tx("the financial crisis of 2008").value == "2008"  # "financial" without "year": no fiscal year


@pytest.mark.parametrize("text, value, mod", [
    ("the end of the decade", "202", "END"), ("year-end", "2024", "END"), ("quarter-end", "2024-Q4", "END"),
    ("the latest quarter", "2024-Q3", None), ("the prior year", "2023", None),
])
def test_periods_counted_from_the_publication_date(text, value, mod):
    got = tx(text)
    assert (got.value, got.mod) == (value, mod)


def _expr(text: str, pub: date | None = WED) -> TimeExpr:
    p = parse_range(text) or parse_expression(text) or TimeParse(precision="vague")
    value, _ = resolve(p, pub, False)
    return TimeExpr(0, len(text), text, p.kind, p.precision, "event", p, value=value,
                    timex=timex_of(text, p, value, pub))


def _anchored(*texts: str) -> list[str | None]:
    dates = [_expr(t) for t in texts]
    anchor_dates(dates, WED)
    return [d.timex.value for d in dates]


def test_a_fiscal_quarter_takes_the_fiscal_year_named_before_it():
    assert _anchored("fiscal 2025", "the fiscal fourth quarter")[1] == "FY2025-Q4"
    assert _anchored("the fiscal fourth quarter")[0] == "FY2024-Q4"  # nothing before: from the publication date


def test_the_year_earlier_period_is_the_period_named_before_it_a_year_back():
    assert _anchored("the third quarter", "the year-earlier quarter")[1] == "2023-Q3"
    assert _anchored("May", "the same month last year")[1] == "2023-05"
    assert _anchored("the first half", "the same period a year earlier")[1] == "2023-H1"
    assert _anchored("fiscal 2025", "the fiscal second quarter", "the year-ago quarter")[2] == "FY2024-Q2"


def test_the_year_earlier_period_needs_a_period_of_its_kind_before_it():
    assert _anchored("2021", "the year-earlier quarter")[1] != "2020"  # a year is no quarter
    assert _anchored("the third quarter", "the same month last year")[1] != "2023-Q3"


def test_the_following_day_or_year_is_next_to_the_last_date():
    assert _anchored("Oct. 3", "the following day")[1] == "2024-10-04"
    assert _anchored("2019", "the following year")[1] == "2020"
    assert _anchored("March 2021", "the previous month")[1] == "2021-02"
    assert _anchored("the following day")[0] == "2024-11-07"  # nothing before: the publication date


def test_the_next_year_counts_from_the_time_of_writing():
    assert _anchored("2019", "the next year")[1] != "2020"
    assert _anchored("2019", "the following day")[1] == "2024-11-07"  # a year has no day: left as it was


def test_a_year_earlier_quarter_with_none_before_is_the_last_complete_one_a_year_back():
    assert _anchored("the year-earlier quarter")[0] == "2023-Q3"
    assert _anchored("the year-ago period")[0] == "2023"


@pytest.mark.parametrize("text, expected", [
    ("the quarter ended Sept. 30", ("DATE", "2024-Q3")),
    ("the quarter ended Dec. 31, 2022", ("DATE", "2022-Q4")),
    ("the nine months ended Sept. 30", ("DURATION", "P9M")),
    ("the three months to June", ("DURATION", "P3M")),
])
def test_a_period_named_by_its_end_is_read_by_its_head(text, expected):
    got = tx(text)
    assert (got.type, got.value) == expected


def test_a_range_of_dates_is_still_a_range():
    assert tx("March 3 to March 9").type == "DURATION" and tx("the month to March").value != "P1M"


def test_the_anchoring_and_parts_modules_need_no_spacy():
    import subprocess
    import sys
    code = ("import sys; import claimscope.analyse.facts.dateanchor, claimscope.analyse.facts.dateparts; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_same_year_defined_by_its_own_clause_is_not_anchored():
    dates = [_expr("1950"), _expr("the same year")]
    dates[1].extra["defined_after"] = True  # "the same year that cards appeared"
    anchor_dates(dates, WED)
    assert dates[1].timex.value != "1950"


def test_a_year_earlier_keeps_the_quarter_or_fiscal_year_before_it():
    assert _anchored("the third quarter", "a year earlier")[1] == "2023-Q3"
    assert _anchored("fiscal 2024", "a year earlier")[1] == "FY2023"
    assert _anchored("2024", "a year earlier")[1] == "2023"
    assert _anchored("March 2021", "two years later")[1] == "2023"  # a month: the year, as before
