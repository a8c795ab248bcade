"""The third hand-written article set: no non-contradiction flagged (a past flood, a part of a count, a copied
wire report with a mistyped number, rejected calls, dismissed questions, last year's crowd), and every
contradiction found but the cup-final crowd, whose two short reports the story step keeps apart (claims are
compared within a story)."""

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

    with Store(tmp_path_factory.mktemp("contra3") / "claimscope.db") as st:
        analyse_into(st, [str(DATA / "contradiction_sets3.jsonl")])
        link_store(st)
        rows = scorer.flags(contradiction_rows(st._db), None, "sets3")
    return scorer.recall(rows, json.loads((DATA / "contradiction_expected3.json").read_text()))


def test_third_set_flags_no_non_contradiction(result):
    assert result["flagged_non_contradictions"] == []


def test_third_set_finds_its_contradictions_but_the_crowd_of_two_stories(result):
    assert [m["a_has"] for m in result["missed"]] == ["in front of 41,000 fans"]
