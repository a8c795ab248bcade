"""`claimscope actors` (list, merge, split, overrides) and `claimscope actor NAME` over a store."""

from __future__ import annotations

import csv
import io
import json

from cli_helpers import explain, run_cli

WIRE = [
    {"title": "Budget row", "published": "2005-02-01",
     "text": "Finance Minister Olu Bakare said the budget was fair. Mr Bakare added that taxes would not rise. "
             "Nadia Bakare, a teacher, said schools needed more money."},
    {"title": "Budget vote", "published": "2005-02-03",
     "text": "Olu Bakare said the vote would pass. Lagos said the plan was sound, the Meridian Herald reported."},
    {"title": "Budget passes", "published": "2005-02-05",
     "text": "Mr Bakare said he was delighted with the result."},
]


def test_actor_commands(tmp_path):
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(d) for d in WIRE) + "\n", encoding="utf-8")
    proc = run_cli("analyze", "wire.jsonl", "--db", "s.db", "-q", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)

    proc = run_cli("actors", "--db", "s.db", "--type", "person", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    people = {r["name"]: r for r in json.loads(proc.stdout)}
    assert {"Olu Bakare", "Nadia Bakare"} <= set(people), people
    assert people["Olu Bakare"]["statements"] == 2
    # the third article says only "Mr Bakare"; with two Bakares in the store it is kept apart
    assert people["Bakare"]["statements"] == 1

    proc = run_cli("actors", "--db", "s.db", "--search", "herald", "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["name"] for r in rows] == ["Meridian Herald"] and rows[0]["kind"] == "media"

    proc = run_cli("actor", "olu bakare", "--db", "s.db", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    detail = json.loads(proc.stdout)
    assert detail["name"] == "Olu Bakare"
    assert any(r["role"] == "Finance Minister" and r["published"] == "2005-02-01" for r in detail["roles"])
    assert len(detail["statements_by"]) == 2

    proc = run_cli("actor", "Olu Bakare", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    assert "Olu Bakare" in proc.stdout and "Finance Minister" in proc.stdout

    proc = run_cli("actors", "merge", "Olu Bakare", "Bakare", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    proc = run_cli("actors", "--db", "s.db", "--type", "PERSON", "--format", "json", cwd=tmp_path)
    people = {r["name"]: r for r in json.loads(proc.stdout)}
    assert "Bakare" not in people and people["Olu Bakare"]["statements"] == 3, people
    proc = run_cli("actors", "split", "Olu Bakare", "Bakare", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    proc = run_cli("actors", "overrides", "--db", "s.db", "--format", "json", cwd=tmp_path)
    assert [o["action"] for o in json.loads(proc.stdout)] == ["split"], explain(proc)
    proc = run_cli("actors", "--db", "s.db", "--type", "PERSON", "--format", "json", cwd=tmp_path)
    assert "Bakare" in {r["name"] for r in json.loads(proc.stdout)}


def test_actor_command_errors(tmp_path):
    proc = run_cli("actors", "--db", "missing.db", cwd=tmp_path)
    assert proc.returncode == 2 and "no such store" in proc.stderr, explain(proc)
    (tmp_path / "a.txt").write_text("Title\n\nAna Souza said it rained.\n", encoding="utf-8")
    run_cli("analyze", "a.txt", "--db", "s.db", "-q", cwd=tmp_path)
    proc = run_cli("actor", "Nobody Here", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 2 and "no actor matches" in proc.stderr, explain(proc)
    proc = run_cli("actors", "--db", "s.db", "--type", "ANIMAL", cwd=tmp_path)
    assert proc.returncode == 2, explain(proc)
