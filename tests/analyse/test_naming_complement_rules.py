"""A naming verb's noun complement describes its object: "called the plan a disaster", and "called the crash at
Port Arn one of the worst accidents" where the parse hangs the "one" from the place (describe.naming_complement,
describe.one_of_named); hand-built Docs, no model."""

from __future__ import annotations

from facts_docs import parsed

from claimscope.analyse.facts import describe as d


def test_a_naming_verbs_noun_complement_describes_its_object():
    # "Critics called the plan a disaster ."
    doc = parsed([("Critics", 1, "nsubj", "NNS", "NOUN", "critic"), ("called", 1, "ROOT", "VBD", "VERB", "call"),
                  ("the", 3, "det", "DT", "DET", "the"), ("plan", 1, "dobj", "NN", "NOUN", "plan"),
                  ("a", 5, "det", "DT", "DET", "a"), ("disaster", 1, "oprd", "NN", "NOUN", "disaster"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    (desc,) = d.describe(doc[3])
    assert desc.head == "disaster" and desc.predicative and desc.polarity < 0
    assert d.anchor(doc[3]) == ("named",)


def test_a_noun_complement_of_another_verb_is_no_description():
    # "Critics made the plan a priority ." ("make" names nothing)
    doc = parsed([("Critics", 1, "nsubj", "NNS", "NOUN", "critic"), ("made", 1, "ROOT", "VBD", "VERB", "make"),
                  ("the", 3, "det", "DT", "DET", "the"), ("plan", 1, "dobj", "NN", "NOUN", "plan"),
                  ("a", 5, "det", "DT", "DET", "a"), ("priority", 1, "oprd", "NN", "NOUN", "priority"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    assert d.naming_complement(doc[5], doc[1]) is None


def _crash_at_port(verb="called", lemma="call"):
    # "The union VERB the crash at Arn one of the worst accidents ." with "one" hung from "Arn"
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("union", 2, "nsubj", "NN", "NOUN", "union"),
                   (verb, 2, "ROOT", "VBD", "VERB", lemma), ("the", 4, "det", "DT", "DET", "the"),
                   ("crash", 2, "dobj", "NN", "NOUN", "crash"), ("at", 2, "prep", "IN", "ADP", "at"),
                   ("Arn", 5, "pobj", "NNP", "PROPN", "Arn"), ("one", 6, "nummod", "CD", "NUM", "one"),
                   ("of", 7, "prep", "IN", "ADP", "of"), ("the", 11, "det", "DT", "DET", "the"),
                   ("worst", 11, "amod", "JJS", "ADJ", "bad"), ("accidents", 8, "pobj", "NNS", "NOUN", "accident"),
                   (".", 2, "punct", ".", "PUNCT", ".")])


def test_one_of_the_n_after_a_naming_verbs_object_names_it():
    doc = _crash_at_port()
    (desc,) = d.describe(doc[4])
    assert desc.head == "accident" and "worst" in desc.text and desc.predicative


def test_one_of_the_n_after_another_verb_names_nothing():
    doc = _crash_at_port("saw", "see")
    assert d.one_of_named(doc[4], doc[2]) == []
    assert all(x.head != "accident" for x in d.describe(doc[4]))
