"""PLOVER types of events on sentences written for the tests: the verbs and nouns of the CAMEO-grounded table
(lexicon/data/plover_events.tsv), requests with the demander as actor, and the wordings that are no event."""

from __future__ import annotations

import pytest
from facts_helpers import analyse, event

from claimscope.export.plover import records


@pytest.mark.parametrize("text, action, etype", [
    ("The Brazilian president unveiled a peace plan for the region on Monday.", "unveiled", "SUPPORT"),
    ("Russia vetoed the Security Council resolution.", "vetoed", "REJECT"),
    ("Opposition supporters held a rally in Warsaw against the new law.", "held", "PROTEST"),
    ("Japan pledged $50m in aid to Kenya.", "pledged", "AGREE"),
    ("Canada deployed 300 troops to Latvia.", "deployed", "MOBILIZE"),
    ("Iran began negotiations with France on Tuesday.", "began", "CONSULT"),
    ("The European Union imposed an embargo on Syrian oil.", "imposed", "SANCTION"),
    ("Chile delivered an ultimatum to Bolivia.", "delivered", "THREATEN"),
    ("The Chilean foreign minister telephoned his Argentine counterpart.", "telephoned", "CONSULT"),
    ("Insurgents blew up a pipeline in northern Iraq.", "blew", "COERCE"),
    ("Ghana threatened to sever relations with Togo.", "threatened", "THREATEN"),
    ("Prisoners in Ankara began a hunger strike.", "began", "PROTEST"),
])
def test_verbs_and_support_verbs_get_their_plover_type(nlp, text, action, etype):
    assert event(analyse(nlp, text), action)["type"] == etype


@pytest.mark.parametrize("text, noun, etype, target", [
    ("The Israeli raid on the refugee camp killed 12 people.", "raid", "COERCE", "refugee camp"),
    ("Negotiations with Iran resumed in Vienna.", "Negotiations", "CONSULT", "Iran"),
    ("The embargo on Cuba hurt farmers.", "embargo", "SANCTION", "Cuba"),
])
def test_nouns_name_events_with_their_target(nlp, text, noun, etype, target):
    ev = event(analyse(nlp, text), noun)
    assert (ev["type"], ev["recipient"]) == (etype, target)


def test_a_request_has_the_demander_as_actor_and_the_addressee_as_target(nlp):
    doc = analyse(nlp, "Human rights groups called on the government to release the prisoners.")
    ev = event(doc, "called")
    assert (ev["type"], ev["actor"], ev["recipient"]) == ("REQUEST", "Human rights groups", "government")
    assert event(doc, "release")["actor"] == "government"  # the government would release them


def test_urging_a_state_names_it_as_target(nlp):
    ev = event(analyse(nlp, "Ottawa urged Poland to free the activists."), "urged")
    assert (ev["type"], ev["actor"], ev["recipient"]) == ("REQUEST", "Canada", "Poland")


def test_a_demand_that_someone_must_act_is_a_request_by_the_speaker(nlp):
    ev = event(analyse(nlp, "The Spanish minister said Morocco must take back the migrants."), "take")
    assert (ev["type"], ev["mode"], ev["recipient"]) == ("REQUEST", "demand", "Morocco")
    assert "Spanish minister" in ev["actor"]


def test_a_demand_that_names_its_addressee(nlp):
    ev = event(analyse(nlp, "Protesters demanded that Warsaw reopen the border."), "demanded")
    assert (ev["type"], ev["recipient"]) == ("REQUEST", "Poland")


def test_a_causative_verb_makes_its_subject_the_actor(nlp):
    ev = event(analyse(nlp, "The Turkish government ordered the television station to shut down."), "shut")
    assert ev["type"] == "COERCE" and ev["actor"] == "Turkey" and ev["recipient"] == "television station"


@pytest.mark.parametrize("text", [
    "The company unveiled a new phone on Monday.",
    "The bakery held a sale in Leeds.",
    "Shares rallied in London after the results.",
    "The board called on shareholders to approve the merger.",
    "The talks with the union were cancelled.",
    "Michael Jordan praised the coach.",
])
def test_no_plover_type_for_other_wordings(nlp, text):
    assert all(e["type"] is None for e in analyse(nlp, text)["events"]), analyse(nlp, text)["events"]


def test_a_lifted_embargo_is_a_concession_not_a_sanction(nlp):
    types = [e["type"] for e in analyse(nlp, "The embargo on Cuba was lifted.")["events"] if e["type"]]
    assert types == ["CONCEDE"]


def test_passive_and_nominal_events(nlp):
    assert event(analyse(nlp, "Three hostages were released in Yemen."), "released")["type"] == "CONCEDE"
    ev = event(analyse(nlp, "The withdrawal of Syrian troops was completed on Wednesday."), "withdrawal")
    assert (ev["type"], ev["actor"]) == ("RETREAT", "Syria")
    ev = event(analyse(nlp, "Kenya announced the expulsion of two Sudanese diplomats."), "announced")
    assert ev["type"] == "COERCE"  # announcing an expulsion is expelling


def test_records_code_source_and_target(nlp):
    [rec] = records(analyse(nlp, "The Kremlin condemned Polish officials on Monday."))
    assert rec["event"] == "ACCUSE"
    assert (rec["source"][0]["code"], rec["source"][0]["sector"]) == ("RUS", "GOV")
    assert (rec["target"][0]["code"], rec["target"][0]["sector"]) == ("POL", "GOV")


def test_a_refusal_to_cooperate_is_a_rejection(nlp):
    [rec] = records(analyse(nlp, "Canada said it would never accept the pirates' demands."))
    assert (rec["event"], rec["source"][0]["code"]) == ("REJECT", "CAN")


def test_a_surname_is_no_country_in_records(nlp):
    for rec in records(analyse(nlp, "Senator Mary Jordan criticised the Kenyan government.")):
        assert all(a["code"] != "JOR" for a in rec["source"] + rec["target"])


def test_who_is_opposed_holds_the_stance(nlp):
    [rec] = records(analyse(nlp, "Poland is opposed to Russian involvement in the region."))
    assert (rec["event"], rec["source"][0]["code"], rec["target"][0]["code"]) == ("REJECT", "POL", "RUS")
