"""PLOVER records from hand-built document JSON (no NLP): passives with no agent, ethnic groups coded by the state
they live in, and state names that are a currency's or a stance's."""

from __future__ import annotations

from claimscope.export.plover import records


def document(text, events):
    return {"id": "d1", "text": text, "actors": [], "events": events, "statements": []}


def ev(text, action, etype, **extra):
    start = text.index(action)
    return {"start": start, "end": start + len(action), "action": action, "lemma": action, "type": etype,
            "status": "done", **extra}


def codes(rec, role):
    return [a["code"] for a in rec[role]]


def test_a_passive_with_no_agent_is_done_where_it_happens_to_its_subject():
    text = "A Canadian engineer was detained in Peru on Friday."
    rec = records(document(text, [ev(text, "detained", "COERCE")]))[0]
    assert (codes(rec, "source"), codes(rec, "target")) == (["PER"], ["CAN"])


def test_an_active_verb_keeps_the_name_before_it_as_source():
    text = "Canada is providing grain to Peru."
    rec = records(document(text, [ev(text, "providing", "AID")]))[0]
    assert (codes(rec, "source"), codes(rec, "target")) == (["CAN"], ["PER"])


def test_an_ethnic_group_is_coded_by_the_state_it_lives_in():
    text = "Ethnic Hungarians rallied on Sunday in Romania."
    rec = records(document(text, [ev(text, "rallied", "PROTEST")]))[0]
    assert codes(rec, "source") == ["ROU"]


def test_a_people_that_is_no_ethnic_minority_keeps_its_state():
    text = "Hungarians rallied on Sunday in Romania."
    rec = records(document(text, [ev(text, "rallied", "PROTEST")]))[0]
    assert codes(rec, "source") == ["HUN"]


def test_a_currency_or_a_stance_names_no_actor():
    text = "An anti-Chile activist was fined US $500 in Bolivia."
    rec = records(document(text, [ev(text, "fined", "COERCE")]))[0]
    assert "CHL" not in codes(rec, "source") + codes(rec, "target")
    assert "USA" not in codes(rec, "source") + codes(rec, "target")
    assert codes(rec, "source") == ["BOL"]
