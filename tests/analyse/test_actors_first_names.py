"""A nickname of a named person's first name, and a first name used alone, on sentences written for the tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def actors_of(nlp):
    from claimscope.analyse.serialize import doc_to_json

    return lambda text: doc_to_json(nlp(text))["actors"]


def people(acts):
    return sorted(a["name"] for a in acts if a["type"] == "PERSON")


def test_a_nickname_of_the_first_name_is_the_same_person(actors_of):
    acts = actors_of("William Ostrander, the mill's owner, denied the claim. Bill Ostrander later resigned.")
    assert people(acts) == ["William Ostrander"]


def test_different_first_names_with_one_surname_stay_two_people(actors_of):
    acts = actors_of("Robert Castellan won the vote. His sister Maria Castellan said she was proud.")
    assert people(acts) == ["Maria Castellan", "Robert Castellan"]


def test_a_first_name_alone_is_the_one_person_with_it(actors_of):
    acts = actors_of("Delphine Arcourt, 9, swam the channel. Delphine said the water was cold.")
    assert people(acts) == ["Delphine Arcourt"]
    assert len(next(a for a in acts if a["name"] == "Delphine Arcourt")["mentions"]) >= 2


def test_a_first_name_two_people_share_stays_unresolved(actors_of):
    acts = actors_of("Delphine Arcourt swam the channel on Monday. Delphine Mervaux swam it on Tuesday. "
                    "Delphine said the water was cold.")
    for name in ("Delphine Arcourt", "Delphine Mervaux"):
        person = next(a for a in acts if a["name"] == name)
        assert all(m["text"] != "Delphine" for m in person["mentions"]), name


def test_a_state_named_like_a_first_name_stays_the_state(actors_of):
    acts = actors_of("Jordan Hale visited Jordan last week. Hale said Jordan was a close ally.")
    hale = next(a for a in acts if a["name"] == "Jordan Hale")
    assert [m["text"] for m in hale["mentions"]] == ["Jordan Hale", "Hale"]
    assert any(a["name"] == "Jordan" and a["type"] == "GPE" for a in acts)
