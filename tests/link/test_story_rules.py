"""The story rules one at a time: average linkage, the pair similarity and its time window, which features
propose candidates, the date and figure features read from the stored JSON, and the scorers."""

from __future__ import annotations

import random

import pytest

from claimscope.errors import UsageError
from claimscope.eval.stories import adjusted_rand, b_cubed, load
from claimscope.link import story_graph
from claimscope.link.clustering import average_linkage, nearest
from claimscope.link.features import fact_features


def test_average_linkage_does_not_chain_two_groups_through_one_document():
    # 0-1 and 1-2 are close, 0-2 unrelated: connected components would make one group of three
    assert average_linkage(3, [(0, 1, 0.9), (1, 2, 0.8)], 0.5) == [0, 0, 2]
    assert average_linkage(3, [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.3)], 0.5) == [0, 0, 0]


def test_average_linkage_is_the_same_in_any_edge_order():
    rng = random.Random(3)
    edges = [(i, j, round(rng.random(), 2)) for i in range(12) for j in range(i + 1, 12) if rng.random() < 0.4]
    first = average_linkage(12, edges, 0.45)
    for _ in range(5):
        rng.shuffle(edges)
        flipped = [(j, i, s) if rng.random() < 0.5 else (i, j, s) for i, j, s in edges]
        assert average_linkage(12, flipped, 0.45) == first


def test_average_linkage_without_edges_leaves_singletons_and_ignores_bad_nodes():
    assert average_linkage(3, [], 0.1) == [0, 1, 2]
    assert average_linkage(2, [(0, 5, 1.0), (1, 1, 1.0)], 0.1) == [0, 1]
    assert average_linkage(0, [], 0.1) == []


def test_similarity_is_zero_across_the_window_and_symmetric():
    a, b = {"a:1": 0.8, "t:quake": 0.6}, {"a:1": 0.6, "t:quake": 0.8}
    assert story_graph.similarity(a, 100, b, 100 + story_graph.WINDOW_DAYS) == pytest.approx(0.96)
    assert story_graph.similarity(a, 100, b, 101 + story_graph.WINDOW_DAYS) == 0.0
    assert story_graph.similarity(a, None, b, 9999) == story_graph.similarity(b, 9999, a, None)


def test_proposers_are_the_rarest_features_shared_with_others():
    df = {"a:rare": 2, "t:common": 90, "t:own": 1, "a:mid": 10}
    assert story_graph.proposers(dict.fromkeys(df, 1.0), df) == ["a:rare", "a:mid", "t:common"]


def test_dates_and_figures_of_the_text_are_features_relative_dates_are_not():
    js = {"dates": [{"value": "2011-11-11", "relative": None}, {"value": "2008", "relative": None},
                    {"value": "2024-11-04", "relative": {"weekday": "monday"}}, {"value": None}],
          "quantities": [{"value": 23, "unit": "Pirates"}, {"value": 5, "unit": None}, {"value": "x", "unit": "m"}]}
    assert set(fact_features(js)) == {"d:2011-11-11", "y:2008", "q:23:pirates"}
    assert fact_features({}) == {}


def test_window_buckets_cover_the_days_around_a_date():
    day = 739_000
    got = story_graph.window(day)
    assert story_graph.UNDATED in got and story_graph.window(None) is None
    for d in range(day - story_graph.WINDOW_DAYS, day + story_graph.WINDOW_DAYS + 1):
        assert story_graph.bucket(d) in got


def test_b_cubed_and_ari_on_a_split_and_a_merge():
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert b_cubed(gold, gold) == (1.0, 1.0, 1.0) and adjusted_rand(gold, gold) == 1.0
    p, r, f = b_cubed({"a": 1, "b": 2, "c": 3, "d": 3}, gold)         # event x split in two
    assert (p, r) == (1.0, 0.75)
    p, r, f = b_cubed({"a": 1, "b": 1, "c": 1, "d": 1}, gold)         # two events merged
    assert (p, r) == (0.5, 1.0)
    assert adjusted_rand({"a": 1, "b": 1, "c": 1, "d": 1}, gold) == 0.0


def test_gold_files_with_bad_lines_are_named(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "A quake.", "gold_cluster": "q"}\n{"text": "No cluster."}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"gold.jsonl:2: no 'gold_cluster'"):
        load(bad)
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"gold.jsonl:1: bad JSON"):
        load(bad)
    bad.write_text("", encoding="utf-8")
    with pytest.raises(UsageError, match="no documents"):
        load(bad)


def test_nearest_keeps_each_nodes_best_edges_from_either_end():
    edges = [(0, 1, 0.9), (0, 2, 0.5), (0, 3, 0.2), (3, 4, 0.8)]
    # node 0 keeps 0-1; node 3 keeps 3-4; node 2's best is 0-2, kept from its end; 0-3 is nobody's best
    assert nearest(edges, 1) == [(0, 1, 0.9), (0, 2, 0.5), (3, 4, 0.8)]
    assert nearest(edges, 3) == sorted(edges)
