"""The server's whole-store answers (serve/memo.py) are reused while the store is unchanged and recomputed after
any write."""

from __future__ import annotations

import sqlite3

from claimscope.serve import memo


def test_an_answer_is_reused_until_the_store_is_written(tmp_path):
    db = tmp_path / "s.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    memo.clear()
    calls = []

    def count():
        calls.append(1)
        return sqlite3.connect(db).execute("SELECT count(*) FROM t").fetchone()[0]

    assert memo.memoised(str(db), "count", None, count) == 0
    assert memo.memoised(str(db), "count", None, count) == 0
    assert len(calls) == 1
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    assert memo.memoised(str(db), "count", None, count) == 1
    assert len(calls) == 2
    assert memo.memoised(str(db), "count", ("other",), count) == 1  # other arguments: their own answer
    assert len(calls) == 3
    conn.close()


def test_at_most_the_configured_number_of_answers_are_kept(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    memo.clear()
    monkeypatch.setattr(memo, "default", lambda key: 3)
    for i in range(10):
        memo.memoised(str(db), "n", i, lambda i=i: i)
    assert len(memo._answers) == 3
    memo.clear()
