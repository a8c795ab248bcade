"""Incremental story passes: within one refresh epoch a pass recomputes only the neighbour lists its documents
could enter and clusters again only the parts of the graph they touched, with the result of recomputing
everything against the same frequencies; a full refresh (`full=True`, or growth past the tolerance) gives the
stories of one pass."""

from __future__ import annotations

import random
import shutil

import pytest
from test_stories import _partition
from test_story_order import _analysed, _filler

from claimscope.link import stories
from claimscope.link.run import ensure_link_tables
from claimscope.store import Store


def _state(conn) -> tuple[set, set]:
    lists = set(conn.execute("SELECT document_id, other, similarity FROM story_neighbours"))
    return lists, _partition(dict(conn.execute("SELECT document_id, story_id FROM story_documents")))


def _grown(tmp_path):
    path, ids = _analysed(tmp_path)
    extra = [_filler(k) for k in range(8, 20)]              # more reports sharing towns and topics
    with Store(path) as store:
        for d in extra:
            store.add_document(d)
    return path, ids + [d["id"] for d in extra]


@pytest.fixture
def one_epoch(monkeypatch):
    """Every pass after the first stays in the first pass's epoch (no full refresh)."""
    monkeypatch.setattr(stories, "INCREMENTAL_MIN", 0)
    monkeypatch.setattr(stories, "REFRESH_GROWTH", 100.0)


def _link(path, work, first, rest, *, full_at_end=False):
    shutil.copy(path, work)
    with Store(work) as store:
        conn = store._db
        ensure_link_tables(conn)
        stories.link_stories(conn, first)
        for d in rest:                                       # one pass per new document
            stories.link_stories(conn, [d])
        if full_at_end:
            stories.link_stories(conn, [], full=True)
        got = _state(conn)
        epoch = conn.execute("SELECT value FROM story_state WHERE key = 'epoch'").fetchone()[0]
        # everything again against the same frequencies: every list recomputed, every document clustered
        conn.execute("UPDATE story_features SET linked = 0")
        conn.execute("INSERT OR IGNORE INTO story_dirty(document_id) SELECT document_id FROM story_features")
        stories.consolidate(conn, [])
        again = _state(conn)
        assert conn.execute("SELECT value FROM story_state WHERE key = 'epoch'").fetchone()[0] == epoch
    return got, again


def test_incremental_passes_equal_recomputing_everything_in_the_epoch(tmp_path, one_epoch):
    path, ids = _grown(tmp_path)
    first, rest = ids[:8], ids[8:]
    results = []
    for k in range(3):
        order = random.Random(k).sample(rest, len(rest))
        got, again = _link(path, tmp_path / f"w{k}.db", first, order)
        assert got == again, f"order {k}"
        results.append(got[1])
    assert results[0] == results[1] == results[2]             # any order of the later documents
    assert len(results[0]) < len(ids)


def test_a_pass_marks_only_the_lists_a_new_document_could_enter(tmp_path, one_epoch):
    path, ids = _grown(tmp_path)
    shutil.copy(path, tmp_path / "w.db")
    with Store(tmp_path / "w.db") as store:
        conn = store._db
        ensure_link_tables(conn)
        stories.link_stories(conn, ids[:-1])
        stories.link_stories(conn, ids[:-1])                 # nothing new: nothing marked, nothing to cluster
        assert conn.execute("SELECT count(*) FROM story_dirty").fetchone()[0] == 0
        conn.execute("CREATE TEMP TRIGGER seen AFTER UPDATE OF linked ON story_features WHEN NEW.linked = 0 "
                     "BEGIN INSERT INTO marked VALUES (NEW.document_id); END")
        conn.execute("CREATE TEMP TABLE marked(document_id TEXT)")
        stories.link_stories(conn, ids[-1:])
        marked = {r[0] for r in conn.execute("SELECT document_id FROM marked")}
        assert 0 < len(marked) < len(ids) - 1                # some earlier lists, not all of them


def test_a_full_refresh_gives_the_stories_of_one_pass(tmp_path, one_epoch):
    path, ids = _grown(tmp_path)
    whole, _ = _link(path, tmp_path / "one.db", ids, [])
    got, _ = _link(path, tmp_path / "inc.db", ids[:6], ids[6:], full_at_end=True)
    assert got[1] == whole[1] and got[0] == whole[0]


def test_growth_past_the_tolerance_refreshes_every_list(tmp_path, monkeypatch):
    monkeypatch.setattr(stories, "INCREMENTAL_MIN", 0)
    monkeypatch.setattr(stories, "REFRESH_GROWTH", 0.5)
    path, ids = _grown(tmp_path)
    shutil.copy(path, tmp_path / "w.db")
    with Store(tmp_path / "w.db") as store:
        conn = store._db
        ensure_link_tables(conn)
        epoch = lambda: conn.execute("SELECT value FROM story_state WHERE key = 'epoch'").fetchone()[0]  # noqa: E731
        stories.link_stories(conn, ids[:10])
        stories.link_stories(conn, ids[10:14])              # 14 <= 10 * 1.5: the same epoch
        assert epoch() == 1
        stories.link_stories(conn, ids[14:16])              # 16 > 15: a full refresh
        assert epoch() == 2
        assert conn.execute("SELECT value FROM story_state WHERE key = 'ref_n'").fetchone()[0] == 16


def test_a_region_too_large_to_walk_is_read_whole_with_the_same_result(tmp_path, one_epoch, monkeypatch):
    from claimscope.link import story_region

    path, ids = _grown(tmp_path)
    first, rest = ids[:8], ids[8:]
    walked, _ = _link(path, tmp_path / "walk.db", first, rest)
    monkeypatch.setattr(story_region, "REGION_LIMIT", 0)    # every region falls back to the whole graph
    whole, _ = _link(path, tmp_path / "whole.db", first, rest)
    assert walked == whole
