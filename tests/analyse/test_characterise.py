"""The characteriser on model-parsed text: descriptions that oppose, and sentences that describe nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimscope.analyse.serialize import doc_to_json
from claimscope.link import characterisation
from claimscope.sentences import sentence_at


def _described(nlp, text):
    return characterisation.described(doc_to_json(nlp(text))["characterisations"])


def test_opposed_descriptions_of_sent_troops(nlp):
    a = _described(nlp, "The general sent battle-hardened, well-equipped troops, too valuable to be mere bait.")
    b = _described(nlp, "The general sent exhausted, poorly fed troops as mere bait.")
    (da,), (db,) = [[n.descriptors for n in side if n.theme == "military"] for side in (a, b)]
    assert any(d.negated and d.head == "bait" for d in da)
    assert any(not d.negated and d.head == "bait" for d in db)
    assert characterisation.opposition(da, db)
    assert characterisation.opposition(db, db) is None


@pytest.mark.parametrize("text", [
    "However, investors may be wary of foreign shares.",            # a generic noun, no specific thing
    "Aid should go to the poorest countries first.",                # an adjective that says which countries
    "The minister is worried that the reform will fail.",           # a state of mind, not a description
])
def test_no_characterisation_without_a_specific_thing(nlp, text):
    assert _described(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The council described the new bridge as a costly failure.",    # a naming verb
    "The army sent exhausted, poorly fed conscripts to the front.",  # the theme of an action
])
def test_characterisation_of_a_specific_thing(nlp, text):
    found = _described(nlp, text)
    assert found and all(n.anchor is not None and n.sentence == (0, len(text)) for n in found)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=200), at=st.integers(min_value=-5, max_value=250))
def test_characterising_any_text_never_crashes(nlp, text, at):
    for noun in _described(nlp, text):
        characterisation.opposition(noun.descriptors, noun.descriptors)
        assert 0 <= noun.sentence[0] <= noun.sentence[1] <= len(text)
    start, end = sentence_at(text, at)
    assert 0 <= start <= end <= len(text)
