"""Quantities, events and time expressions in the store: written with the document, queried, upgraded."""

from __future__ import annotations

import sqlite3

import pytest
from store_docs import make_doc

from claimscope.api import analyse_text
from claimscope.store import Store

TEXT = ("The ministry said that Ankara sent 1,200 soldiers to Syria on Monday and plans to deploy 800 by June. "
        "Police arrested 20 protesters in Izmir.")


@pytest.fixture(scope="module")
def analysed():
    return analyse_text(TEXT, published="2024-11-06")


def test_fact_rows_are_stored_with_the_document(store, analysed):
    assert store.add_document(analysed)
    rows = store.events()
    assert len(rows) == len(analysed["events"])
    sent = next(r for r in rows if r["action"] == "sent")
    assert (sent["actor"], sent["recipient"], sent["size"], sent["type"], sent["status"]) == \
        ("Turkey", "Syria", 1200, "MOBILIZE", "done")
    assert sent["date_value"] == "2024-11-04"
    assert sent["cue_text"] == "said" and sent["document_id"] == analysed["id"]
    quantities = store.quantities()
    assert [q["text"] for q in quantities] == [q["text"] for q in analysed["quantities"]]
    deploy = next(q for q in quantities if q["value"] == 800)
    assert (deploy["unit"], deploy["status"], deploy["date_role"]) == ("soldiers", "planned", "deadline")
    assert deploy["source"] and "ministry" in deploy["source"].lower()


def test_event_filters(store, analysed):
    store.add_document(analysed)
    assert {r["action"] for r in store.events(type="coerce")} == {"arrested"}
    assert all("Turkey" in (r["actor"], r["recipient"]) for r in store.events(actor="turk"))
    assert store.events(actor="nobody at all") == []
    assert len(store.events(limit=1)) == 1
    assert store.quantities(unit="PROTESTERS")[0]["value"] == 20


def test_a_failed_document_leaves_no_fact_rows(store, analysed):
    broken = dict(analysed, events=[{"action": "x"}])  # no offsets: not storable
    with pytest.raises(ValueError):
        store.add_document(broken)
    assert store.events() == [] and store.quantities() == []
    assert store.stats()["documents"] == 0


def test_documents_without_facts_still_store(store):
    assert store.add_document(make_doc(1, 2))
    assert store.events() == []


def test_deleting_a_document_deletes_its_facts(tmp_path, analysed):
    path = tmp_path / "d.db"
    with Store(path) as store:
        store.add_document(analysed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("DELETE FROM documents")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM quantities").fetchone()[0] == 0
    conn.close()


def test_a_store_made_before_the_fact_tables_gains_them(tmp_path, analysed):
    path = tmp_path / "old.db"
    with Store(path):
        pass
    conn = sqlite3.connect(path)
    for table in ("quantities", "events", "time_expressions"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.add_document(analysed)
        assert store.events()
