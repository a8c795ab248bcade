"""Unnamed sources in the store: a SOURCE speaker, and a document actor typed SOURCE or with no type, never become
store actors, so no ranking of named actors lists them."""

from __future__ import annotations

from store_docs import make_doc

from claimscope.store.read_actors import select_actors


def _with_sources() -> dict:
    """A made-up document whose first speaker is an unnamed source, with a SOURCE and a typeless document actor."""
    doc = make_doc(1, n_statements=3)
    sp = doc["statements"][0]["speaker"]
    doc["statements"][0]["speaker"] = {"text": "analysts", "start": sp["start"], "end": sp["end"],
                                       "name": "analysts", "type": "SOURCE", "kind": "unnamed", "resolved": False}
    doc["actors"] += [{"id": "s1", "name": "harbour insiders", "type": "SOURCE",
                       "mentions": [{"text": "x", "start": 0, "end": 1}]},
                      {"id": "s2", "name": "report", "type": None, "mentions": [{"text": "x", "start": 0, "end": 1}]}]
    return doc


def test_a_source_speaker_is_in_no_ranking_of_actors(store):
    doc = _with_sources()
    assert store.add_document(doc)
    ranked, total = select_actors(store._db, sort="statements", limit=50)  # /api/actors and the home page
    names = {r["name"] for r in ranked}
    assert names and not names & {"analysts", "harbour insiders", "report"}
    assert total == len(ranked)
    listed = {r["name"] for r in store.actors()}  # `claimscope actors`
    assert listed == names
    assert all(r["type"] for r in ranked)


def test_a_source_speaker_keeps_its_words_on_its_statement(store):
    doc = _with_sources()
    store.add_document(doc)
    row = store._db.execute("SELECT speaker_text, speaker_actor_id FROM statements WHERE id = ?",
                            (doc["statements"][0]["id"],)).fetchone()
    assert row == ("analysts", None)
    assert store._db.execute("SELECT count(*) FROM actors WHERE coalesce(type, '') IN ('', 'SOURCE')").fetchone()[0] == 0


def test_a_document_actor_named_only_by_a_noun_of_people_is_no_store_actor(store):
    doc = make_doc(2, n_statements=2)
    sp = doc["statements"][0]["speaker"]
    doc["statements"][0]["speaker"] = {**sp, "text": "Councillors", "name": "Councillors", "type": "ORG", "actor": "g1"}
    doc["actors"].append({"id": "g1", "name": "Councillors", "type": "ORG",
                          "mentions": [{"text": "x", "start": 0, "end": 1}]})
    assert store.add_document(doc)
    ranked, _ = select_actors(store._db, sort="mentions", limit=None)
    assert "Councillors" not in {r["name"] for r in ranked} and ranked
