"""Who does what a verb says (clauses.AGENT_RULES) on hand-built Docs."""

from __future__ import annotations

from facts_docs import parsed

from claimscope.analyse.facts import clauses
from claimscope.analyse.facts.clauses import agent_of, governing_verb


def _plans():
    """'The council plans to build a bridge .'"""
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("council", 2, "nsubj", "NN", "NOUN", "council"),
                   ("plans", 2, "ROOT", "VBZ", "VERB", "plan"), ("to", 4, "aux", "TO", "PART", "to"),
                   ("build", 2, "xcomp", "VB", "VERB", "build"), ("a", 6, "det", "DT", "DET", "a"),
                   ("bridge", 4, "dobj", "NN", "NOUN", "bridge"), (".", 2, "punct", ".", "PUNCT", ".")])


def test_an_infinitive_takes_the_agent_of_its_head():
    doc = _plans()
    assert agent_of(doc[4]).text == "council"
    assert clauses.controlled(doc[4], 0).text == "council"


def test_the_object_of_an_object_control_verb_acts():
    doc = parsed([("Ana", 1, "nsubj", "NNP", "PROPN", "Ana"), ("urged", 1, "ROOT", "VBD", "VERB", "urge"),
                  ("the", 3, "det", "DT", "DET", "the"), ("board", 1, "dobj", "NN", "NOUN", "board"),
                  ("to", 5, "aux", "TO", "PART", "to"), ("resign", 1, "xcomp", "VB", "VERB", "resign"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    assert agent_of(doc[5]).text == "board"


def test_a_passive_without_by_does_not_say_who():
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("mill", 3, "nsubjpass", "NN", "NOUN", "mill"),
                  ("was", 3, "auxpass", "VBD", "AUX", "be"), ("sold", 3, "ROOT", "VBN", "VERB", "sell"),
                  (".", 3, "punct", ".", "PUNCT", ".")])
    assert agent_of(doc[3]) is None
    assert clauses.own_subject(doc[3], 0) is clauses.NO_AGENT


def test_the_passive_agent_is_the_object_of_by():
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("mill", 3, "nsubjpass", "NN", "NOUN", "mill"),
                  ("was", 3, "auxpass", "VBD", "AUX", "be"), ("sold", 3, "ROOT", "VBN", "VERB", "sell"),
                  ("by", 3, "agent", "IN", "ADP", "by"), ("Ana", 4, "pobj", "NNP", "PROPN", "Ana"),
                  (".", 3, "punct", ".", "PUNCT", ".")])
    assert agent_of(doc[3]).text == "Ana"


def test_governing_verb_of_a_noun():
    doc = _plans()
    assert governing_verb(doc[6]).text == "build"


def test_rule_order_is_fixed():
    assert clauses.AGENT_RULES[0] is clauses.passive_agent and clauses.AGENT_RULES[-1] is clauses.participle
