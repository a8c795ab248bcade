"""More news wordings of quantities on sentences written for the tests (issue 17): currency signs the tagger
takes for names, ages after "at the age of" and "aged", age decades, years that date a noun, split scale
suffixes, and compounds of "one" that count nothing."""

import pytest
from facts_helpers import analyse, quantity, quantity_of, quantity_texts  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def texts(quantity_texts):
    return quantity_texts


@pytest.fixture(scope="module")
def q(quantity_of):
    return quantity_of


@pytest.mark.parametrize("text,has,value", [
    ("The state set aside ₹500 crore and each farmer gets Rs 2 lakh.", "₹500 crore", 5_000_000_000),
    ("The board approved ₹1,200 crore for new hospitals.", "₹1,200 crore", 12_000_000_000),
])
def test_a_rupee_sign_before_a_scale_word_is_money(q, text, has, value):
    got = q(text, has)
    assert (got["kind"], got["value"], got["canonical_unit"]) == ("money", value, "rupee")


def test_a_number_after_a_name_stays_no_quantity(texts):
    assert texts("The Aerion 320 entered service in the spring.") == []


def test_at_the_age_of_is_an_age(q):
    got = q("The painter died at the age of 91 at his home.", "91")
    assert (got["kind"], got["value"], got["canonical_unit"]) == ("age", 91, "year")


def test_aged_takes_no_unit_from_an_earlier_count(q):
    got = q("Officers arrested three men aged between 20 and 35.", "20")
    assert (got["kind"], got["low"], got["high"], got["canonical_unit"]) == ("age", 20, 35, "year")
    assert q("Officers arrested three men aged between 20 and 35.", "three men")["kind"] == "count"


def test_the_age_of_a_thing_is_no_age_rule(q):
    got = q("The age of the 40 buildings worried inspectors.", "40")
    assert got["kind"] == "count" and got["unit"] == "buildings"


@pytest.mark.parametrize("text,has,low", [
    ("The minister, in his 60s, has led the party for years.", "60s", 60),
    ("She started the company in her 30s.", "30s", 30),
])
def test_an_age_decade_with_its_pronoun_is_an_age(q, text, has, low):
    got = q(text, has)
    assert (got["kind"], got["low"], got["high"]) == ("age", low, low + 9)


def test_a_decade_is_still_no_quantity(texts):
    assert texts("Sales of vinyl have grown since the 1990s.") == []


@pytest.mark.parametrize("text", [
    "The deal cuts emissions compared with 1990 levels.",
    "The figures are given in 2015 prices.",
    "The 2019 figures were revised on Friday.",
])
def test_a_year_that_dates_a_noun_is_no_count(texts, text):
    assert texts(text) == []


def test_a_count_before_such_a_noun_stays(q):
    assert q("Engineers checked 1,990 levels of the mine.", "1,990")["value"] == 1990


@pytest.mark.parametrize("text,has,value", [
    ("More than 1m people visited the fair.", "1m", 1_000_000),
    ("Some 2m people have left the region, the agency said.", "2m", 2_000_000),
])
def test_a_split_scale_suffix_keeps_the_counted_noun(q, text, has, value):
    got = q(text, has)
    assert got["unit"] == "people" and value in (got["value"], got["low"])


@pytest.mark.parametrize("text", [
    "Staff will get a one-off payment in March.",
    "He bought a one-way ticket to the coast.",
])
def test_compounds_of_one_count_nothing(texts, text):
    assert texts(text) == []


def test_one_before_a_noun_still_counts(q):
    assert q("Only one nurse was on duty.", "one")["value"] == 1


@pytest.mark.parametrize("text,has,unit", [
    ("Workers held a one-day strike on Tuesday.", "one-day", "day"),
    ("The council built a one-metre wall.", "one-metre", "metre"),
])
def test_one_before_a_unit_is_a_measure(q, text, has, unit):
    got = q(text, has)
    assert (got["kind"], got["value"], got["canonical_unit"]) == ("measure", 1, unit)


@pytest.mark.parametrize("text,has,low,high,unit", [
    ("The group is paying £1bn-£1.5bn for the stake.", "£1bn", 1e9, 1.5e9, "pound sterling"),
    ("The plant will make 5-6bn chips this year.", "5-6bn", 5e9, 6e9, None),
])
def test_a_range_of_scaled_amounts_in_one_token(q, text, has, low, high, unit):
    got = q(text, has)
    assert (got["low"], got["high"], got["canonical_unit"]) == (low, high, unit)


def test_a_range_glued_to_metres_is_no_million_range():
    from claimscope.analyse.facts.numbers import range_value

    assert range_value("3-4m") is None and range_value("3m-£4m") == (3e6, 4e6) and range_value("5-3bn") is None


@pytest.mark.parametrize("text,has,value", [
    ("The startup raised $5.3-bn from investors.", "$5.3-bn", 5.3e9),
    ("The state unveiled a ₹1.5 lakh crore stimulus.", "lakh crore", 1.5e12),
    ("Officials spoke of two thousand million doses.", "thousand million", 2e9),
])
def test_scale_words_and_suffixes_after_a_hyphen_or_another_scale(q, text, has, value):
    assert q(text, has)["value"] == value


@pytest.mark.parametrize("text,has,low,high", [
    ("Costs jumped by more than a third, to €4.2bn.", "a third", 0.333333, None),
    ("Its shares fell almost a third on the news.", "a third", None, 0.333333),
])
def test_a_qualified_fraction_after_a_change_is_a_share(q, text, has, low, high):
    got = q(text, has)
    assert (got["kind"], got["low"], got["high"]) == ("fraction", low, high)


@pytest.mark.parametrize("text", [
    "The second half was dull.",
    "It worked at the third time of asking.",
])
def test_ordinal_fractions_stay_no_quantity(texts, text):
    assert texts(text) == []


@pytest.mark.parametrize("text,has,value,unit", [
    ("Kenya's budget is KSh 3.6 trillion this year.", "KSh", 3.6e12, "Kenyan shilling"),
    ("The state oil firm lost ₦21.8 billion.", "₦21.8", 2.18e10, "naira"),
    ("The airline lost SFr 200m in the crisis.", "SFr", 2e8, "Swiss franc"),
    ("The miner reported a profit of 400 million pesos.", "pesos", 4e8, "Mexican peso"),
    ("The bank booked 2bn baht of bad loans.", "baht", 2e9, "baht"),
    ("Guards earn 5,000 riyals a month.", "riyals", 5000, "riyal per month"),
])
def test_more_currencies_by_sign_code_and_word(q, text, has, value, unit):
    got = q(text, has)
    assert (got["kind"], got["value"], got["canonical_unit"]) == ("money", value, unit)


def test_won_as_a_verb_is_still_no_currency(q):
    got = q("The firm won 3 contracts last year.", "3")
    assert got["kind"] == "count" and got["unit"] == "contracts"


@pytest.mark.parametrize("text", [
    "Leaders of the Group of Seven met in the spring.",
    "The Big Four accountancy firms were criticised.",
    "The update to iOS 17 arrived this week.",
])
def test_numbers_in_names_are_no_quantities(texts, text):
    assert texts(text) == []


@pytest.mark.parametrize("text,has,value", [
    ("Seven people died in the blast.", "Seven", 7),
    ("Officials said Two hundred were hurt.", "Two hundred", 200),
    ("The US 10-year yield rose to 4.3 per cent.", "10-year", 10),
])
def test_capitals_at_a_sentence_start_or_after_a_country_keep_the_number(q, text, has, value):
    assert q(text, has)["value"] == value


@pytest.mark.parametrize("text,has,value,unit", [
    ("A couple of hundred fans stayed behind.", "couple", 200, "fans"),
    ("The firm has a couple of thousand staff.", "couple", 2000, "staff"),
])
def test_a_couple_of_a_scale_word_is_about_twice_it(q, text, has, value, unit):
    got = q(text, has)
    assert (got["value"], got["unit"], got["approximate"]) == (value, unit, True)


def test_a_couple_of_things_alone_is_left_out(texts):
    assert texts("They met a couple of times.") == []


@pytest.mark.parametrize("text,has,low,high,unit", [
    ("The waves were 3-4m high on Monday.", "3-4m", 3, 4, "metre"),
    ("The club has 3-4m fans worldwide.", "3-4m", 3e6, 4e6, None),
])
def test_a_range_in_m_is_metres_only_before_a_size_word(q, text, has, low, high, unit):
    got = q(text, has)
    assert (got["low"], got["high"], got["canonical_unit"]) == (low, high, unit)


@pytest.mark.parametrize("text,has,unit", [
    ("The firm has 3m customers and 20k staff.", "20k", "staff"),
    ("The 100,000-strong army crossed the river.", "100,000", "army"),
])
def test_the_noun_after_a_glued_scale_or_strong_is_counted(q, text, has, unit):
    assert q(text, has)["unit"] == unit


def test_a_glued_scale_before_a_unit_or_verb_counts_no_noun(q):
    assert q("Protesters numbered 20k on Saturday.", "20k")["unit"] is None
    assert q("They built a 5m-high wall.", "5m")["canonical_unit"] == "metre"


@pytest.mark.parametrize("text,has,value,unit", [
    ("He missed the 60m races in Madrid.", "60m", 60, "metre"),
    ("The former 100m champion was banned.", "100m", 100, "metre"),
    ("The club set a 100m budget for signings.", "100m", 100_000_000, None),
])
def test_a_race_noun_makes_m_metres(q, text, has, value, unit):
    got = q(text, has)
    assert (got["value"], got["canonical_unit"]) == (value, unit)


@pytest.mark.parametrize("text,has,low,high", [
    ("Rates are expected to peak at 5.5% to 5.75%.", "5.5%", 5.5, 5.75),
    ("Analysts expect between 10% and 20% of stores to close.", "10%", 10, 20),
    ("Costs could climb a further 10%-15%, the report said.", "10%", 10, 15),
])
def test_two_percentages_joined_are_one_range(q, text, has, low, high):
    got = q(text, has)
    assert (got["kind"], got["low"], got["high"]) == ("percent", low, high)


@pytest.mark.parametrize("text", [
    "Fares rose 3 per cent to 5 per cent.",
    "Inflation rose from 29% to 40% in a year.",
    "Growth of 2% and 3% was recorded in the two regions.",
])
def test_a_change_and_its_level_or_a_list_stay_two(texts, text):
    assert len(texts(text)) >= 2


def test_every_n_minutes_is_a_span_and_every_month_none(texts):
    assert texts("Trains run every 15 minutes.") == ["15 minutes"]
    assert texts("The committee meets every month.") == []
