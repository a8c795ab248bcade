"""Severity in descriptions, on hand-built Docs (no model): "one of the worst N" reads as N, a downplaying verb
describes its object as slight, and the characteriser keeps such descriptions."""

from __future__ import annotations

from facts_docs import parsed

from claimscope.analyse.facts import describe as d
from claimscope.analyse.facts.characterise import described_nouns, is_candidate
from claimscope.lexicon.severity import severity


def _called_one_of_the_worst():
    """'The union described the flood as one of the worst disasters .'"""
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("union", 2, "nsubj", "NN", "NOUN", "union"),
                   ("described", 2, "ROOT", "VBD", "VERB", "describe"), ("the", 4, "det", "DT", "DET", "the"),
                   ("flood", 2, "dobj", "NN", "NOUN", "flood"), ("as", 2, "prep", "IN", "ADP", "as"),
                   ("one", 5, "pobj", "CD", "NUM", "one"), ("of", 6, "prep", "IN", "ADP", "of"),
                   ("the", 10, "det", "DT", "DET", "the"), ("worst", 10, "amod", "JJS", "ADJ", "bad"),
                   ("disasters", 7, "pobj", "NNS", "NOUN", "disaster"), (".", 2, "punct", ".", "PUNCT", ".")])


def _played_down():
    """'The firm played down the leak .'"""
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("firm", 2, "nsubj", "NN", "NOUN", "firm"),
                   ("played", 2, "ROOT", "VBD", "VERB", "play"), ("down", 2, "prt", "RP", "ADP", "down"),
                   ("the", 5, "det", "DT", "DET", "the"), ("leak", 2, "dobj", "NN", "NOUN", "leak"),
                   (".", 2, "punct", ".", "PUNCT", ".")])


def test_one_of_the_worst_reads_as_the_noun():
    doc = _called_one_of_the_worst()
    (desc,) = d.describe(doc[4])
    assert desc.head == "disaster" and "worst" in desc.text and desc.predicative
    assert severity(desc.text) > 0


def test_a_downplaying_verb_describes_its_object_as_slight():
    doc = _played_down()
    (desc,) = d.describe(doc[5])
    assert desc.head == "downplay" and desc.text == "played down" and (desc.start, desc.end) == (9, 20)
    assert d.anchor(doc[5]) == ("named",)
    (found,) = described_nouns(doc[:], (0, len(doc.text)))
    assert found.theme == "leak"


def test_play_without_down_is_no_downplaying():
    # "The band played the song ."
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("band", 2, "nsubj", "NN", "NOUN", "band"),
                  ("played", 2, "ROOT", "VBD", "VERB", "play"), ("the", 4, "det", "DT", "DET", "the"),
                  ("song", 2, "dobj", "NN", "NOUN", "song"), (".", 2, "punct", ".", "PUNCT", ".")])
    assert d.describe(doc[4]) == [] and d.anchor(doc[4]) == ("event", "play")


def test_a_sentence_with_a_severity_word_is_a_candidate():
    assert is_candidate("The company called it a minor leak.", 600)
    assert not is_candidate("The company opened a shop.", 600)
