"""Status of facts, stance of cues and hedges, on sentences written for the tests."""

import pytest
from facts_helpers import analyse, event, quantity


@pytest.mark.parametrize("text,has,status", [
    ("The army withdrew 40 tanks from the valley.", "40", "done"),
    ("The army has withdrawn 40 tanks from the valley.", "40", "done"),
    ("Rebels are holding 12 hostages in the hills.", "12", "ongoing"),
    ("The ministry plans to hire 2,000 nurses.", "2,000", "planned"),
    ("The ministry will hire 2,000 nurses.", "2,000", "planned"),
    ("The ministry is to hire 2,000 nurses.", "2,000", "planned"),
    ("The ministry could hire 2,000 nurses.", "2,000", "possible"),
    ("If the ministry hires 2,000 nurses, waiting lists will shrink.", "2,000", "possible"),
    ("The ministry did not hire 2,000 nurses.", "2,000", "negated"),
    ("The ministry refused to pay $5m to the contractor.", "5m", "negated"),
    ("The ministry denied that soldiers had killed 12 civilians.", "12", "denied"),
    ("The ministry denies paying $5m to the contractor.", "5m", "denied"),
])
def test_status_of_a_fact(nlp, text, has, status):
    assert quantity(analyse(nlp, text), has)["status"] == status


def test_reported_future_is_planned(nlp):
    doc = analyse(nlp, "The minister said the state would buy 30 trains.")
    assert quantity(doc, "30")["status"] == "planned"


def test_headline_present_tense_reports_a_done_event(nlp):
    doc = analyse(nlp, "Navy sends 4 frigates to the gulf\n\nThe navy sent them on Monday.")
    assert quantity(doc, "4")["status"] == "done"


@pytest.mark.parametrize("text,stance", [
    ("The agency confirmed that the plant had closed.", "confirms"),
    ("The agency said that the plant had closed.", "says"),
    ("The agency indicated that the plant had closed.", "indicates"),
    ("The agency claimed that the plant had closed.", "claims"),
    ("The agency alleged that the owner had closed the plant.", "alleges"),
    ("The agency denied that the plant had closed.", "denies"),
    ("According to the agency, the plant has closed.", "says"),
])
def test_stance_of_the_cue(nlp, text, stance):
    doc = analyse(nlp, text)
    assert doc["stances"], doc["statements"]
    assert doc["stances"][0]["stance"] == stance


@pytest.mark.parametrize("text,hedge", [
    ("Officials said the rebels could attack the town.", "could"),
    ("Officials said the rebels had reportedly attacked the town.", "reportedly"),
    ("Officials said the rebels are believed to have attacked the town.", "are believed to"),
    ("Officials said the rebels appear to have attacked the town.", "appear to"),
])
def test_hedges_in_the_content(nlp, text, hedge):
    doc = analyse(nlp, text)
    hedges = [h["text"] for s in doc["stances"] for h in s["hedges"]]
    assert hedge in hedges
    ev = event(doc, "attack")
    assert hedge in ev["hedges"]


def test_unhedged_content_has_no_hedges(nlp):
    doc = analyse(nlp, "Officials said the rebels attacked the town.")
    assert all(not s["hedges"] for s in doc["stances"])
