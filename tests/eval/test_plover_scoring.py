"""The PLOVER scorer on records written for the tests: type names of PLOVER 0.5, country codes, pairing, the
seeded split, and clear errors for files that are not PLOVER records."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.errors import UsageError
from claimscope.eval.plover import codes, event_type, load_records, score, split_records


def rec(i, event, source=(), target=(), text=None):
    return {"id": f"r{i}", "text": text or f"Sentence {i}.", "event": event,
            "source": [{"actorText": c, "code": c} for c in source],
            "target": [{"actorText": c, "code": c} for c in target]}


def test_old_type_names_map_to_today_s():
    assert event_type({"event": "DEMAND"}) == "REQUEST"
    assert event_type({"event": "DISAPPROVE"}) == event_type({"event": "INVESTIGATE"}) == "ACCUSE"
    assert event_type({"event": "FIGHT"}) == "ASSAULT"
    assert event_type({"event": ""}) is None and event_type(None) is None


def test_codes_read_lists_strings_and_old_country_codes():
    assert codes({"source": [{"code": "JAP"}, {"code": "usa"}]}, "source") == ["JPN", "USA"]
    assert codes({"target": "IGO"}, "target") == ["IGO"]
    assert codes({"target": ""}, "target") == [] and codes({}, "target") == []


def test_score_counts_type_source_target_and_triple():
    gold = [rec(1, "DEMAND", ["FRA"], ["IRQ"]), rec(2, "AGREE", ["JOR", "GBR"]), rec(3, "ASSAULT", ["ISR"], ["LBN"])]
    pred = [rec(1, "REQUEST", ["FRA"], ["IRQ"]), rec(2, "AGREE", ["GBR"], ["JOR"]), rec(3, "COERCE", ["ISR"])]
    report = score(gold, pred)
    assert report["type"]["correct"] == 2 and report["type"]["accuracy"] == pytest.approx(2 / 3)
    assert report["source"] == {"gold": 3, "correct": 3, "accuracy": 1.0}
    assert report["target"]["gold"] == 2 and report["target"]["correct"] == 1
    # record 2 has no gold target: naming one of gold's other actors (a compound actor) is right
    assert report["triple"]["correct"] == 2
    assert 0 < report["type"]["macro_f1"] < 1


def test_a_gold_record_without_prediction_is_a_miss_and_pairs_fall_back_to_the_text():
    gold = [rec(1, "PROTEST", ["SRB"], text="Crowds marched."), rec(2, "REJECT", ["IRN"])]
    pred = [{**rec(9, "PROTEST", ["SRB"]), "text": "  Crowds   marched. "}]
    report = score(gold, pred)
    assert report["type"]["correct"] == 1 and report["missed"] == 1 and report["predicted"] == 1


def test_repeated_ids_pair_by_id_and_text():
    gold = [rec(1, "AGREE", text="First."), rec(1, "REJECT", text="Second.")]
    pred = [rec(1, "AGREE", text="First."), rec(1, "REJECT", text="Second.")]
    assert score(gold, pred)["type"]["correct"] == 2


def test_the_split_is_seeded_disjoint_and_complete():
    records = [rec(i, "AGREE") for i in range(40)]
    dev, held = split_records(records)
    assert split_records(records) == (dev, held)
    assert {r["id"] for r in dev}.isdisjoint(r["id"] for r in held) and len(dev) + len(held) == 40
    assert len(dev) == 20


def test_load_records_reads_arrays_and_json_lines(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([rec(1, "AGREE")]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(rec(i, "AGREE")) for i in range(3)) + "\n",
                                      encoding="utf-8")
    assert len(load_records(tmp_path / "a.json")) == 1 and len(load_records(tmp_path / "b.jsonl")) == 3


@pytest.mark.parametrize("content, reason", [("{not json", "not JSON"), ("[1, 2]", "JSON object"),
                                             (b"\xff\xfe\x00", "UTF-8")])
def test_load_records_names_the_file_and_the_reason(tmp_path, content, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(UsageError) as err:
        load_records(path)
    assert "bad.json" in str(err.value) and reason in str(err.value)


def test_a_missing_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read"):
        load_records(tmp_path / "none.json")


_TYPES = st.sampled_from(["AGREE", "DEMAND", "FIGHT", "REJECT", "", None])
_CODES = st.lists(st.sampled_from(["USA", "JAP", "IGO", "", "RUS"]), max_size=3)
_RECORD = st.fixed_dictionaries({"id": st.sampled_from(["a", "b", "c"]), "text": st.text(max_size=8),
                                 "event": _TYPES, "source": _CODES.map(lambda cs: [{"code": c} for c in cs]),
                                 "target": st.one_of(st.just(""), _CODES.map(lambda cs: [{"code": c} for c in cs]))})


@settings(max_examples=60, deadline=None)
@given(st.lists(_RECORD, max_size=6), st.lists(_RECORD, max_size=6))
def test_scores_are_ratios_for_any_records(gold, pred):
    report = score(gold, pred)
    for key in ("type", "source", "target", "triple"):
        acc = report[key]["accuracy"]
        assert acc is None or 0.0 <= acc <= 1.0
    assert report["triple"]["correct"] <= report["type"]["correct"]
