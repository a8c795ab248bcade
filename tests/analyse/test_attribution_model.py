"""The learned attribution filter: its trainer, its scoring, and the candidate forms it was added for."""

import numpy as np

from claimscope.analyse.statements import default_options, extract_statements
from claimscope.analyse.statements import learned_filter
from claimscope.training.train_attribution import fit


def find(stmts, cue):
    found = [s for s in stmts if s["cue"] and cue in s["cue"]["text"].lower()]
    assert found, f"no statement with cue {cue!r} in {[s['cue'] and s['cue']['text'] for s in stmts]}"
    return found[0]


def test_fit_learns_which_feature_marks_an_attribution():
    feats = [["bias", "lemma=say"]] * 30 + [["bias", "lemma=eat"]] * 30
    y = np.array([1.0] * 30 + [0.0] * 30)
    w = fit(feats, y, epochs=200)
    assert w["lemma=say"] > 0 > w["lemma=eat"]
    assert learned_filter.probability(["bias", "lemma=say"], w) > 0.8
    assert learned_filter.probability(["bias", "lemma=eat"], w) < 0.2


def test_probability_is_bounded_for_extreme_weights():
    assert learned_filter.probability(["a"], {"a": 1000.0}) == 1.0
    assert learned_filter.probability(["a"], {"a": -1000.0}) == 0.0


def test_a_model_ships_and_confidence_is_its_probability(statements_of):
    assert learned_filter.shipped_filter() is not None
    s = find(statements_of("The council said on Monday that the bridge would reopen in May."), "said")
    assert 0.5 < s["confidence"] <= 1.0


def test_signed_quotation(statements_of):
    text = "“The fishing season was the worst we have had in thirty years.” ― Maria Okonjo\n\nThe harbour is quiet."
    s = find(statements_of(text), "―")
    assert s["speaker"]["text"] == "Maria Okonjo"
    assert s["content"]["text"].startswith("“The fishing season was the worst")


def test_transcript_turn(statements_of):
    text = ("HOST: Welcome back to the program.\n\n"
            "OKAFOR: The tram line will open in May, and the fares will not rise before the end of next year, "
            "whatever the council says about the budget, the deficit or the weather in the spring.")
    s = find(statements_of(text), ":")
    assert [st for st in statements_of(text) if st["speaker"] and st["speaker"]["text"] == "OKAFOR"]
    assert s["cue"]["text"] == ":"


def test_accused_of(statements_of):
    s = find(statements_of("The mayor accused the developer of hiding the costs of the tower."), "accused")
    assert "hiding the costs of the tower" in s["content"]["text"]
    assert s["speaker"]["text"] == "The mayor"


def test_quote_after_said_colon_across_paragraphs(statements_of):
    text = "The senator said in a statement:\n\n“We will not support a bill that raises taxes on families.”"
    s = find(statements_of(text), "said")
    assert s["content"]["text"] == "“We will not support a bill that raises taxes on families.”"
    assert s["kind"] == "direct"


def test_rules_alone_without_a_model(nlp):
    doc = nlp("The council said that the bridge would reopen in May.")
    (st,) = extract_statements(doc, default_options(learned_filter=False))
    assert st.rule == "verb-comp"
    assert st.features != ("model",)  # confidence from the calibration table, not from a model
