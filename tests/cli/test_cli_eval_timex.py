"""`claimscope eval timex` on a TimeML folder written by the test, and `export --format timeml` from a store."""

from __future__ import annotations

import json

from cli_helpers import explain, run_cli

TML = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML><DOCID>port</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-06" functionInDocument="CREATION_TIME">2024-11-06</TIMEX3></DCT>
<TEXT>The port of Brennick reopened on <TIMEX3 tid="t1" type="DATE" value="2024-11-04">Monday</TIMEX3> after \
talks that lasted <TIMEX3 tid="t2" type="DURATION" value="PT48H">48 hours</TIMEX3>.</TEXT></TimeML>"""


def test_eval_timex_scores_the_folder(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "port.tml").write_text(TML, encoding="utf-8")
    proc = run_cli("eval", "timex", str(tmp_path / "gold"), "--json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    report = json.loads(proc.stdout)
    assert report["documents"] == 1 and report["gold"] == 2
    assert report["value"]["recall"] == 1.0, report["errors"]
    table = run_cli("eval", "timex", str(tmp_path / "gold"), "--errors", cwd=tmp_path)
    assert table.returncode == 0 and "relaxed" in table.stdout, explain(table)


def test_eval_timex_refuses_a_folder_without_tml(tmp_path):
    proc = run_cli("eval", "timex", str(tmp_path), cwd=tmp_path)
    assert proc.returncode == 2 and "no .tml files" in proc.stderr, explain(proc)


def test_export_timeml_from_an_analysed_store(tmp_path):
    article = tmp_path / "port.txt"
    article.write_text("Port reopens\nThe port of Brennick reopened on Monday after talks.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli("analyze", str(article), "--db", str(db), "--no-link", cwd=tmp_path).returncode == 0
    proc = run_cli("export", "--format", "timeml", "--out", str(tmp_path / "tml"), "--db", str(db), cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    files = list((tmp_path / "tml").glob("*.tml"))
    assert len(files) == 1 and "<TIMEX3" in files[0].read_text(encoding="utf-8")
