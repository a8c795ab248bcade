"""The fourth hand-written article set (contradiction_sets4.jsonl, scored once before any rule was changed for
it: 3 of 6 found): every contradiction found (one accident played down and called among the worst, two counts
of the injured, two crowd figures, two denials, two descriptions of one tax) and no non-contradiction flagged (an
earlier collision, a part of a count, another derailment, two polls, rejected calls and demands, a copied wire
report, "did not rule out")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.eval import contradictions as scorer

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    from claimscope.api import analyse_into
    from claimscope.link import link_store
    from claimscope.link.views import contradiction_rows
    from claimscope.store import Store

    with Store(tmp_path_factory.mktemp("contra4") / "claimscope.db") as st:
        analyse_into(st, [str(DATA / "contradiction_sets4.jsonl")])
        link_store(st)
        rows = scorer.flags(contradiction_rows(st._db), None, "sets4")
    return scorer.recall(rows, json.loads((DATA / "contradiction_expected4.json").read_text()))


def test_fourth_set_flags_no_non_contradiction(result):
    assert result["flagged_non_contradictions"] == []


def test_fourth_set_finds_every_contradiction(result):
    assert result["missed"] == []
