"""`claimscope eval plover` and `claimscope export --format plover` on sentences written for the tests: the
exported records read back into the scorer."""

from __future__ import annotations

import json

from cli_helpers import explain, run_cli

GOLD = [
    {"id": "t1", "text": "Canada deployed 300 troops to Latvia on Monday.", "event": "MOBILIZE",
     "source": [{"actorText": "Canada", "code": "CAN"}], "target": [{"actorText": "Latvia", "code": "LVA"}]},
    {"id": "t2", "text": "The Kremlin condemned Polish officials on Tuesday.", "event": "DISAPPROVE",
     "source": [{"actorText": "the Kremlin", "code": "RUS", "sector": "GOV"}],
     "target": [{"actorText": "Polish officials", "code": "POL", "sector": "GOV"}]},
]


def _gold(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def test_eval_plover_analyses_the_gold_sentences(tmp_path):
    proc = run_cli("eval", "plover", str(_gold(tmp_path)), "--json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    report = json.loads(proc.stdout)
    assert report["sentences"] == 2 and report["half"] == "all"
    assert report["type"]["accuracy"] == 1.0  # DISAPPROVE is today's ACCUSE
    assert report["source"]["accuracy"] == 1.0 and report["target"]["accuracy"] == 1.0


def test_exported_records_read_back_into_the_scorer(tmp_path):
    text = tmp_path / "news.txt"
    text.write_text("Two events\n" + " ".join(g["text"] for g in GOLD) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli("analyze", str(text), "--db", str(db), "--no-link", cwd=tmp_path).returncode == 0
    out = tmp_path / "records.jsonl"
    proc = run_cli("export", "--format", "plover", "--db", str(db), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["event"] for r in recs] == ["MOBILIZE", "ACCUSE"]
    proc = run_cli("eval", "plover", str(_gold(tmp_path)), "--predicted", str(out), cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    assert "triple" in proc.stdout and "2 with a predicted event" in proc.stdout, explain(proc)


def test_eval_plover_names_a_broken_gold_file(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text("{oops", encoding="utf-8")
    proc = run_cli("eval", "plover", str(bad), cwd=tmp_path)
    assert proc.returncode == 2 and "gold.json" in proc.stderr and "not JSON" in proc.stderr, explain(proc)
