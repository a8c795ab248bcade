"""`claimscope claims`, `contradictions` and `timeline` on the reference article, end to end."""

from __future__ import annotations

import json

import pytest
from cli_helpers import SHARED, run_cli

REFERENCE = SHARED / "corpora" / "seed" / "euromaidan-dprk-troops.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    if not REFERENCE.exists():
        pytest.skip("shared reference article not present")
    cwd = tmp_path_factory.mktemp("claims")
    proc = run_cli("analyze", str(REFERENCE), cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    return cwd


def test_claims_contradictions_and_timeline(store):
    proc = run_cli("claims", "--format", "json", cwd=store)
    assert proc.returncode == 0, proc.stderr
    claims = json.loads(proc.stdout)
    assert claims and all({"id", "text", "sources", "outlets", "speakers", "reports"} <= set(c) for c in claims)
    assert all(r["document"]["id"] for c in claims for r in c["reports"])

    proc = run_cli("claims", "--contradicted", "--format", "json", cwd=store)
    contradicted = json.loads(proc.stdout)
    # only the claims a contradiction is about carry the flag: not "North Korea sent troops", which both
    # sides of the characterisation agree on
    assert all(c["contradicted"] and c["contradictions"] for c in contradicted)
    assert not any(c["kind"] == "event" for c in contradicted)

    proc = run_cli("contradictions", "--format", "json", cwd=store)
    rows = json.loads(proc.stdout)
    kinds = {r["kind"] for r in rows}
    assert "characterisation" in kinds
    row = next(r for r in rows if r["kind"] == "characterisation")
    texts = row["a"]["text"] + " | " + row["b"]["text"]
    assert "elite forces" in texts and "young, inexperienced, malnourished soldiers" in texts
    assert row["a"]["statement"]["speaker"] and row["b"]["statement"]["speaker"]

    proc = run_cli("timeline", "--actor", "korea", "--unit", "soldiers", "--format", "csv", cwd=store)
    assert proc.returncode == 0 and "3000" in proc.stdout and "South Korean intelligence" in proc.stdout

    proc = run_cli("claims", "--actor", "Wall Street", cwd=store)
    assert proc.returncode == 0 and "claim" in proc.stdout.splitlines()[0]


def test_claims_without_a_store(tmp_path):
    proc = run_cli("claims", "--db", "missing.db", cwd=tmp_path)
    assert proc.returncode == 2 and "no such store" in proc.stderr


def test_contradictions_refuses_an_unknown_kind(store):
    proc = run_cli("contradictions", "--kind", "sarcasm", cwd=store)
    assert proc.returncode == 2 and "number, polarity, characterisation" in proc.stderr
