"""Time expressions found in sentences written for the tests, with their TIMEX3, and the wordings to leave alone."""

import pytest
from facts_helpers import timexes

PUBLISHED = "2024-11-06"  # a Wednesday


@pytest.fixture(scope="module")
def found(nlp):
    return lambda text, published=PUBLISHED: timexes(nlp, text, published)


@pytest.mark.parametrize("text, expected", [
    ("The ferry sank on Tuesday evening.", ("Tuesday evening", "TIME", "2024-11-05TEV")),
    ("Trading opened at 09:30 BST Monday.", ("09:30 BST Monday", "TIME", "2024-11-04T09:30")),
    ("The road stays shut until noon today.", ("noon today", "TIME", "2024-11-06T12:00")),
    ("The board currently meets in the town hall.", ("currently", "DATE", "PRESENT_REF")),
    ("Prices are now falling.", ("now", "DATE", "PRESENT_REF")),
    ("Crowds were larger in the past.", ("the past", "DATE", "PAST_REF")),
    ("At the time the vote was close.", ("the time", "DATE", "PAST_REF")),
    ("The committee meets twice a year.", ("twice a year", "SET", "P1Y")),
    ("The bank's board meets eight times a year.", ("eight times a year", "SET", "P1Y")),
    ("It carried traffic every day for almost a century.", ("every day", "SET", "P1D")),
    ("Road repairs planned for 2025-2026 were delayed.", ("2025-2026", "DURATION", "P2Y")),
    ("It was the first rise since the 2008-09 crisis.", ("2008-09", "DURATION", "P2Y")),
    ("Prices rose between 2015 and 2016.", ("2015 and 2016", "DURATION", "P2Y")),
    ("Talks lasted a full 48 hours.", ("a full 48 hours", "DURATION", "PT48H")),
    ("Waits have grown over the last three years.", ("the last three years", "DURATION", "P3Y")),
    ("The plant has run for more than five decades.", ("more than five decades", "DURATION", "P5DE")),
    ("The bridge was built in the 19th century.", ("the 19th century", "DATE", "18")),
    ("Spending will rise in the coming decade.", ("the coming decade", "DATE", "203")),
    ("The backlog should clear by the end of the year.", ("the end of the year", "DATE", "2024")),
    ("The strike ended this past Monday.", ("this past Monday", "DATE", "2024-11-04")),
    ("The success of this year's winner surprised the judges.", ("this year", "DATE", "2024")),
    ("The cuts could come as early as next week.", ("next week", "DATE", "2024-W46")),
    ("It was sold in 1990. Three years later the plant closed.", ("Three years later", "DATE", "1993")),
    ("Profit was $5m, up from $3m a year earlier.", ("a year earlier", "DATE", "2023")),
    ("The quarter was the weakest since 2019.", ("The quarter", "DATE", "2024-Q3")),  # reported: the last complete one
])
def test_wordings_get_their_timex(found, text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, published, expected", [
    ("Rainfall in June was the lowest on record.", "2025-02-12", ("June", "DATE", "2024-06")),
    ("Levels will recover by June.", "2025-02-12", ("June", "DATE", "2025-06")),
    ("The union said on Wednesday that talks had failed.", "2025-02-12", ("Wednesday", "DATE", "2025-02-12")),
    ("The minister will visit the port on Friday.", "2025-02-12", ("Friday", "DATE", "2025-02-14")),
    ("The strike ended on Monday.", "2025-02-12", ("Monday", "DATE", "2025-02-10")),
])
def test_weekdays_and_months_resolve_by_tense(found, text, published, expected):
    assert expected in found(text, published)


@pytest.mark.parametrize("text, not_a_date", [
    ("Reservoirs refill after a dry year.", "a dry year"),
    ("It was the hottest day on record.", "the hottest day"),
    ("He retired at the age of 85.", "85"),
    ("Every time he spoke, the crowd cheered.", "Every time"),
    ("By the time the police arrived, the crowd had gone.", "the time"),
    ("At the time of the attack the street was empty.", "the time"),
    ("The figures for the past three years were revised.", "the past"),
    ("You may leave now if you wish.", "may"),
    ("Viewers aged between 15 and 34 watched.", "15 and 34"),
    ("Children under 18 were banned.", "under 18"),
    ("She ran the mile in 4:19.11.", "4:19.11"),
    ("A pint costs 70p.", "70p"),
])
def test_false_time_expressions_are_left_alone(found, text, not_a_date):
    assert not_a_date not in [t for t, _, _ in found(text)], found(text)


def test_spans_leave_out_prepositions_and_trailing_connectors(found):
    texts = [t for t, _, _ in found("The talks ran from 15 November 2004 to January 2005, and in 2006.")]
    assert "2006" in texts and not any(t.startswith(("from", "in ")) or t.endswith(" to") for t in texts)


def test_without_a_publication_date_timex_values_keep_their_unknowns(found):
    got = found("The talks ended on Monday.", published=None)
    assert ("Monday", "DATE", "XXXX-WXX-1") in got


@pytest.mark.parametrize("text, expected", [
    ("The vote is due on Thursday.", ("Thursday", "DATE", "2024-11-07")),       # present tense: the coming one
    ("The board meets again on 4 December.", ("4 December", "DATE", "2024-12-04")),
    ("The union says on Monday it rejected the offer.", ("Monday", "DATE", "2024-11-04")),  # a report: past
    ("Ten years from now the city will be different.", ("Ten years from now", "DATE", "2034")),
])
def test_present_tense_and_from_now(found, text, expected):
    assert expected in found(text)


def test_christmas_is_a_day_and_half_hour_no_half_year(found):
    assert ("Christmas", "DATE", "2023-12-25") in found("Sales rose over Christmas.")
    assert not any(v == "2024-H1" for _, _, v in found("He scored in the first half-hour."))


@pytest.mark.parametrize("text, expected", [
    ("In 2019, the market crashed on Oct. 19.", ("Oct. 19", "DATE", "2019-10-19")),  # the sentence's year
    ("The market crashed on Oct. 19.", ("Oct. 19", "DATE", "2024-10-19")),
    ("Third-quarter profit rose 10%.", ("Third-quarter", "DATE", "2024-Q3")),
    ("The firm earned $2m in fiscal 2023.", ("fiscal 2023", "DATE", "FY2023")),  # TIMEX2/TimeBank: FY
])
def test_context_ordinals_and_fiscal_years(found, text, expected):
    assert expected in found(text)


def test_a_duration_touching_a_day_stays_apart(found):
    got = found("Trading was halted for an hour Tuesday afternoon.")
    assert ("an hour", "DURATION", "PT1H") in got and ("Tuesday afternoon", "TIME", "2024-11-05TAF") in got


def test_seasons_placed_by_a_determiner(found):
    assert ("the autumn", "DATE", "2024-FA") in found("Construction will start in the autumn.")
    assert found("The water comes from a hot spring in the hills.") == []
    assert found("The shop on Spring Street closed.") == []


@pytest.mark.parametrize("text, expected", [
    ("Ferries sail twice a week.", ("twice a week", "SET", "P1W")),
    ("The line carries a million passengers a week.", ("a week", "SET", "P1W")),   # a rate
    ("The talks lasted a week.", ("a week", "DURATION", "P1W")),                   # a length of time
])
def test_rates_are_sets_and_lengths_durations(found, text, expected):
    assert expected in found(text)
