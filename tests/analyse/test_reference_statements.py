"""The reference article's statements (../shared/corpora/seed): every required and stretch one is extracted."""

import json
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "seed"
ARTICLE = SEED / "euromaidan-dprk-troops.txt"
EXPECTED = SEED / "euromaidan-dprk-troops.expected.json"


@pytest.fixture(scope="module")
def reference(nlp):
    if not (ARTICLE.is_file() and EXPECTED.is_file()):
        pytest.skip(f"reference article not found at {ARTICLE}")
    from claimscope.analyse.serialize import doc_to_json

    text = ARTICLE.read_text(encoding="utf-8")
    return doc_to_json(nlp(text))["statements"], json.loads(EXPECTED.read_text(encoding="utf-8"))["statements"]


def _found(statements, item) -> bool:
    return any((st.get("speaker") or {}).get("name", "").casefold() == item["speaker"].casefold()
               and item["content_has"] in st["content"]["text"] for st in statements)


@pytest.mark.parametrize("group", ["required", "stretch"])
def test_reference_statements(reference, group):
    statements, expected = reference
    missing = [f"{m['speaker']!r} ({m['cue']}): {m['content_has']!r}" for m in expected[group]
               if not _found(statements, m)]
    assert not missing, f"missing {group} statements:\n" + "\n".join(missing)


def test_reference_must_not(reference):
    statements, expected = reference
    bad = [(item["content_has"], st["content"]["text"]) for item in expected.get("must_not", [])
           for st in statements if item["content_has"] in st["content"]["text"]]
    assert not bad
