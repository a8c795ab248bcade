"""Stories and duplicates on the hand-written multi-article set, and story grouping rules on small stores."""

from __future__ import annotations

from datetime import date, timedelta

from claimscope.link import duplicates, stories
from claimscope.link.run import ensure_link_tables
from claimscope.link.stories import Story, StoryIndex
from claimscope.link.views import story_rows
from claimscope.store import Store


def link(path) -> Store:
    store = Store(path)
    conn = store._db
    ensure_link_tables(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
    duplicates.link_duplicates(conn, ids)
    stories.link_stories(conn, ids)
    return store


def _url_groups(conn, sql) -> set[frozenset]:
    groups: dict = {}
    for key, url in conn.execute(sql):
        groups.setdefault(key, set()).add(url)
    return {frozenset(g) for g in groups.values()}


def test_multi_article_duplicates_and_stories(multi_store, multi_expected):
    with link(multi_store) as store:
        conn = store._db
        dups = _url_groups(conn, "SELECT coalesce(x.canonical_id, d.id), d.url FROM documents d "
                                 "LEFT JOIN document_duplicates x ON x.document_id = d.id")
        expected_dups = {frozenset(g) for g in multi_expected["duplicate_groups"]}
        assert {g for g in dups if len(g) > 1} == expected_dups
        got = _url_groups(conn, "SELECT sd.story_id, d.url FROM story_documents sd JOIN documents d ON d.id = sd.document_id")
        assert got == {frozenset(g) for g in multi_expected["stories"]}
        quake = next(r for r in story_rows(conn) if len(r["members"]) == 5)
        assert (quake["documents"], quake["sources"]) == (5, 3)     # three copies of one wire report count once
        assert (quake["first_seen"], quake["last_seen"]) == ("2025-03-03", "2025-03-05")
        first = next(m for m in quake["members"] if m["copy_of"] is None)
        assert all(m["copy_of"] in (None, first["id"]) for m in quake["members"])


def test_relinking_and_resuming_change_nothing(multi_store):
    with link(multi_store) as store:
        conn = store._db
        snap = lambda: (sorted(conn.execute("SELECT * FROM story_documents")),  # noqa: E731
                        sorted(conn.execute("SELECT id, label, first_seen, last_seen, documents, sources, profile "
                                            "FROM stories")))
        before = snap()
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
        changed = stories.link_stories(conn, ids)          # a resumed pass sees documents it already placed
        assert snap() == before
        assert changed == {r[0] for r in before[0]}


def test_time_window_and_missing_dates():
    s = Story("s", "x", date(2025, 3, 3), date(2025, 3, 5))
    assert s.active_at(date(2025, 3, 9)) and not s.active_at(date(2025, 3, 10))
    assert not s.active_at(date(2025, 2, 26)) and s.active_at(None)
    assert Story("u", "y").active_at(date(2025, 1, 1))


def test_shared_places_alone_do_not_join():
    index = StoryIndex()
    story = Story("s1", "quake")
    index.add(story, {"a:1": 1.0, "a:2": 1.0, "t:quake": 1.0, "t:rubble": 1.0}, None)
    sid, _ = index.best({"a:1": 1.0, "t:final": 1.0, "t:goal": 1.0, "t:match": 1.0}, None)
    assert sid is None
    sid, score = index.best({"a:1": 1.0, "a:2": 1.0, "t:quake": 1.0, "t:hospital": 1.0}, None)
    assert sid == "s1" and score >= stories.JOIN_SCORE


def test_incremental_story_passes_equal_one_pass(multi_store, tmp_path):
    import shutil
    other = tmp_path / "inc.db"
    shutil.copy(multi_store, other)
    with link(multi_store) as store:
        whole = sorted(store._db.execute("SELECT story_id, document_id FROM story_documents"))
    with Store(other) as store:
        conn = store._db
        ensure_link_tables(conn)
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
        for part in (ids[:4], ids[4:7], ids[7:]):
            duplicates.link_duplicates(conn, part)
            stories.link_stories(conn, part)
        assert sorted(conn.execute("SELECT story_id, document_id FROM story_documents")) == whole


def test_candidates_come_from_the_time_window_so_common_names_still_propose():
    index = StoryIndex()
    start = date(2024, 1, 1)
    for i in range(300):              # one politician and party in 300 stories over 600 days: > MAX_POSTINGS
        index.add(Story(f"s{i:03d}", str(i)), {"a:blair": 3.0, "a:labour": 2.0, f"t:x{i}": 1.0, f"t:y{i}": 1.0},
                  start + timedelta(days=2 * i))
    when = start + timedelta(days=300)
    cands = index.candidates({"a:blair": 3.0, "a:labour": 2.0, "t:x150": 1.0}, when)
    assert "s150" in cands and len(cands) <= stories.MAX_CANDIDATES
    assert all(abs((index.stories[c].first - when).days) <= 4 + 2 * stories.BUCKET_DAYS for c in cands)  # its weeks
    sid, score = index.best({"a:blair": 3.0, "a:labour": 2.0, "t:x150": 1.0}, when)
    assert sid == "s150" and score >= stories.JOIN_SCORE
    assert index.best({"a:blair": 3.0, "a:labour": 2.0, "t:x150": 1.0}, when + timedelta(days=30))[0] is None


def test_undated_documents_and_stories_use_the_all_time_index():
    index = StoryIndex()
    index.add(Story("dated", "d"), {"a:1": 1.0, "a:2": 1.0, "t:q": 1.0}, date(2024, 5, 1))
    index.add(Story("undated", "u"), {"a:3": 1.0, "a:4": 1.0, "t:r": 1.0}, None)
    assert index.best({"a:1": 1.0, "a:2": 1.0, "t:q": 1.0}, None)[0] == "dated"
    assert index.best({"a:3": 1.0, "a:4": 1.0, "t:r": 1.0}, date(2025, 1, 1))[0] == "undated"
    index.add(index.stories["undated"], None, date(2025, 1, 1))           # dated now: found only in its window
    assert index.best({"a:3": 1.0, "a:4": 1.0, "t:r": 1.0}, date(2025, 1, 3))[0] == "undated"
    assert index.best({"a:3": 1.0, "a:4": 1.0, "t:r": 1.0}, date(2025, 3, 1))[0] is None
