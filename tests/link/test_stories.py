"""Stories on the hand-written multi-article set and on small hand-built stores: one real-world event per story,
the same stories in any arrival order and over several passes, two events of one kind kept apart."""

from __future__ import annotations

import random
import sqlite3

import pytest
from helpers import doc

from claimscope.eval.stories import assignments, link_in_order
from claimscope.link import duplicates, stories
from claimscope.link.run import ensure_link_tables
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


def _partition(mapping: dict[str, str]) -> set[frozenset]:
    groups: dict = {}
    for d, s in mapping.items():
        groups.setdefault(s, set()).add(d)
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


def test_three_arrival_orders_give_the_same_stories(multi_store_template, tmp_path):
    with sqlite3.connect(multi_store_template) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
    results = []
    for k, order in enumerate((ids, ids[::-1], random.Random(5).sample(ids, len(ids)))):
        results.append(assignments(link_in_order(multi_store_template, tmp_path / f"o{k}.db", order)))
    assert results[0] == results[1] == results[2]          # the same partition and the same story ids


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
        assert conn.execute("SELECT count(*) FROM stories WHERE id NOT IN "
                            "(SELECT story_id FROM story_documents)").fetchone()[0] == 0   # merged ones are gone


# Two earthquakes of one week in one country (different towns, officials, days, tolls and words, as two reports
# of different events are written), each reported over days, and a cup final in the same country on the same
# day: three stories.
KORVALY = ("Earthquake in Korvaly\nA powerful earthquake struck Korvaly on {when}, and rescuers searched the "
           "rubble of the old market through the night. {official} of the {agency} said {toll} people had died "
           "in Korvaly. The earthquake had a magnitude of 6.1; the market quarter of Korvaly was flattened. {extra}")
PELLANDRA = ("Quake hits Pellandra port\nAn earthquake shook the port of Pellandra on {when}, sinking two ferries "
             "and toppling cranes along the harbour. {official}, who leads {agency}, counted {toll} dead in "
             "Pellandra, where divers are searching the harbour. Rescuers cleared rubble from the docks. {extra}")


def _quake(template, town, agency, official, when, toll, day, extra):
    text = template.format(when=when, official=official, agency=agency, toll=toll, extra=extra)
    actors = [_actor(text, town, "LOC"), _actor(text, agency, "ORG"), _actor(text, official, "PERSON"),
              _actor(text, "Freedonia", "GPE")]
    figure = f"{toll} people" if f"{toll} people" in text else f"{toll} dead"
    return doc(text, text.split("\n")[0], day, actors=actors, dates=[_date(text, when)],
               quantities=[{"text": figure, "start": text.find(figure), "end": text.find(figure) + len(figure),
                            "value": toll, "unit": "people"}])


def _date(text, when):
    at = text.find(when)
    return {"text": when, "start": at, "end": at + len(when), "kind": "date", "value": when, "precision": "day"}


def _actor(text, name, type_):
    at = text.find(name)
    return {"name": name, "type": type_, "mentions": [{"text": name, "start": at, "end": at + len(name),
                                                       "form": "proper"}]}


def _events(dated: bool):
    d = (lambda s: s) if dated else (lambda s: None)
    k = ("Korvaly", "Korvaly Relief Agency", "Mira Tosun", "2025-03-03")
    p = ("Pellandra", "Pellandra Civil Defence", "Oren Vasko", "2025-03-05")
    korvaly = [_quake(KORVALY, *k, 40, d("2025-03-03"), "Freedonia sent tents."),
               _quake(KORVALY, *k, 52, d("2025-03-04"), "Aftershocks shook the town on Tuesday."),
               _quake(KORVALY, *k, 61, d("2025-03-06"), "Schools in the town stay closed.")]
    pellandra = [_quake(PELLANDRA, *p, 12, d("2025-03-05"), "Freedonia sent tents."),
                 _quake(PELLANDRA, *p, 14, d("2025-03-06"), "The port reopened on Thursday.")]
    final_text = ("Cup final in Freedonia\nThe cup final in the capital of Freedonia ended 2-1 on 2025-03-04 after "
                  "extra time; the final was watched by 40,000 fans and the winning goal came from a free kick.")
    final = doc(final_text, "Cup final in Freedonia", d("2025-03-04"),
                actors=[_actor(final_text, "Freedonia", "GPE")],
                dates=[_date(final_text, "2025-03-04")])
    return korvaly, pellandra, final


@pytest.mark.parametrize("dated", [True, False], ids=["published", "dates in the text only"])
def test_two_events_of_one_kind_stay_apart_and_one_event_over_days_stays_one(tmp_path, dated):
    korvaly, pellandra, final = _events(dated)
    with Store(tmp_path / "q.db") as store:
        for d in korvaly + pellandra + [final]:
            store.add_document(d)
    with link(tmp_path / "q.db") as store:
        got = _partition(dict(store._db.execute("SELECT document_id, story_id FROM story_documents")))
    assert got == {frozenset(d["id"] for d in korvaly), frozenset(d["id"] for d in pellandra),
                   frozenset([final["id"]])}


def test_a_document_of_another_week_starts_its_own_story(tmp_path):
    korvaly, _, _ = _events(True)
    late = _quake(KORVALY, "Korvaly", "Korvaly Relief Agency", "Mira Tosun", "2025-03-03", 61, "2025-04-20",
                  "A memorial was held.")
    with Store(tmp_path / "w.db") as store:
        for d in korvaly + [late]:
            store.add_document(d)
    with link(tmp_path / "w.db") as store:
        got = _partition(dict(store._db.execute("SELECT document_id, story_id FROM story_documents")))
    assert frozenset([late["id"]]) in got           # dated 45 days later: no edge to the others
