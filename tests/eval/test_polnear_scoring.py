"""Scorer behaviour on tiny hand-made texts (written for these tests, not corpus text)."""

import json

import pytest

from claimscope.eval.cues import cue_lemma
from claimscope.eval.matching import greedy_match, jaccard
from claimscope.eval.polnear import Relation, format_report, score
from claimscope.eval.tokens import TokenIndex

TEXT = (
    'Maria Lopez said on Monday that the bridge would reopen in May. '
    '"We are ready for the crowds," the mayor told reporters.\n'
    'According to the memo, the builders expect long delays.'
)


def at(phrase: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(phrase)
    return (start, start + len(phrase))


LOPEZ = Relation(source=[at("Maria Lopez")], cue=[at("said")], content=[at("that the bridge would reopen in May")])
MAYOR = Relation(source=[at("the mayor")], cue=[at("told")], content=[at("We are ready for the crowds,")])
MEMO = Relation(source=[at("the memo")], cue=[at("According to")], content=[at("the builders expect long delays")])
GOLD = {"doc": (TEXT, [LOPEZ, MAYOR, MEMO])}


def all_scores(report):
    """Every precision/recall/f1/accuracy value in a report, with its path."""
    found = []

    def walk(x, path):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("precision", "recall", "f1", "accuracy") and v is not None:
                    found.append((path + k, v))
                walk(v, path + k + ".")
        elif isinstance(x, list):
            for i, v in enumerate(x):
                walk(v, f"{path}{i}.")

    walk(report, "")
    return found


def test_perfect_match_is_one_everywhere():
    report = score(GOLD, {"doc": [LOPEZ, MAYOR, MEMO]})
    values = all_scores(report)
    assert values and all(v == 1.0 for _, v in values), [p for p, v in values if v != 1.0]
    json.dumps(report)


def test_punctuation_and_quotes_at_span_edges_do_not_matter():
    pred = [
        Relation(source=[at("Maria Lopez")], cue=[at("said")], content=[at("that the bridge would reopen in May.")]),
        Relation(source=[at("the mayor")], cue=[at("told")], content=[at('"We are ready for the crowds,"')]),
        Relation(source=[at("the memo,")], cue=[at("According to")], content=[at("the builders expect long delays.")]),
    ]
    report = score(GOLD, {"doc": pred})
    for role in ("source", "cue", "content"):
        assert report["roles"][role]["exact"]["f1"] == 1.0
        assert report["roles"][role]["token"]["f1"] == 1.0
    assert report["relation"]["f1"] == 1.0


def test_a_partly_covered_word_counts_as_the_word():
    index = TokenIndex("Lopez said so")
    assert index.tokens([(2, 4)]) == {0}
    assert index.tokens([(6, 7), (11, 12)]) == {1, 2}
    assert index.tokens([(5, 6), (6, 6)]) == frozenset()  # a space, an empty span


def test_two_predictions_for_one_gold_count_once():
    report = score({"doc": (TEXT, [LOPEZ])}, {"doc": [LOPEZ, LOPEZ]})
    rel = report["relation"]
    assert (rel["tp"], rel["pred"], rel["gold"]) == (1, 2, 1)
    assert rel["precision"] == 0.5 and rel["recall"] == 1.0


def test_greedy_matching_takes_the_best_pair_first():
    a, b = frozenset({1, 2, 3, 4}), frozenset({3, 4, 5, 6})
    empty = frozenset()
    gold = [{"content": a, "cue": empty, "source": empty}, {"content": b, "cue": empty, "source": empty}]
    pred = [{"content": frozenset({2, 3, 4}), "cue": empty, "source": empty},   # J(a)=0.75, J(b)=0.4
            {"content": frozenset({1, 2, 3, 4}), "cue": empty, "source": empty}]  # J(a)=1.0
    assert greedy_match(gold, pred) == [(0, 1)]  # pred 0 cannot take gold 1 (0.4 < 0.5)
    assert jaccard(a, b) == pytest.approx(2 / 6)
    assert jaccard(empty, empty) == 1.0


def test_match_threshold_is_inclusive():
    half = frozenset({1, 2})
    empty = frozenset()
    g = [{"content": frozenset({1, 2, 3, 4}), "cue": empty, "source": empty}]
    assert greedy_match(g, [{"content": half, "cue": empty, "source": empty}]) == [(0, 0)]
    assert greedy_match(g, [{"content": frozenset({1}), "cue": empty, "source": empty}]) == []


def test_equal_content_ties_are_broken_by_source_and_cue():
    both = [at("the mayor told reporters")]
    gold = [Relation(source=[at("Maria Lopez")], content=both), Relation(source=[at("the memo")], content=both)]
    pred = [Relation(source=[at("the memo")], content=both), Relation(source=[at("Maria Lopez")], content=both)]
    report = score({"doc": (TEXT, gold)}, {"doc": pred})
    assert report["source_accuracy"]["accuracy"] == 1.0


def test_discontinuous_spans():
    text = "The plan, the minister said, is dead."
    content = [at("The plan,", text), at("is dead.", text)]
    gold = {"d": (text, [Relation(source=[at("the minister", text)], cue=[at("said", text)], content=content)])}
    same = Relation(source=[at("the minister", text)], cue=[at("said", text)], content=list(reversed(content)))
    assert score(gold, {"d": [same]})["roles"]["content"]["exact"]["f1"] == 1.0
    half = Relation(source=[at("the minister", text)], cue=[at("said", text)], content=[at("is dead", text)])
    report = score(gold, {"d": [half]})
    assert report["relation"]["f1"] == 1.0  # 2 of 4 content words: Jaccard 0.5
    assert report["roles"]["content"]["exact"]["tp"] == 0
    assert report["roles"]["content"]["token"]["recall"] == 0.5


def test_missing_source_and_cue():
    gold_rel = Relation(content=[at("the builders expect long delays")])
    pred_rel = Relation(cue=[at("According to")], content=[at("the builders expect long delays")])
    report = score({"doc": (TEXT, [gold_rel])}, {"doc": [pred_rel]})
    assert report["source_accuracy"]["accuracy"] == 1.0  # both empty counts as correct
    assert report["roles"]["source"]["exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 0, "pred": 0, "gold": 0}
    cue = report["roles"]["cue"]["exact"]
    assert (cue["tp"], cue["pred"], cue["gold"]) == (0, 1, 0)
    assert report["no_source"]["gold"] == 1 and report["no_source"]["recall"] == 1.0
    assert report["by_cue_lemma"][0]["lemma"] == "(no cue)"


def test_token_scores_use_the_union_over_relations():
    # gold: source tokens {Maria, Lopez} and {the, mayor}; pred: {Lopez} and {mayor, told}
    pred = [Relation(source=[at("Lopez")], content=LOPEZ.content),
            Relation(source=[at("mayor told")], content=MAYOR.content)]
    report = score({"doc": (TEXT, [LOPEZ, MAYOR])}, {"doc": pred})
    tok = report["roles"]["source"]["token"]
    assert (tok["tp"], tok["pred"], tok["gold"]) == (2, 3, 4)
    assert report["source_accuracy"]["correct"] == 1  # Lopez/Maria Lopez 0.5 yes; mayor told/the mayor 1/3 no


def test_missing_and_unknown_documents():
    report = score(GOLD, {"other": [LOPEZ]})
    assert report["relation"]["recall"] == 0.0 and report["relation"]["pred"] == 0
    assert report["ignored_pred_documents"] == ["other"]


def test_breakdowns_by_cue_lemma_and_kind():
    pred = [LOPEZ, Relation(source=[at("the memo")], cue=[at("said")], content=[at("the bridge would reopen")])]
    report = score(GOLD, {"doc": pred})
    rows = {row["lemma"]: row for row in report["by_cue_lemma"]}
    assert rows["say"]["gold"] == 1 and rows["say"]["pred"] == 2
    assert rows["say"]["recall"] == 1.0 and rows["say"]["precision"] == 0.5
    assert rows["tell"]["recall"] == 0.0 and rows["tell"]["precision"] is None
    assert report["by_kind"]["direct"]["gold"] == 1  # the mayor's words are inside quotes
    assert report["by_kind"]["indirect"]["gold"] == 2


def test_content_starting_with_a_quote_mark_is_direct():
    text = "He said “no way” and left."
    rel = Relation(content=[at("“no way", text)])
    assert score({"d": (text, [rel])}, {})["by_kind"]["direct"]["gold"] == 1


@pytest.mark.parametrize("cue, lemma", [
    ("said", "say"), ("says", "say"), ("has said", "say"), ("told", "tell"), ("According to", "according"),
    ("noted", "note"), ("argues", "argue"), ("denied", "deny"), ("claimed", "claim"), ("admitted", "admit"),
    ("didn't say", "say"), (":", ":"), ("pointed out", "point"),
])
def test_cue_lemma(cue, lemma):
    assert cue_lemma(cue) == lemma


def test_lemma_fn_is_pluggable():
    report = score(GOLD, {"doc": [LOPEZ]}, lemma_fn=lambda cue: cue.upper())
    assert {row["lemma"] for row in report["by_cue_lemma"]} == {"SAID", "TOLD", "ACCORDING TO"}


def test_format_report_is_plain_text():
    out = format_report(score(GOLD, {"doc": [LOPEZ]}))
    assert "relation" in out and "source" in out and "cue lemma" in out
    assert "\x1b" not in out
