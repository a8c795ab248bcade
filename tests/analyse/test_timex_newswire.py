"""Newswire wordings found in sentences written for the tests, with their TIMEX3 span and value, and the
look-alikes to leave alone."""

import pytest
from facts_helpers import timexes

PUBLISHED = "2024-11-06"  # a Wednesday, in the fourth quarter


@pytest.fixture(scope="module")
def found(nlp):
    return lambda text, published=PUBLISHED: timexes(nlp, text, published)


@pytest.mark.parametrize("text, expected", [
    ("The board will vote at 10 a.m. Friday.", ("10 a.m. Friday", "TIME", "2024-11-08T10:00")),
    ("The bridge shut at 4:30 p.m. Tuesday.", ("4:30 p.m. Tuesday", "TIME", "2024-11-05T16:30")),
    ("Many shops will close early on New Year's Eve.", ("New Year's Eve", "DATE", "2024-12-31")),
    ("Solar panels are the future, the minister said.", ("the future", "DATE", "FUTURE_REF")),
    ("Prices should settle in the near future.", ("the near future", "DATE", "FUTURE_REF")),
    ("The group beat last year's profit.", ("last year", "DATE", "2023")),              # the clitic is outside
    ("Friday's vote was close.", ("Friday", "DATE", "2024-11-01")),
    ("A second round of talks is planned for Monday.", ("Monday", "DATE", "2024-11-11")),  # present passive
    ("The financial year ends in June.", ("June", "DATE", "2025-06")),                   # present: the coming one
    ("Output should recover by year-end.", ("year-end", "DATE", "2024")),
    ("Sales rose 5% in the latest quarter.", ("the latest quarter", "DATE", "2024-Q3")),
    ("Costs were flat compared with the prior year.", ("the prior year", "DATE", "2023")),
    ("The repairs will take several years.", ("several years", "DURATION", "PXY")),
    ("The gallery opens every weekend.", ("every weekend", "SET", "XXXX-WXX-WE")),
    ("The fund reports to investors every quarter.", ("every quarter", "SET", "P3M")),
    ("Emissions must halve by the end of the decade.", ("the end of the decade", "DATE", "202")),
    ("The firm lost money in fiscal 2024.", ("fiscal 2024", "DATE", "FY2024")),
    ("The fund shrank in the 2023 financial year.", ("the 2023 financial year", "DATE", "FY2023")),
    ("At present, the bridge is closed.", ("present", "DATE", "PRESENT_REF")),
    ("The band was formed in the Sixties.", ("the Sixties", "DATE", "196")),
    ("The March 15 deadline passed quietly.", ("March 15", "DATE", "2024-03-15")),   # the article is the noun's
    ("Sales rose in the summer.", ("the summer", "DATE", "2024-SU")),
    ("Prices fell in the late nineties.", ("the late nineties", "DATE", "199")),
])
def test_newswire_wordings_get_their_timex(found, text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    ("Profit for fiscal 2025 rose. Revenue in the fiscal third quarter climbed 4%.",
     ("the fiscal third quarter", "DATE", "FY2025-Q3")),
    ("Sales in the third quarter rose 4% from the year-earlier quarter.",
     ("the year-earlier quarter", "DATE", "2023-Q3")),
    ("The ferry sank on Oct. 3. Rescuers arrived the following day.", ("the following day", "DATE", "2024-10-04")),
    ("Sales in the third quarter beat the year-ago period.", ("the year-ago period", "DATE", "2023-Q3")),
    ("Passenger numbers rose in May, beating the same month last year.",
     ("the same month last year", "DATE", "2023-05")),
])
def test_periods_counted_from_the_one_named_before_them(found, text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    ("The meeting was held on Monday.", ("Monday", "DATE", "2024-11-04")),      # past passive: the last one
    ("The pool has reopened on Monday.", ("Monday", "DATE", "2024-11-04")),     # present perfect: past
    ("Rainfall in June was the lowest on record.", ("June", "DATE", "2024-06")),
    ("Output rose in October, but more slowly than in June, figures show.", ("June", "DATE", "2024-06")),
    ("By Monday the crowds had gone.", ("Monday", "DATE", "2024-11-04")),      # a deadline behind
    ("The plant will close by Monday.", ("Monday", "DATE", "2024-11-11")),     # a deadline ahead
    ("The vote, set for Thursday, may be delayed.", ("Thursday", "DATE", "2024-11-07")),  # a schedule ahead
    ("The talks, scheduled for Monday, were cancelled.", ("Monday", "DATE", "2024-11-04")),  # in a past clause
    ("The coach spoke ahead of the 12 December final.", ("12 December", "DATE", "2024-12-12")),  # still ahead
])
def test_past_clauses_keep_the_last_day_or_month(found, text, expected):
    assert expected in found(text), found(text)


def test_a_weekday_before_a_noun_is_still_a_day(found):
    assert ("Tuesday", "DATE", "2024-11-05") in found("The Tuesday meeting was cancelled.")


@pytest.mark.parametrize("text, expected", [
    ("Forecasters warned of storms from Friday night.", ("Friday night", "TIME", "2024-11-08TNI")),
    ("Analysts expect a rebound after Thursday.", ("Thursday", "DATE", "2024-11-07")),
    ("The union warned on Monday that talks had failed.", ("Monday", "DATE", "2024-11-04")),  # dates the warning
    ("Its October sales are expected to be weak.", ("October", "DATE", "2024-10")),  # the subject: not foreseen
    ("In a speech on Monday, the minister warned that costs would rise.", ("Monday", "DATE", "2024-11-04")),
    ("Economists expect a recovery in March.", ("March", "DATE", "2025-03")),
])
def test_a_day_inside_a_forecast_lies_ahead(found, text, expected):
    assert expected in found(text), found(text)


def test_an_approximate_frequency_and_a_year_that_is_no_time(found):
    assert ("about once a year", "SET", "P1Y") in found("Floods reach the town about once a year.")
    assert "any year" not in [t for t, _, _ in found("The harvest was smaller than in any year since 1980.")]


@pytest.mark.parametrize("text, not_a_date", [
    ("The future of the plant is unclear.", "The future"),
    ("He hoped for a new year of growth.", "a new year"),
    ("The new chief executive will start soon.", "new"),
    ("Their past mistakes were costly.", "past"),
    ("Shops sold goods at present prices.", "present"),
    ("The new mayor is in her sixties.", "sixties"),
    ("The firm makes summer clothing.", "summer"),
    ("The year search changed everything.", "year"),   # no bare unit left behind by the article rule
    ("The claim was made by a Sunday Telegraph columnist.", "Sunday"),
])
def test_look_alikes_are_left_alone(found, text, not_a_date):
    assert not_a_date not in [t for t, _, v in found(text) if v is not None], found(text)
