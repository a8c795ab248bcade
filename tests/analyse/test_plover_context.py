"""PLOVER types on sentences written for the tests: the verbs and nouns added to the CAMEO-grounded table, and
the sentence-level political context (a public subject in a sentence naming a state, a people or a city)."""

from __future__ import annotations

import pytest
from facts_helpers import analyse, event


@pytest.mark.parametrize("text, action, etype", [
    ("Valdorian troops pounded rebel positions near the border with Ostrava.", "pounded", "ASSAULT"),
    ("Norway withheld aid from Malawi after the vote.", "withheld", "SANCTION"),
    ("The Peruvian government ruled out talks with the rebels.", "ruled", "REJECT"),
    ("Police in Ghana apprehended two suspects near Kumasi.", "apprehended", "COERCE"),
    ("The Angolan army repelled an attack near the border with Zambia.", "repelled", "ASSAULT"),
    ("The Danish minister reprimanded the Belgian ambassador.", "reprimanded", "ACCUSE"),
])
def test_added_verbs_get_their_plover_type(nlp, text, action, etype):
    assert event(analyse(nlp, text), action)["type"] == etype


@pytest.mark.parametrize("text, noun, etype", [
    ("Norwegian mediation between Chile and Peru ended the dispute.", "mediation", "CONSULT"),
    ("The assassination of the Bolivian judge shocked the region.", "assassination", "ASSAULT"),
])
def test_added_nouns_name_events(nlp, text, noun, etype):
    assert event(analyse(nlp, text), noun)["type"] == etype


def test_a_pronoun_subject_in_a_sentence_naming_a_city_is_political(nlp):
    ev = event(analyse(nlp, "President Ana Soto said that she will extend the night curfew in Freeport."),
               "extend")
    assert ev["type"] == "COERCE"


@pytest.mark.parametrize("text", [
    "Shares rallied in London after the results.",
    "Migrants send money to their relatives in Ghana.",
    "A US company agreed to pay $28m to settle the case.",
    "The doctor examined the patient in Lisbon.",
    "The cat sat on the mat in Paris.",
])
def test_no_type_for_private_subjects_or_no_event(nlp, text):
    assert all(ev["type"] is None for ev in analyse(nlp, text)["events"])


def test_a_subject_event_noun_needs_no_target_in_a_sentence_naming_a_state(nlp):
    ev = event(analyse(nlp, "Fierce fighting erupted in the north of Sudan on Monday."), "fighting")
    assert ev["type"] == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The meeting started late in London.",  # a city alone makes no political context
    "The price war hurt retailers in Germany.",  # a kind of war that is no fighting
])
def test_a_subject_event_noun_without_a_target_is_otherwise_none(nlp, text):
    assert all(ev["type"] is None for ev in analyse(nlp, text)["events"])


@pytest.mark.parametrize("text, action, etype", [
    ("Dutch peacekeepers arrived in Mali on Friday.", "arrived", "AID"),
    ("Canada deployed 300 peacekeeping troops to Lebanon.", "deployed", "AID"),
    ("Canada deployed 300 troops to Latvia.", "deployed", "MOBILIZE"),
])
def test_peacekeeping_forces_are_aid(nlp, text, action, etype):
    assert event(analyse(nlp, text), action)["type"] == etype


def test_a_passive_takes_its_context_from_the_one_acted_on(nlp):
    # the same passive in a sentence naming a city: wounded soldiers are public life, injured passengers are not
    soldiers = event(analyse(nlp, "Four soldiers were wounded in Freeport on Monday."), "wounded")
    assert soldiers is not None and soldiers["type"] == "ASSAULT"
    doc = analyse(nlp, "Nine passengers were injured in Freeport on Monday.")
    assert not [e for e in doc["events"] if "injured" in e["action"] and e.get("type")]
