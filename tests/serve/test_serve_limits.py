"""Full-text search is bounded: capped terms and prefix terms (400), a time limit per request's queries (503)."""

from __future__ import annotations

import sqlite3
import time

import pytest
from fastapi.testclient import TestClient

from claimscope.errors import UsageError
from claimscope.store import fts
from claimscope.store.fts import QueryTimeout, fts_query, query_time_limit

TOKEN = "limits-token_for.tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_fts_query_quotes_every_term():
    assert fts_query('port "strike" wag*') == '"port" """strike""" "wag"*'
    assert fts_query("NEAR(a b) OR c:d") == '"NEAR(a" "b)" "OR" "c:d"'
    assert fts_query("*** ...") is None


def test_fts_query_caps_terms_and_prefix_terms():
    assert fts_query("a* b* c*", max_prefix_terms=3) == '"a"* "b"* "c"*'
    with pytest.raises(UsageError, match="at most 3 prefix words"):
        fts_query("a* b* c* d*", max_prefix_terms=3)
    with pytest.raises(UsageError, match="at most 4 words, not 5"):
        fts_query("one two three four five", max_terms=4)


def test_query_time_limit_interrupts_a_long_statement():
    conn = sqlite3.connect(":memory:")
    slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    started = time.perf_counter()
    with pytest.raises(QueryTimeout, match="more than 0.2 s"):
        with query_time_limit(conn, 0.2):
            conn.execute(slow).fetchone()
    assert time.perf_counter() - started < 3
    assert conn.execute("SELECT 1").fetchone() == (1,)  # the handler is gone afterwards


@pytest.fixture()
def client(example_store):
    from claimscope.serve.app import create_app

    return TestClient(create_app(example_store, token=TOKEN))


@pytest.mark.parametrize("q, refusal", [(" ".join(["a*"] * 166), "words"), (" ".join(["a*"] * 20), "prefix words")])
def test_many_prefix_terms_are_refused_at_once(client, q, refusal):
    for path in ("/api/documents", "/api/search", "/api/statements"):
        r = client.get(path, params={"search" if path == "/api/statements" else "q": q}, headers=AUTH)
        assert r.status_code == 400, (path, r.text)
        assert r.json()["error"]["code"] == "invalid_parameter"
        assert f"at most {32 if refusal == 'words' else 8} {refusal}" in r.json()["error"]["message"]


def test_a_query_past_the_time_limit_answers_503_in_the_envelope(example_store, monkeypatch):
    from claimscope.serve.app import create_app

    monkeypatch.setattr(fts, "_PROGRESS_STEPS", 1)
    client = TestClient(create_app(example_store, token=TOKEN, query_timeout=1e-9))
    r = client.get("/api/documents", params={"q": "bridge"}, headers=AUTH)
    assert r.status_code == 503, r.text
    error = r.json()["error"]
    assert error["code"] == "query_timeout" and "was stopped" in error["message"]


def test_store_errors_name_the_store_as_given(example_store, tmp_path, monkeypatch):
    import shutil

    from claimscope.serve.app import create_app

    shutil.copy(example_store, tmp_path / "given.db")
    monkeypatch.chdir(tmp_path)
    client = TestClient(create_app("given.db", token=TOKEN))
    (tmp_path / "given.db").unlink()
    r = client.get("/api/documents", headers=AUTH)
    assert r.status_code == 503
    message = r.json()["error"]["message"]
    assert message.startswith("given.db: ") and str(tmp_path) not in message
