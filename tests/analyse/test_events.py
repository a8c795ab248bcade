"""Events on sentences written for the tests: who did what to whom, where, when, how many, and the source."""

import pytest
from facts_helpers import analyse, event, statement_of


def test_who_did_what_to_whom_when_how_many(nlp):
    doc = analyse(nlp, "Ankara sent 1,200 soldiers to Syria on Monday.", published="2024-11-06")
    ev = event(doc, "sent")
    assert ev["actor"] == "Turkey"  # the capital acts for its state
    assert (ev["lemma"], ev["recipient"], ev["what"], ev["size"]) == ("send", "Syria", "soldiers", 1200)
    assert (ev["type"], ev["mode"], ev["status"]) == ("MOBILIZE", "military", "done")
    assert ev["date"]["text"] == "Monday" and ev["date"]["value"] == "2024-11-04"
    assert doc["quantities"][ev["quantity"]]["text"] == "1,200 soldiers"
    assert doc["text"][ev["start"]:ev["end"]] == "sent"


def test_planned_event_with_a_deadline_and_an_elliptical_size(nlp):
    doc = analyse(nlp, "The government moved 300 police officers to the port and plans to deploy 500 by Friday.")
    ev = event(doc, "deploy")
    assert (ev["status"], ev["size"], ev["what"], ev["type"]) == ("planned", 500, "police officers", "MOBILIZE")
    assert ev["mode"] == "police"
    assert ev["date"]["role"] == "deadline"


def test_location_is_a_canonical_place(nlp):
    doc = analyse(nlp, "Ukrainian troops arrived in Kharkiv on Sunday.")
    ev = event(doc, "arrived")
    assert ev["actor"] == "Ukraine"  # forces named by their state's demonym act for the state
    assert ev["location"] == "Kharkiv"
    assert (ev["type"], ev["status"]) == ("MOBILIZE", "done")


def test_location_behind_a_common_noun(nlp):
    doc = analyse(nlp, "The Polish army stationed two brigades in the border region near Lublin.")
    ev = event(doc, "stationed")
    assert ev["location"] == "Lublin"


def test_recipient_through_a_purpose_clause(nlp):
    doc = analyse(nlp, "Norway shipped 40 generators to help Moldova through the winter.")
    ev = event(doc, "shipped")
    assert ev["recipient"] == "Moldova"


@pytest.mark.parametrize("text,action,etype", [
    ("Protesters rallied outside the parliament in Belgrade.", "rallied", "PROTEST"),
    ("Police arrested 20 protesters in Tbilisi.", "arrested", "COERCE"),
    ("Russian jets bombed a bridge near Kherson.", "bombed", "ASSAULT"),
    ("The European Union imposed sanctions on Belarus.", "imposed", "SANCTION"),
    ("Chile accused Peru of spying.", "accused", "ACCUSE"),
    ("Germany pledged 300 tanks to Ukraine.", "pledged", "AID"),
    ("Serbia withdrew its ambassador from Kosovo.", "withdrew", "SANCTION"),  # diplomatic
    ("Armenia withdrew 300 troops from the border.", "withdrew", "RETREAT"),
])
def test_plover_types(nlp, text, action, etype):
    assert event(analyse(nlp, text), action)["type"] == etype


@pytest.mark.parametrize("text", [
    "The bakery sold 300 cakes in Leeds.",
    "Shares rallied in London after the results.",
    "The company released its results on Tuesday.",
    "The striker scored 12 goals for Arsenal.",
    "A US company agreed to pay $28m to settle the case.",
    "The firm struck a deal with its lenders and is offering special dividends.",
    "Migrants send money to their relatives in Ghana.",
])
def test_no_type_is_guessed_for_other_events(nlp, text):
    assert all(ev["type"] is None for ev in analyse(nlp, text)["events"])


def test_the_source_travels_with_the_event(nlp):
    doc = analyse(nlp, "The ministry said that Russian jets had bombed a bridge near Kherson.")
    ev = event(doc, "bombed")
    assert ev["source"] == "ministry" or ev["source"].lower().endswith("ministry")
    st = statement_of(doc, ev)
    assert st is not None and st["cue"]["text"] == "said"
    assert (ev["status"], ev["stance"]) == ("done", "says")


def test_a_denied_event(nlp):
    doc = analyse(nlp, "The army denied that its troops had shelled the village of Avdiivka.")
    ev = event(doc, "shelled")
    assert ev["status"] == "denied" and ev["stance"] == "denies"


def test_speech_is_no_event(nlp):
    doc = analyse(nlp, "Poland said on Monday that talks would continue.")
    assert all(ev["lemma"] != "say" for ev in doc["events"])


@pytest.mark.parametrize("text,verb,what,location", [
    ("Minsk moved 2,000 troops to the frontier near Grodno.", "moved", "troops", "Grodno"),
    ("Russian troops entered Ukraine on Thursday.", "entered", None, "Ukraine"),
])
def test_what_a_motion_verb_moves_is_no_recipient(nlp, text, verb, what, location):
    ev = event(analyse(nlp, text), verb)
    assert ev["recipient"] is None  # the troops moved are the theme; a place entered is where, not whom
    assert (ev["what"], ev["location"]) == (what, location)
