"""Fuzzed API parameters: every answer is the envelope or data, never a 5xx other than a bounded query."""

from __future__ import annotations

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pytest

TOKEN = "fuzz-token_for.tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PATHS = ("/api/search", "/api/documents", "/api/statements", "/api/actors", "/api/quantities", "/api/events",
         "/api/timeline", "/api/network", "/api/claims", "/api/stories")
NAMES = ("q", "search", "speaker", "actor", "kind", "cue", "date_from", "date_to", "document", "story", "limit",
         "offset", "sort", "contradicted", "unit", "type")
VALUES = st.one_of(st.text(max_size=60), st.integers(-10**12, 10**12).map(str),
                   st.sampled_from(["a*", "* *", '"', "NEAR(a b)", "2025-13-01", "-1", "0", "true", "x" * 600,
                                    " ".join(["a*"] * 40), "\x00", "%", "\\", "'; DROP TABLE x; --"]))


@pytest.fixture(scope="module")
def client(example_store):
    from claimscope.serve.app import create_app

    return TestClient(create_app(example_store, token=TOKEN), raise_server_exceptions=False)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), params=st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=4))
def test_fuzzed_parameters_never_break_the_api(client, path, params):
    r = client.get(path, params=params, headers=AUTH)
    assert r.status_code < 500 or r.json()["error"]["code"] == "query_timeout", (path, params, r.text)
    body = r.json()
    if r.status_code >= 400:
        assert set(body) == {"error"} and body["error"]["status"] == r.status_code
