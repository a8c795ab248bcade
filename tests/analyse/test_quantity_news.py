"""News wordings of quantities on sentences written for the tests (issue 17): races, changes, names, halves."""

import pytest
from facts_helpers import analyse, quantity, quantity_of, quantity_texts  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def texts(quantity_texts):
    return quantity_texts


@pytest.fixture(scope="module")
def q(quantity_of):
    return quantity_of


@pytest.mark.parametrize("text,has,value", [
    ("The teenager ran the 200m in 20.9 seconds at the trials.", "200m", 200),
    ("She came second in the 5,000m at the championships.", "5,000m", 5000),
    ("He clocked a personal best in the 800m on Friday.", "800m", 800),
])
def test_race_distance_after_the_is_metres(q, text, has, value):
    got = q(text, has)
    assert (got["kind"], got["value"], got["canonical_unit"]) == ("measure", value, "metre")


@pytest.mark.parametrize("text,has,value", [
    ("The charity raised the 200m it needed before the race.", "200m", 200_000_000),  # a noun-less amount, no race
    ("The league sold the 100m tickets in record time.", "100m", 100_000_000),  # a noun after it: millions
    ("The bank lent 400m to the stadium's owners.", "400m", 400_000_000),  # no "the", no sport word
])
def test_millions_stay_millions(q, text, has, value):
    got = q(text, has)
    assert got["value"] == value and got["canonical_unit"] != "metre"


def test_unit_at_the_end_of_a_sentence_drops_the_full_stop(q):
    got = q("The new trains will run at 320 km/h.", "320")
    assert (got["text"], got["canonical_unit"]) == ("320 km/h", "kilometre per hour")
    assert q("The jet climbed to 41,000ft.", "41,000")["text"] == "41,000ft"


@pytest.mark.parametrize("text,first,second", [
    ("Shares in the brewer fell 3.5p to 81.2p on Monday.", "3.5p", "81.2p"),
    ("The fare rose $2 to $9 this year.", "$2", "$9"),
    ("The population grew by 300,000 to 5.6 million.", "300,000", "5.6 million"),
])
def test_a_change_and_its_level_are_two_quantities(q, texts, text, first, second):
    assert texts(text) == [first, second]
    assert q(text, first)["low"] is None


def test_change_by_and_level_keep_their_own_scale(q):
    assert q("The workforce grew by 300,000 to 5.6 million.", "300,000")["value"] == 300_000


@pytest.mark.parametrize("text,low,high", [
    ("Prices rose 10 to 20% in the capital.", 10, 20),  # a bare first number shares the unit: a range
    ("Tickets cost between £30 and £45.", 30, 45),
])
def test_ranges_still_read(q, text, low, high):
    got = [g for g in [q(text, str(low))]][0]
    assert (got["low"], got["high"]) == (low, high)


@pytest.mark.parametrize("text", [
    "The motorway is shut between junctions 4 and 5 tonight.",
    "Read pages 12 and 13 of the report.",
    "The Zephyr 11 update reached users on Monday.",
    "The 747 JUMBO fleet was retired.",
])
def test_identifiers_and_model_numbers_are_no_quantities(texts, text):
    assert texts(text) == []


def test_a_name_before_a_plural_count_keeps_the_count(texts):
    assert texts("Acme hired 300 engineers last year.") == ["300 engineers"]


@pytest.mark.parametrize("text,has", [("All 120 UN members signed.", "120 UN members"),
                                      ("Some 300 NHS trusts replied.", "300 NHS trusts")])
def test_a_count_before_an_acronym_is_a_count(texts, text, has):
    assert texts(text) == [has] or texts(text) == ["Some " + has]


@pytest.mark.parametrize("text,has,value,unit", [
    ("The pub is half a mile from the station.", "half a mile", 0.5, "mile"),
    ("Rates were cut by half a percentage point.", "half a percentage point", 0.5, "percentage point"),
    ("He was jailed for 14 and a half years.", "14 and a half years", 14.5, "year"),
])
def test_halves_with_units(q, text, has, value, unit):
    got = q(text, has)
    assert (got["value"], got["canonical_unit"]) == (value, unit)


@pytest.mark.parametrize("text,has,value", [
    ("Profits fell by a third last year.", "a third", 1 / 3),
    ("The budget was cut by half.", "half", 0.5),
])
def test_shares_after_by(q, text, has, value):
    assert q(text, has)["value"] == pytest.approx(value, rel=1e-3)


def test_a_half_that_is_no_share(texts):
    assert texts("The team scored in the second half.") == []


@pytest.mark.parametrize("text,has,unit", [
    ("The inn charges $120 a night in summer.", "$120 a night", "dollar per night"),
    ("Lunch costs £18 a head.", "£18 a head", "pound sterling per head"),
])
def test_prices_a_night_or_a_head_are_rates(q, text, has, unit):
    assert q(text, has)["canonical_unit"] == unit


def test_a_noun_after_a_price_that_is_no_rate(texts):
    assert texts("A night in a hotel cost them $90.") == ["$90"]


def test_hyphenated_and_a_half(q):
    got = q("The meeting ran for three-and-a-half hours.", "three")
    assert (got["value"], got["canonical_unit"]) == (3.5, "hour")


def test_feet_and_inches_after_a_unit_are_no_name(texts):
    assert texts("The keeper stands 6ft 3in.") == ["6ft", "3in"]


@pytest.mark.parametrize("text", [
    "Between 2011 and 2019 the town shrank.",
    "From 2012 to 2018 imports fell.",
    "She joined the band in '94.",
    "Nothing was built in 2016-17.",
])
def test_years_are_no_quantities(texts, text):
    assert texts(text) == []


def test_a_count_between_thousands_is_still_a_range(q):
    got = q("Between 2,000 and 3,000 homes lost power.", "2,000")
    assert (got["low"], got["high"]) == (2000, 3000)


@pytest.mark.parametrize("text,has,value,unit", [
    ("Output grew 0.4% in the three months to August.", "three months", 3, "month"),
    ("Profits doubled in the 12 months to March.", "12 months", 12, "month"),
])
def test_the_span_of_a_period_to_a_date_is_a_duration(q, text, has, value, unit):
    got = q(text, has)
    assert (got["text"], got["value"], got["canonical_unit"]) == (has, value, unit)


def test_the_date_a_period_runs_to_is_no_quantity(texts):
    assert texts("Sales fell in the six months to 30 June.") == ["six months"]


@pytest.mark.parametrize("text,has,value,unit", [
    ("Ozone readings passed 80 parts per billion.", "80 parts per billion", 80, "part per billion"),
    ("The station measured 415ppm of carbon dioxide.", "415ppm", 415, "part per million"),
    ("The ring holds a 3 carat stone.", "3 carat", 3, "carat"),
    ("The hatchback manages 60mpg.", "60mpg", 60, "mile per gallon"),
    ("The desert reached 122 degrees Fahrenheit.", "122 degrees Fahrenheit", 122, "degree Fahrenheit"),
])
def test_more_units(q, text, has, value, unit):
    got = q(text, has)
    assert (got["value"], got["canonical_unit"]) == (value, unit)


@pytest.mark.parametrize("text,has,value", [
    ("Sales rose 7pc last year.", "7pc", 7),
    ("Exports fell 2 pct in May.", "2 pct", 2),
])
def test_pc_and_pct_are_percentages(q, text, has, value):
    got = q(text, has)
    assert (got["kind"], got["value"]) == ("percent", value)


def test_a_glued_unit_that_is_no_percentage_stays_a_name(texts):
    assert texts("The 4G network went live last year.") == []


@pytest.mark.parametrize("text,has,value,unit", [
    ("The city sold a $2.5-billion bond.", "$2.5-billion", 2_500_000_000, "dollar"),
    ("They signed a 4-million-tonne deal.", "4-million-tonne", 4_000_000, "tonne"),
])
def test_hyphenated_scales(q, text, has, value, unit):
    got = q(text, has)
    assert (got["value"], got["low"], got["canonical_unit"]) == (value, None, unit)


def test_a_score_is_still_no_range(texts):
    assert texts("They won 3-1 at home.") == []


def test_turned_a_number_is_an_age(q, texts):
    got = q("The former nurse turned 105 on Monday.", "105")
    assert (got["kind"], got["value"]) == ("age", 105)
    assert q("The shop turned 40 customers away.", "40")["kind"] == "count"


def test_a_chart_name_is_no_quantity(texts):
    assert texts("The song entered the Top 40 chart.") == []
    assert texts("The top 5 banks hold most deposits.") == ["5 banks"]


def test_a_race_after_a_possessive(q):
    got = q("She won the women's 1500 in Paris and the men's 400m went to a newcomer.", "400m")
    assert (got["value"], got["canonical_unit"]) == (400, "metre")


@pytest.mark.parametrize("text,has,unit", [
    ("The villa sold for 8 million Swiss francs.", "Swiss francs", "Swiss franc"),
    ("The loan was 40 million Hong Kong dollars.", "Hong Kong dollars", "Hong Kong dollar"),
    ("The wallet held 3 bitcoin.", "3 bitcoin", "bitcoin"),
])
def test_currencies_named_with_their_country(q, text, has, unit):
    got = q(text, has)
    assert (got["kind"], got["canonical_unit"]) == ("money", unit)


def test_a_country_word_alone_is_no_currency(q):
    assert q("The firm hired 40 Swiss engineers.", "40")["kind"] == "count"


def test_per_calendar_month(q):
    assert q("The flat rents at £950 per calendar month.", "£950")["canonical_unit"] == "pound sterling per month"


@pytest.mark.parametrize("text,has,low,high", [
    ("No more than 30 guests may attend.", "30", None, 30),
    ("Not more than 5% of the land is built on.", "5%", None, 5),
    ("More than 30 guests attended.", "30", 30, None),
])
def test_no_more_than_is_an_upper_bound(q, text, has, low, high):
    got = q(text, has)
    assert (got["low"], got["high"]) == (low, high)


def test_an_index_level_after_its_points_change(q):
    got = q("The index closed down 38 points at 6,920.", "6,920")
    assert (got["value"], got["canonical_unit"]) == (6920, "point")


def test_a_count_after_points_keeps_its_noun(q):
    assert q("The side won by 12 points in front of 9,000 fans.", "9,000")["canonical_unit"] is None


@pytest.mark.parametrize("text,has,value", [
    ("A quarter of a million fans came.", "quarter", 250_000),
    ("Three quarters of a billion doses were sent.", "quarters", 750_000_000),
    ("Two and a half million homes lost power.", "half", 2_500_000),
    ("Four-and-a-half million people voted.", "half", 4_500_000),
])
def test_shares_and_halves_of_scales(q, text, has, value):
    got = q(text, has)
    assert (got["kind"], got["value"]) == ("count", value)


def test_a_quarter_of_the_staff_is_still_a_share(q):
    got = q("A quarter of the staff quit.", "quarter")
    assert (got["kind"], got["value"]) == ("fraction", 0.25)


def test_a_duration_to_a_duration_is_two_quantities(texts):
    assert texts("The new road cuts the trip from three hours to 50 minutes.") == ["three hours", "50 minutes"]


@pytest.mark.parametrize("text", ["Rainfall was 20% above the 1981-2010 average.",
                                  "Rainfall was 20% above the 1981–2010 average."])
def test_a_span_of_years_before_a_noun_is_no_quantity(texts, text):
    assert texts(text) == ["20%"]


def test_a_share_of_a_unit(q):
    got = q("Rates rose by three-quarters of a percentage point.", "three")
    assert (got["value"], got["canonical_unit"]) == (0.75, "percentage point")
    assert q("Two-thirds of a mile of road was resurfaced.", "Two")["canonical_unit"] == "mile"


def test_a_share_of_the_people_keeps_no_unit(q):
    assert q("Two-thirds of the voters stayed home.", "Two")["canonical_unit"] is None


@pytest.mark.parametrize("text,has", [("According to Acme Research 44% of buyers agree.", "44%"),
                                      ("The Zephyr 12 kg model sold out.", "12 kg")])
def test_a_name_before_a_percentage_or_unit_keeps_the_quantity(texts, text, has):
    assert has in texts(text)


def test_carat_gold_is_a_purity(q):
    assert q("She wore an 18-carat gold ring.", "18")["canonical_unit"] == "karat"
    assert q("The stone weighs 3 carats.", "3 carats")["dimension"] == "mass"
