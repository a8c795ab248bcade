"""Coreference metrics and matching, on clusters and documents written for the tests."""

import json

import pytest

from claimscope.eval import coref
from claimscope.eval.coref_metrics import b_cubed, ceaf_e, muc


def _f(parts):
    rn, rd, pn, pd = parts
    r, p = rn / rd, pn / pd
    return 2 * p * r / (p + r)


def test_perfect_response_scores_one():
    key = [{1, 2, 3}, {4, 5}, {6}]
    for metric in (muc, b_cubed, ceaf_e):
        assert _f(metric(key, [set(c) for c in key])) == pytest.approx(1.0)


def test_muc_counts_links():
    # key {a b c d}, response {a b} {c d}: 2 of the 3 links kept; the response's 2 links are both right
    assert muc([{"a", "b", "c", "d"}], [{"a", "b"}, {"c", "d"}]) == (2, 3, 2, 2)


def test_b_cubed_on_a_split_cluster():
    rn, rd, pn, pd = b_cubed([{"a", "b", "c", "d"}], [{"a", "b"}, {"c", "d"}])
    assert (rn / rd, pn / pd) == (0.5, 1.0)


def test_ceaf_e_aligns_one_to_one():
    rn, rd, pn, pd = ceaf_e([{"a", "b"}, {"c"}], [{"a", "b", "c"}])
    assert rn == pytest.approx(0.8) and (rd, pd) == (2, 1)


def _gold(tmp_path):
    text = "Ana Ruiz met the mayor. She said the city council agreed. Ruiz left."
    mentions = [
        (0, 8, 4, 8, "1", "proper", "Ana Ruiz"), (13, 22, 17, 22, "2", "common", "the mayor"),
        (24, 27, 24, 27, "1", "pronoun", "She"), (33, 49, 42, 49, "3", "common", "the city council"),
        (58, 62, 58, 62, "1", "proper", "Ruiz")]
    data = {"text": text, "genre": "news",
            "entities": {"1": {"type": "person", "identity": ""}, "2": {"type": "person", "identity": ""},
                         "3": {"type": "organization", "identity": "City_Council"}},
            "mentions": [{"start": s, "end": e, "head_start": hs, "head_end": he, "entity": ent, "form": form,
                          "text": t} for s, e, hs, he, ent, form, t in mentions]}
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "doc.json").write_text(json.dumps(data))
    return tmp_path


def test_only_named_people_organisations_and_places_are_in_scope(tmp_path):
    gold = coref.load_gold(_gold(tmp_path))[0]
    assert gold.canonical == {"1": "Ana Ruiz"}  # the mayor and the council are never named
    assert [m.form for m in gold.mentions] == ["proper", "pronoun", "proper"]


def test_scores_placement_and_speakers(tmp_path):
    gold = coref.load_gold(_gold(tmp_path))[0]
    doc = {"text": gold.text,
           "actors": [{"id": "a1", "mentions": [{"start": 0, "end": 8}, {"start": 58, "end": 62}]},
                      {"id": "a2", "mentions": [{"start": 24, "end": 27}]}],
           "statements": [{"speaker": {"start": 24, "end": 27, "name": None}}]}
    part = coref.score_document(gold, doc)
    assert part["placement"] == {"proper": [2, 2], "pronoun": [0, 1]}
    assert part["speakers"] == {"pronoun": [0, 1]}
    report = coref.aggregate([part])
    assert report["muc"]["recall"] == 0.5 and report["muc"]["precision"] == 1.0


def test_a_mention_matches_when_it_covers_the_head_inside_the_gold_span():
    g = coref.GoldMention(0, 30, 4, 8, "1", "proper")
    assert coref.match([g], 0, 8) == g
    assert coref.match([g], 9, 12) is None
