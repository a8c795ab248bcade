"""The clause status rules and hedges on hand-built Docs."""

from __future__ import annotations

import pytest
from facts_docs import parsed

from claimscope.analyse.facts import status
from claimscope.analyse.facts.hedges import clause_hedges
from claimscope.analyse.facts.status import Clause, clause_status, fact_status


def _simple(aux: str | None, aux_tag: str, verb: str, tag: str, lemma: str):
    """'The council [aux] <verb> a bridge .'"""
    rows = [("The", 1, "det", "DT", "DET", "the"), ("council", 3 if aux else 2, "nsubj", "NN", "NOUN", "council")]
    if aux:
        rows.append((aux, 3, "aux", aux_tag, "AUX", {"is": "be", "has": "have"}.get(aux, aux)))
    v = len(rows)
    rows += [(verb, v, "ROOT", tag, "VERB", lemma), ("a", v + 2, "det", "DT", "DET", "a"),
             ("bridge", v, "dobj", "NN", "NOUN", "bridge"), (".", v, "punct", ".", "PUNCT", ".")]
    return parsed(rows), v


@pytest.mark.parametrize("aux, aux_tag, verb, tag, lemma, expected", [
    ("will", "MD", "build", "VB", "build", "planned"),
    ("could", "MD", "build", "VB", "build", "possible"),
    (None, "", "built", "VBD", "build", "done"),
    ("is", "VBZ", "building", "VBG", "build", "ongoing"),
    ("has", "VBZ", "built", "VBN", "build", "done"),
])
def test_modal_and_tense(aux, aux_tag, verb, tag, lemma, expected):
    doc, v = _simple(aux, aux_tag, verb, tag, lemma)
    assert clause_status(doc[v]) == expected


def test_negation_comes_first():
    doc = parsed([("Ana", 3, "nsubj", "NNP", "PROPN", "Ana"), ("will", 3, "aux", "MD", "AUX", "will"),
                  ("not", 3, "neg", "RB", "PART", "not"), ("sign", 3, "ROOT", "VB", "VERB", "sign"),
                  (".", 3, "punct", ".", "PUNCT", ".")])
    assert status.negation(Clause.of(doc[3])) == "negated"
    assert clause_status(doc[3]) == "negated"


def _governed(head: str, head_lemma: str, head_tag: str = "VBZ"):
    """'The firm <head> to sell the plant .': the status of 'sell' comes from its head."""
    return parsed([("The", 1, "det", "DT", "DET", "the"), ("firm", 2, "nsubj", "NN", "NOUN", "firm"),
                   (head, 2, "ROOT", head_tag, "VERB", head_lemma), ("to", 4, "aux", "TO", "PART", "to"),
                   ("sell", 2, "xcomp", "VB", "VERB", "sell"), ("the", 6, "det", "DT", "DET", "the"),
                   ("plant", 4, "dobj", "NN", "NOUN", "plant"), (".", 2, "punct", ".", "PUNCT", ".")])


@pytest.mark.parametrize("head, lemma, expected", [
    ("plans", "plan", "planned"), ("refused", "refuse", "negated"), ("continues", "continue", "ongoing"),
    ("denies", "deny", "denied"),
])
def test_governing_head(head, lemma, expected):
    doc = _governed(head, lemma, "VBD" if head.endswith("ed") else "VBZ")
    assert status.governing_head(Clause.of(doc[4])) == expected
    assert clause_status(doc[4]) == expected


def test_rules_pass_when_they_do_not_apply():
    doc = _governed("plans", "plan")
    clause = Clause.of(doc[2])
    assert status.governing_head(clause) is None and status.modal(clause) is None


def test_a_denying_statement_denies_the_fact():
    doc, v = _simple(None, "", "built", "VBD", "build")
    assert fact_status(doc[v], "denies") == "denied"
    assert fact_status(doc[v], "says") == "done"


def test_rule_order_is_fixed():
    assert status.CLAUSE_RULES[0] is status.negation and status.CLAUSE_RULES[-1] is status.tense


def test_reporting_passive_is_a_hedge():
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("mill", 3, "nsubjpass", "NN", "NOUN", "mill"),
                  ("is", 3, "auxpass", "VBZ", "AUX", "be"), ("believed", 3, "ROOT", "VBN", "VERB", "believe"),
                  ("to", 5, "aux", "TO", "PART", "to"), ("close", 3, "xcomp", "VB", "VERB", "close"),
                  (".", 3, "punct", ".", "PUNCT", ".")])
    hedges = clause_hedges(doc[5], doc.text)
    assert [h.text for h in hedges] == ["is believed to"]
