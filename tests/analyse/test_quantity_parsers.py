"""Property tests of the number and unit parsers (no spaCy): they never crash and read back what they format."""

from hypothesis import given, settings, strategies as st

from claimscope.analyse.facts.numbers import digits_value, fraction_value, glued, join_groups, read_number
from claimscope.analyse.facts.units import glued_unit_of, lookup, si_value
from claimscope.lexicon.units import UNIT_SPELLINGS

SYMBOLS = ["km", "kg", "ml", "GHz", "hp", "km2", "mm", "MW", "kWh", "mph"]


@settings(deadline=None)  # the first lookup loads pint
@given(st.text(max_size=12))
def test_parsers_never_crash(text):
    digits_value(text)
    fraction_value(text)
    glued(text)
    glued_unit_of(text)
    lookup(text)
    read_number(text.lower().split() or [""])


@settings(deadline=None)  # the first lookup loads pint
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(SYMBOLS))
def test_a_glued_number_reads_back_its_value_and_unit(n, symbol):
    text = f"{n:,}{symbol}"
    assert glued(text).value == n
    assert glued_unit_of(text) == lookup(symbol) is not None


@settings(deadline=None)  # the first lookup loads pint
@given(st.integers(min_value=1, max_value=15), st.sampled_from([2, 3, 4, 8, 10, 16]))
def test_fractions(a, b):
    got = fraction_value(f"{a}/{b}")
    assert got == (a / b if a < b else None)


@settings(deadline=None)  # the first lookup loads pint
@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.sampled_from(sorted(UNIT_SPELLINGS)[:80]))
def test_si_values_are_finite_and_scale_linearly(v, spelling):
    unit = lookup(spelling)
    if unit is None or unit.expr is None or "deg" in unit.expr:
        return
    one = si_value(unit, 1.0)
    got = si_value(unit, v)
    assert got is None or abs(got - v * one) <= 1e-6 * max(1.0, abs(v * one))


@given(st.integers(min_value=1000, max_value=10**9))
def test_space_grouped_thousands_read_back_their_value(n):
    words = f"{n:,}".split(",")
    assert read_number(words)[0] == n
    assert join_groups(["2", "1/2"]) == ["2", "1/2"]  # a whole and a half is no group
