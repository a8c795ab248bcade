"""Actors across documents in the store: one record per person whatever the form, never two people in one,
user overrides that survive re-analysis, roles over time, statements by and about an actor."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from claimscope.store import Store


def make(text_parts: list[tuple[str, str | None]], *, published: str = "2005-02-01", statements=(),
         title: str = "t") -> dict:
    """A document JSON from (text, actor name) pieces: a piece with a name is a mention of that actor.
    Actor types: names ending in '!' are organisations, others people."""
    text, actors, pos = "", {}, 0
    for piece, name in text_parts:
        if name:
            type_ = "ORG" if name.endswith("!") else "PERSON"
            clean = name.rstrip("!")
            a = actors.setdefault(clean, {"id": f"a{len(actors) + 1}", "name": clean, "type": type_, "kind": None,
                                          "mentions": [], "roles": [], "affiliations": []})
            a["mentions"].append({"text": piece, "start": pos, "end": pos + len(piece)})
        text += piece
        pos += len(piece)
    doc_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    sts = []
    for n, (speaker, content) in enumerate(statements):
        c0 = text.index(content)
        a = actors[speaker]
        m = a["mentions"][0]
        sts.append({"id": f"{doc_id}-{n}", "kind": "indirect",
                    "speaker": {"text": m["text"], "start": m["start"], "end": m["end"], "name": a["name"],
                                "type": a["type"], "actor": a["id"]},
                    "cue": {"text": "said", "start": 0, "end": 4},
                    "content": {"text": content, "spans": [[c0, c0 + len(content)]]},
                    "addressee": None, "confidence": 0.8})
    return {"id": doc_id, "source": {}, "title": title, "published": published, "publisher": None,
            "author": None, "text": text, "statements": sts, "actors": list(actors.values())}


def full(n: int, first: str = "Marco", surname: str = "Ruiz", honorific: str = "Mr") -> dict:
    """An article that names the person in full, then as 'Mr X'."""
    return make([(f"Story {n}. ", None), (f"{first} {surname}", f"{first} {surname}"), (" spoke. ", None),
                 (f"{honorific} {surname}", f"{first} {surname}"), (" left.", None)])


def surname_only(n: int, surname: str = "Ruiz", honorific: str = "Mr") -> dict:
    return make([(f"Piece {n}. ", None), (f"{honorific} {surname}", surname), (" said no.", None)])


def person_ids(store: Store, name: str) -> set[int]:
    return {a["id"] for a in store.actors(type="PERSON") if a["name"] == name}


def record_of(store: Store, doc: dict, local: str = "a1") -> int:
    return store._db.execute("SELECT actor_id FROM doc_actors WHERE document_id = ? AND local_id = ?",
                             (doc["id"], local)).fetchone()[0]


def test_same_full_name_is_one_record_across_documents(store):
    store.add_documents([full(1), full(2), make([("Inés Peña", "Inés Peña"), (" spoke.", None)]),
                         make([("Ines Pena", "Ines Pena"), (" spoke again.", None)])])
    assert len(person_ids(store, "Marco Ruiz")) == 1
    pena = [a for a in store.actors(search="pena")]
    assert len(pena) == 1 and pena[0]["documents"] == 2


def test_surname_only_joins_the_dominant_full_name(store):
    store.add_documents([full(1), full(2), full(3)])
    doc = surname_only(1)
    store.add_document(doc)
    marco = person_ids(store, "Marco Ruiz").pop()
    assert record_of(store, doc) == marco
    assert not person_ids(store, "Ruiz")


def test_surname_only_waits_for_evidence_and_is_relinked(store):
    doc = surname_only(1)
    store.add_document(doc)  # no Marco Ruiz in the store yet: a record of its own
    assert person_ids(store, "Ruiz")
    store.add_documents([full(1), full(2)])
    marco = person_ids(store, "Marco Ruiz").pop()
    assert record_of(store, doc) == marco  # re-linked once the evidence arrived
    assert not person_ids(store, "Ruiz")  # and the stray record is gone
    mentions = store._db.execute("SELECT DISTINCT actor_id FROM mentions WHERE document_id = ?", (doc["id"],))
    assert {r[0] for r in mentions} == {marco}


def test_two_people_sharing_a_surname_are_never_one_record(store):
    store.add_documents([full(1), full(2), full(3, first="Pablo", honorific="Sir"), full(4, first="Elena",
                                                                                       honorific="Mrs")])
    assert len(person_ids(store, "Marco Ruiz")) == 1
    assert len(person_ids(store, "Pablo Ruiz")) == 1
    assert len(person_ids(store, "Elena Ruiz")) == 1
    assert person_ids(store, "Marco Ruiz") != person_ids(store, "Elena Ruiz")


def test_honorific_keeps_mrs_away_from_mr(store):
    store.add_documents([full(1), full(2), full(3)])
    doc = surname_only(7, honorific="Mrs")
    store.add_document(doc)
    assert record_of(store, doc) not in person_ids(store, "Marco Ruiz")


def test_no_dominant_candidate_keeps_the_surname_apart(store):
    store.add_documents([full(1), full(2), full(3, first="Tomas"), full(4, first="Tomas")])
    doc = surname_only(1)
    store.add_document(doc)
    assert record_of(store, doc) not in person_ids(store, "Marco Ruiz") | person_ids(store, "Tomas Ruiz")


def test_merge_override_is_kept_for_later_documents_and_reanalysis(store):
    store.add_documents([full(1), full(2, first="Anthony")])
    assert store.merge_actors("Marco Ruiz", "Anthony Ruiz") == 1
    marco = person_ids(store, "Marco Ruiz")
    assert len(marco) == 1 and not person_ids(store, "Anthony Ruiz")
    later = full(3, first="Anthony")
    store.add_document(later)
    assert record_of(store, later) in marco
    # re-analysis: the document is removed and stored again; the override still applies
    store._db.execute("DELETE FROM documents WHERE id = ?", (later["id"],))
    store.add_document(later)
    assert record_of(store, later) in marco
    assert [o["action"] for o in store.actor_overrides()] == ["merge"]


def test_split_override_undoes_an_automatic_attachment(store):
    store.add_documents([full(1), full(2), full(3)])
    doc = surname_only(1)
    store.add_document(doc)
    marco = person_ids(store, "Marco Ruiz")
    assert record_of(store, doc) in marco
    store.split_actors("Marco Ruiz", "Ruiz")
    assert record_of(store, doc) not in marco
    store.add_document(surname_only(2))
    assert len(person_ids(store, "Ruiz")) == 1  # both surname-only articles stay apart from Marco Ruiz
    # forgetting the override links them again
    oid = store.actor_overrides()[0]["id"]
    store.remove_actor_override(oid)
    assert record_of(store, doc) in marco


def test_split_undoes_a_merge(store):
    store.add_documents([full(1), full(2, first="Anthony")])
    store.merge_actors("Marco Ruiz", "Anthony Ruiz")
    store.split_actors("Marco Ruiz", "Anthony Ruiz")
    assert person_ids(store, "Anthony Ruiz") and person_ids(store, "Marco Ruiz")
    assert [o["action"] for o in store.actor_overrides()] == ["split"]


def test_actor_detail_roles_over_time_and_statements(store):
    a = make([("Ana Souza", "Ana Souza"), (" said the port would close. ", None), ("Harbor Board", "Harbor Board!"),
              (" agreed.", None)], published="2005-01-10", statements=[("Ana Souza", "the port would close")])
    a["actors"][0]["roles"] = ["chair of the Harbor Board"]
    a["actors"][0]["affiliations"] = ["Harbor Board"]
    b = make([("Luis Prado", "Luis Prado"), (" said ", None), ("Ana Souza", "Ana Souza"), (" was wrong.", None)],
             published="2005-03-02", statements=[("Luis Prado", "Ana Souza was wrong")])
    b["actors"][1]["roles"] = ["former chair of the Harbor Board"]
    store.add_documents([b, a])
    d = store.actor("Ana Souza")
    assert d["name"] == "Ana Souza" and d["type"] == "PERSON" and d["documents"] == 2
    assert [(r["role"], r["published"]) for r in d["roles"]] == [
        ("chair of the Harbor Board", "2005-01-10"), ("former chair of the Harbor Board", "2005-03-02")]
    assert d["affiliations"] == [{"name": "Harbor Board", "documents": 1, "first": "2005-01-10", "last": "2005-01-10"}]
    assert [s["content_text"] for s in d["statements_by"]] == ["the port would close"]
    assert [s["content_text"] for s in d["statements_about"]] == ["Ana Souza was wrong"]
    assert store.actor("souza")["id"] == d["id"]
    assert store.actor(str(d["id"]))["id"] == d["id"]
    assert store.actor("nobody at all") is None
    org = store.actor("Harbor Board")
    assert org["type"] == "ORG"


def test_places_keep_country_and_coordinates(store):
    doc = make([("Fighting in ", None), ("Kursk Oblast", "Kursk Oblast!"), (".", None)])
    doc["actors"][0].update(type="LOC", kind="region", country="Russia", coordinates={"lat": 51.8, "lon": 36.0})
    store.add_document(doc)
    row = store._db.execute("SELECT type, kind, country, lat, lon FROM actors WHERE name = 'Kursk Oblast'").fetchone()
    assert row == ("LOC", "region", "Russia", 51.8, 36.0)


def test_older_store_gains_the_actor_tables(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:
        s.add_document(full(1))
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE doc_actors; DROP TABLE actor_roles; DROP TABLE actor_overrides; "
                       "DROP INDEX actors_surname; DROP INDEX actors_norm; ALTER TABLE actors DROP COLUMN surname; "
                       "ALTER TABLE actors DROP COLUMN norm;")
    conn.close()
    with Store(path) as s:
        s.add_document(full(2))
        assert len(person_ids(s, "Marco Ruiz")) == 1


def test_documents_without_local_ids_still_store(store):
    doc = full(1)
    for a in doc["actors"]:
        del a["id"]
    assert store.add_document(doc)
    assert person_ids(store, "Marco Ruiz")


@pytest.mark.parametrize("bad", ["\ud800", "", "   "])
def test_hostile_actor_queries(store, bad):
    store.add_document(full(1))
    store.actors(search=bad)
    store.actor(bad) if bad.strip() else None


def test_store_linking_never_crashes_on_arbitrary_names(tmp_path):
    from hypothesis import HealthCheck, given, settings, strategies as st

    names = st.sampled_from(["Ruiz", "Marco Ruiz", "Mr Ruiz", "Elena Ruiz", "", " ", "É", "\ud800", "a b c d",
                             "Ana Lúcia Souza", "NATO", "O'Brien", "Rosa Vidal-Ortiz"])
    types = st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "", None])
    counter = iter(range(10**6))

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(names, types), min_size=1, max_size=6))
    def run(pairs):
        with Store(tmp_path / "h.db") as store:
            n = next(counter)
            text = f"doc {n} " + " ".join(name for name, _ in pairs)
            actors = [{"id": f"a{k}", "name": name, "type": type_, "mentions": [{"text": "doc", "start": 0, "end": 3}],
                       "roles": ["x"], "affiliations": ["y"]} for k, (name, type_) in enumerate(pairs)]
            doc = {"id": f"h{n}", "source": {}, "title": None, "published": None, "publisher": None, "text": text,
                   "statements": [], "actors": actors}
            assert store.add_document(doc)
            linked = store._db.execute("SELECT count(*) FROM doc_actors WHERE document_id = ?", (doc["id"],))
            assert linked.fetchone()[0] == sum(1 for name, type_ in pairs if name and type_)  # typeless stay out
            assert store._db.execute("SELECT count(*) FROM actors WHERE coalesce(type, '') = ''").fetchone()[0] == 0

    run()
