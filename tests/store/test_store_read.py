"""The read path's one query builder: statement, document and actor filters on a small store."""

from __future__ import annotations

import pytest
from store_docs import make_doc

from claimscope.errors import UsageError
from claimscope.store import Store, read, read_actors
from claimscope.store.filters import Filters, statement_query


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("read") / "store.db"
    with Store(path) as store:
        store.add_documents(make_doc(i, 3) for i in range(4))
    c = read.open_readonly(path)
    yield c
    c.close()


def _ids(rows):
    return [r["id"] for r in rows]


def test_one_row_shape_everywhere(conn):
    rows, total = read.select_statements(conn, limit=None)
    assert total == 12 and all(list(r) == list(read.STATEMENT_KEYS) for r in rows)
    some = _ids(rows[:3])
    assert _ids(read.statements_by_ids(conn, some)) == some
    assert read.statements_by_ids(conn, some)[0] == rows[0]


@pytest.mark.parametrize("filters, check", [
    (Filters(speaker="okafor"), lambda r: r["speaker_name"] == "Matt Okafor"),
    (Filters(kind="direct"), lambda r: r["kind"] == "direct"),
    (Filters(cue="SAID"), lambda r: r["cue_text"] == "said"),
    (Filters(search="true"), lambda r: "true" in r["content_text"]),
    (Filters(date_from="2024-01-02", date_to="2024-01-03"), lambda r: "2024-01-02" <= r["published"] <= "2024-01-03"),
    (Filters(publisher="example"), lambda r: r["publisher"] == "Example Times"),
])
def test_statement_filters_keep_only_what_matches(conn, filters, check):
    rows, total = read.select_statements(conn, filters, limit=None)
    assert rows and total == len(rows) and all(check(r) for r in rows)


def test_filters_combine_and_page(conn):
    every, _ = read.select_statements(conn, Filters(search="vaccines"), sort="document", limit=None)
    page, total = read.select_statements(conn, Filters(search="vaccines"), sort="document", limit=2, offset=1)
    assert total == len(every) and _ids(page) == _ids(every[1:3])
    both, _ = read.select_statements(conn, Filters(search="true", speaker="okafor"), limit=None)
    assert {r["id"] for r in both} <= {r["id"] for r in every}


def test_actor_filter_by_id_or_name(conn):
    (actor,), _ = read_actors.select_actors(conn, search="okafor")
    by_id, _ = read.select_statements(conn, Filters(actor=str(actor["id"])), limit=None)
    by_name, _ = read.select_statements(conn, Filters(actor="Okafor"), limit=None)
    assert by_id and _ids(by_id) == _ids(by_name)
    assert read.select_statements(conn, Filters(actor="nobody of that name"))[0] == []


def test_nothing_can_match_without_the_linking_tables(conn):
    assert statement_query(conn, Filters(story="s1")) is None
    assert read.select_statements(conn, Filters(contradicted=True)) == ([], 0)
    assert read.select_statements(conn, Filters(contradicted=False), limit=None)[1] == 12


def test_documents_follow_the_statement_filters(conn):
    docs, total = read.select_documents(conn, Filters(speaker="okafor"), limit=None)
    expected = {r["document_id"] for r in read.select_statements(conn, Filters(speaker="okafor"), limit=None)[0]}
    assert {d["id"] for d in docs} == expected and total == len(docs)
    hits, _ = read.select_documents(conn, query="vaccines", limit=2)
    assert len(hits) == 2 and all(read.SNIPPET_MARKS[0] in h["snippet"] for h in hits)
    assert read.search_documents(conn, "   ") == []


def test_actor_pages_and_listing(conn):
    rows, total = read_actors.select_actors(conn, type="person", limit=None)
    assert total == len(rows) == 2 and {r["type"] for r in rows} == {"PERSON"}
    assert list(rows[0]) == list(read_actors.ACTOR_KEYS)
    listing = read_actors.actor_listing(conn, search="lucia")  # the accent-free form matches too
    assert [a["name"] for a in listing] == ["Ana Lúcia Souza"] and list(listing[0]) == list(read_actors.LISTING_KEYS)
    assert read_actors.select_actors(conn, ids=[]) == ([], 0)


@pytest.mark.parametrize("bad", [dict(kind="rumour"), dict(date_from="2024-13"), dict(date_from="2024-05", date_to="2024-01")])
def test_bad_filters_are_usage_errors(bad):
    with pytest.raises(UsageError):
        Filters(**bad)
