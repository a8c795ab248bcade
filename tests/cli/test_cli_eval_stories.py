"""`claimscope eval stories` on a tiny gold file written by the test: two events of one kind, two topics."""

from __future__ import annotations

import json

from cli_helpers import explain, run_cli

DOCS = [
    ("Flood in Marrow Vale", "fl-a", "1",
     "Flood in Marrow Vale\nThe river Dunmere burst its banks in Marrow Vale on 2024-05-02. Mayor Lena Hoss said "
     "300 homes in Marrow Vale were flooded and the Dunmere was still rising."),
    ("Marrow Vale counts flood damage", "fl-a", "1",
     "Marrow Vale counts flood damage\nMayor Lena Hoss said the Dunmere flood of 2024-05-02 reached 300 homes "
     "in Marrow Vale, and volunteers filled sandbags along the Dunmere."),
    ("Tolby chemical plant fire", "fi-b", "2",
     "Tolby chemical plant fire\nA fire destroyed the Kestrel Chemicals plant in Tolby on 2023-09-14. Fire chief "
     "Omar Vance said 40 firefighters fought the blaze at the Kestrel Chemicals site."),
    ("Kestrel Chemicals fire under control", "fi-b", "2",
     "Kestrel Chemicals fire under control\nFire chief Omar Vance said the Tolby blaze at Kestrel Chemicals, "
     "which began on 2023-09-14, was under control after 40 firefighters worked through the night."),
]


def _gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({"title": t, "gold_cluster": c, "topic": topic, "text": x}) + "\n"
                            for t, c, topic, x in DOCS), encoding="utf-8")
    return path


def test_eval_stories_scores_orders_and_folds(tmp_path):
    proc = run_cli("eval", "stories", str(_gold(tmp_path)), "--json", "--db", str(tmp_path / "a.db"), cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    report = json.loads(proc.stdout)
    assert report["documents"] == 4 and len(report["runs"]) == 8   # file order + 3 shuffled, in 1 and 4 passes
    assert "shuffled 2, 4 passes" in report["runs"]
    assert report["spread"] == {"f1": 0.0, "ari": 0.0}
    assert report["runs"]["file order"]["f1"] == 1.0, explain(proc)
    assert len([k for k in report["two_fold"] if k.startswith("tuned")]) == 2
    again = run_cli("eval", "stories", str(_gold(tmp_path)), "--db", str(tmp_path / "a.db"), cwd=tmp_path)
    assert again.returncode == 0 and "spread over the orders" in again.stdout, explain(again)


def test_eval_stories_names_a_bad_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "No cluster here."}\n', encoding="utf-8")
    proc = run_cli("eval", "stories", str(bad), cwd=tmp_path)
    assert proc.returncode == 2 and "bad.jsonl:1: no 'gold_cluster'" in proc.stderr, explain(proc)
