"""Units, rates, currencies, fractions, durations and ages on sentences written for the tests (issue 17)."""

import pytest
from facts_helpers import analyse, quantity
from hypothesis import HealthCheck, given, settings, strategies as st


@pytest.fixture(scope="module")
def q(nlp):
    def run(text, text_has):
        return quantity(analyse(nlp, text), text_has)

    return run


def _fields(got):
    return got["kind"], got["value"], got["canonical_unit"], got["dimension"]


@pytest.mark.parametrize("text,has,unit,dimension,value", [
    ("The lake covers 38km2 of the valley.", "38km2", "square kilometre", "area", 38),
    ("The flat has 540sq ft of floor space.", "540sq", "square foot", "area", 540),
    ("Each bottle holds 750ml of juice.", "750ml", "millilitre", "volume", 750),
    ("The phone runs at 2.8GHz on battery.", "2.8GHz", "gigahertz", "frequency", 2.8),
    ("The tractor has a 180hp diesel engine.", "180hp", "horsepower", "power", 180),
    ("The runway is 3.2 kilometres long.", "3.2 kilometres", "kilometre", "length", 3.2),
    ("Readings hit 38C on the coast.", "38C", "degree Celsius", "temperature", 38),
    ("The dam produces 2,400 megawatts.", "2,400 megawatts", "megawatt", "power", 2400),
    ("The convoy travelled 85 miles overnight.", "85 miles", "mile", "length", 85),
    ("The tanker carried 2 million barrels.", "2 million barrels", "barrel", "volume", 2_000_000),
])
def test_glued_abbreviated_and_written_units(q, text, has, unit, dimension, value):
    assert _fields(q(text, has)) == ("measure", value, unit, dimension)


def test_si_values_come_from_pint(q):
    got = q("The train reached 90 mph near the border.", "90 mph")
    assert (got["si_unit"], round(got["si_value"], 3)) == ("metre per second", 40.234)
    got = q("Readings hit 20C on the coast.", "20C")
    assert (got["si_unit"], got["si_value"]) == ("kelvin", 293.15)
    got = q("The track is 400 metres long.", "400 metres")
    assert (got["si_unit"], got["si_value"]) == ("metre", 400)


@pytest.mark.parametrize("text,has,unit,per", [
    ("Diesel cost $5.20 a gallon in the north.", "$5.20", "dollar per gallon", "gallon"),
    ("The firm pays 8 pence per share.", "8 pence", "penny per share", "share"),
    ("Cleaners earn 14 euros an hour.", "14 euros", "euro per hour", "hour"),
    ("The coast loses 2 metres a year to the sea.", "2 metres", "metre per year", "year"),
])
def test_rates(q, text, has, unit, per):
    got = q(text, has)
    assert (got["canonical_unit"], got["per"]) == (unit, per)


def test_a_week_earlier_is_no_rate(q):
    got = q("Diesel cost $5.20, up from $4.90 a week earlier.", "$4.90")
    assert (got["canonical_unit"], got["per"]) == ("dollar", None)


def test_a_conversion_in_brackets_is_a_second_quantity(nlp):
    doc = analyse(nlp, "The speed limit drops to 40 mph (64 km/h) in the town.")
    got = [(x["value"], x["canonical_unit"]) for x in doc["quantities"]]
    assert got == [(40, "mile per hour"), (64, "kilometre per hour")]


@pytest.mark.parametrize("text,has,code,name,value", [
    ("The insurer paid HK$2.5bn to clients.", "HK$2.5bn", "HKD", "Hong Kong dollar", 2_500_000_000),
    ("The miner raised A$450m last year.", "A$450m", "AUD", "Australian dollar", 450_000_000),
    ("Ottawa set aside C$3bn for ports.", "C$3bn", "CAD", "Canadian dollar", 3_000_000_000),
    ("The club sold its ground for NZ$18m.", "NZ$18m", "NZD", "New Zealand dollar", 18_000_000),
    ("The fund put S$900m into start-ups.", "S$900m", "SGD", "Singapore dollar", 900_000_000),
    ("The lender wrote off USD 3 million.", "USD 3 million", "USD", "dollar", 3_000_000),
    ("The grant was worth 12 million EUR.", "12 million EUR", "EUR", "euro", 12_000_000),
])
def test_prefixed_currencies_and_iso_codes(q, text, has, code, name, value):
    got = q(text, has)
    assert (got["kind"], got["currency"], got["canonical_unit"], got["value"]) == ("money", code, name, value)


@pytest.mark.parametrize("text,has,value", [
    ("Three-quarters of the nurses backed the strike.", "Three-quarters", 0.75),
    ("Two thirds of the seats went to the coalition.", "Two thirds", 0.666667),
    ("A quarter of the homes have no heating.", "A quarter", 0.25),
    ("Half of the stations were closed.", "Half", 0.5),
])
def test_fraction_words(q, text, has, value):
    got = q(text, has)
    assert (got["kind"], got["value"], got["dimension"]) == ("fraction", value, "fraction")


def test_digit_fractions_and_half_a_million(q):
    assert _fields(q("The school is 1/2 mile from the camp.", "1/2 mile")) == ("measure", 0.5, "mile", "length")
    assert q("Half a million tourists came.", "Half a million")["value"] == 500_000
    assert _fields(q("The walk is two and a half miles.", "two and a half")) == ("measure", 2.5, "mile", "length")


@pytest.mark.parametrize("text", ["The second half was goalless.", "She won for a third time."])
def test_fraction_words_that_are_no_shares(nlp, text):
    assert analyse(nlp, text)["quantities"] == []


@pytest.mark.parametrize("text,has,low,high,unit", [
    ("Each sack weighs 15-25kg.", "15-25kg", 15, 25, "kilogram"),
    ("The repairs will take between 2 and 4 weeks.", "between 2 and 4 weeks", 2, 4, "week"),
    ("Doses of 20 mg to 40 mg were given.", "20 mg to 40 mg", 20, 40, "milligram"),
])
def test_ranges_with_units(q, text, has, low, high, unit):
    got = q(text, has)
    assert (got["low"], got["high"], got["value"], got["canonical_unit"]) == (low, high, None, unit)


def test_a_spelled_out_one_is_never_fused_with_the_next_number(nlp):
    doc = analyse(nlp, "The town opened one 5,000-seat arena in May.")
    got = [(x["text"], x["value"]) for x in doc["quantities"]]
    assert ("one", 1) in got and ("5,000-seat", 5000) in got


@pytest.mark.parametrize("text,has,value,unit", [
    ("The talks went on for a further two days.", "two days", 2, "day"),
    ("The port must close within 15 years.", "15 years", 15, "year"),
    ("The vote took 40 minutes.", "40 minutes", 40, "minute"),
    ("The team signed a five-year deal.", "five-year", 5, "year"),
])
def test_durations(q, text, has, value, unit):
    assert _fields(q(text, has)) == ("measure", value, unit, "duration")


@pytest.mark.parametrize("text,has,value", [
    ("A girl aged 9 was rescued from the river.", "aged 9", 9),
    ("The 71-year-old actor retired.", "71-year-old", 71),
    ("The mayor, 48, denied the claims.", "48", 48),
    ("The colt is three years old.", "three years old", 3),
])
def test_ages(q, text, has, value):
    got = q(text, has)
    assert (got["kind"], got["value"], got["canonical_unit"]) == ("age", value, "year")


def test_index_points(q):
    got = q("The Nikkei fell 215.3 points on Monday.", "215.3 points")
    assert _fields(got) == ("measure", 215.3, "point", "points")
    assert got["change"]["direction"] == "decrease"


def test_negative_temperatures(q):
    assert q("Overnight it fell to -12C in the hills.", "-12C")["value"] == -12


@pytest.mark.parametrize("text", [
    "The carrier will launch 5G services in the capital.",
    "The airline grounded its Airbus A350 fleet.",
    "He drove in Formula 1 for a decade.",
    "The 21st-century economy needs new skills.",
    "The screen shows 3D images.",
    "Flights leave at 6 pm on weekdays.",
    "I have 45 in the bank and want more.",
])
def test_names_and_times_that_look_like_quantities(nlp, text):
    got = [(x["text"], x["canonical_unit"]) for x in analyse(nlp, text)["quantities"]]
    assert all(unit is None or unit == "dimensionless" for _, unit in got), got
    assert not any(t in {"5G", "A350", "1", "21st-century", "3D", "6"} for t, _ in got), got


def test_counts_keep_their_noun_and_count_dimension(q):
    got = q("The army sent 2,000 engineers to the dam.", "2,000")
    assert (got["kind"], got["unit"], got["canonical_unit"], got["dimension"]) == ("count", "engineers", None, "count")


def test_percent_and_money_names(q):
    got = q("Inflation rose to 3.1% in May.", "3.1%")
    assert (got["canonical_unit"], got["dimension"]) == ("percentage", "percentage")
    got = q("The fine was £40,000.", "£40,000")
    assert (got["canonical_unit"], got["dimension"]) == ("pound sterling", "currency")


@pytest.mark.parametrize("text,has,kind,value,unit", [
    ("One in four pupils walks to school.", "One in four", "fraction", 0.25, None),
    ("Eight out of 10 owners said yes.", "Eight out of 10", "fraction", 0.8, None),
    ("It was minus 8C at dawn.", "minus 8C", "measure", -8, "degree Celsius"),
    ("The field pumps 300,000 bpd of crude.", "300,000 bpd", "measure", 300_000, "barrel per day"),
    ("He was offered a £45,000-a-year post.", "£45,000-a-year", "money", 45_000, "pound sterling per year"),
    ("Shares closed at 245p in London.", "245p", "money", 245, "penny"),
    ("The state spent Rs 20 crore on roads.", "Rs 20 crore", "money", 200_000_000, "rupee"),
    ("Sales rose over the past 18 months.", "18 months", "measure", 18, "month"),
])
def test_shares_signs_rates_and_scales(q, text, has, kind, value, unit):
    got = q(text, has)
    assert (got["kind"], got["value"], got["canonical_unit"]) == (kind, value, unit)


@pytest.mark.parametrize("text,has,value,low,high,unit", [
    ("Cleaners asked for $16.5/hour.", "$16.5/hour", 16.5, None, None, "dollar per hour"),
    ("The beam ran at 6.5–7.0 TeV last year.", "6.5–7.0 TeV", None, 6.5, 7.0, "teraelectronvolt"),
    ("The deficit was 20€ per head.", "20€", 20, None, None, "euro per head"),
])
def test_one_token_ranges_slash_rates_and_signs_after(q, text, has, value, low, high, unit):
    got = q(text, has)
    assert (got["value"], got["low"], got["high"], got["canonical_unit"]) == (value, low, high, unit)


def test_a_change_of_temperature_is_a_difference_in_kelvin(q):
    got = q("The lake has warmed by 2C since 1950.", "2C")
    assert got["change"]["direction"] == "increase" and (got["si_value"], got["si_unit"]) == (2, "kelvin")

PIECES = st.sampled_from(["45km2", "HK$5bn", "A$", "½", "2", "1/4", "3.5–4.0", "-10C", "minus", "one", "in", "five",
                          "out", "of", "10", "mph", "(", ")", "km/h", "a", "gallon", "per", "share", "aged", "7",
                          "-", "year", "old", "to", "between", "and", "sq", "ft", "4G", "points", "pence", "£30,000",
                          "three", "quarters", "half", "the", "rose", "by", "2C", "crore", "Rs", "bpd", ",", "."])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, min_size=1, max_size=14))
def test_any_mix_of_unit_wordings_gives_spans_in_bounds(nlp, words):
    text = " ".join(words)
    for got in analyse(nlp, text)["quantities"]:
        assert text[got["start"]:got["end"]] == got["text"]
        if got["low"] is not None and got["high"] is not None:
            assert got["low"] <= got["high"]


@pytest.mark.parametrize("text,has,kind,value,low,high,unit", [
    ("She won the 800m final in Rome.", "800m", "measure", 800, None, None, "metre"),
    ("The bank agreed a 250m loan.", "250m", "count", 250_000_000, None, None, None),
    ("He built a 4m-high fence.", "4m", "measure", 4, None, None, "metre"),
    ("She is in her 30s and works in Leeds.", "30s", "age", None, 30, 39, "year"),
])
def test_metres_or_millions_and_age_decades(q, text, has, kind, value, low, high, unit):
    got = q(text, has)
    assert (got["kind"], got["value"], got["low"], got["high"], got["canonical_unit"]) == (kind, value, low, high, unit)


@pytest.mark.parametrize("text", ["Prices soared in the 1970s.", "The song reached No. 1 in May."])
def test_decades_and_numbered_ranks_are_no_quantities(nlp, text):
    assert analyse(nlp, text)["quantities"] == []


def test_betting_odds_are_no_quantities(nlp):
    assert analyse(nlp, "The favourite was offered at odds of 1/4 by bookmakers.")["quantities"] == []


def test_a_frequency_is_a_count_per_unit_of_time(q):
    got = q("The ferry sails four times a day in summer.", "four times")
    assert (got["value"], got["canonical_unit"], got["per"]) == (4, "count per day", "day")


@pytest.mark.parametrize("text,has,kind,low,high,unit", [
    ("The scheme cost millions of dollars.", "millions of dollars", "money", 2_000_000, 9_999_999, "dollar"),
    ("Floods swept away thousands of tonnes of soil.", "thousands of tonnes", "measure", 2000, 9999, "tonne"),
    ("Rebels dug dozens of kilometres of tunnels.", "dozens of kilometres", "measure", 24, 99, "kilometre"),
])
def test_vague_amounts_of_money_and_measures(q, text, has, kind, low, high, unit):
    got = q(text, has)
    assert (got["kind"], got["low"], got["high"], got["canonical_unit"]) == (kind, low, high, unit)


def _span(got):
    return got["value"], got["low"], got["high"], got["canonical_unit"]


def test_space_grouped_thousands_are_one_number(q):
    assert _span(q("The charity raised 25 000 euros in a week.", "25 000"))[:1] == (25000,)
    assert _span(q("Between 2 and 150 000 fans were expected.", "150 000"))[1:3] == (2, 150000)
    assert q("In 2019 400 workers left the plant.", "400")["value"] == 400  # a year is no group head
    assert q("She holds 3 200m records.", "3")["value"] == 3  # a group with a glued unit is a second number


def test_two_rates_of_one_unit_joined_by_to_are_a_range(q):
    got = q("Dealers paid $12 per tonne to $19 per tonne for scrap.", "$12 per tonne")
    assert _span(got) == (None, 12, 19, "dollar per tonne")
    got = q("Diesel sold between 3 euros a litre and 5 euros a litre.", "between 3 euros")
    assert _span(got)[1:3] == (3, 5)


def test_the_two_levels_of_a_change_stay_two_rates(q):
    got = q("The price climbed from $12 per tonne to $19 per tonne.", "$12 per tonne")
    assert (got["value"], got["low"]) == (12, None)


def test_rates_of_different_units_are_no_range(q):
    got = q("Wheat cost $4 per bushel to $9 per tonne last year.", "$4 per bushel")
    assert got["value"] == 4 and got["low"] is None


@pytest.mark.parametrize("text,has,value,low,high,unit", [
    ("The beam measured 6 ± 0.2 metres at the site.", "6 ± 0.2 metres", 6, 5.8, 6.2, "metre"),
    ("Each crate weighed 40 kg +/- 3 kg on arrival.", "40 kg +/- 3 kg", 40, 37, 43, "kilogram"),
    ("Support stood at 41% ± 3 points in the poll.", "41% ± 3 points", 41, 38, 44, "percentage"),
])
def test_a_tolerance_keeps_the_value_and_bounds_it(q, text, has, value, low, high, unit):
    assert _span(q(text, has)) == (value, low, high, unit)


def test_a_tolerance_of_another_unit_is_two_quantities(nlp):
    found = analyse(nlp, "The rod was 8 kg ± 2 cm long.")
    assert [x["value"] for x in found["quantities"]] == [8, 2]


def test_a_spaced_capital_c_after_digits_is_a_degree(q):
    assert q("It was 28 C by noon in the valley.", "28 C")["canonical_unit"] == "degree Celsius"
    assert q("Forecasters expect 70 F on Friday.", "70 F")["canonical_unit"] == "degree Fahrenheit"


def test_a_spaced_capital_before_a_name_is_no_degree(nlp):
    found = analyse(nlp, "The team moved to Hall 4 C Wing last spring.")
    assert all(x.get("canonical_unit") not in {"degree Celsius"} for x in found["quantities"])


def test_a_vulgar_fraction_the_tagger_names_keeps_its_unit(nlp):
    found = analyse(nlp, "Stir in ¾ cup of stock and ½ tsp of cumin.")
    assert [(x["value"], x["canonical_unit"]) for x in found["quantities"]] == [(0.75, "cup"), (0.5, "teaspoon")]


def test_number_words_read_as_a_date_before_a_unit_are_a_measure(nlp):
    found = analyse(nlp, "three and a half kilometres from the border")
    assert [(x["value"], x["canonical_unit"]) for x in found["quantities"]] == [(3.5, "kilometre")]
    found = analyse(nlp, "The fair opened on 9 June 20 miles away.")
    assert 9 not in [x["value"] for x in found["quantities"]]  # a date with a month stays a date
