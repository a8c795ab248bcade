"""`claimscope eval quantities` on tiny gold files written by the test, in both formats it reads."""

from __future__ import annotations

import json

from cli_helpers import explain, run_cli

from claimscope.eval.quantities import Gold, rejection, value_right

LINES = [
    {"text": "The ferry carried 300 passengers 12 miles.", "quantities": [
        {"surface": "300 passengers", "value": 300, "unit": "dimensionless"},
        {"surface": "12 miles", "value": 12, "unit": "mile"}]},
    {"text": "Fares rose by between 5 and 8 percent.", "quantities": [
        {"surface": "between 5 and 8 percent", "low": 5, "high": 8, "unit": "percentage"}]},
]


def test_eval_quantities_scores_a_jsonl_set(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(x) + "\n" for x in LINES), encoding="utf-8")
    proc = run_cli("eval", "quantities", str(gold), "--json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    report = json.loads(proc.stdout)
    assert report["value"]["gold"] == 3 and report["value"]["f1"] == 1.0, report
    assert report["value_unit"]["f1"] == 1.0, report


def test_eval_quantities_reads_quantulum_files_and_leaves_out_years_in_news_reading(tmp_path):
    gold = tmp_path / "quantulum.json"
    gold.write_text(json.dumps([{"req": "The dam was built in 1961 and holds 9 cubic kilometres.", "res": [
        {"value": 1961, "unit": "dimensionless", "surface": "1961"},
        {"value": 9, "unit": "cubic kilometre", "surface": "9 cubic kilometres"}]}]), encoding="utf-8")
    proc = run_cli("eval", "quantities", str(gold), "--news", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    assert "value+unit" in proc.stdout and "a year is a date" in proc.stdout, explain(proc)


def test_a_bad_gold_line_is_a_usage_error(tmp_path):
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"text": "x"}\n', encoding="utf-8")
    proc = run_cli("eval", "quantities", str(gold), cwd=tmp_path)
    assert proc.returncode == 2 and "bad.jsonl:1" in proc.stderr, explain(proc)


def test_value_rules():
    point = Gold(0, 3, "4,000 km", 4000.0, None, None, "kilometre")
    assert value_right({"value": 4000}, point) and value_right({"value": None, "low": None, "high": 4000}, point)
    assert not value_right({"value": None, "low": 3000, "high": 4000}, point)
    span = Gold(0, 3, "3 to 4 L", None, 3.0, 4.0, "litre")
    assert value_right({"value": None, "low": 3, "high": 4}, span) and not value_right({"value": 3.5}, span)


def test_rejections_by_category():
    text = "Voyager 2 flew past in 1979 at 2 pm."
    assert rejection(text, Gold(8, 9, "2", 2.0, None, None, "dimensionless")) == "a number in a name or model code"
    assert rejection(text, Gold(23, 27, "1979", 1979.0, None, None, "dimensionless")).startswith("a year")
    assert rejection("It weighs 3 kg.", Gold(10, 14, "3 kg", 3.0, None, None, "kilogram")) is None


def test_the_halves_split_the_sentences_in_two_fixed_parts():
    from claimscope.eval.quantities import half_of, split

    items = [(f"The parcel weighed {n} kg.", []) for n in range(40)]
    a, b = split(items, "a"), split(items, "b")
    assert len(a) + len(b) == 40 and a and b and split(items, None) == items
    assert all(half_of(t) == "a" for t, _ in a) and half_of(items[0][0]) == half_of(items[0][0])


def test_the_two_levels_of_a_change_are_no_range_a_reader_expects():
    text = "Fares rose from $2 per trip to $3 per trip."
    g = Gold(16, 41, "$2 per trip to $3 per trip", None, 2.0, 3.0, "dollar per trip")
    assert rejection(text, g) == "the two levels of a change, not a range"
    assert rejection("Fares were $2 per trip to $3 per trip.", Gold(11, 36, "$2 per trip to $3 per trip", None, 2.0, 3.0, "dollar")) is None


def test_eval_quantities_scores_one_half(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(x) + "\n" for x in LINES), encoding="utf-8")
    proc = run_cli("eval", "quantities", str(gold), "--half", "b", cwd=tmp_path)
    assert proc.returncode == 0 and "(half b)" in proc.stdout, explain(proc)


def test_unit_names_are_folded_before_they_are_compared():
    from claimscope.eval.quantities import fold_unit

    assert fold_unit("Kilometers per hour") == "kilometre per hour"
    assert fold_unit("percent") == fold_unit("per cent") == "percentage"
    assert fold_unit("square feet") == "square foot" and fold_unit("inches") == "inch"
    assert fold_unit("pound-mass") == "pound" and fold_unit("degrees Celsius") == "degree celsius"
    assert fold_unit("gross") == "gross" and fold_unit("cities") == "city"
    assert fold_unit("baker's dozen") == "baker's dozen"


def test_a_count_is_right_by_its_noun_or_as_dimensionless():
    from claimscope.eval.quantities import unit_right

    count = {"kind": "count", "unit": "people", "canonical_unit": None, "dimension": "count"}
    assert unit_right(count, "dimensionless") and unit_right(count, "person") and unit_right(count, "people")
    assert not unit_right(count, "vehicle")
    officers = {"kind": "count", "unit": "army officers", "canonical_unit": None}
    assert unit_right(officers, "officer") and unit_right(officers, "army officer")
    assert unit_right({"kind": "count", "unit": "troops"}, "us troop")
    bare = {"kind": "count", "unit": None, "canonical_unit": None}
    assert unit_right(bare, "dimensionless") and not unit_right(bare, "person")


def test_a_currency_is_right_without_its_country():
    from claimscope.eval.quantities import unit_right

    yen = {"kind": "money", "canonical_unit": "yen", "dimension": "currency"}
    assert unit_right(yen, "japanese yen") and not unit_right(yen, "yuan")
    sterling = {"kind": "money", "canonical_unit": "pound sterling", "dimension": "currency"}
    assert unit_right(sterling, "pound") and unit_right(sterling, "pound sterling")
    weight = {"kind": "measure", "canonical_unit": "pound", "dimension": "mass"}
    assert unit_right(weight, "pound") and not unit_right(weight, "pound sterling")
