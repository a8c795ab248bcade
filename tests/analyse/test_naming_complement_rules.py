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


def _crash_near_town(verb="called", lemma="call"):
    # "The union VERB the crash near Arn one of the worst accidents ." with "one" the object of "near" and "Arn"
    # its compound (the small parser's reading)
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("union", 2, "nsubj", "NN", "NOUN", "union"),
                   (verb, 2, "ROOT", "VBD", "VERB", lemma), ("the", 4, "det", "DT", "DET", "the"),
                   ("crash", 2, "dobj", "NN", "NOUN", "crash"), ("near", 2, "prep", "IN", "ADP", "near"),
                   ("Arn", 7, "compound", "NNP", "PROPN", "Arn"), ("one", 5, "pobj", "CD", "NUM", "one"),
                   ("of", 7, "prep", "IN", "ADP", "of"), ("the", 11, "det", "DT", "DET", "the"),
                   ("worst", 11, "amod", "JJS", "ADJ", "bad"), ("accidents", 8, "pobj", "NNS", "NOUN", "accident"),
                   (".", 2, "punct", ".", "PUNCT", ".")])


def test_one_of_the_n_as_the_object_of_the_places_preposition_names_it():
    doc = _crash_near_town()
    (desc,) = d.describe(doc[4])
    assert desc.head == "accident" and "worst" in desc.text and desc.predicative
    assert d.namer(doc[4]) == (0, 9)  # "The union"
    # after a verb that names nothing, the same phrase describes nothing
    other = _crash_near_town("saw", "see")
    assert d.one_of_named(other[4], other[2]) == []


def _tax_called(subject=("Reyl", "PROPN", "NNP"), adjective=("unfair", "ADJ", "JJ"), det=True):
    # "Reyl called the tax unfair ." parsed with the tax and the adjective both predicates ("oprd") of "called"
    rows = [(subject[0], 1, "nsubj", subject[2], subject[1], subject[0].lower()),
            ("called", 1, "ROOT", "VBD", "VERB", "call")]
    rows += [("the", 3, "det", "DT", "DET", "the")] if det else []
    n = len(rows)
    rows += [("tax", 1, "oprd", "NN", "NOUN", "tax"), (adjective[0], 1, "oprd", adjective[2], adjective[1],
                                                         adjective[0]), (".", 1, "punct", ".", "PUNCT", ".")]
    return parsed(rows), n


def test_a_named_thing_parsed_as_a_second_predicate_is_still_the_object_named():
    doc, tax = _tax_called()
    assert d.named_predicand(doc[tax]) and d.anchor(doc[tax]) == ("named",)
    (desc,) = d.describe(doc[tax])
    assert desc.head == "unfair" and desc.predicative and desc.polarity < 0
    assert d.namer(doc[tax]) == (0, 4)


def test_a_second_predicate_without_an_adjective_or_article_names_nothing_and_a_pronoun_is_no_namer():
    doc, tax = _tax_called(adjective=("priority", "NOUN", "NN"))
    assert not d.named_predicand(doc[tax])
    doc, tax = _tax_called(det=False)
    assert not d.named_predicand(doc[tax])
    doc, tax = _tax_called(subject=("He", "PRON", "PRP"))
    assert d.named_predicand(doc[tax]) and d.namer(doc[tax]) is None
