"""A SIGKILLed writer leaves only whole documents, and resuming gives the same store as a clean run."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_docs import make_doc

from claimscope.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = Path(__file__).with_name("crash_child.py")
N_DOCS, N_STATEMENTS = 40, 120
DOCS = [make_doc(i, N_STATEMENTS) for i in range(N_DOCS)]


def _child(db: Path, kill_at: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(N_DOCS), str(N_STATEMENTS), str(kill_at)],
        stdout=subprocess.PIPE,
        text=True,
    )


def _assert_only_whole_documents(db: Path) -> set[str]:
    """Every stored document has exactly its statements and mentions, and the FTS indexes agree with the rows."""
    with Store(db) as store:
        ids = store.document_ids()
        order = [d["id"] for d in DOCS]
        assert ids == set(order[: len(ids)]), "stored documents must be a prefix of the added ones"
        for doc in DOCS[: len(ids)]:
            assert store.get_document(doc["id"]) == doc
            assert len(store.statements(document=doc["id"])) == len(doc["statements"])
        conn = store._conn
        assert conn.execute("SELECT count(*) FROM statements").fetchone()[0] == len(ids) * N_STATEMENTS
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(ids) * N_STATEMENTS
        conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return ids


def _snapshot(db: Path) -> dict:
    """Everything a user can read back, minus internal integer ids."""
    with Store(db) as store:
        return {
            "ids": store.document_ids(),
            "docs": [store.get_document(d["id"]) for d in DOCS],
            "statements": store.statements(),
            "actors": [{k: v for k, v in a.items() if k != "id"} for a in store.actors()],
            "stats": store.stats(),
            "search": [(r["id"], r["snippet"]) for r in store.search_documents("vaccines", limit=100)],
        }


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    with Store(db) as store:
        assert store.add_documents(DOCS) == N_DOCS
    return _snapshot(db)


def _resume_and_compare(db: Path, clean: dict) -> None:
    with Store(db) as store:
        before = store.document_ids()
        assert store.add_documents(DOCS) == N_DOCS - len(before)
    assert _snapshot(db) == clean


def test_kill_just_before_commit_loses_only_that_document(tmp_path, clean):
    db = tmp_path / "crash.db"
    kill_at = 7  # the 7th document has all its rows written when the process dies
    proc = _child(db, kill_at)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert len(out.split()) == kill_at - 1
    assert _assert_only_whole_documents(db) == {d["id"] for d in DOCS[: kill_at - 1]}
    _resume_and_compare(db, clean)


def test_kill_at_an_arbitrary_moment(tmp_path, clean):
    db = tmp_path / "crash.db"
    proc = _child(db, 0)
    for _ in range(5):  # let a few documents land, then kill wherever the writer happens to be
        assert proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    stored = _assert_only_whole_documents(db)
    assert 5 <= len(stored) < N_DOCS
    _resume_and_compare(db, clean)


def test_wal_left_behind_by_a_killed_writer_is_recovered(tmp_path):
    db = tmp_path / "crash.db"
    proc = _child(db, 3)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert Path(f"{db}-wal").exists()  # the killed writer never checkpointed
    raw = sqlite3.connect(db)
    try:
        assert raw.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    finally:
        raw.close()
