"""The shipped knowledge base and the user's alias files (CLAIMSCOPE_ALIASES)."""

from __future__ import annotations

import json

import pytest

from claimscope.analyse.actors import kb
from claimscope.errors import UsageError


def test_capitals_stand_for_their_states():
    assert kb.capital_to_state("Pyongyang") == "North Korea"
    assert kb.capital_to_state("Moscow") == "Russia"
    assert kb.capital_to_state("Beijing") == "China"
    assert kb.capital_to_state("Washington") == "United States"
    assert kb.capital_to_state("Washington D.C.") == "United States"
    assert kb.capital_to_state("Kiev") == "Ukraine"  # an older spelling of Kyiv
    assert kb.capital_to_state("the Kremlin") == "Russia"  # a seat of government
    assert kb.capital_to_state("Birmingham") is None
    assert kb.capital_to_state("") is None


def test_countries_aliases_and_demonyms():
    assert kb.lookup("DPRK").name == "North Korea" and kb.lookup("DPRK").type == "GPE"
    assert kb.lookup("Russian Federation").name == "Russia"
    assert kb.lookup("Britain").name == "United Kingdom"
    assert kb.demonym_state("North Korean") == "North Korea"
    assert kb.demonym_state("Americans") == "United States"
    assert kb.adjective("South Korea") == "South Korean"
    assert kb.state("Ukrainian").name == "Ukraine"


def test_places_have_country_and_coordinates():
    kursk = kb.lookup("Kursk Oblast")
    assert kursk.type == "LOC" and kursk.kind == "region" and kursk.country == "Russia"
    assert 50 < kursk.lat < 53 and 34 < kursk.lon < 38
    assert kb.lookup("Kursk region").name == "Kursk Oblast"
    city = kb.lookup("Birmingham")
    assert city.country == "United Kingdom" and city.kind == "city"
    assert kb.lookup("California").country == "United States"


def test_curated_organisations_and_outlets():
    wsj = kb.lookup("WSJ")
    assert (wsj.name, wsj.type, wsj.kind) == ("The Wall Street Journal", "ORG", "media")
    assert kb.lookup("NATO").kind == "igo"
    assert kb.lookup("Tories").name == "Conservative Party"


def test_user_alias_file_extends_and_overrides(tmp_path, monkeypatch):
    f = tmp_path / "mine.json"
    f.write_text(json.dumps({
        "aliases": {"HI": ["Harbor Institute", "ORG"]},
        "demonyms": {"Freedonian": "Freedonia"},
        "entities": [
            {"name": "Harbor Institute", "type": "ORG", "kind": "ngo", "country": "Canada"},
            {"name": "Freedonia", "type": "GPE", "aliases": ["Republic of Freedonia"]},
            {"name": "Citadel", "type": "ORG", "kind": "government", "stands_for": "Freedonia"},
            {"name": "The Wall Street Journal", "type": "ORG", "kind": "company"},
        ],
    }), "utf-8")
    monkeypatch.setenv("CLAIMSCOPE_ALIASES", str(f))
    assert kb.lookup("HI").name == "Harbor Institute" and kb.lookup("HI").kind == "ngo"
    assert kb.lookup("Republic of Freedonia").name == "Freedonia"
    assert kb.capital_to_state("Citadel") == "Freedonia"
    assert kb.lookup("WSJ").kind == "company"  # the user's entry wins
    assert kb.demonym_state("Freedonian") == "Freedonia"
    monkeypatch.delenv("CLAIMSCOPE_ALIASES")
    assert kb.lookup("HI") is None  # back to the shipped knowledge


def test_user_alias_file_used_by_the_linker(tmp_path, monkeypatch, nlp):
    from claimscope.analyse.serialize import doc_to_json

    f = tmp_path / "mine.json"
    f.write_text(json.dumps({"entities": [{"name": "Harbor Institute", "type": "ORG", "kind": "ngo",
                                           "aliases": ["the Harbor think tank", "HBI"]}]}), "utf-8")
    monkeypatch.setenv("CLAIMSCOPE_ALIASES", str(f))
    acts = doc_to_json(nlp("HBI said rents would rise, an HBI report found."))["actors"]
    assert any(a["name"] == "Harbor Institute" and a["kind"] == "ngo" for a in acts), acts


@pytest.mark.parametrize("content", ["{", "[]", json.dumps({"entities": [{"name": "X", "type": "THING"}]}),
                                     json.dumps({"aliases": {"X": "Y"}}),
                                     json.dumps({"entities": [{"name": "X", "type": "ORG", "kind": "club"}]})])
def test_bad_alias_files_are_usage_errors(tmp_path, monkeypatch, content):
    f = tmp_path / "bad.json"
    f.write_text(content, "utf-8")
    monkeypatch.setenv("CLAIMSCOPE_ALIASES", str(f))
    with pytest.raises(UsageError):
        kb.lookup("X")


def test_missing_alias_file_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMSCOPE_ALIASES", str(tmp_path / "nope.json"))
    with pytest.raises(UsageError):
        kb.get_kb()


@pytest.mark.parametrize("form, name, country", [
    ("Islamabad", "Islamabad", "Pakistan"),  # a city's own name beats another city's historical name
    ("New Delhi", "New Delhi", "India"),
    ("Zaragoza", "Zaragoza", "Spain"),
    ("Odessa", "Odesa", "Ukraine"),  # a spelling of a far bigger city's name beats a small city's own name
    ("St. Petersburg", "Saint Petersburg", "Russia"),
])
def test_city_names_go_to_the_city_a_reader_means(form, name, country):
    entry = kb.lookup(form)
    assert (entry.name, entry.country) == (name, country)
