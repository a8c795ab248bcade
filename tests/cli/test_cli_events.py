"""`claimscope events` over a store: filters, formats and the missing-store error."""

from __future__ import annotations

import csv
import io
import json

from cli_helpers import explain, run_cli

WIRE = [
    {"title": "Troops", "published": "2024-11-06",
     "text": "The ministry said Ankara had sent 1,200 soldiers to Syria on Monday. "
             "Police arrested 20 protesters in Izmir on Tuesday."},
    {"title": "Shop", "text": "The bakery sold 300 cakes in Leeds."},
]


def test_events_command(tmp_path):
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(d) for d in WIRE) + "\n", encoding="utf-8")
    proc = run_cli("analyze", "wire.jsonl", "--db", "s.db", "-q", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)

    proc = run_cli("events", "--db", "s.db", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    rows = json.loads(proc.stdout)
    sent = next(r for r in rows if r["action"] == "sent")
    assert (sent["actor"], sent["recipient"], sent["size"], sent["type"]) == ("Turkey", "Syria", 1200, "MOBILIZE")
    assert sent["date_value"] == "2024-11-04" and sent["source"]

    proc = run_cli("events", "--db", "s.db", "--type", "COERCE", "--format", "jsonl", cwd=tmp_path)
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["action"] for r in lines] == ["arrested"]

    proc = run_cli("events", "--db", "s.db", "--actor", "turkey", "--format", "csv", cwd=tmp_path)
    table = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert table and all("Turkey" in (r["actor"], r["recipient"]) for r in table)

    proc = run_cli("events", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0 and "2 events" in proc.stdout

    proc = run_cli("events", "--db", "missing.db", cwd=tmp_path)
    assert proc.returncode == 2 and "no such store" in proc.stderr
