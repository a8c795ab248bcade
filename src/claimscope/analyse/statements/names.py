"""The names of the statement rules: one enum that the rules, the learned filter and the confidence table share.

The values are the strings the shipped weights (data/attribution_model.json: "rule=verb-comp", ...) and the
calibration table (data/confidence.json: "verb-comp|direct|...") are keyed on, so a value never changes.
"""

from __future__ import annotations

from enum import StrEnum


class Rule(StrEnum):
    """Which rule proposed a statement (`Statement.rule`)."""

    VERB_COMP = "verb-comp"  # "X said that ...": the verb's clausal complement
    VERB_ADVCL = "verb-advcl"  # "asked if ...", "called for X to ...": a question or wish hung as adverbial
    VERB_ADJACENT_QUOTE = "verb-adjacent-quote"  # '“...,” X said' / 'X said: “...”'
    VERB_INVERTED = "verb-inverted"  # "..., X said." / "the plan, X said, would fail"
    VERB_OBJECT_PREDICATE = "verb-object-predicate"  # "called the plan a dead end"
    VERB_QUOTE = "verb-quote"  # a quotation elsewhere in the cue's sentence
    VERB_OBJECT = "verb-object"  # "announced a ban", "denied the report"
    VERB_PREP_OBJECT = "verb-prep-object"  # "called for X", "talked about X"
    VERB_XCOMP = "verb-xcomp"  # "is considering issuing summonses"
    VERB_PROFORM = "verb-proform"  # "said so", "said yes"
    VERB_SEEM = "verb-seem"  # "the minister seemed tired"
    VERB_OBJECT_NOT_QUOTE = "verb-object-not-quote"  # "recalled a visit, “...”": the object, not the quotation
    VERB_OBJECT_PREP = "verb-object-prep"  # "accused the mayor of lying": what follows the preposition
    VERB_PASSIVE = "verb-passive"  # "gestures were announced", "X was said to be furious"
    VERB_ACL = "verb-acl"  # "the bill, opposed by most farmers"
    VERB_RELCL = "verb-relcl"  # "a treaty she once backed"
    ADJECTIVE = "adjective"  # "X is confident that ..."
    ADJECTIVE_IT = "adjective-it"  # "it is clear that ..."
    NOUN_COPULA = "noun-copula"  # "One view is that ..."
    NOUN = "noun"  # "his claim that ..."
    NOUN_PREP = "noun-prep"  # "criticism of the plan"
    PREP = "prep"  # "according to X", "as per X", "in the words of X"
    PREP_DOCUMENT = "prep-document"  # "In a county poll, ...", "Under her plan, ..."
    SIGNATURE = "signature"  # '“...” ― Ana Ruiz', an embedded post signed with a handle
    HEADLINE = "headline"  # "OUTLET: claim", a transcript turn "SMITH: ..."
    QUOTE_CONTINUED = "quote-continued"  # a quotation paragraph after a quoted statement


# Rules whose content is a clause or a quotation, trusted inside a quotation (see arbitration).
QUOTED_RULES = frozenset({Rule.VERB_COMP, Rule.VERB_ADJACENT_QUOTE, Rule.VERB_QUOTE, Rule.VERB_INVERTED})
# Rules whose content may end in an aside or an adverbial that is not what was said.
TRIMMED_RULES = frozenset({Rule.VERB_COMP, Rule.VERB_OBJECT, Rule.VERB_PREP_OBJECT})
