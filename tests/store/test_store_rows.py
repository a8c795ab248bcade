"""Row building from the typed document: pure functions, checked without a database."""

from __future__ import annotations

import json

from claimscope.document import Document
from claimscope.store import rows

TEXT = "Ana Ruiz said the port would close. The ministry said 300 jobs go by May."


def _doc() -> Document:
    return Document.from_json({
        "id": "d1", "source": {"path": "in/a.txt"}, "title": "Port", "published": "2024-05-02",
        "publisher": "Example Times", "author": None, "text": TEXT,
        "statements": [
            {"id": "s1", "kind": "indirect",
             "speaker": {"text": "Ana Ruiz", "start": 0, "end": 8, "name": "Ana Ruiz", "type": "PERSON", "actor": "a1"},
             "cue": {"text": "said", "start": 9, "end": 13},
             "content": {"text": "the port would close", "spans": [[14, 34]]},
             "addressee": None, "confidence": 0.8},
            {"id": "s2", "kind": "indirect",
             "speaker": {"text": "The ministry", "start": 36, "end": 48, "name": "the ministry", "type": None},
             "cue": None, "content": {"text": "300 jobs … May", "spans": [[54, 62], [69, 72]]},
             "addressee": None, "confidence": 1},
        ],
        "actors": [{"id": "a1", "name": "Ana Ruiz", "type": "PERSON",
                    "mentions": [{"text": "Ana Ruiz", "start": 0, "end": 8}], "roles": []},
                   {"name": "the ministry", "type": "ORG", "mentions": [], "roles": []}],
        "quantities": [{"text": "300 jobs", "start": 54, "end": 62, "kind": "count", "value": 300, "unit": "jobs",
                        "approximate": False, "change": {"direction": "decrease"}, "statement": "s2",
                        "date": {"text": "May", "start": 69, "end": 72, "value": "2024-05", "role": "deadline"}}],
        "events": [{"start": 63, "end": 65, "action": "go", "lemma": "go", "size": 300, "statement": "s2"}],
        "dates": [{"text": "May", "start": 69, "end": 72, "kind": "date", "value": "2024-05"}],
    })


def test_document_row():
    assert rows.document_row(_doc(), b"blob", "2024-06-01T00:00:00+00:00") == (
        "d1", "in/a.txt", None, "Port", "2024-05-02", "Example Times", None, TEXT, b"blob",
        "2024-06-01T00:00:00+00:00")


def test_statement_rows_take_party_ids_from_the_linked_actors():
    ids = {"a1": 7, ("the ministry", "ORG"): 9}  # the untyped speaker borrows its actor's type
    first, second = rows.statement_rows(_doc(), ids)
    assert first[:7] == ("s1", "d1", "indirect", "Ana Ruiz", 0, 8, 7)
    assert first[7:10] == ("said", 9, 13)
    assert json.loads(first[11]) == [[14, 34]] and first[12:14] == (14, 34)
    assert second[6] == 9 and second[7:10] == (None, None, None)
    assert second[12:14] == (54, 72)  # first start, last end of all fragments
    assert second[-1] == 1.0 and isinstance(second[-1], float)


def test_mention_rows_use_local_ids_and_positions():
    assert rows.mention_rows(_doc(), {"a1": 7, "_1": 9}) == [("d1", 7, 0, 8, "Ana Ruiz")]
    assert rows.local_id(1, None) == "_1" and rows.local_id(0, "a1") == "a1"


def test_fact_rows():
    (q,) = rows.quantity_rows(_doc())
    assert q[:6] == ("d1", 0, "300 jobs", 54, 62, "count")
    assert q[6] == 300.0 and q[11] == 0 and q[13] == "decrease" and q[16] == "s2"
    assert q[-3:] == ("May", "2024-05", "deadline")
    (e,) = rows.event_rows(_doc())
    assert e[:7] == ("d1", 0, 63, 65, None, "go", "go") and e[13] == 300.0 and e[17] == "s2"
    assert e[10:13] == (None, None, None)
    assert rows.time_rows(_doc()) == [("d1", "May", 69, 72, "date", "2024-05", None, None)]


def test_party_without_a_name_has_no_actor():
    doc = _doc()
    assert rows.party_actor_id(None, {}, {}) is None
    assert rows.party_key(doc.statements[1].speaker, rows.document_types(doc)) == ("the ministry", "ORG")


def test_an_unresolved_speaker_is_no_actor():
    from claimscope.document import Party
    from claimscope.store.rows import party_actor_id, party_key

    they = Party(text="They", start=0, end=4, name=None, resolved=False)
    analysts = Party(text="analysts", start=0, end=8, name="analysts", resolved=False)
    assert party_key(they, {}) is None and party_key(analysts, {}) is None
    assert party_actor_id(analysts, {}, {("analysts", ""): 7}) is None
