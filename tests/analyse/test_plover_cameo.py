"""PLOVER records for the 2026-12-02 (c) rules: accusations no verb names (event_speech), demands with "should",
protesters rioting, people counted ("hundreds of prisoners"), diplomats ordered out, denials, yielding and
disarming, and the codes of former states, IGOs and NGOs; each with wordings the rule must leave alone.
Sentences written for the tests."""

from __future__ import annotations

import pytest
from facts_helpers import analyse

from claimscope.export.plover import records


def _record(nlp, text):
    recs = records(analyse(nlp, text))
    return recs[0] if recs else {}


def _codes(rec, role):
    return [a["code"] for a in rec.get(role, [])]


@pytest.mark.parametrize("text, source, target", [
    ("The Sudanese government said on Monday that Eritrea was responsible for the raids in the east.", "SDN", "ERI"),
    ("Kenya said Somalia was behind the bombing of the market.", "KEN", "SOM"),
    ("Chad held Libya responsible for the attack on the border post.", "TCD", "LBY"),
])
def test_blame_laid_in_a_statement_is_an_accusation(nlp, text, source, target):
    rec = _record(nlp, text)
    assert (rec.get("event"), _codes(rec, "source")[:1], _codes(rec, "target")[:1]) == ("ACCUSE", [source], [target])


@pytest.mark.parametrize("text", [
    "The Kenyan army said the ministry was responsible for border security.",  # a duty, no blame
    "Kenyan troops were behind the border fence on Monday.",  # a place
    "The Kenyan army said it was responsible for the raid.",  # its own part
    "Chad said Libya was not responsible for the attack.",  # negated
])
def test_responsibility_that_is_no_blame_is_no_accusation(nlp, text):
    assert not [e for e in analyse(nlp, text)["events"] if e["type"] == "ACCUSE" and e["lemma"] in
                {"responsible", "behind"}]


def test_said_should_is_a_demand_of_an_actor(nlp):
    rec = _record(nlp, "Britain said Argentina should withdraw its claim to the islands.")
    assert (rec["event"], _codes(rec, "source")[:1], _codes(rec, "target")[:1]) == ("REQUEST", ["GBR"], ["ARG"])


@pytest.mark.parametrize("text", [
    "Analysts in Kenya said prices should fall next year.",
    "The Kenyan minister said the talks should resume next week.",
])
def test_should_of_no_actor_is_no_demand(nlp, text):
    assert _record(nlp, text).get("event") != "REQUEST"


@pytest.mark.parametrize("text", [
    "Protesters stormed the parliament building in Belgrade on Thursday.",
    "Demonstrators set fire to government offices in Lagos.",
    "Protesters burned American flags outside the US embassy in Islamabad.",
])
def test_protesters_attacking_or_burning_protest(nlp, text):
    assert _record(nlp, text)["event"] == "PROTEST"


def test_force_on_protesters_stays_repression(nlp):
    assert _record(nlp, "Thai police used water cannon to break up a demonstration in Bangkok.")["event"] == "COERCE"


@pytest.mark.parametrize("text, want", [
    ("Myanmar's junta freed hundreds of political prisoners in an amnesty.", "CONCEDE"),
    ("Seoul released 50 North Korean fishermen on Monday.", "CONCEDE"),
    ("Rebels in Liberia released 20 Nigerian peacekeepers they had held for a week.", "CONCEDE"),
])
def test_people_counted_or_in_uniform_are_people_released(nlp, text, want):
    assert _record(nlp, text)["event"] == want


def test_a_report_released_is_no_release(nlp):
    assert not [e for e in analyse(nlp, "The Kenyan ministry released a report on Monday.")["events"]
                if e["type"] == "CONCEDE"]


def test_a_count_subject_is_coded_by_what_it_counts(nlp):
    rec = _record(nlp, "Hundreds of Palestinian prisoners in Israeli jails began a hunger strike on Sunday.")
    assert (rec["event"], _codes(rec, "source")[:1]) == ("PROTEST", ["PSE"])


def test_diplomats_ordered_out_are_a_sanction_other_people_an_expulsion(nlp):
    assert _record(nlp, "Washington ordered two Cuban diplomats to leave the country within 48 hours.")["event"] \
        == "SANCTION"
    assert _record(nlp, "Washington ordered two Cuban reporters to leave the country.")["event"] == "COERCE"


def test_a_denied_attack_is_a_rejection_not_an_attack(nlp):
    rec = _record(nlp, "Syria denied that its forces had used chemical weapons.")
    assert (rec["event"], _codes(rec, "source")[:1]) == ("REJECT", ["SYR"])


@pytest.mark.parametrize("text, want", [
    ("The Polish government said on Tuesday it would not bow to pressure from striking miners.", "REJECT"),
    ("The Polish government bowed to pressure from striking miners.", "CONCEDE"),
    ("The rebels handed over their weapons to United Nations monitors in Mozambique.", "RETREAT"),
    ("Rebels in Chad handed over two hostages to the Red Cross.", "CONCEDE"),
    ("South African troops moved into the tribal homeland on Saturday.", "MOBILIZE"),
    ("The Tanzanian government has given refuge to thousands of Burundians fleeing the fighting.", "AID"),
])
def test_yielding_disarming_posture_and_refuge(nlp, text, want):
    assert _record(nlp, text)["event"] == want


def test_fleeing_a_fight_is_no_fight(nlp):
    events = analyse(nlp, "Thousands of Burundians fled the fighting in the north.")["events"]
    assert not [e for e in events if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text, source, target", [
    ("Azerbaijani and Armenian troops clashed along the border on Tuesday.", "AZE", "ARM"),
    ("Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday.", "ETH", "ERI"),
    ("The Peruvian interior minister resigned after the protests.", "PER", "PER"),
])
def test_joined_and_domestic_targets(nlp, text, source, target):
    rec = _record(nlp, text)
    assert (_codes(rec, "source")[:1], _codes(rec, "target")[:1]) == ([source], [target])


@pytest.mark.parametrize("text, source", [
    ("The USSR deployed troops along the Chinese border.", "RUS"),
    ("Yugoslav troops shelled the town.", "SRB"),
    ("Zaire closed its embassy in Brussels.", "COD"),
    ("The Organisation of African Unity condemned the coup in Burundi.", "IGO"),
    ("The Organization of American States condemned the coup in Haiti.", "IGO"),
    ("Amnesty International accused the Egyptian police of torturing detainees.", "NGO"),
])
def test_former_states_igos_and_ngos(nlp, text, source):
    assert _codes(_record(nlp, text), "source")[:1] == [source]


@pytest.mark.parametrize("text, want", [
    ("A senior Chinese official warned on Thursday that Beijing would take strong measures if Taiwan declared "
     "independence.", "THREATEN"),
    ("Russia warned Georgia of serious consequences.", "THREATEN"),
    ("The European Community decided on Monday to impose an arms embargo on Yugoslavia.", "SANCTION"),
    ("The South Korean president offered condolences to Japan after the earthquake.", "SUPPORT"),
    ("The Japanese foreign minister expressed regret over the shooting of a Chinese tourist.", "CONCEDE"),
    ("The Iraqi government has allowed a team of U.N. experts to inspect a weapons site near Baghdad.", "RETREAT"),
    ("The Greek prime minister called off a planned visit to Turkey.", "SANCTION"),
    ("Brazilian farmers blocked highways in three states on Monday.", "PROTEST"),
    ("The Zambian president appealed to the West for more aid to fight the drought.", "REQUEST"),
])
def test_threats_decisions_sympathy_presence_and_blockades(nlp, text, want):
    assert _record(nlp, text)["event"] == want


@pytest.mark.parametrize("text, not_want", [
    ("The Kenyan finance minister warned that growth would slow if oil prices rose.", "THREATEN"),  # a forecast
    ("The European Community plans to impose an arms embargo on Yugoslavia.", "SANCTION"),  # still a plan
    ("Kenya offered talks to the rebels in the north.", "SUPPORT"),  # an offer of talks is an intent
])
def test_forecasts_plans_and_offers_keep_their_type(nlp, text, not_want):
    assert _record(nlp, text).get("event") != not_want


def test_fighting_a_drought_or_poverty_is_no_assault(nlp):
    events = analyse(nlp, "Kenya sent troops to fight the drought and to combat poverty in the north.")["events"]
    assert not [e for e in events if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text, want", [
    ("Israel and Jordan opened embassies in each other's capitals on Monday.", "SUPPORT"),
    ("Zaire closed its embassy in Brussels.", "SANCTION"),
])
def test_embassies_opened_and_closed(nlp, text, want):
    assert _record(nlp, text)["event"] == want


def test_a_movement_coded_with_its_state_acts_in_public_life(nlp):
    rec = _record(nlp, "The Taliban agreed to release the aid workers.")
    assert (rec.get("event"), _codes(rec, "source")[:1]) == ("AGREE", ["AFG"])


def test_a_company_agreeing_is_no_event(nlp):
    assert _record(nlp, "Acme Holdings agreed to release the quarterly figures.") == {}


def test_the_clause_of_a_report_noun_keeps_its_own_subject(nlp):
    rec = _record(nlp, "The Argentine government denied reports that its navy had fired on a British fishing boat.")
    assert (rec["event"], _codes(rec, "source")[:1]) == ("REJECT", ["ARG"])


@pytest.mark.parametrize("text, want", [
    ("North Korea test-fired a ballistic missile over Japan on Tuesday.", "MOBILIZE"),  # a show of force
    ("Nicaragua broke diplomatic relations with Taiwan and recognised China.", "SANCTION"),
    ("Argentine police fired rubber bullets at protesters outside the presidential palace.", "COERCE"),
])
def test_weapons_tests_broken_relations_and_bullets(nlp, text, want):
    assert _record(nlp, text)["event"] == want


def test_breaking_defences_is_no_broken_relation(nlp):
    assert _record(nlp, "The Kenyan army broke the rebels' defences.").get("event") != "SANCTION"


@pytest.mark.parametrize("text, want", [
    ("Chinese warships sailed through the Taiwan Strait in a show of force.", "MOBILIZE"),
    ("Rioters set fire to government buildings in the Kyrgyz capital.", "PROTEST"),
])
def test_forces_sailing_and_rioters(nlp, text, want):
    assert _record(nlp, text)["event"] == want


def test_civilians_sailing_are_no_event(nlp):
    assert _record(nlp, "Tourists sailed through the Taiwan Strait on Monday.") == {}


@pytest.mark.parametrize("text, want", [
    ("Mexico's foreign minister expressed concern about the arrest of Mexican citizens in Texas.", "ACCUSE"),
    ("Kenya expressed alarm at Somalia's decision.", "ACCUSE"),
    ("Kuwait's emir dissolved the national assembly on Tuesday.", "COERCE"),
    ("French paratroopers landed in the Central African Republic to protect foreigners.", "MOBILIZE"),
    ("The Kenyan authorities have closed the border with Somalia.", "COERCE"),
])
def test_concern_assemblies_landings_and_borders(nlp, text, want):
    assert _record(nlp, text)["event"] == want


def test_concern_about_prices_is_no_accusation(nlp):
    assert _record(nlp, "The Kenyan minister expressed concern about rising prices.").get("event") != "ACCUSE"
