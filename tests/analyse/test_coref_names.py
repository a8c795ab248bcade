"""Names the linker left apart: acronyms of organisations, misspelt surnames; different people stay apart."""

from claimscope.analyse.coref.names import aliases, initials, near_surname, within_two
from claimscope.analyse.model import Actor


def _actors(*specs):
    return {f"a{k}": Actor(f"a{k}", name, type_) for k, (name, type_) in enumerate(specs, 1)}


def test_initials_leave_out_small_words():
    assert initials("International Union of Harbour Workers") == "IUHW"
    assert initials("Bank for Northern Trade") == "BNT"


def test_within_two_edits():
    assert within_two("moreno", "morena")
    assert within_two("moreno", "morno")
    assert within_two("moreno", "marino")  # two letters changed
    assert not within_two("moreno", "martins")
    assert not within_two("moreno", "morenoville")


def test_near_surname_needs_one_person_and_the_same_first_letter():
    known = {"Moreno": "a1", "Castel": "a2"}
    assert near_surname("Morena", known) == "a1"
    assert near_surname("Moreno", known) is None  # the surname itself is no misspelling
    assert near_surname("Boreno", known) is None
    assert near_surname("Mora", known) is None  # too short to tell
    assert near_surname("Castell", {"Castel": "a1", "Castello": "a2"}) is None  # two people fit


def test_acronym_and_misspelling_point_at_the_full_name():
    actors = _actors(("Harbour Workers Union", "ORG"), ("HWU", "ORG"), ("Linda Moreno", "PERSON"),
                     ("Morena", "PERSON"))
    assert aliases(actors) == {"a2": "a1", "a4": "a3"}


def test_two_people_with_one_surname_and_a_place_stay_apart():
    actors = _actors(("Linda Moreno", "PERSON"), ("Pablo Moreno", "PERSON"), ("Paris", "GPE"),
                     ("Anne Paris", "PERSON"), ("Moreno", "PERSON"))
    assert aliases(actors) == {}
