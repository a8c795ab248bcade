"""TimeML reading and TempEval-3 scoring of time expressions, on documents written for the tests (no NLP)."""

from __future__ import annotations

import pytest

from claimscope.errors import UsageError
from claimscope.eval.timex import Timex, evaluate, format_report, load_tml_dir, pair, parse_tml, score

TML = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>harbour</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-06" functionInDocument="CREATION_TIME">2024-11-06</TIMEX3></DCT>
<TEXT>Dock workers ended the strike on <TIMEX3 tid="t1" type="DATE" value="2024-11-04">Monday</TIMEX3> after
<EVENT eid="e1">talks</EVENT> of <TIMEX3 tid="t2" type="DURATION" value="PT48H">48 hours</TIMEX3> &amp; more.</TEXT>
</TimeML>"""


def test_the_text_drops_the_tags_and_offsets_index_it():
    doc = parse_tml(TML, "harbour")
    assert doc.dct == "2024-11-06" and doc.text.startswith("Dock workers") and "&" in doc.text
    assert [(doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes] == [
        ("Monday", "DATE", "2024-11-04"), ("48 hours", "DURATION", "PT48H")]


@pytest.mark.parametrize("value", ["19980227", "1998-02-27T08:00:00", "1998-02-27"])
def test_creation_times_are_read_as_days(value):
    xml = (f'<TimeML><DCT><TIMEX3 tid="t0" functionInDocument="CREATION_TIME" value="{value}"/></DCT>'
           "<TEXT>x</TEXT></TimeML>")
    assert parse_tml(xml).dct == "1998-02-27"


def test_a_dct_without_the_creation_time_function_is_read_from_its_element():
    doc = parse_tml("<TimeML><DCT>2020-01-02</DCT><TEXT>nothing</TEXT></TimeML>")
    assert doc.dct == "2020-01-02" and doc.timexes == []


@pytest.mark.parametrize("xml, reason", [("<TimeML><TEXT>open", "not well-formed"), ("<TimeML/>", "no TEXT")])
def test_broken_files_name_the_file_and_the_reason(xml, reason):
    with pytest.raises(ValueError, match=f"bad.tml: {reason}"):
        parse_tml(xml, "bad.tml")


def test_folders_without_tml_files_are_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no .tml files"):
        load_tml_dir(tmp_path)
    (tmp_path / "x.tml").write_text("<TimeML><TEXT>", encoding="utf-8")
    with pytest.raises(UsageError, match="x: not well-formed"):
        load_tml_dir(tmp_path)


def test_pairs_are_one_to_one_strict_first():
    gold = [Timex(0, 6, "DATE", "2024-11-04"), Timex(10, 18, "DURATION", "PT48H")]
    system = [Timex(0, 6, "DATE", "2024-11-04"), Timex(0, 3, "DATE", "X"), Timex(7, 18, "DURATION", "P2D")]
    pairs, strict = pair(gold, system)
    assert strict == 1 and len(pairs) == 2 and (gold[0], system[0]) in pairs


def test_tempeval_scores():
    gold = [Timex(0, 6, "DATE", "2024-11-04"), Timex(10, 18, "DURATION", "PT48H"), Timex(30, 35, "SET", "P1M")]
    system = [Timex(0, 6, "DATE", "2024-11-04"), Timex(7, 18, "DURATION", "P2D"), Timex(40, 44, "DATE", "2024")]
    r = score([(gold, system)])
    assert r["strict"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert r["relaxed"]["f1"] == 0.6667
    assert r["type"]["accuracy"] == 1.0 and r["value"]["accuracy"] == 0.5
    assert r["value"]["precision"] == 0.3333 and r["value"]["recall"] == 0.3333
    assert len(r["errors"]) == 3  # the wrong value, the missed set and the spurious date


def test_nothing_found_scores_zero_without_dividing_by_zero():
    r = score([([Timex(0, 6, "DATE", "2024")], [])])
    assert r["relaxed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0} and r["value"]["accuracy"] == 0.0


def test_evaluate_hands_text_and_creation_time_to_the_extractor(tmp_path):
    (tmp_path / "harbour.tml").write_text(TML, encoding="utf-8")
    seen = []

    def extract(items):
        for name, text, dct in items:
            seen.append((name, dct))
            start = text.index("Monday")
            yield {"dates": [{"text": "Monday", "start": start, "end": start + 6,
                              "timex": {"type": "DATE", "value": "2024-11-04"}}]}

    report = evaluate(tmp_path, extract)
    assert seen == [("harbour", "2024-11-06")]
    assert report["strict"]["precision"] == 1.0 and report["strict"]["recall"] == 0.5
    assert "strict" in format_report(report) and "value" in format_report(report)
