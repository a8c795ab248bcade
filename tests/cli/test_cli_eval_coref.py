"""`claimscope eval coref` on a tiny gold folder written by the test."""

from __future__ import annotations

import json

from cli_helpers import explain, run_cli

TEXT = "Ana Ruiz leads the port authority. She said the harbour would reopen."


def _gold(tmp_path):
    """One document: Ana Ruiz (a name and a pronoun) and the port authority."""
    folder = tmp_path / "gold_set"
    (folder / "text").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    she = TEXT.index("She")
    auth = TEXT.index("the port authority")
    mentions = [
        {"entity": "1", "start": 0, "end": 8, "head_start": 4, "head_end": 8, "text": "Ana Ruiz", "form": "proper"},
        {"entity": "1", "start": she, "end": she + 3, "head_start": she, "head_end": she + 3, "text": "She",
         "form": "pronoun"},
        {"entity": "2", "start": auth, "end": auth + 18, "head_start": auth + 9, "head_end": auth + 18,
         "text": "the port authority", "form": "common"},
    ]
    entities = {"1": {"type": "person", "identity": ""}, "2": {"type": "organization", "identity": ""}}
    (folder / "gold" / "doc1.json").write_text(json.dumps({"text": TEXT, "genre": "news", "entities": entities,
                                                           "mentions": mentions}), encoding="utf-8")
    return folder


def test_eval_coref_prints_the_figures_as_tables(tmp_path):
    proc = run_cli("eval", "coref", str(_gold(tmp_path)), cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    assert "CoNLL F1" in proc.stdout and "placement by form" in proc.stdout, explain(proc)


def test_eval_coref_json_has_the_report_keys(tmp_path):
    proc = run_cli("eval", "coref", str(_gold(tmp_path)), "--json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    report = json.loads(proc.stdout)
    assert report["documents"] == 1
    assert {"muc", "b_cubed", "ceaf_e", "conll_f1", "placement", "speakers", "by_genre"} <= set(report)
    assert report["placement"]["proper"]["total"] == 1  # the unnamed authority is out of scope


def test_eval_coref_on_a_folder_without_gold(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_cli("eval", "coref", str(tmp_path / "empty"), cwd=tmp_path)
    assert proc.returncode == 2, explain(proc)
