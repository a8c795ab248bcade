"""Calibrated confidence: lookups back off from specific to coarse features, and stay in [0, 1]."""

from claimscope.analyse.statements import confidence


def test_backs_off_to_coarser_keys(monkeypatch):
    monkeypatch.setattr(confidence, "table", lambda: {"verb-comp": [0.8, 500], "verb-comp|direct": [0.95, 100],
                                                      "verb-comp|direct|actor": [0.5, 3]})
    # the most specific key has too few examples, so the next one decides
    assert confidence.calibrated(("verb-comp", "direct", "actor", "high"), 0.1, 20) == 0.95
    assert confidence.calibrated(("verb-comp", "indirect", "none", "low"), 0.1, 20) == 0.8
    assert confidence.calibrated(("headline", "direct", "none", "low"), 0.33, 20) == 0.33


def test_shipped_table_is_probabilities():
    for key, (p, n) in confidence.table().items():
        assert 0.0 <= p <= 1.0 and n >= 0, key


def test_statements_carry_calibrated_confidence(statements_of):
    (s,) = [x for x in statements_of("“We will win,” the coach Ana Ruiz said after the match.") if x["cue"]]
    assert 0.0 < s["confidence"] <= 1.0
