"""Recogniser fixes and people rules on hand-built Docs: each rule called directly, its returned spans checked."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.tokens import Doc

from claimscope.analyse.actors import people, recogniser
from claimscope.analyse.actors.aliases import Curated
from claimscope.analyse.actors.kb import KnowledgeBase
from claimscope.analyse.actors.spans import DocText, EntitySpan


VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct ...) without a model


@pytest.fixture(scope="module")
def kb():
    """A knowledge base that knows one state and one city, and nothing of the people in these tests."""
    cur = Curated()
    cur.add({"entities": [{"name": "Freedonia", "type": "GPE"},
                          {"name": "Lakeford", "type": "LOC", "country": "Freedonia"},
                          {"name": "Lakeford Harbour Authority", "type": "ORG", "kind": "government",
                           "aliases": ["LHA"]},
                          {"name": "Harbour Alliance", "type": "ORG", "kind": "party", "aliases": ["Harb Allies"]}],
             "demonyms": {"Freedonian": "Freedonia"}}, "test")
    return KnowledgeBase({"countries": [{"code": "FR", "name": "Freedonia", "demonyms": ["Freedonian"]}]}, cur)


def make(kb, words, ents=None, pos=None, tags=None, deps=None, heads=None):
    """A Doc of `words` (one sentence rooted at the first word unless `heads` says otherwise) and its DocText."""
    n = len(words)
    pos = pos or ["PROPN" if w[:1].isupper() else "PUNCT" if not w[:1].isalnum() else "NOUN" for w in words]
    doc = Doc(VOCAB, words=words, spaces=[True] * n, heads=heads or [0] * n,
              deps=deps or ["ROOT"] + ["dep"] * (n - 1), pos=pos, tags=tags or ["NNP"] * n,
              lemmas=[w.lower() for w in words], ents=ents or ["O"] * n)
    return DocText.of(doc, kb)


def spans_of(text):
    return recogniser.recognised_spans(text)


def test_recognised_spans_keep_actor_labels_only(kb):
    text = make(kb, ["Ana", "Ruiz", "won", "Nobel"], ents=["B-PERSON", "I-PERSON", "O", "B-PRODUCT"])
    assert [(s.start, s.end, s.label) for s in spans_of(text)] == [(0, 2, "PERSON")]


# ---- recogniser fixes ----------------------------------------------------------------------------------
def test_sentence_initial_gerund_is_no_entity(kb):
    text = make(kb, ["Supporting", "Freedonia", "helps", "."], ents=["B-ORG", "B-GPE", "O", "O"],
                pos=["VERB", "PROPN", "VERB", "PUNCT"], tags=["VBG", "NNP", "VBZ", "."])
    kept = recogniser.drop_false_entities(text, spans_of(text))
    assert [text.words[s.start] for s in kept] == ["Freedonia"]


def test_possessive_article_and_postnominals_are_trimmed(kb):
    text = make(kb, ["the", "Harbor", "Institute", "'s", "view", "and", "Ana", "Ruiz", "QC"],
                ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON"],
                pos=["DET", "PROPN", "PROPN", "PART", "NOUN", "CCONJ", "PROPN", "PROPN", "PROPN"])
    before = spans_of(text)
    trimmed = recogniser.trim_edges(text, before)
    assert [(s.start, s.end) for s in trimmed] == [(1, 3), (6, 8)]
    assert [(s.start, s.end) for s in before] == [(0, 4), (6, 9)]  # the input list is left as it was


def test_region_word_extends_a_place(kb):
    text = make(kb, ["Troops", "entered", "Lakeford", "Oblast", "."], ents=["O", "O", "B-GPE", "O", "O"],
                pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"])
    (sp,) = recogniser.extend_places(text, spans_of(text))
    assert (sp.start, sp.end, sp.label, sp.recognised) == (2, 4, "LOC", "GPE")


def test_role_words_are_split_off_an_organisation(kb):
    text = make(kb, ["a", "Harbor", "Institute", "Research", "Fellow"], ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
                pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN"])
    (sp,) = recogniser.split_role_words(text, spans_of(text))
    assert (sp.start, sp.end, sp.role_start, sp.role_end) == (1, 3, 3, 5)


def test_a_word_of_a_title_is_no_organisation(kb):
    text = make(kb, ["Home", "Secretary", "Ana", "Ruiz", "said"], ents=["B-ORG", "O", "B-PERSON", "I-PERSON", "O"],
                pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    kept = recogniser.drop_title_words(text, spans_of(text))
    assert [(s.start, s.label) for s in kept] == [(2, "PERSON")]


def test_a_place_inside_an_organisation_name_stays_in_it(kb):
    text = make(kb, ["the", "University", "of", "Lakeford", "said"], ents=["O", "B-ORG", "O", "B-GPE", "O"],
                pos=["DET", "PROPN", "ADP", "PROPN", "VERB"])
    (sp,) = recogniser.merge_places_into_orgs(text, spans_of(text))
    assert (sp.start, sp.end, sp.label) == (1, 4, "ORG")


def test_the_fixes_run_in_their_order(kb):
    assert recogniser.RECOGNISER_FIXES[0] is recogniser.drop_false_entities
    assert recogniser.RECOGNISER_FIXES[-1] is recogniser.described_organisations
    text = make(kb, ["the", "Harbor", "Institute", "Research", "Fellow", "spoke"],
                ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
                pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    (sp,) = recogniser.corrected_spans(text)
    assert (sp.start, sp.end, sp.role_start) == (1, 3, 3)


def test_a_curated_alias_taken_for_a_person_takes_its_type(kb):
    text = make(kb, ["Harb", "Allies", "and", "Ana", "Ruiz", "spoke"],
                ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    spans = recogniser.curated_types(text, recogniser.recognised_spans(text))
    assert [(sp.start, sp.label) for sp in spans] == [(0, "ORG"), (3, "PERSON")]


def test_a_span_cut_short_of_a_curated_name_grows_to_it(kb):
    text = make(kb, ["The", "Harbour", "Alliance", "said", "no"], ents=["O", "O", "B-NORP", "O", "O"])
    (sp,) = recogniser.curated_types(text, recogniser.recognised_spans(text))
    assert (sp.start, sp.end, sp.label) == (1, 3, "ORG")
    text = make(kb, ["The", "Harbour", "Alliance", "said", "no"], ents=["O", "B-ORG", "B-NORP", "O", "O"])
    (sp,) = recogniser.curated_types(text, recogniser.recognised_spans(text))
    assert (sp.start, sp.end, sp.label) == (1, 3, "ORG")


# ---- people rules --------------------------------------------------------------------------------------
def test_a_word_after_an_honorific_is_a_surname(kb):
    text = make(kb, ["Dr", "Priya", "Nair", "and", "Mr", "Ruiz", "spoke"],
                pos=["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"])
    change = people.surnames_after_honorifics(text, [], frozenset())
    assert change.surnames == {"Nair", "Ruiz"} and change.spans == []


def test_a_peers_title_joins_a_one_word_name(kb):
    text = make(kb, ["Lord", "Ambleside", "said"], ents=["O", "B-PERSON", "O"], pos=["PROPN", "PROPN", "VERB"])
    (sp,), found = people.peer_titles_join_names(text, spans_of(text), frozenset())
    assert (sp.start, sp.end) == (0, 2) and not found


def test_an_honorific_makes_an_organisation_a_person(kb):
    text = make(kb, ["Ms", "Vale", "Ortiz", "said"], ents=["O", "B-ORG", "I-ORG", "O"],
                pos=["PROPN", "PROPN", "PROPN", "VERB"])
    (sp,), found = people.honorific_makes_person(text, spans_of(text), frozenset())
    assert (sp.start, sp.end, sp.label) == (1, 3, "PERSON") and found == {"Ortiz"}


def test_a_name_after_an_honorific_the_recogniser_missed(kb):
    text = make(kb, ["Later", "Ms", "Vale", "said"], pos=["ADV", "PROPN", "PROPN", "VERB"])
    spans, found = people.names_after_honorifics(text, [], frozenset())
    assert [(s.start, s.end, s.label) for s in spans] == [(2, 3, "PERSON")] and found == {"Vale"}


def test_a_name_after_a_role_word_is_a_person(kb):
    text = make(kb, ["club", "boss", "Ivo", "Marek", "said"], ents=["O", "O", "B-ORG", "I-ORG", "O"],
                pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    (sp,), found = people.role_word_makes_person(text, spans_of(text), frozenset())
    assert sp.label == "PERSON" and found == {"Marek"}


def test_a_known_surname_makes_a_place_a_person(kb):
    text = make(kb, ["Vale", "added", "more"], ents=["B-GPE", "O", "O"], pos=["PROPN", "VERB", "ADJ"])
    (sp,), _ = people.surnames_make_people(text, spans_of(text), frozenset({"Vale"}))
    assert sp.label == "PERSON"
    (unchanged,), _ = people.surnames_make_people(text, spans_of(text), frozenset())
    assert unchanged.label == "GPE"


def test_the_first_name_before_a_surname_joins_it(kb):
    text = make(kb, ["the", "referee", "Ivo", "Marek", "said"], ents=["O", "O", "O", "B-PERSON", "O"],
                pos=["DET", "NOUN", "PROPN", "PROPN", "VERB"])
    (sp,), _ = people.first_name_before_surname(text, spans_of(text), frozenset({"Marek"}))
    assert (sp.start, sp.end) == (2, 4)


def test_titles_are_no_part_of_the_name_proper(kb):
    text = make(kb, ["Prime", "Minister", "Ana", "Ruiz", "spoke"],
                ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"],
                pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    (sp,), _ = people.name_after_titles(text, spans_of(text), frozenset())
    assert (sp.start, sp.name_start, sp.end) == (0, 2, 4)


def test_the_people_rules_pass_surnames_along(kb):
    words = ["Dr", "Priya", "Nair", "spoke", ".", "Nair", "added", "."]
    text = make(kb, words, ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O"],
                pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"])
    spans, surnames = people.people_spans(text, recogniser.corrected_spans(text))
    assert "Nair" in surnames
    assert [(s.start, s.label) for s in spans] == [(1, "PERSON"), (5, "PERSON")]


def test_a_rule_leaves_its_input_spans_alone(kb):
    text = make(kb, ["club", "boss", "Ivo", "Marek", "said"], ents=["O", "O", "B-ORG", "I-ORG", "O"],
                pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    before = spans_of(text)
    copy = [replace(s) for s in before]
    people.role_word_makes_person(text, before, frozenset())
    assert before == copy and isinstance(before[0], EntitySpan)


# ---- definite descriptions ------------------------------------------------------------------------------
def test_a_description_is_the_last_holder_of_the_role_within_the_cap(kb):
    from claimscope.analyse.actors import actor_for_description
    from claimscope.analyse.extensions import register_extensions
    from claimscope.analyse.model import Actor, Mention

    register_extensions()
    text = make(kb, ["the", "minister", "said"], pos=["DET", "NOUN", "VERB"])
    doc = text.doc
    doc._.actors = [Actor("a1", "Ana Ruiz", "PERSON", [Mention(0, 3, "the")], roles=["Minister of Ports"]),
                    Actor("a2", "Tomas Vale", "PERSON", [Mention(4, 12, "minister")], roles=["deputy minister"])]
    assert actor_for_description(doc, doc[1], before=100).id == "a2"
    assert actor_for_description(doc, doc[1], before=4).id == "a1"  # a2 is first named after that point
    assert actor_for_description(doc, doc[1], before=100, max_actors=1).id == "a1"


def test_a_description_of_one_kind_of_body_skips_a_name_of_another(kb):
    from claimscope.analyse.actors import actor_for_description
    from claimscope.analyse.extensions import register_extensions
    from claimscope.analyse.model import Actor, Mention

    register_extensions()
    text = make(kb, ["the", "union", "said"], pos=["DET", "NOUN", "VERB"])
    doc = text.doc
    union = Actor("a1", "Selby Rail Union", "ORG", [Mention(0, 3, "the")])
    hospital = Actor("a2", "Selby General Hospital", "ORG", [Mention(4, 9, "union")])
    doc._.actors = [union, hospital]
    assert actor_for_description(doc, doc[1], before=100).id == "a1"  # not the hospital named last
    doc._.actors = [hospital]
    assert actor_for_description(doc, doc[1], before=100) is None


# ---- linker passes ---------------------------------------------------------------------------------------
def _linker(text):
    from claimscope.analyse.actors.linker import Linker
    from claimscope.analyse.actors.spans import Limits

    return Linker(text, [], Limits.from_settings())


def test_an_acronym_the_recogniser_missed_is_yielded_as_a_mention(kb):
    from claimscope.analyse.actors.edits import AddMention
    from claimscope.analyse.actors.linker import acronyms

    text = make(kb, ["LHA", "said", "so"], pos=["PROPN", "VERB", "ADV"])
    (edit,) = list(acronyms(_linker(text)))
    assert isinstance(edit, AddMention)
    assert (edit.key, edit.start, edit.end) == (("ORG", "Lakeford Harbour Authority"), 0, 1)


def test_an_acronym_in_a_line_of_capitals_is_no_mention(kb):
    from claimscope.analyse.actors.linker import acronyms

    text = make(kb, ["LHA", "SAYS", "NO"], pos=["PROPN", "VERB", "ADV"])
    assert list(acronyms(_linker(text))) == []


def test_the_linker_applies_what_the_passes_yield(kb):
    from claimscope.analyse.actors.linker import LINKER_PASSES, Linker
    from claimscope.analyse.actors.spans import Limits

    text = make(kb, ["LHA", "said", "so"], pos=["PROPN", "VERB", "ADV"])
    actors, index = Linker(text, [], Limits.from_settings()).run()
    assert [(a.id, a.name, a.kind) for a in actors] == [("a1", "Lakeford Harbour Authority", "government")]
    assert index == {0: "a1"} and len(LINKER_PASSES) == 5


def test_the_component_takes_its_limits_from_the_settings():
    import claimscope.analyse.actors  # noqa: F401  (registers the factory)
    from claimscope.analyse.actors.spans import Limits

    nlp = spacy.blank("en")
    assert nlp.add_pipe("claimscope_actors").limits == Limits.from_settings()
    assert nlp.add_pipe("claimscope_actors", name="few_roles", config={"max_roles": 1}).limits.max_roles == 1


# ---- people named in full, and bare surnames -------------------------------------------------------------
def _people(text):
    from claimscope.analyse.actors.persons import People
    from claimscope.analyse.actors.table import ActorTable

    spans, _ = people.people_spans(text, recogniser.corrected_spans(text))
    named = People(ActorTable(text))
    named.collect(spans)
    return named, spans


def test_a_bare_surname_is_the_person_named_in_full(kb):
    words = ["Ana", "Ruiz", "spoke", ".", "Later", "Ruiz", "left", "."]
    text = make(kb, words, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O"],
                pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "PUNCT"])
    named, spans = _people(text)
    assert [named.key_of(sp) for sp in spans] == [("PERSON", "Ana Ruiz")] * 2


def test_an_honorific_picks_between_two_people_of_one_surname(kb):
    words = ["Tomas", "Vale", "met", "Rosa", "Vale", ".", "Mrs", "Vale", "spoke", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    text = make(kb, words, ents=ents, pos=pos)
    named, spans = _people(text)
    named.persons["Rosa Vale"].gender = "f"
    named.persons["Tomas Vale"].gender = "m"
    assert named.key_of(spans[-1]) == ("PERSON", "Rosa Vale")


def test_a_fuller_form_of_a_name_wins(kb):
    words = ["Ana", "Ruiz", "spoke", ".", "Ana", "Maria", "Ruiz", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    named, spans = _people(make(kb, words, ents=ents, pos=pos))
    assert list(named.persons) == ["Ana Maria Ruiz"]
    assert named.key_of(spans[0]) == ("PERSON", "Ana Maria Ruiz")
