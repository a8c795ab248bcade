"""The quote-sample scorer (eval/speakers.py) on documents and samples written for the tests."""

import json

import pytest
from hypothesis import given, settings, strategies as st

from claimscope.errors import UsageError
from claimscope.eval.speakers import GoldQuote, evaluate, fold, judge, load_sample

TEXT = 'Title\n\n"We will win," said Ana Ruiz. Analysts said the plan would fail.'


def _doc(speaker_a, speaker_b):
    q = TEXT.index('"We')
    r = TEXT.index("the plan")
    return {"text": TEXT, "statements": [
        {"content": {"spans": [[q, q + 14]]}, "speaker": speaker_a},
        {"content": {"spans": [[r, len(TEXT) - 1]]}, "speaker": speaker_b}]}


RUIZ = {"text": "Ana Ruiz", "name": "Ana Ruiz", "type": "PERSON", "actor": "a1", "resolved": True}
ANALYSTS = {"text": "Analysts", "name": "Analysts", "type": "SOURCE", "resolved": False, "kind": "unnamed"}


def test_a_found_quote_with_the_canonical_speaker_is_right():
    q = TEXT.index('"We')
    assert judge(_doc(RUIZ, ANALYSTS), GoldQuote("a.txt", q, q + 14, "Ana Ruiz", "name")) == (True, True, "Ana Ruiz")


def test_a_surname_is_not_the_canonical_name():
    q = TEXT.index('"We')
    surname = {**RUIZ, "name": "Ruiz"}
    assert judge(_doc(surname, ANALYSTS), GoldQuote("a.txt", q, q + 14, "Ana Ruiz", "name"))[1] is False


def test_an_unnamed_source_is_right_only_when_no_actor_is_named():
    start = TEXT.index("Analysts")
    gold = GoldQuote("a.txt", start, len(TEXT), "unnamed: analysts", "unnamed")
    assert judge(_doc(RUIZ, ANALYSTS), gold)[1] is True
    assert judge(_doc(RUIZ, RUIZ), gold)[1] is False


def test_a_quote_no_statement_covers_is_not_found():
    assert judge({"statements": []}, GoldQuote("a.txt", 0, 5, "Ana Ruiz", "name")) == (False, False, None)


def test_names_compare_without_case_accents_or_dots():
    assert fold("J. Varga") == fold("j varga") and fold("Cañón") == fold("Canon")


def test_evaluate_reports_recall_and_accuracy_by_form_and_half(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    q, r = TEXT.index('"We'), TEXT.index("Analysts")
    rows = [{"file": "a.txt", "start": q, "end": q + 14, "speaker": "Ana Ruiz", "form": "name", "half": "dev"},
            {"file": "a.txt", "start": r, "end": len(TEXT), "speaker": "unnamed: analysts", "form": "unnamed",
             "half": "held"},
            {"file": "a.txt", "start": 0, "end": 5, "speaker": "none", "form": "none", "half": "held"}]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(json.dumps(x) for x in rows), encoding="utf-8")
    report = evaluate(sample, tmp_path, lambda items: [_doc(RUIZ, ANALYSTS) for _ in items])
    assert (report["quotes"], report["found"], report["right"]) == (2, 2, 2)
    assert set(report["by_form"]) == {"name", "unnamed"} and set(report["by_half"]) == {"dev", "held"}
    assert evaluate(sample, tmp_path, lambda items: [_doc(RUIZ, ANALYSTS) for _ in items], "dev")["quotes"] == 1


def test_a_sample_naming_a_missing_article_is_a_usage_error(tmp_path):
    sample = tmp_path / "s.jsonl"
    sample.write_text(json.dumps({"file": "x.txt", "start": 0, "end": 1, "speaker": "A", "form": "name"}))
    with pytest.raises(UsageError, match="no such article x.txt"):
        evaluate(sample, tmp_path, lambda items: [])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.dictionaries(st.sampled_from(
    ["file", "start", "end", "speaker", "form", "half"]), st.one_of(st.integers(0, 99), st.text(max_size=5)))),
    max_size=5))
def test_any_sample_file_loads_or_names_the_bad_line(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("s") / "s.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines), encoding="utf-8")
    try:
        quotes = load_sample(path)
    except UsageError as err:
        assert str(path) in str(err)
    else:
        assert all(isinstance(q, GoldQuote) for q in quotes)
