"""Store round trip, idempotence, pragmas, schema checks and bad files."""

from __future__ import annotations

import copy
import sqlite3

import pytest
from store_docs import make_doc

from claimscope.errors import StoreError
from claimscope.store import SCHEMA_VERSION, Store


def test_round_trip(store):
    doc = make_doc(1)
    assert not store.has_document(doc["id"])
    assert store.add_document(doc) is True
    assert store.has_document(doc["id"])
    assert store.document_ids() == {doc["id"]}
    assert store.get_document(doc["id"]) == doc
    assert store.get_document("nope") is None
    assert store.stats() == {"documents": 1, "statements": 3, "actors": 3, "mentions": 3}


def test_round_trip_keeps_odd_text_exactly(store):
    doc = make_doc(2)
    doc["text"] += " \ud800 lone surrogate, NUL \x00, emoji 😀, RTL مرحبا"
    doc["title"] = "Tïtle \udfff"
    doc["extra"] = {"nested": [1, 2.5, None, True]}
    assert store.add_document(doc)
    assert store.get_document(doc["id"]) == doc
    assert store.search_documents("surrogate")[0]["id"] == doc["id"]


def test_re_adding_is_a_no_op(store):
    docs = [make_doc(i) for i in range(4)]
    assert store.add_documents(docs[:2]) == 2
    before = store.stats()
    changed = copy.deepcopy(docs[0])
    changed["title"] = "something else"
    assert store.add_document(changed) is False
    assert store.get_document(docs[0]["id"]) == docs[0]
    assert store.stats() == before
    assert store.add_documents(docs) == 2
    assert store.stats()["documents"] == 4


def test_reopen_keeps_data(tmp_path):
    db = tmp_path / "s.db"
    doc = make_doc(3)
    with Store(db) as store:
        store.add_document(doc)
    with Store(str(db)) as store:
        assert store.get_document(doc["id"]) == doc


def test_pragmas(store, tmp_path):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    raw = sqlite3.connect(tmp_path / "test.db")
    try:  # WAL is a property of the file, not just of our connection
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    finally:
        raw.close()


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    raw = sqlite3.connect(db)
    raw.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_other_sqlite_database_is_refused(tmp_path):
    db = tmp_path / "other.db"
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE t(x)")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="not a claimscope store"):
        Store(db)


@pytest.mark.parametrize("content", [b"hello, this is not a database\n" * 50, b"SQLite format 3\x00" + b"\xff" * 200])
def test_non_sqlite_file_is_refused(tmp_path, content):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a claimscope store"):
        Store(path)
    assert path.read_bytes() == content


def test_unopenable_path(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path)  # a directory
    with pytest.raises(StoreError):
        Store(tmp_path / "missing" / "dir" / "s.db")


def test_closed_store_raises_store_error(tmp_path):
    store = Store(tmp_path / "s.db")
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.stats()


def test_malformed_document_writes_nothing(store):
    doc = make_doc(5)
    del doc["statements"][1]["content"]
    with pytest.raises(ValueError):
        store.add_document(doc)
    assert store.stats() == {"documents": 0, "statements": 0, "actors": 0, "mentions": 0}
    with pytest.raises(ValueError):
        store.add_document({"text": "no id"})


def test_duplicate_statement_id_rolls_back(store):
    doc = make_doc(6)
    doc["statements"][1]["id"] = doc["statements"][0]["id"]
    with pytest.raises(ValueError):
        store.add_document(doc)
    assert not store.has_document(doc["id"])
    assert store.stats()["statements"] == 0
