"""PLOVER records and actor codes from hand-built document JSON (no NLP): country and sector from states,
capitals and seats, demonyms, titles and organisations; PLOVER's coding of intentions and refusals."""

from __future__ import annotations

import pytest

from claimscope.export.plover import plover_type, records
from claimscope.export.plover_actors import ActorCoder, country_code, sector_of


def actor(aid, name, type_, mentions, kind=None, affiliations=(), roles=(), country=None):
    return {"id": aid, "name": name, "type": type_, "kind": kind, "roles": list(roles),
            "affiliations": list(affiliations), "country": country,
            "mentions": [{"text": t, "start": s, "end": s + len(t), "form": "proper"} for t, s in mentions]}


def span(text, part):
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


def document(text, actors=(), events=(), statements=()):
    return {"id": "d1", "text": text, "actors": list(actors), "events": list(events),
            "statements": list(statements)}


def ev(text, action, etype, actor_name=None, actor_text=None, recipient=None, recipient_text=None, status="done",
       mode=None, lemma=None):
    start = text.index(action)
    return {"start": start, "end": start + len(action), "action": action, "lemma": lemma or action, "type": etype,
            "mode": mode, "status": status, "actor": actor_name,
            "actor_mention": span(text, actor_text) if actor_text else None, "recipient": recipient,
            "recipient_mention": span(text, recipient_text) if recipient_text else None}


@pytest.mark.parametrize("name, mention, want", [
    ("Canada", "Canada", ("CAN", None)),
    ("Canada", "Canadian troops", ("CAN", "MIL")),
    ("Ottawa", "Ottawa", ("CAN", "GOV")),  # a capital stands for its government
    ("Kremlin", "the Kremlin", ("RUS", "GOV")),  # a seat of government
    ("NATO", "NATO", ("IGO", None)),
    ("European Union", "the European Union", ("IGO", None)),  # "Union" names no labour union
    ("officials", "Polish officials", ("POL", "GOV")),  # a demonym
    ("rebels", "Chadian rebels", ("TCD", "REB")),
    ("Mexico", "Mexico", ("MEX", None)),  # the state, not its capital
])
def test_names_code_as_plover_does(name, mention, want):
    assert ActorCoder(document(mention)).code(name, mention) == want


def test_a_person_codes_through_the_state_the_text_ties_them_to():
    text = "Malian President Ada Sowe arrived."
    doc = document(text, [actor("a1", "Ada Sowe", "PERSON", [("Ada Sowe", 18)], affiliations=["Mali"],
                                roles=["President of Mali"])])
    assert ActorCoder(doc).code("Ada Sowe", "Malian President Ada Sowe") == ("MLI", "GOV")


def test_a_surname_is_never_read_as_a_place():
    text = "Michael Jordan praised the coach."
    doc = document(text, [actor("a1", "Michael Jordan", "PERSON", [("Michael Jordan", 0)])])
    assert ActorCoder(doc).code("Michael Jordan", "Michael Jordan") == (None, None)


def test_a_state_typed_as_a_person_is_coded_as_the_state():
    text = "Chad closed the border."
    doc = document(text, [actor("a1", "Chad", "PERSON", [("Chad", 0)])])
    assert ActorCoder(doc).code("Chad", "Chad")[0] == "TCD"


def test_an_organisation_codes_through_its_state_and_kind():
    text = "The Dutch foreign ministry protested."
    doc = document(text, [actor("a1", "Dutch foreign ministry", "ORG", [("Dutch foreign ministry", 4)],
                                kind="government", affiliations=["Netherlands"])])
    assert ActorCoder(doc).code("Dutch foreign ministry", "The Dutch foreign ministry") == ("NLD", "GOV")


def test_codes_and_sectors_helpers():
    assert country_code("Poland") == "POL" and country_code("Britain") == "GBR" and country_code("Atlantis") is None
    assert sector_of("Russian Foreign Minister Ivan Petrov") == "GOV"
    assert sector_of("the opposition coalition") == "OPP" and sector_of("the villagers") == "CVL"
    assert sector_of("the weather") is None


@pytest.mark.parametrize("etype, status, want", [
    ("CONSULT", "planned", ("AGREE", None)),  # "will visit": an intention to cooperate
    ("ASSAULT", "planned", ("THREATEN", None)),  # "will strike": a threat
    ("CONSULT", "negated", ("REJECT", "refuse")),  # "refused to meet"
    ("ASSAULT", "done", ("ASSAULT", "kill")),
    ("ASSAULT", "negated", ("ASSAULT", "kill")),  # no attack is no rejection
])
def test_plover_types_intentions_and_refusals(etype, status, want):
    assert plover_type({"type": etype, "mode": "kill" if etype == "ASSAULT" else None, "status": status}) == want


def test_one_record_per_sentence_with_source_and_target():
    text = "Ottawa urged Poland to free the activists. The weather was fine."
    doc = document(text, [actor("a1", "Ottawa", "LOC", [("Ottawa", 0)], kind="capital", country="Canada"),
                          actor("a2", "Poland", "GPE", [("Poland", 13)], country="Poland")],
                   [ev(text, "urged", "REQUEST", "Canada", "Ottawa", "Poland", "Poland", mode="appeal",
                       lemma="urge")])
    [rec] = records(doc)
    assert rec["event"] == "REQUEST" and rec["text"] == "Ottawa urged Poland to free the activists."
    assert rec["source"] == [{"actorText": "Ottawa", "code": "CAN", "sector": "GOV"}]
    assert rec["target"] == [{"actorText": "Poland", "code": "POL"}]
    assert {"id", "date", "eventText", "mode", "language", "coder", "version"} <= set(rec)


def test_missing_actors_come_from_the_names_around_the_verb_but_not_from_the_reporter():
    text = "Finland is prepared to help defend Estonia, a Swedish diplomat said."
    doc = document(text, events=[ev(text, "defend", "SUPPORT", status="planned")],
                   statements=[{"speaker": span(text, "a Swedish diplomat"), "cue": span(text, "said")}])
    [rec] = records(doc)
    assert rec["event"] == "AGREE"  # a planned defence is a pledge
    assert rec["source"][0]["code"] == "FIN" and rec["target"][0]["code"] == "EST"


def test_a_pledge_takes_the_type_of_what_it_pledges():
    text = "Iran vowed to shell the border towns."
    doc = document(text, [actor("a1", "Iran", "GPE", [("Iran", 0)], country="Iran")],
                   [ev(text, "vowed", "AGREE", "Iran", "Iran", lemma="vow"),
                    ev(text, "shell", "ASSAULT", "Iran", "Iran", status="planned", lemma="shell")])
    assert records(doc)[0]["event"] == "THREATEN"


def test_a_document_without_typed_events_has_no_records():
    text = "The bakery sold 300 cakes in Leeds."
    assert records(document(text, events=[ev(text, "sold", None)])) == []


@pytest.mark.parametrize("name, want", [
    ("the Arab Monetary Fund", "IGO"), ("International Energy Agency", "IGO"), ("United Nations Interim Force", "IGO"),
    ("U.N. refugee agency", "IGO"), ("International Crisis Group", None), ("United Auto Workers Union", None),
])
def test_international_organisations_by_the_shape_of_their_name(name, want):
    assert ActorCoder(document(name)).code(name, name)[0] == want


@pytest.mark.parametrize("place, want", [("the West Bank", "PSE"), ("Chechnya", "RUS"), ("Bosnian Serbs", "BIH")])
def test_regions_and_peoples_the_knowledge_base_lacks(place, want):
    assert ActorCoder(document(place)).code(None, place)[0] == want


def test_a_title_before_a_person_still_names_the_state():
    text = "Peru rejected Chilean President Ana Soto's offer."
    doc = document(text, [actor("a1", "Ana Soto", "PERSON", [("Chilean President Ana Soto", 14)])],
                   [ev(text, "rejected", "REJECT", None, None)])
    assert records(doc)[0]["target"][0]["code"] == "CHL"


def test_an_uncoded_actor_takes_the_state_its_sentence_names():
    text = "Militants blew up a bridge near Tripoli."
    doc = document(text, events=[ev(text, "blew up", "COERCE")])
    assert records(doc)[0]["source"][0]["code"] == "LBY"  # a domestic event: the state it happens in


def test_a_target_the_text_ties_to_no_state_is_domestic():
    text = "Kenyan police arrested the activists."
    doc = document(text, events=[{**ev(text, "arrested", "COERCE", "Kenya", "Kenyan police", "activists",
                                       "the activists")}])
    assert records(doc)[0]["target"] == [{"actorText": "the activists", "code": "KEN"}]


@pytest.mark.parametrize("name, mention, want", [
    ("USSR", "the USSR", ("RUS", None)),  # a former state: its successor, as the records code "West German"
    ("Yugoslav army", "the Yugoslav army", ("SRB", "MIL")),
    ("Pentagon", "the Pentagon", ("USA", "MIL")),
    ("Kurdish rebels", "Kurdish rebels", (None, "REB")),  # a people of several states: no one state
])
def test_former_states_peoples_and_seats(name, mention, want):
    assert ActorCoder(document(mention)).code(name, mention) == want


def test_non_governmental_bodies_code_as_ngo_unless_tied_to_a_state():
    text = "Amnesty International and a human rights group and the Kenyan Red Cross spoke."
    doc = document(text, [actor("a1", "Amnesty International", "ORG", [("Amnesty International", 0)], kind="ngo")])
    coder = ActorCoder(doc)
    assert coder.code("Amnesty International", "Amnesty International") == ("NGO", None)
    assert coder.code("human rights group", "a human rights group")[0] == "NGO"
    assert coder.code("Kenyan Red Cross", "the Kenyan Red Cross")[0] == "KEN"
    assert coder.code("human rights lawyer", "a human rights lawyer")[0] is None  # a person, no body


def test_a_domestic_event_with_no_target_takes_the_source_state():
    text = "The Peruvian interior minister resigned."
    doc = document(text, [actor("a1", "Peru", "GPE", [("Peruvian", 4)])],
                   [ev(text, "resigned", "CONCEDE", "Peru", "Peruvian interior minister")])
    rec = records(doc)[0]
    assert [a["code"] for a in rec["target"]] == ["PER"]


def test_an_igo_event_with_no_target_names_none():
    text = "NATO resigned itself."
    doc = document(text, [actor("a1", "NATO", "ORG", [("NATO", 0)], kind="igo")],
                   [ev(text, "resigned", "CONCEDE", "NATO", "NATO")])
    assert records(doc)[0]["target"] == []


def test_a_denied_event_is_coded_as_the_rejection():
    text = "Syria denied shelling the town."
    doc = document(text, [actor("a1", "Syria", "GPE", [("Syria", 0)])],
                   [ev(text, "shelling", "ASSAULT", "Syria", "Syria", status="denied")])
    assert records(doc)[0]["event"] == "REJECT"
    assert plover_type({"type": "ASSAULT", "status": "done"}) == ("ASSAULT", None)


@pytest.mark.parametrize("text, want", [
    ("the Democratic Republic of the Congo", "COD"),  # a five-word name, not "the Congo"
    ("Congo", "COG"),
    ("Central America", None),  # a region of several states takes its words: no "America"
    ("Latin American leaders", None),
    ("Western tourists", None),  # a compass word names no one state
    ("Northern Ireland", "GBR"),
    ("Central African Republic", "CAF"),
    ("Ceylon", "LKA"),  # a former name
])
def test_long_names_regions_and_former_names(text, want):
    from claimscope.export.plover_actors import state_in_words

    assert state_in_words(text) == want


def test_a_region_of_several_states_is_no_coded_span():
    text = "Leaders of Central America met the envoy of the Democratic Republic of the Congo."
    spans = ActorCoder(document(text)).spans(text, 0, len(text))
    assert [s[3] for s in spans] == ["COD"]
