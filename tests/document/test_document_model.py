"""The typed document against its contract, docs/document.schema.json, and its JSON round trip."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from claimscope.document import SCHEMA_DEFS, Actor, Document, Party, Span

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "document.schema.json").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "tests" / "store"))
from store_docs import make_doc  # noqa: E402


@pytest.mark.parametrize("name", sorted(SCHEMA_DEFS))
def test_each_schema_object_has_the_model_fields_in_order(name):
    props = list(SCHEMA["$defs"][name].get("properties", {}))
    fields = list(SCHEMA_DEFS[name].model_fields)
    if name == "party":  # the schema gives a party's name and type and takes the span from `span`
        assert set(props) <= set(fields) and {"text", "start", "end"} <= set(fields)
    else:
        assert fields == props


def test_the_document_has_the_schema_properties_in_order():
    assert list(Document.model_fields) == list(SCHEMA["properties"])


def test_every_required_key_is_a_field():
    for name, model in SCHEMA_DEFS.items():
        assert set(SCHEMA["$defs"][name].get("required", [])) <= set(model.model_fields), name
    assert set(SCHEMA["required"]) <= set(Document.model_fields)


def test_round_trip_keeps_the_json_exactly():
    doc = make_doc(3, 2)
    assert Document.from_json(doc).to_json() == doc
    assert json.dumps(Document.from_json(doc).to_json()) == json.dumps(doc)  # key order too


def test_keys_a_document_leaves_out_stay_out():
    person = Actor(id="a1", name="Ana Ruiz", type="PERSON", kind=None, mentions=[], roles=[], affiliations=[])
    place = Actor(id="a2", name="Portmere", type="GPE", kind=None, mentions=[], roles=[], affiliations=[],
                  country="Portmere", coordinates=None)
    assert "country" not in person.to_json() and "coordinates" not in person.to_json()
    assert place.to_json()["country"] == "Portmere" and place.to_json()["coordinates"] is None
    speaker = Party(text="the ministry", start=0, end=12, name="the ministry", type="ORG")
    assert "actor" not in speaker.to_json()
    assert Party(text="Ana Ruiz", start=0, end=8, name="Ana Ruiz", type="PERSON", actor="a1").to_json()["actor"] == "a1"


def test_numbers_keep_their_type():
    doc = Document.from_json({"id": "x", "quantities": [
        {"text": "5", "start": 0, "end": 1, "kind": "count", "value": 5, "low": 2.5}]})
    q = doc.to_json()["quantities"][0]
    assert type(q["value"]) is int and type(q["low"]) is float


def test_unknown_keys_survive():
    doc = Document.from_json({"id": "x", "text": "", "reviewed_by": "desk"})
    assert doc.to_json()["reviewed_by"] == "desk"


def test_a_span_without_offsets_is_refused():
    with pytest.raises(ValueError):
        Span(text="said")
