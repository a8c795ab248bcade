"""Descriptor rules and the characteriser on hand-built Docs (no model): what a sentence says a noun is like."""

from __future__ import annotations

from facts_docs import parsed
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.analyse.facts import describe as d
from claimscope.analyse.facts.characterise import characterise, described_nouns, is_candidate
from claimscope.lexicon.polarity import polarity
from claimscope.sentences import sentence_at, sentence_spans


def _sent_exhausted_conscripts():
    """'The army sent exhausted conscripts .'"""
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("army", 2, "nsubj", "NN", "NOUN", "army"),
                   ("sent", 2, "ROOT", "VBD", "VERB", "send"), ("exhausted", 4, "amod", "JJ", "ADJ", "exhausted"),
                   ("conscripts", 2, "dobj", "NNS", "NOUN", "conscript"), (".", 2, "punct", ".", "PUNCT", ".")])


def test_an_attributive_adjective_describes_the_noun_but_only_names_a_kind():
    doc = _sent_exhausted_conscripts()
    (desc,) = d.describe(doc[4])
    assert desc.text == "exhausted" and desc.polarity < 0 and not desc.negated and not desc.predicative
    assert (desc.start, desc.end) == (14, 23)  # offsets into the document text


def test_an_apposition_is_said_of_the_noun():
    # "She sent the units , heroes all ."
    doc = parsed([("She", 1, "nsubj", "PRP", "PRON", "she"), ("sent", 1, "ROOT", "VBD", "VERB", "send"),
                  ("the", 3, "det", "DT", "DET", "the"), ("units", 1, "dobj", "NNS", "NOUN", "unit"),
                  (",", 3, "punct", ",", "PUNCT", ","), ("heroes", 3, "appos", "NNS", "NOUN", "hero"),
                  ("all", 5, "det", "DT", "DET", "all"), (".", 1, "punct", ".", "PUNCT", ".")])
    (desc,) = d.describe(doc[3])
    assert desc.head == "hero" and desc.polarity > 0 and desc.predicative


def test_a_relative_who_are_not_negates_its_predicate():
    # "She sent soldiers who are not ready ."
    doc = parsed([("She", 1, "nsubj", "PRP", "PRON", "she"), ("sent", 1, "ROOT", "VBD", "VERB", "send"),
                  ("soldiers", 1, "dobj", "NNS", "NOUN", "soldier"), ("who", 4, "nsubj", "WP", "PRON", "who"),
                  ("are", 2, "relcl", "VBP", "AUX", "be"), ("not", 4, "neg", "RB", "PART", "not"),
                  ("ready", 4, "acomp", "JJ", "ADJ", "ready"), (".", 1, "punct", ".", "PUNCT", ".")])
    (desc,) = d.describe(doc[2])
    assert desc.head == "ready" and desc.negated and desc.polarity == -polarity("ready")


def test_a_copular_predicate_reads_a_manner_adverb_as_a_prefix():
    # "The soldiers were poorly trained ."
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("soldiers", 2, "nsubj", "NNS", "NOUN", "soldier"),
                  ("were", 2, "ROOT", "VBD", "AUX", "be"), ("poorly", 4, "advmod", "RB", "ADV", "poorly"),
                  ("trained", 2, "acomp", "VBN", "VERB", "train"), (".", 2, "punct", ".", "PUNCT", ".")])
    (desc,) = d.describe(doc[1])
    assert desc.text == "poorly trained" and desc.polarity == polarity("poorly-trained") and desc.predicative
    assert d.anchor(doc[1]) == ("copula",)  # a definite subject of "be"


def test_as_x_asserts_x_of_the_object_of_a_naming_verb():
    # "She described the plan as reckless ."
    doc = parsed([("She", 1, "nsubj", "PRP", "PRON", "she"), ("described", 1, "ROOT", "VBD", "VERB", "describe"),
                  ("the", 3, "det", "DT", "DET", "the"), ("plan", 1, "dobj", "NN", "NOUN", "plan"),
                  ("as", 1, "prep", "IN", "ADP", "as"), ("reckless", 4, "pobj", "JJ", "ADJ", "reckless"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    (desc,) = d.describe(doc[3])
    assert desc.head == "reckless" and not desc.negated and desc.polarity < 0
    assert d.anchor(doc[3]) == ("named",)


def _too_valuable():
    """'She sent troops too valuable to be bait .'"""
    return parsed([("She", 1, "nsubj", "PRP", "PRON", "she"), ("sent", 1, "ROOT", "VBD", "VERB", "send"),
                   ("troops", 1, "dobj", "NNS", "NOUN", "troop"), ("too", 4, "advmod", "RB", "ADV", "too"),
                   ("valuable", 2, "amod", "JJ", "ADJ", "valuable"), ("to", 6, "aux", "TO", "PART", "to"),
                   ("be", 4, "xcomp", "VB", "AUX", "be"), ("bait", 6, "attr", "NN", "NOUN", "bait"),
                   (".", 1, "punct", ".", "PUNCT", ".")])


def test_too_adj_to_be_x_denies_x_and_asserts_adj():
    doc = _too_valuable()
    descs = {x.head: x for x in d.describe(doc[2])}
    assert descs["bait"].negated and descs["bait"].predicative
    assert descs["valuable"].polarity > 0 and not descs["valuable"].negated and descs["valuable"].predicative
    assert [r.__name__ for r in d.NOUN_RULES][0] == "too_to_be_after"  # the denial comes first


def test_a_state_of_mind_describes_nothing():
    # "The minister is worried that ..." : "worried" takes a clause, it says nothing of the minister
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("minister", 2, "nsubj", "NN", "NOUN", "minister"),
                  ("is", 2, "ROOT", "VBZ", "AUX", "be"), ("worried", 2, "acomp", "JJ", "ADJ", "worried"),
                  ("that", 5, "mark", "IN", "SCONJ", "that"), ("it", 6, "nsubj", "PRP", "PRON", "it"),
                  ("fails", 3, "ccomp", "VBZ", "VERB", "fail"), (".", 2, "punct", ".", "PUNCT", ".")])
    assert d.state_of_mind(doc[3], doc[2]) == []
    assert d.describe(doc[1]) == []


def test_a_window_keeps_descriptors_in_the_sentence():
    doc = _sent_exhausted_conscripts()
    assert d.describe(doc[4], window=(4, 6)) == []


def test_negation_naming_verbs_owners_and_themes():
    hardly = parsed([("hardly", 1, "advmod", "RB", "ADV", "hardly"), ("prepared", 1, "ROOT", "VBN", "VERB", "prepare")])
    assert d.negated(hardly[1]) and not d.negated(hardly[0])
    assert d.anchor(_sent_exhausted_conscripts()[4]) == ("event", "send")
    # "Ruritania 's rescue units": the possessor owns them; the compound joins the theme, the class replaces "units"
    doc = parsed([("Ruritania", 3, "poss", "NNP", "PROPN", "Ruritania"), ("'s", 0, "case", "POS", "PART", "'s"),
                  ("rescue", 3, "compound", "NN", "NOUN", "rescue"), ("units", 3, "ROOT", "NNS", "NOUN", "unit")])
    assert d.owners(doc[3]) == frozenset({"ruritania"})
    assert d.theme_key(doc[3]) == "rescue military"


def test_a_candidate_sentence_evaluates_or_says_too():
    assert is_candidate("The army sent exhausted conscripts.", 600)
    assert is_candidate("They were “too” slow.", 600)
    assert not is_candidate("The army sent conscripts.", 600)
    assert not is_candidate("The army sent exhausted conscripts.", 10)  # too long to read


def test_the_characteriser_keeps_anchored_evaluated_nouns_with_their_sentence():
    doc = _sent_exhausted_conscripts()
    (c,) = described_nouns(doc[0:6], (0, len(doc.text)))
    assert c.theme == "conscript" and c.anchor == ("event", "send") and c.owners == []
    assert [x.text for x in characterise(doc, 600)[0].descriptors] == ["exhausted"]
    # "Aid goes to poor countries": no anchor (not the object of an action), no characterisation
    generic = parsed([("Aid", 1, "nsubj", "NN", "NOUN", "aid"), ("goes", 1, "ROOT", "VBZ", "VERB", "go"),
                      ("to", 1, "prep", "IN", "ADP", "to"), ("poor", 4, "amod", "JJ", "ADJ", "poor"),
                      ("countries", 2, "pobj", "NNS", "NOUN", "country"), (".", 1, "punct", ".", "PUNCT", ".")])
    assert characterise(generic, 600) == []


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=".!? \n\"'”’)ab", max_size=40))
def test_sentence_spans_walk_the_spans_sentence_at_gives(text):
    expected, pos = [], 0
    while pos < len(text):
        start, end = sentence_at(text, pos)
        pos = max(end + 1, pos + 1)
        expected.append((start, end))
    assert list(sentence_spans(text)) == expected
