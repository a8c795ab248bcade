"""Statement, document and actor queries, including hostile search input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_docs import make_doc

from claimscope.store import Store
from claimscope.store.read import STATEMENT_KEYS


@pytest.fixture
def filled(store):
    store.add_documents(make_doc(i, 4) for i in range(3))
    return store


def test_statement_rows_carry_document_and_speaker(filled):
    doc = make_doc(0, 4)
    rows = filled.statements(document=doc["id"])
    assert [r["id"] for r in rows] == [s["id"] for s in doc["statements"]]
    row, src = rows[0], doc["statements"][0]
    assert isinstance(row["speaker_actor_id"], int)
    assert list(row) == list(STATEMENT_KEYS)
    assert row == {
        "id": src["id"],
        "document_id": doc["id"],
        "title": doc["title"],
        "path": doc["source"]["path"],
        "url": doc["source"]["url"],
        "published": doc["published"],
        "publisher": doc["publisher"],
        "kind": "direct",
        "speaker_text": src["speaker"]["text"],
        "speaker_name": src["speaker"]["name"],
        "speaker_type": src["speaker"]["type"],
        "speaker_actor_id": row["speaker_actor_id"],
        "speaker_start": src["speaker"]["start"],
        "speaker_end": src["speaker"]["end"],
        "cue_text": "said",
        "cue_start": src["cue"]["start"],
        "cue_end": src["cue"]["end"],
        "content_text": src["content"]["text"],
        "content_spans": src["content"]["spans"],
        "addressee_text": None,
        "addressee_name": None,
        "addressee_type": None,
        "addressee_actor_id": None,
        "confidence": 0.9,
        "start": src["content"]["spans"][0][0],
        "end": src["content"]["spans"][0][1],
    }
    text = doc["text"]
    assert text[row["start"] : row["end"]] == row["content_text"]
    assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]


def test_limit_offset_and_order(filled):
    everything = filled.statements()
    assert len(everything) == 12
    assert filled.statements(limit=5) == everything[:5]
    assert filled.statements(limit=5, offset=10) == everything[10:]
    assert filled.statements(limit=0) == []


def test_speaker_filter_is_case_insensitive_substring(filled):
    rows = filled.statements(speaker="okafor")
    assert rows and all(r["speaker_name"] == "Matt Okafor" for r in rows)
    assert len(rows) == 4
    assert {r["speaker_name"] for r in filled.statements(speaker="LÚCIA")} == {"Ana Lúcia Souza"}
    assert filled.statements(speaker="nobody at all") == []


def test_speaker_filter_matches_speaker_text_too(store):
    doc = make_doc(7, 2)
    doc["statements"][0]["speaker"] |= {"text": "the spokeswoman", "name": "Ministry of Health", "type": "ORG"}
    store.add_document(doc)
    rows = store.statements(speaker="Spokes")
    assert [r["id"] for r in rows] == [doc["statements"][0]["id"]]
    assert rows[0]["speaker_name"] == "Ministry of Health"


def test_untyped_speaker_and_addressee(store):
    doc = make_doc(8, 1)
    st0 = doc["statements"][0]
    st0["speaker"]["type"] = None  # borrows PERSON/ORG from the document's actor of that name
    st0["addressee"] = {"text": "reporters", "start": 0, "end": 6, "name": "reporters", "type": None}
    store.add_document(doc)
    row = store.statements()[0]
    assert row["speaker_type"] is not None
    # a party with no type and no actor of its own is listed by its words, never as an actor without a type
    assert (row["addressee_text"], row["addressee_name"], row["addressee_actor_id"]) == ("reporters", None, None)
    assert store.actors(search="reporters") == []


def test_search_statements(filled):
    assert len(filled.statements(search="vaccines")) == 12
    assert len(filled.statements(search="vaccine")) == 12  # stemmed
    assert len(filled.statements(search="VACC*")) == 12  # prefix
    assert len(filled.statements(search="vaccines true")) == 6  # words are ANDed
    assert [r["content_text"] for r in filled.statements(search='"Claim 1-2"')] == ["Claim 1-2 about vaccines is false"]
    assert len(filled.statements(search="true", speaker="okafor")) == 2
    assert filled.statements(search="nonexistentword") == []


@pytest.mark.parametrize(
    "query",
    ['"', "AND (", "OR", "NOT", "NEAR(a b", "content_text:claim", "^claim", "*", "a*b*", "-", "'", "\x00", "\ud800",
     "", "   ", "(((", ')"', "claim AND", "{content_text}: x", "a + b", "é", "\\"],
)
def test_hostile_searches_do_not_raise(filled, query):
    filled.statements(search=query)
    filled.statements(speaker=query)
    filled.search_documents(query)
    filled.actors(search=query, type=query)


def test_search_operators_are_taken_literally(filled):
    assert len(filled.statements(search="claim AND")) == 0  # "and" is a word to find, not an operator
    assert len(filled.statements(search="claim OR nothing")) == 0


@pytest.fixture(scope="module")
def module_store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("hyp") / "h.db") as s:
        s.add_documents(make_doc(i, 2) for i in range(3))
        yield s


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(), st.lists(st.integers(0, 0x10FFFF).map(chr), max_size=30).map("".join)))
def test_arbitrary_text_never_raises(module_store, text):
    """Any code point, lone surrogates and NUL included."""
    assert isinstance(module_store.statements(search=text), list)
    assert isinstance(module_store.statements(speaker=text, search=text, document=text), list)
    assert isinstance(module_store.search_documents(text), list)
    assert isinstance(module_store.actors(search=text), list)


def test_search_documents(store):
    store.add_documents([make_doc(1), make_doc(2, title="Vaccines in the news")])
    results = store.search_documents("vaccines")
    assert [r["id"] for r in results][0] == make_doc(2)["id"]  # title hits rank first
    assert len(results) == 2
    assert "«" in results[0]["snippet"] and "»" in results[0]["snippet"]
    assert set(results[0]) == {"id", "title", "path", "url", "published", "publisher", "snippet", "score"}
    assert store.search_documents("vaccines", limit=1) == results[:1]
    assert store.search_documents("report", highlight=("<b>", "</b>"))[0]["snippet"].count("<b>") >= 1
    assert store.search_documents("zzzz") == []


def test_actors(filled):
    actors = filled.actors()
    assert {a["name"] for a in actors} == {"Matt Okafor", "Ministry of Health", "Ana Lúcia Souza"}
    okafor = next(a for a in actors if a["name"] == "Matt Okafor")
    expected = {"name": "Matt Okafor", "type": "PERSON", "mentions": 4, "documents": 3, "statements": 4}
    assert {k: okafor[k] for k in expected} == expected
    assert {"id", "kind", "country", "variants"} <= set(okafor)
    assert [a["name"] for a in filled.actors(type="org")] == ["Ministry of Health"]
    assert [a["name"] for a in filled.actors(search="OKAF")] == ["Matt Okafor"]
    assert filled.actors(search="braz", type="ORG") == []


def test_same_name_across_documents_is_one_actor(filled):
    assert filled.stats() == {"documents": 3, "statements": 12, "actors": 3, "mentions": 12}
