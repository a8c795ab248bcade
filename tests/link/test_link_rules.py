"""Link rules on hand-built spaCy Docs and plain strings: negation, naming verbs, owners, denials, polarity prefixes.

No model is loaded: each Doc is written out word by word with its heads, dependencies and tags, as spaCy's own
tests do, and the rule function is called directly.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimscope.link import characterisation, claim_keys, contradictions, polarity


VOCAB = spacy.blank("en").vocab  # English lexeme attributes (lower_), no model


def _doc(words, heads, deps, pos, lemmas=None, tags=None):
    return Doc(VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False], heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words], tags=tags)


def test_a_neg_child_or_a_negating_word_negates_its_head():
    # "the units were not ready": "ready" carries "not" (neg); "hardly prepared" negates by the word alone
    doc = _doc(["the", "units", "were", "not", "ready"], [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "neg", "acomp"],
               ["DET", "NOUN", "AUX", "PART", "ADJ"])
    assert characterisation._negated(doc[4])
    assert not characterisation._negated(doc[1])
    hardly = _doc(["hardly", "prepared"], [1, 1], ["advmod", "ROOT"], ["ADV", "VERB"])
    assert characterisation._negated(hardly[1])


def test_the_object_of_a_naming_verb_is_named_and_of_an_action_is_an_event():
    # "she described the units as brave" / "she sent the units"
    named = _doc(["she", "described", "the", "units"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["PRON", "VERB", "DET", "NOUN"], lemmas=["she", "describe", "the", "unit"])
    assert characterisation.anchor(named[3]) == ("named",)
    sent = _doc(["she", "sent", "the", "units"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                ["PRON", "VERB", "DET", "NOUN"], lemmas=["she", "send", "the", "unit"])
    assert characterisation.anchor(sent[3]) == ("event", "send")


def test_a_definite_subject_of_a_copula_is_anchored_and_an_indefinite_one_is_not():
    definite = _doc(["the", "soldiers", "were", "brave"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "acomp"],
                    ["DET", "NOUN", "AUX", "ADJ"], lemmas=["the", "soldier", "be", "brave"])
    assert characterisation.anchor(definite[1]) == ("copula",)
    generic = _doc(["some", "soldiers", "were", "brave"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "acomp"],
                   ["DET", "NOUN", "AUX", "ADJ"], lemmas=["some", "soldier", "be", "brave"])
    assert characterisation.anchor(generic[1]) is None


def test_owners_are_capitalised_modifiers_before_the_noun():
    # "Ruritania 's elite forces": the possessor owns the forces, the lowercase adjective does not
    doc = _doc(["Ruritania", "'s", "elite", "forces"], [3, 0, 3, 3], ["poss", "case", "amod", "ROOT"],
               ["PROPN", "PART", "ADJ", "NOUN"])
    assert characterisation.owners(doc[3]) == frozenset({"ruritania"})


def test_a_denial_cue_denies_unless_it_is_withheld():
    assert contradictions._denies("denied")
    assert contradictions._denies("has rejected")
    assert not contradictions._denies("refused to deny")
    assert not contradictions._denies("did not deny")
    assert not contradictions._denies("said")


def test_negation_words_are_content_words_only_when_asked():
    assert claim_keys.has_negation("the ministry did not send troops")
    assert not claim_keys.has_negation("the ministry sent troops")
    assert "not" in claim_keys.content_words("the ministry did not send troops", keep_negations=True)
    assert "not" not in claim_keys.content_words("the ministry did not send troops")


def test_institution_nouns_share_a_theme_class():
    assert claim_keys.theme_class("soldiers") == claim_keys.theme_class("army") == "military"


def test_polarity_prefixes_negate_or_mark_a_word():
    assert polarity.polarity("unprepared") < 0 < polarity.polarity("prepared")   # negating prefix on a known stem
    assert polarity.polarity("ill-equipped") < 0                                  # pejorative prefix
    assert polarity.polarity("well-organised") > 0                                # ameliorative prefix
    assert polarity.polarity("table") == 0
