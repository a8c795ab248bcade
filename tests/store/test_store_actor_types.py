"""A name the recogniser types inconsistently across articles is one record, of the type most articles give it."""

from __future__ import annotations

from test_store_actors import make, record_of


def org(n: int, name: str = "Quorvex") -> dict:
    return make([(f"Story {n}. ", None), (name, name + "!"), (" raised its prices.", None)])


def person(n: int, name: str = "Quorvex") -> dict:
    return make([(f"Piece {n}. ", None), (name, name), (" said so.", None)])


def types_of(store, name: str) -> list[str]:
    return sorted(r[0] for r in store._db.execute("SELECT type FROM actors WHERE name = ?", (name,)))


def test_a_company_once_taken_for_a_person_joins_its_organisation_record(store):
    docs = [person(0), org(1), org(2)]
    store.add_documents(docs)
    assert types_of(store, "Quorvex") == ["ORG"]
    assert len({record_of(store, d) for d in docs}) == 1


def test_the_same_articles_in_another_order_give_the_same_records(store):
    store.add_documents([org(1), org(2), person(0)])
    assert types_of(store, "Quorvex") == ["ORG"]


def test_one_article_each_way_stays_two_records(store):
    store.add_documents([person(0), org(1)])
    assert types_of(store, "Quorvex") == ["ORG", "PERSON"]


def test_a_state_never_absorbs_a_person_of_its_name(store):
    states = []
    for n in range(3):
        d = make([(f"Story {n}. ", None), ("Dravonia", "Dravonia"), (" voted.", None)])
        d["actors"][0]["type"] = "GPE"
        states.append(d)
    lone = person(9, "Dravonia")
    store.add_documents(states + [lone])
    assert types_of(store, "Dravonia") == ["GPE", "PERSON"]


def test_the_label_most_articles_give_wins_even_when_it_comes_last(store):
    # two articles first make an organisation record; four later ones call the name a person
    docs = [org(1), org(2)] + [person(n) for n in range(3, 7)]
    store.add_documents(docs)
    assert types_of(store, "Quorvex") == ["PERSON"]
    assert len({record_of(store, d) for d in docs}) == 1
