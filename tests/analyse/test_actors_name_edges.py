"""Names glued to other words, trailing parts of full names and organisations taken for people: each rule on
hand-built Docs (sentences written for these tests), positives and negatives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimscope.analyse.actors import people, recogniser
from claimscope.analyse.actors.aliases import Curated
from claimscope.analyse.actors.kb import KnowledgeBase
from claimscope.analyse.actors.linker import Linker
from claimscope.analyse.actors.name_edges import cut_name_edges
from claimscope.analyse.actors.spans import DocText, EntitySpan, Limits

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def kb():
    """Knows one state and its demonym, a party with a short form, and nothing of the people here."""
    cur = Curated()
    cur.add({"entities": [{"name": "Freedonia", "type": "GPE"},
                          {"name": "Jordan", "type": "GPE"},
                          {"name": "Harbour Alliance", "type": "ORG", "kind": "party",
                           "aliases": ["Harb Allies", "Greens"]}],
             "demonyms": {"Freedonian": "Freedonia"}}, "test")
    return KnowledgeBase({"countries": [{"code": "FR", "name": "Freedonia", "demonyms": ["Freedonian"]}]}, cur)


def make(kb, text: str, ents: dict[str, str]) -> DocText:
    """A Doc of the words of `text`; `ents` maps a phrase of it to its recogniser label (each phrase once)."""
    words = text.split()
    n = len(words)
    tags = ["O"] * n
    for phrase, label in ents.items():
        p = phrase.split()
        at = next(i for i in range(n) if words[i:i + len(p)] == p and tags[i] == "O")
        tags[at:at + len(p)] = [f"B-{label}"] + [f"I-{label}"] * (len(p) - 1)
    pos = ["PROPN" if w[:1].isupper() else "PUNCT" if not w[:1].isalnum() else "VERB" for w in words]
    doc = Doc(VOCAB, words=words, spaces=[True] * n, heads=[0] * n, deps=["ROOT"] + ["dep"] * (n - 1),
              pos=pos, tags=["NNP"] * n, lemmas=[w.lower() for w in words], ents=tags)
    return DocText.of(doc, kb)


def names(text: DocText, spans: list[EntitySpan]) -> list[tuple[str, str]]:
    return [(text.text_of(s.start, s.end), s.label) for s in spans]


def actors(text: DocText) -> dict[str, list[str]]:
    spans, _ = people.people_spans(text, recogniser.corrected_spans(text))
    found, _index = Linker(text, spans, Limits.from_settings()).run()
    return {a.name: [m.text for m in a.mentions] for a in found}


# ---- a party, demonym or acronym glued to a name ----------------------------------------------------------
def test_a_demonym_before_a_full_name_is_cut_off(kb):
    text = make(kb, "Freedonian Ana Ruiz won . Ruiz smiled .", {"Freedonian Ana Ruiz": "PERSON", "Ruiz": "PERSON"})
    assert names(text, cut_name_edges(text, recogniser.corrected_spans(text)))[:2] == [
        ("Freedonian", "NORP"), ("Ana Ruiz", "PERSON")]


def test_a_party_before_a_first_name_the_article_gives_is_cut_off(kb):
    text = make(kb, "Ana Ruiz spoke . Greens Ana said no .", {"Ana Ruiz": "PERSON", "Greens Ana": "PERSON"})
    assert ("Ana", "PERSON") in names(text, cut_name_edges(text, recogniser.corrected_spans(text)))


def test_an_acronym_before_a_named_surname_is_the_body_and_the_person(kb):
    text = make(kb, "Ana Ruiz spoke . LHC Ruiz said no .", {"Ana Ruiz": "PERSON", "LHC Ruiz": "ORG"})
    got = names(text, cut_name_edges(text, recogniser.corrected_spans(text)))
    assert ("LHC", "ORG") in got and ("Ruiz", "PERSON") in got
    assert "Ana Ruiz" in actors(text) and "Ruiz" in actors(text)["Ana Ruiz"]


def test_initials_before_a_surname_nobody_else_has_stay(kb):
    text = make(kb, "PJ Nair sang .", {"PJ Nair": "PERSON"})
    assert names(text, cut_name_edges(text, recogniser.corrected_spans(text))) == [("PJ Nair", "PERSON")]


def test_a_place_that_is_also_a_first_name_stays(kb):
    # "Jordan" is a state and a first name: never cut off
    text = make(kb, "Alan Vale spoke . Jordan Vale said no .", {"Alan Vale": "PERSON", "Jordan Vale": "PERSON"})
    got = actors(text)
    assert "Jordan Vale" in got and "Alan Vale" in got


def test_a_party_after_a_named_surname_is_cut_off(kb):
    text = make(kb, "Ana Ruiz spoke . Ruiz Greens won .", {"Ana Ruiz": "PERSON", "Ruiz Greens": "PERSON"})
    got = names(text, cut_name_edges(text, recogniser.corrected_spans(text)))
    assert ("Ruiz", "PERSON") in got and ("Greens", "ORG") in got


def test_a_party_after_an_unknown_word_stays(kb):
    text = make(kb, "Tom Greens won .", {"Tom Greens": "PERSON"})
    assert names(text, cut_name_edges(text, recogniser.corrected_spans(text))) == [("Tom Greens", "PERSON")]


# ---- trailing parts of a full name ------------------------------------------------------------------------
def test_the_last_two_words_of_a_full_name_are_that_person(kb):
    text = make(kb, "Rhys Owen Vale spoke . Owen Vale said so .",
                {"Rhys Owen Vale": "PERSON", "Owen Vale": "PERSON"})
    assert actors(text) == {"Rhys Owen Vale": ["Rhys Owen Vale", "Owen Vale"]}


def test_a_fuller_name_after_its_last_two_words_wins(kb):
    text = make(kb, "Owen Vale spoke . Rhys Owen Vale said so .",
                {"Owen Vale": "PERSON", "Rhys Owen Vale": "PERSON"})
    assert list(actors(text)) == ["Rhys Owen Vale"]


def test_last_two_words_two_people_end_in_stay_apart(kb):
    text = make(kb, "Rhys Owen Vale and Ana Owen Vale spoke . Owen Vale said so .",
                {"Rhys Owen Vale": "PERSON", "Ana Owen Vale": "PERSON", "Owen Vale": "PERSON"})
    got = actors(text)
    assert "Rhys Owen Vale" in got and "Ana Owen Vale" in got and "Owen Vale" in got


def test_two_people_sharing_a_surname_stay_apart(kb):
    text = make(kb, "Ana Vale met Tom Vale .", {"Ana Vale": "PERSON", "Tom Vale": "PERSON"})
    assert set(actors(text)) == {"Ana Vale", "Tom Vale"}


def test_the_last_part_of_a_hyphenated_surname_is_that_person(kb):
    text = make(kb, "Ana Vale - Ortiz spoke . Ortiz said so .", {"Ana Vale - Ortiz": "PERSON", "Ortiz": "PERSON"})
    assert actors(text) == {"Ana Vale-Ortiz": ["Ana Vale - Ortiz", "Ortiz"]}


def test_the_first_name_left_off_a_two_word_name_joins_it(kb):
    text = make(kb, "the party chose Rhys Owen Vale .", {"Owen Vale": "PERSON"})
    assert list(actors(text)) == ["Rhys Owen Vale"]


def test_a_party_before_a_two_word_name_does_not_join_it(kb):
    text = make(kb, "the party chose Greens Owen Vale .", {"Owen Vale": "PERSON"})
    assert "Owen Vale" in actors(text)


# ---- organisations taken for people -----------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Lakeford Media Group", "Riverton Pharma", "Harbour Schools Cup"])
def test_a_name_ending_in_an_organisation_word_is_no_person(kb, name):
    text = make(kb, f"analysts at {name} said .", {name: "PERSON"})
    assert names(text, recogniser.corrected_spans(text)) == [(name, "ORG")]


@pytest.mark.parametrize("name", ["Ana Court", "Tom Sun"])
def test_a_surname_that_is_also_an_organisation_word_stays_a_person(kb, name):
    text = make(kb, f"{name} said .", {name: "PERSON"})
    assert names(text, recogniser.corrected_spans(text)) == [(name, "PERSON")]


def test_an_acronym_taken_for_a_person_is_an_organisation(kb):
    text = make(kb, "the TV4 report and RFID tags .", {"TV4": "PERSON", "RFID": "PERSON"})
    assert names(text, recogniser.corrected_spans(text)) == [("TV4", "ORG"), ("RFID", "ORG")]


def test_a_word_in_a_line_of_capitals_stays(kb):
    text = make(kb, "WE SAW VALE TODAY", {"VALE": "PERSON"})
    assert names(text, recogniser.corrected_spans(text)) == [("VALE", "PERSON")]


def test_a_party_before_a_plural_role_is_the_party(kb):
    text = make(kb, "Greens MPs voted .", {"Greens MPs": "PERSON"})
    assert names(text, recogniser.corrected_spans(text)) == [("Greens", "ORG")]
    assert actors(text) == {"Harbour Alliance": ["Greens"]}


def test_an_unknown_name_before_a_plural_role_stays(kb):
    text = make(kb, "Tom Vale MPs voted .", {"Tom Vale MPs": "PERSON"})
    assert names(text, recogniser.corrected_spans(text)) == [("Tom Vale MPs", "PERSON")]
