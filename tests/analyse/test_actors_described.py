"""A name the article itself describes as an organisation is one in every mention (`described_organisations`)."""

from __future__ import annotations

import pytest

from claimscope.api import analyse_text


def _types(text: str) -> dict[str, str]:
    return {a["name"]: a["type"] for a in analyse_text(text)["actors"]}


@pytest.mark.parametrize("text", [
    "Shares in Russian oil firm Brakov fell sharply on Monday.\n\nBrakov said it would appeal.",
    "Brakov, the oil company, denied the report. Brakov's chief executive resigned, Tom Reyes said.",
])
def test_a_name_described_as_a_company_is_an_organisation_in_every_mention(text):
    types = _types(text)
    assert types.get("Brakov") == "ORG", types


@pytest.mark.parametrize("text, person", [
    ("Party leader Ana Ruiz said the group chairman Tom Reyes would resign.", "Tom Reyes"),
    ("Club captain Tom Reyes scored twice in the final.", "Tom Reyes"),
    ("The firm's boss Tom Reyes said profits rose.", "Tom Reyes"),
])
def test_a_role_before_a_person_leaves_the_person_a_person(text, person):
    assert _types(text).get(person) == "PERSON"


def test_what_only_an_organisation_has_makes_the_name_an_organisation():
    types = _types("Brakov shares rose by 5% on Tuesday.\n\nBrakov said its profits had doubled.")
    assert types.get("Brakov") == "ORG", types


def test_an_honorific_keeps_the_name_a_person_whatever_it_owns():
    types = _types("Mr Brakov sold his stake on Tuesday.\n\nBrakov shares fell, Mr Brakov said.")
    assert types.get("Brakov") == "PERSON", types


def test_a_surname_of_a_named_person_stays_the_person():
    types = _types("Ana Brakov resigned from the board on Tuesday.\n\nBrakov shares fell, Ana Brakov said.")
    assert "ORG" not in {types.get("Brakov"), types.get("Ana Brakov")} and "PERSON" in types.values(), types


@pytest.mark.parametrize("name", ["Lakeford Radio", "Brakov Europe", "Riverton Interactive"])
def test_a_name_ending_in_a_word_no_person_ends_in_is_an_organisation(name):
    types = _types(f"{name} said listeners had complained about the change.")
    assert types.get(name) == "ORG", types
