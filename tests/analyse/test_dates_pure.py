"""Time expressions read and resolved by the pure functions of dateparse and dateresolve, without spaCy."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from claimscope.analyse.facts.dateparse import parse_expression
from claimscope.analyse.facts.dateanchor import resolve_dates
from claimscope.analyse.facts.dateresolve import TimeExpr, published_date, resolve

PUB = date(2024, 3, 6)  # a Wednesday


def test_parse_and_resolve_need_no_spacy():
    code = ("import sys; import claimscope.analyse.facts.dateparse, claimscope.analyse.facts.dateresolve; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("text, kind, precision", [
    ("March 3, 2021", "date", "day"),
    ("the 1990s", "date", "decade"),
    ("Q3", "date", "quarter"),
    ("last summer", "date", "season"),
    ("next Friday", "date", "day"),
    ("three years", "duration", "year"),
    ("every week", "set", "vague"),
    ("10:30", "time", "time"),
    ("soon", "date", "vague"),
])
def test_shapes(text, kind, precision):
    p = parse_expression(text)
    assert (p.kind, p.precision) == (kind, precision)


def test_unreadable_text_is_none():
    assert parse_expression("the meeting") is None


@pytest.mark.parametrize("text, future, value", [
    ("yesterday", False, "2024-03-05"),
    ("the day after tomorrow", False, "2024-03-08"),
    ("two weeks ago", False, "2024-W08"),
    ("next month", False, "2024-04"),
    ("last year", False, "2023"),
    ("on Friday", False, "2024-03-01"),
    ("on Friday", True, "2024-03-08"),
    ("in June", False, "2023-06"),
    ("in June", True, "2024-06"),
    ("July last year", False, "2023-07"),
    ("the third quarter", True, "2024-Q3"),
    ("2024-02-29", False, "2024-02-29"),
    ("three years", False, "P3Y"),
    ("48 hours", False, "PT48H"),
])
def test_resolve_against_the_publication_date(text, future, value):
    assert resolve(parse_expression(text), PUB, future)[0] == value


def test_relative_without_a_publication_date_keeps_no_value():
    value, rel = resolve(parse_expression("last week"), None, False)
    assert value is None and rel == {"unit": "week", "offset": -1}


def test_weekday_relative_takes_the_clause_direction():
    assert resolve(parse_expression("Monday"), None, True)[1] == {"weekday": "monday", "offset": 1}


@pytest.mark.parametrize("raw, expected", [
    ("2024-03-06T10:00:00Z", date(2024, 3, 6)), (date(2024, 1, 2), date(2024, 1, 2)), ("soon", None), (None, None),
])
def test_published_date(raw, expected):
    assert published_date(raw) == expected


def test_resolve_dates_fills_values_when_the_date_arrives():
    p = parse_expression("yesterday")
    d = TimeExpr(0, 9, "yesterday", p.kind, p.precision, "event", p, relative={"unit": "day", "offset": -1})
    resolve_dates([d], "2024-03-06")
    assert d.value == "2024-03-05"
