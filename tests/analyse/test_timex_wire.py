"""TempEval-3-style wire wordings (earnings periods, rates, anaphoric periods, run-together expressions), with
their TIMEX3 span and value, and the look-alikes to leave alone. Sentences written for the tests."""

import pytest
from facts_helpers import timexes

PUBLISHED = "2019-11-13"  # a Wednesday, in ISO week 46 and the fourth quarter


@pytest.fixture(scope="module")
def found(nlp):
    return lambda text, published=PUBLISHED: timexes(nlp, text, published)


@pytest.mark.parametrize("text, expected", [
    # a rate after an amount is a set
    ("Parking costs $30 a day at the airport.", ("a day", "SET", "P1D")),
    ("The mill turns out 400 tonnes a week.", ("a week", "SET", "P1W")),
    ("The charity spends $2 million a year on food.", ("a year", "SET", "P1Y")),
    # a month after "every" is a set of that month
    ("The regatta is held every July.", ("every July", "SET", "XXXX-07")),
    # hours and minutes of one length of time
    ("The flight took 3 hours, 40 minutes.", ("3 hours, 40 minutes", "DURATION", "PT3H40M")),
    # "at the time" though a quantifier follows
    ("At the time few voters knew his name.", ("the time", "DATE", "PAST_REF")),
    # a possible clause in the passive points ahead
    ("A ceasefire could be agreed as early as March.", ("March", "DATE", "2020-03")),
    # "since" a month in a present-tense headline is behind
    ("Factory output falls at sharpest rate since March", ("March", "DATE", "2019-03")),
    # the counted unit before "of" heads the duration
    ("Exports fell in the first ten months of the year.", ("the first ten months of the year", "DURATION", "P10M")),
    # a fiscal or plain year named by its end is the year it ends in
    ("Revenue rose 6% in the fiscal year ended June 30.", ("the fiscal year ended June 30", "DATE", "FY2019")),
    ("The charity spent less in the year ended March 31.", ("the year ended March 31", "DATE", "2019")),
    # "a week earlier" counts from the day of writing
    ("Jobless claims fell from 220,000 a week earlier.", ("a week earlier", "DATE", "2019-W45")),
    # "the day" alone is the day of writing
    ("The main index ended flat for the day.", ("the day", "DATE", "2019-11-13")),
    # half a unit, "over the years", "these days", "at that time"
    ("The hearing lasted half an hour.", ("half an hour", "DURATION", "PT30M")),
    ("The bridge has stood for half a century.", ("half a century", "DURATION", "P50Y")),
    ("The village has shrunk over the years.", ("the years", "DURATION", "PXY")),
    ("These days, most tickets are sold online.", ("These days", "DATE", "PRESENT_REF")),
    ("At that time, the mill employed 300 people.", ("that time", "DATE", "PAST_REF")),
    ("The dam burst ten years ago this month.", ("ten years ago this month", "DATE", "2009")),
    # a part of the day after a day the recogniser ended early
    ("The minister will speak tomorrow morning.", ("tomorrow morning", "TIME", "2019-11-14TMO")),
])
def test_wire_wordings_get_their_timex(found, text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    # "the quarter" is the one named before it, not the year-earlier one it was compared with
    ("Profit in the third quarter rose from the year-earlier period. Costs in the quarter were flat.",
     ("the quarter", "DATE", "2019-Q3")),
    ("Sales rose in the second quarter. Margins widened in the same period.", ("the same period", "DATE", "2019-Q2")),
    ("Prices rose 0.2% in August. For the month, rents led the rise.", ("the month", "DATE", "2019-08")),
    ("Sales rose in the second quarter. Margins widened in the period.", ("the period", "DATE", "2019-Q2")),
])
def test_periods_that_point_back(found, text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    # run-together expressions are cut at the linking word after a calendar name
    ("The council approved the plan late Monday after weeks of debate.",
     [("late Monday", "DATE", "2019-11-11"), ("weeks", "DURATION", "PXW")]),
    ("The firm will report results for the fiscal first quarter on May 14.",
     [("the fiscal first quarter", "DATE", "FY2020-Q1"), ("May 14", "DATE", "2020-05-14")]),
    # a bare count glued to a period is left out
    ("The club signed 12 last year.", [("last year", "DATE", "2018")]),
    # "over" after a noun is a preposition, after a verb a quantifier
    ("The study followed 500 families over 18 months.", [("18 months", "DURATION", "P18M")]),
    ("The repairs took over 18 months.", [("over 18 months", "DURATION", "P18M")]),
    # a year after "since" is one even when the parse hangs it on a noun
    ("The city has spent $9 million since 2016 fixing roads.", [("2016", "DATE", "2016")]),
])
def test_spans_cut_to_their_expression(found, text, expected):
    got = found(text)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize("text, absent", [
    ("It took them a week to agree.", ("a week", "SET")),            # no amount before it: no rate
    ("Profit was $4 million a year ago.", ("a year", "SET")),         # "a year ago" is a date
    ("He earns more than a day's pay.", ("a day", "SET")),
])
def test_no_rate_without_an_amount(found, text, absent):
    assert absent not in [(t, ty) for t, ty, _ in found(text)], found(text)


def test_linked_expressions_that_stay_whole(found):
    assert ("the day after tomorrow", "DATE", "2019-11-15") in found("The vote is set for the day after tomorrow.")
    assert ("Monday", "DATE", "2019-11-18") in found("The shop opens at 10 a.m. on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("The shop opens at 10 a.m. on Monday.", ("10 a.m.", "TIME", "2019-11-18T10:00")),
    ("Polls close at noon on Jan. 5.", ("noon", "TIME", "2020-01-05T12:00")),
    ("The ferry docked at 9:40 p.m. on Tuesday.", ("9:40 p.m.", "TIME", "2019-11-12T21:40")),
    ("The ferry docked at 9:40 p.m., and on Tuesday it left.", ("9:40 p.m.", "TIME", "2019-11-13T21:40")),
])
def test_a_clock_time_takes_the_day_after_on(found, text, expected):
    assert expected in found(text), found(text)


def test_the_quarter_alone_is_the_last_complete_one_when_reported(found):
    assert ("the quarter", "DATE", "2019-Q3") in found("Profit for the quarter rose 5%.")
    assert ("the quarter", "DATE", "2019-Q4") in found("The company expects sales in the quarter to rise.")


def test_half_a_period_of_the_year_is_no_half_unit(found):
    got = found("Sales should pick up in the second half of the year.")
    assert ("the second half of the year", "DATE", "2019-H2") in got, got


def test_the_day_of_a_relative_clause_is_not_the_day_of_writing(found):
    got = found("The bread was as fresh as the day it was baked.")
    assert ("the day", "DATE", "2019-11-13") not in got, got


def test_the_same_period_after_a_range_is_no_older_month(found):
    got = found("Sales rose in August. Jobs grew between July and September, and pay rose in the same period.")
    assert ("the same period", "DATE", "2019-08") not in got, got


def test_a_period_of_something_is_no_date(found):
    assert found("The same period of history saw two wars.") == []
    assert found("Many farms closed in the period before the war.") == []


def test_a_count_of_people_is_no_year(found):
    assert found("More than 2000 people attended the rally.") == []


def test_export_of_a_wire_story_is_timeml_that_reads_back(nlp):
    import xml.etree.ElementTree as ET

    from claimscope.eval.timex import parse_tml
    from claimscope.export.timeml import document_to_timeml
    from facts_helpers import analyse

    text = ("Harbor Mills said late Tuesday after weeks of talks that profit in the third quarter rose from the "
            "year-earlier period. Costs in the quarter were flat, and it pays $2 a day to 3 hours, 40 minutes.")
    doc = analyse(nlp, text, PUBLISHED)
    xml = document_to_timeml({**doc, "id": "w" * 16})
    ET.fromstring(xml)  # well-formed
    back = parse_tml(xml)
    assert back.dct == PUBLISHED and back.text.endswith(text)
    assert {(t.text, t.value) for t in back.timexes} >= {
        ("late Tuesday", "2019-11-12"), ("weeks", "PXW"), ("the quarter", "2019-Q3"), ("a day", "P1D"),
        ("3 hours, 40 minutes", "PT3H40M")}
