"""Quantities on sentences written for the tests: each wording the finder must read."""

import pytest
from facts_helpers import analyse, quantity, statement_of


@pytest.fixture(scope="module")
def q(nlp):
    def run(text, text_has):
        return quantity(analyse(nlp, text), text_has)

    return run


def test_number_with_what_it_counts(q):
    got = q("The navy moved 4,500 sailors to the coast.", "4,500")
    assert got["text"] == "4,500 sailors"
    assert (got["value"], got["unit"], got["kind"], got["approximate"]) == (4500, "sailors", "count", False)
    assert got["status"] == "done"


def test_elliptical_number_takes_the_unit_of_a_parallel_quantity(nlp):
    doc = analyse(nlp, "Rebels seized 250 rifles on Tuesday and later captured 40 more.")
    got = quantity(doc, "40")
    assert (got["value"], got["unit"], got["unit_inferred"]) == (40, "rifles", True)
    assert got["actor"] == "Rebels"
    doc = analyse(nlp, "The regulator fined 12 banks last year and now intends to fine 30 before the summer.")
    got = quantity(doc, "30")
    assert (got["value"], got["unit"], got["status"]) == (30, "banks", "planned")
    assert got["date"]["role"] == "deadline"


def test_bare_number_without_a_parallel_keeps_no_unit(q):
    got = q("The index closed at 4,210 on a quiet day.", "4,210")
    assert got["value"] == 4210 and got["unit"] is None


@pytest.mark.parametrize("text,has,value,unit", [
    ("Two dozen journalists were detained in the capital.", "Two dozen", 24, "journalists"),
    ("A million people marched through the city.", "A million", 1_000_000, "people"),
    ("Half a million refugees crossed the river.", "Half a million", 500_000, "refugees"),
    ("Twenty-five soldiers guarded the bridge.", "Twenty-five", 25, "soldiers"),
    ("The club signed three hundred and fifty members.", "three hundred", 350, "members"),
])
def test_written_numbers(q, text, has, value, unit):
    got = q(text, has)
    assert (got["value"], got["unit"]) == (value, unit)


@pytest.mark.parametrize("text,has,low,high,unit", [
    ("Dozens of villagers fled the fighting.", "Dozens", 24, 99, "villagers"),
    ("Hundreds of workers walked out of the plant.", "Hundreds", 200, 999, "workers"),
    ("Thousands of fans waited outside.", "Thousands", 2_000, 9_999, "fans"),
    ("Tens of thousands of people joined the march.", "Tens of thousands", 20_000, 99_999, "people"),
    ("Several hundred farmers blocked the road.", "Several hundred", 300, 900, "farmers"),
])
def test_vague_amounts_are_intervals_with_their_wording(q, text, has, low, high, unit):
    got = q(text, has)
    assert (got["low"], got["high"], got["value"], got["unit"]) == (low, high, None, unit)
    assert got["approximate"] is True
    assert has in got["text"]


@pytest.mark.parametrize("text,has,value,low,high,qualifier", [
    ("At least 500 homes were destroyed by the flood.", "500", None, 500, None, "At least"),
    ("The carmaker will cut up to 12,000 jobs.", "12,000", None, None, 12_000, "up to"),
    ("More than 300 delegates attended the summit.", "300", None, 300, None, "More than"),
    ("Nearly 40 ships were stuck in the canal.", "40", None, None, 40, "Nearly"),
    ("About 70 trucks waited at the border.", "70", 70, None, None, "About"),
    ("Fewer than 20 lawmakers voted against it.", "20", None, None, 20, "Fewer than"),
    ("Some 800 pupils were sent home.", "800", 800, None, None, "Some"),
])
def test_qualified_amounts(q, text, has, value, low, high, qualifier):
    got = q(text, has)
    assert (got["value"], got["low"], got["high"]) == (value, low, high)
    assert got["qualifier"] == qualifier and got["approximate"] is True
    assert got["text"].startswith(qualifier)


@pytest.mark.parametrize("text,has,low,high", [
    ("Between 200 and 300 protesters gathered in the square.", "200", 200, 300),
    ("Officials said 15-20 people were hurt.", "15-20", 15, 20),
    ("The firm will hire 40 to 60 engineers.", "40 to 60", 40, 60),
])
def test_ranges(q, text, has, low, high):
    got = q(text, has)
    assert (got["low"], got["high"], got["value"]) == (low, high, None)


@pytest.mark.parametrize("text,has,value,currency", [
    ("The group paid $4.5bn for the unit.", "4.5bn", 4_500_000_000, "USD"),
    ("It took out a £300m loan.", "300m", 300_000_000, "GBP"),
    ("The fine was €20 million.", "20 million", 20_000_000, "EUR"),
    ("The club spent 5 million euros on players.", "5 million euros", 5_000_000, "EUR"),
    ("Tickets cost 50 pence each.", "50 pence", 50, "GBP"),  # 50 of the coin (canonical_unit "penny")
])
def test_money_with_currency(q, text, has, value, currency):
    got = q(text, has)
    assert (got["kind"], got["value"], got["currency"], got["unit"]) == ("money", value, currency, currency)


@pytest.mark.parametrize("text,has,value,unit", [
    ("Unemployment stood at 5.2% in the spring.", "5.2%", 5.2, "%"),
    ("Turnout was 64 per cent.", "64 per cent", 64, "%"),
    ("The party gained 3 percentage points.", "3 percentage points", 3, "percentage points"),
])
def test_percentages(q, text, has, value, unit):
    got = q(text, has)
    assert (got["kind"], got["value"], got["unit"]) == ("percent", value, unit)


@pytest.mark.parametrize("text,has,direction,part", [
    ("Sales rose by 15% last year.", "15%", "increase", "by"),
    ("Profits fell 8 per cent in the quarter.", "8 per cent", "decrease", "by"),
    ("Output climbed to 4 million barrels.", "4 million", "increase", "to"),
    ("Exports were up 6% on the month.", "6%", "increase", "by"),
    ("The board expects a 10% rise in revenue.", "10%", "increase", "by"),
])
def test_changes(q, text, has, direction, part):
    got = q(text, has)
    assert got["change"] == {"direction": direction, "part": part}


def test_actor_is_the_subject_of_the_verb_whose_object_the_quantity_is(nlp):
    doc = analyse(nlp, "Officials said Ankara had sent 1,200 soldiers to the border.")
    got = quantity(doc, "1,200")
    assert got["actor"] == "Turkey"  # a capital acting stands for its state
    st = statement_of(doc, got)
    assert st is not None and st["cue"]["text"].endswith("said")
    assert got["source"] == "Officials" or got["source"].lower() == "officials"


def test_owner_named_on_the_phrase(nlp):
    got = quantity(analyse(nlp, "Canada's 300 observers left on Friday."), "300")
    assert got["actor"] == "Canada"


def test_quantity_is_tied_to_the_statement_that_reports_it(nlp):
    doc = analyse(nlp, "Police said that 300 protesters were arrested after the march.")
    got = quantity(doc, "300")
    st = statement_of(doc, got)
    assert st is not None and "300 protesters were arrested" in st["content"]["text"]
    assert got["stance"] == "says"


@pytest.mark.parametrize("text", [
    "Boeing 747 jets and F-16 fighters flew over the stadium.",
    "Chelsea won 2-1 on a wet evening.",
    "Article 5 of the treaty was invoked.",
    "If there is one thing voters hate, it is waiting.",
    "The 2005 budget was approved.",
])
def test_numbers_that_are_no_quantities(nlp, text):
    assert analyse(nlp, text)["quantities"] == []


def test_offsets_index_the_text(nlp):
    text = "At least 500 homes and $4.5bn of property were lost; 15-20 people died."
    doc = analyse(nlp, text)
    assert len(doc["quantities"]) == 3
    for got in doc["quantities"]:
        assert text[got["start"]:got["end"]] == got["text"]
