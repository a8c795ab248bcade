"""Reading numbers (pure) and reading and attaching quantities on hand-built Docs."""

from __future__ import annotations

import pytest
from facts_docs import parsed

from claimscope.analyse.facts import quantity_read
from claimscope.analyse.facts.numbers import digits_value, read_number, words_value
from claimscope.analyse.facts.quantities import find_quantities
from claimscope.analyse.facts.quantity_read import Context, first_reading


@pytest.mark.parametrize("words, expected", [
    (["two", "hundred", "and", "fifty"], 250), (["twenty", "-", "five"], 25), (["half", "a", "million"], 500_000),
    (["two", "dozen"], 24), (["a", "million"], 1_000_000),
])
def test_number_words(words, expected):
    assert words_value(words) == expected


def test_digits_with_a_glued_scale():
    assert digits_value("4.5bn") == (4_500_000_000, "bn") and digits_value("3,200") == (3200, None)


@pytest.mark.parametrize("words, expected", [
    (["tens", "of", "thousands"], (None, 20_000, 99_999, True)),
    (["dozens"], (None, 24, 99, True)),
    (["a", "few", "hundred"], (None, 200, 500, True)),
    (["300", "m"], (300_000_000, None, None, False)),
])
def test_read_number(words, expected):
    assert read_number(words) == expected


def _hired():
    """'The ministry hired 400 nurses .'"""
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("ministry", 2, "nsubj", "NN", "NOUN", "ministry"),
                   ("hired", 2, "ROOT", "VBD", "VERB", "hire"), ("400", 4, "nummod", "CD", "NUM", "400"),
                   ("nurses", 2, "dobj", "NNS", "NOUN", "nurse"), (".", 2, "punct", ".", "PUNCT", ".")])


def test_a_count_takes_its_noun_and_the_subject_as_actor():
    (q,) = find_quantities(_hired(), [])
    assert (q.text, q.value, q.unit, q.kind) == ("400 nurses", 400, "nurses", "count")
    assert q.actor.name == "ministry" and q.status == "done" and q.verb == 2


def test_a_percentage_after_a_verb_of_rising_is_a_change():
    doc = parsed([("Sales", 1, "nsubj", "NNS", "NOUN", "sale"), ("rose", 1, "ROOT", "VBD", "VERB", "rise"),
                  ("8", 3, "nummod", "CD", "NUM", "8"), ("%", 1, "npadvmod", "NN", "NOUN", "%"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    (q,) = find_quantities(doc, [])
    assert (q.kind, q.value, q.unit) == ("percent", 8, "%")
    assert q.change == {"direction": "increase", "part": "by"}


def test_between_makes_a_range():
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("fund", 2, "nsubj", "NN", "NOUN", "fund"),
                  ("paid", 2, "ROOT", "VBD", "VERB", "pay"), ("between", 6, "quantmod", "IN", "ADP", "between"),
                  ("10", 6, "quantmod", "CD", "NUM", "10"), ("and", 6, "cc", "CC", "CCONJ", "and"),
                  ("20", 7, "nummod", "CD", "NUM", "20"), ("people", 2, "dobj", "NNS", "NOUN", "people"),
                  (".", 2, "punct", ".", "PUNCT", ".")])
    (q,) = find_quantities(doc, [])
    assert (q.text, q.low, q.high, q.value, q.approximate) == ("between 10 and 20 people", 10, 20, None, True)


def test_a_score_is_no_quantity():
    doc = parsed([("Valmont", 1, "nsubj", "NNP", "PROPN", "Valmont"), ("won", 1, "ROOT", "VBD", "VERB", "win"),
                  ("2", 1, "dobj", "CD", "NUM", "2", False), ("-", 4, "punct", "HYPH", "PUNCT", "-", False),
                  ("1", 2, "prep", "CD", "NUM", "1"), (".", 1, "punct", ".", "PUNCT", ".")])
    assert find_quantities(doc, []) == []


def test_qualifier_step_makes_a_lower_bound():
    doc = parsed([("at", 1, "advmod", "IN", "ADP", "at"), ("least", 2, "advmod", "JJS", "ADJ", "least"),
                  ("300", 3, "nummod", "CD", "NUM", "300"), ("homes", 3, "ROOT", "NNS", "NOUN", "home")])
    ctx = Context(doc, doc.text, frozenset(), ())
    r = quantity_read.qualifier(ctx, first_reading(doc, 2, 3))
    assert (r.low, r.value, r.start, r.qual_kind, r.qual_text) == (300, None, 0, "min", "at least")


def test_a_duration_is_a_measure_in_years():
    doc = parsed([("It", 1, "nsubj", "PRP", "PRON", "it"), ("took", 1, "ROOT", "VBD", "VERB", "take"),
                  ("three", 3, "nummod", "CD", "NUM", "three"), ("years", 1, "npadvmod", "NNS", "NOUN", "year"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    [got] = find_quantities(doc, [])
    assert (got.kind, got.value, got.canonical_unit, got.dimension) == ("measure", 3, "year", "duration")


def test_step_order_is_fixed():
    assert quantity_read.READ_STEPS[0] is quantity_read.currency_sign
    assert quantity_read.READ_STEPS[-2] is quantity_read.proper_noun_number
    assert quantity_read.READ_STEPS[-1] is quantity_read.age


def test_guards_skip_identifiers_and_keep_counts():
    from claimscope.analyse.facts.quantity_words import identifier_before, is_no_quantity

    doc = parsed([("Article", 1, "compound", "NNP", "PROPN", "Article"), ("5", 1, "ROOT", "CD", "NUM", "5")])
    assert identifier_before(doc, 1, 2, set(), 12) is True and is_no_quantity(doc, 1, 2, set())
    assert not is_no_quantity(_hired(), 3, 4, set())
