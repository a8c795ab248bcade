"""Unnamed sources: which speakers are typed SOURCE and of what kind, on words and parties written for the tests."""

from __future__ import annotations

import pytest

from claimscope.analyse.model import Actor, Mention, Party
from claimscope.analyse.serialize import party
from claimscope.analyse.statements.speakers import unresolved
from claimscope.analyse.statements.unnamed import SOURCE_RULES, head_phrase, is_source_name, source_kind


@pytest.mark.parametrize("words, kind", [
    ("analysts", "unnamed"), ("experts", "unnamed"), ("critics", "unnamed"), ("officials", "unnamed"),
    ("a party spokesman", "unnamed"), ("a spokeswoman for the ferry company", "unnamed"),
    ("sources close to the mayor", "unnamed"), ("two senior officials", "unnamed"), ("Harbour Council aides", "unnamed"),
    ("the Guild's spokesperson", "unnamed"), ("the spokesman", "unnamed"), ("some residents", "unnamed"),
    ("a report", "document"), ("the new survey", "document"), ("a poll of 900 farmers", "document"),
    ("the statement", "document"),
    ("the harbour master", "description"), ("the committee", "description"),
])
def test_a_description_of_an_unnamed_source_has_its_kind(words, kind):
    assert source_kind(words) == kind


@pytest.mark.parametrize("words", ["they", "I", "We", "who", "it", "Vera Lindqvist", "Port Emmerich", "", None])
def test_a_pronoun_or_a_name_is_no_source(words):
    assert source_kind(words) is None


def test_the_head_phrase_stops_before_what_qualifies_it():
    assert head_phrase("sources close to the harbour board") == ["sources"]
    assert head_phrase("a spokesman for the Guild") == ["a", "spokesman"]


def test_the_rules_run_in_their_documented_order():
    assert [r.__name__ for r in SOURCE_RULES] == [
        "document_noun", "indefinite_people", "people_noun", "definite_description"]


def test_only_a_bare_noun_of_people_is_a_source_name():
    assert is_source_name("MPs") and is_source_name("officials")
    assert not is_source_name("Vera Lindqvist") and not is_source_name("Harbour Council")


def test_an_unresolved_description_becomes_a_typed_source_with_its_words():
    p = unresolved(Party(10, 30, "a harbour spokesman", "harbour spokesman"))
    assert (p.type, p.kind, p.name, p.resolved, p.actor_id) == ("SOURCE", "unnamed", "harbour spokesman", False, None)
    assert party(p).to_json()["kind"] == "unnamed" and party(p).to_json()["type"] == "SOURCE"


def test_an_unresolved_pronoun_keeps_no_name_and_no_type():
    p = unresolved(Party(0, 4, "They", "They"))
    assert (p.name, p.type, p.kind, p.resolved) == (None, None, None, False)
    assert "kind" not in party(p).to_json()


def test_a_speaker_whose_actor_is_only_a_noun_of_people_is_a_source():
    actors = {"a1": Actor("a1", "MPs", "ORG", [Mention(0, 3, "MPs")]),
              "a2": Actor("a2", "Vera Lindqvist", "PERSON", [Mention(5, 19, "Vera Lindqvist")])}
    p = unresolved(Party(0, 3, "MPs", "MPs", "ORG", "a1"), actors)
    assert (p.type, p.kind, p.actor_id, p.resolved) == ("SOURCE", "unnamed", None, False)
    assert unresolved(Party(5, 19, "Vera Lindqvist", "Vera Lindqvist", "PERSON", "a2"), actors) is None
