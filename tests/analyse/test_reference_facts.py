"""The reference article: its required quantities and events, with status and source."""

import json
from pathlib import Path

import pytest

from claimscope.api import analyse_text

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "seed"
ARTICLE = SEED / "euromaidan-dprk-troops.txt"
EXPECTED = SEED / "euromaidan-dprk-troops.expected.json"

pytestmark = pytest.mark.skipif(not EXPECTED.exists(), reason="shared seed corpus not available")

_STATUS = {"reported as done": "done", "planned": "planned"}


@pytest.fixture(scope="module")
def analysed():
    return analyse_text(ARTICLE.read_text(encoding="utf-8"), path=str(ARTICLE))


def _required(section):
    if not EXPECTED.exists():
        return []
    return json.loads(EXPECTED.read_text(encoding="utf-8"))[section]["required"]


@pytest.mark.parametrize("want", _required("quantities"), ids=lambda w: w["text_has"])
def test_required_quantities(analysed, want):
    found = [q for q in analysed["quantities"] if want["text_has"] in q["text"] and q["value"] == want["value"]]
    assert len(found) == 1, analysed["quantities"]
    got = found[0]
    assert got["unit"] == want["unit"]
    assert got["actor"] == want["actor"]
    assert got["status"] == _STATUS[want["status"]]
    assert got["source"] == want["source"]
    if "by" in want:
        assert got["date"]["text"] == want["by"] and got["date"]["role"] == "deadline"


@pytest.mark.parametrize("want", _required("events"), ids=lambda w: w["action_has"])
def test_required_events(analysed, want):
    found = [e for e in analysed["events"] if want["action_has"] in e["action"] and e["actor"] == want["actor"]]
    assert found, analysed["events"]
    got = found[0]
    for key in ("recipient", "location", "size", "status"):
        if key in want:
            assert got[key] == want[key], key
    if "what" in want:
        assert got["what"] == want["what"]
    assert got["statement"] is not None and got["source"]
