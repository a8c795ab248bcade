"""Time expressions on sentences written for the tests: normalisation, precision, role and false-date guards."""

import pytest
from facts_helpers import analyse, date

PUBLISHED = "2024-11-06"  # a Wednesday


@pytest.fixture(scope="module")
def d(nlp):
    def run(text, text_has, published=PUBLISHED):
        return date(analyse(nlp, text, published), text_has)

    return run


@pytest.mark.parametrize("text,has,value,precision", [
    ("The talks ended on Monday after a long night.", "Monday", "2024-11-04", "day"),
    ("The council met yesterday.", "yesterday", "2024-11-05", "day"),
    ("The council meets tomorrow.", "tomorrow", "2024-11-07", "day"),
    ("The strike began last week.", "last week", "2024-W44", "week"),
    ("The shop opens next month.", "next month", "2024-12", "month"),
    ("The plant closed two years ago.", "two years ago", "2022", "year"),
    ("Earlier this year the plant closed.", "Earlier this year", "2024", "year"),
    ("The plant opened in 2001.", "2001", "2001", "year"),
    ("The vote took place on 3 March 2004.", "3 March 2004", "2004-03-03", "day"),
    ("The vote took place on March 3, 2004.", "March 3, 2004", "2004-03-03", "day"),
    ("Profits rose in the third quarter of 2006.", "third quarter of 2006", "2006-Q3", "quarter"),
    ("The bridge was finished in June 2010.", "June 2010", "2010-06", "month"),
    ("The band was famous in the 1980s.", "1980s", "1980s", "decade"),
    ("The ballot was held on 2005-03-14.", "2005-03-14", "2005-03-14", "day"),
])
def test_normalised_against_the_publication_date(d, text, has, value, precision):
    got = d(text, has)
    assert (got["value"], got["precision"]) == (value, precision)


def test_month_without_year_follows_the_tense(d):
    assert d("The factory will close by December.", "December")["value"] == "2024-12"
    assert d("The factory closed in December.", "December")["value"] == "2023-12"
    assert d("The factory closed in March.", "March")["value"] == "2024-03"


def test_weekday_in_the_future(d):
    assert d("The minister will visit the port on Friday.", "Friday")["value"] == "2024-11-08"


@pytest.mark.parametrize("text,has,relative", [
    ("The talks ended on Monday.", "Monday", {"weekday": "monday", "offset": -1}),
    ("The strike began last week.", "last week", {"unit": "week", "offset": -1}),
    ("The factory will close by December.", "December", {"month": 12}),
])
def test_without_a_publication_date_relative_expressions_stay_relative(d, text, has, relative):
    got = d(text, has, published=None)
    assert got["value"] is None
    assert got["relative"] == relative


def test_absolute_dates_need_no_publication_date(d):
    got = d("The plant opened in 2001.", "2001", published=None)
    assert got["value"] == "2001" and got["relative"] is None


def test_vague_expressions(d):
    got = d("Prices will keep rising in the coming years.", "coming years")
    assert got["precision"] == "vague" and got["value"] is None
    assert got["relative"] == {"direction": "future"}


@pytest.mark.parametrize("text,has,role", [
    ("The ministry must decide by December.", "December", "deadline"),
    ("The ministry must decide no later than June.", "June", "deadline"),
    ("The rule has applied since 2001.", "2001", "start"),
    ("The minister said on Tuesday that taxes would rise.", "Tuesday", "reported"),
    ("The bridge collapsed on Tuesday, the minister said.", "Tuesday", "event"),
])
def test_roles(d, text, has, role):
    assert d(text, has)["role"] == role


def test_durations_are_kept_as_such(d):
    got = d("The talks lasted three hours.", "three hours")
    assert (got["kind"], got["value"]) == ("duration", "PT3H")


@pytest.mark.parametrize("text", [
    "May I ask whether the march was peaceful?",
    "Officials may march to the palace.",
    "The agency hired 2001 workers.",
    "The ministry sent 3,000 troops.",
    "The 62-year-old minister resigned.",
    "Theresa May spoke to reporters.",
    "The soldiers march on the palace while the mayor may watch.",
])
def test_false_dates(nlp, text):
    assert analyse(nlp, text, PUBLISHED)["dates"] == []


def test_offsets_index_the_text(nlp):
    text = "On Monday the council said that by December it would close the 2005 budget, which began in 2001."
    doc = analyse(nlp, text, PUBLISHED)
    assert {x["text"] for x in doc["dates"]} >= {"Monday", "December", "2001"}
    for got in doc["dates"]:
        assert text[got["start"]:got["end"]] == got["text"]


def test_published_on_the_doc_resolves_inside_the_pipeline(nlp):
    """Library use: a Doc carrying `doc._.published` gets resolved values in `doc._.dates` itself."""
    doc = nlp.make_doc("The talks ended on Monday.")
    doc._.published = "2024-11-06"
    doc = nlp(doc)
    assert [(d.text, d.value) for d in doc._.dates] == [("Monday", "2024-11-04")]
