"""A description of one kind of body never stands for a name of another kind (lexicon.organisations.other_kind,
used by the description resolver and the coreference ranking): "the union" is no "General Hospital"."""

from __future__ import annotations

from claimscope.lexicon.organisations import name_head, other_kind


def test_the_head_of_a_name_is_its_last_word_or_the_word_before_of():
    assert name_head("Selby General Hospital") == "hospital"
    assert name_head("University of Lakeford") == "university"
    assert name_head("Norvale") == "norvale"
    assert name_head(None) == ""


def test_bodies_of_other_kinds_clash():
    assert other_kind("union", "Selby General Hospital")
    assert other_kind("hospital", "Lakeford Teachers Union")
    assert other_kind("company", "Ministry of Ports")


def test_the_same_kind_or_a_name_of_no_known_kind_does_not_clash():
    assert not other_kind("company", "Ostrel Bank")          # a bank is a company
    assert not other_kind("firm", "Norvale Motors")
    assert not other_kind("union", "Lakeford Teachers Union")
    assert not other_kind("union", "Unite")                  # a name that says no kind
    assert not other_kind("group", "Selby General Hospital")  # a description that says no kind
