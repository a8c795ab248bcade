"""One store record per real actor: first-name variants of one person join, and do not when anything says
they are two people; roles and affiliations accumulate across articles with their dates."""

from __future__ import annotations

import pytest
from test_store_actors import full, make, record_of

from claimscope.lexicon.nicknames import NICKNAMES, formal_first_name, same_first_name
from claimscope.store.variants import variant_pairs


def test_nickname_table_folds_short_forms():
    assert formal_first_name("bill") == "william" and formal_first_name("william") == "william"
    assert same_first_name("bernie", "bernard") and same_first_name("mike", "michael")
    assert same_first_name("liz", "elizabeth") and same_first_name("betty", "liz")
    assert not same_first_name("bill", "robert")
    assert all(k == k.lower() and v == v.lower() and k != v for k, v in NICKNAMES.items())
    assert not set(NICKNAMES) & set(NICKNAMES.values())  # a formal name is never itself a short form


@pytest.mark.parametrize("short,formal", [("Bill", "William"), ("Bernie", "Bernard"), ("Mike", "Michael"),
                                          ("Liz", "Elizabeth")])
def test_first_name_variant_joins_the_person(store, short, formal):
    a, b = full(1, first=formal, surname="Hadley"), full(2, first=short, surname="Hadley")
    store.add_documents([a, b])
    assert record_of(store, a) == record_of(store, b)
    how = store._db.execute("SELECT how FROM doc_actors WHERE document_id = ?", (b["id"],)).fetchone()[0]
    assert how == "variant"


def test_variant_first_then_formal_name_is_one_record(store):
    a, b = full(1, first="Bernie", surname="Quill"), full(2, first="Bernard", surname="Quill")
    store.add_documents([a, b])
    assert record_of(store, a) == record_of(store, b)


def test_different_first_names_stay_apart(store):
    a, b = full(1, first="William", surname="Hadley"), full(2, first="Robert", surname="Hadley")
    store.add_documents([a, b])
    assert record_of(store, a) != record_of(store, b)


def test_article_with_two_people_of_the_surname_blocks_the_variant(store):
    a = full(1, first="William", surname="Hadley")
    b = make([("Bill Hadley", "Bill Hadley"), (" and his sister ", None), ("Ann Hadley", "Ann Hadley"),
              (" spoke.", None)])
    store.add_documents([a, b])
    assert record_of(store, b) != record_of(store, a)


def test_an_honorific_and_the_surname_is_no_other_person(store):
    a = full(1, first="William", surname="Hadley")
    b = make([("Bill Hadley", "Bill Hadley"), (" spoke; ", None), ("Lord Hadley", "Lord Hadley"), (" nodded.", None)])
    store.add_documents([a, b])
    assert record_of(store, b) == record_of(store, a)


def test_article_naming_both_forms_apart_undoes_an_earlier_join(store):
    a, b = full(1, first="William", surname="Hadley"), full(2, first="Bill", surname="Hadley")
    store.add_documents([a, b])
    assert record_of(store, a) == record_of(store, b)
    c = make([("William Hadley", "William Hadley"), (" and his son ", None), ("Bill Hadley", "Bill Hadley"),
              (" met.", None)])
    store.add_document(c)
    assert record_of(store, b) != record_of(store, a)
    assert record_of(store, b) == record_of(store, c, "a2")


def test_a_variant_fitting_two_stored_people_stays_apart(store):
    b = make([("William J Hadley", "William J Hadley"), (" left.", None)])
    c = make([("William K Hadley", "William K Hadley"), (" stayed.", None)])
    d = full(4, first="Bill", surname="Hadley")
    store.add_documents([b, c, d])
    assert record_of(store, d) not in (record_of(store, b), record_of(store, c))
    e = make([("Bill J Hadley", "Bill J Hadley"), (" spoke.", None)])
    store.add_document(e)
    assert record_of(store, e) == record_of(store, b)  # the middle initial fits one of them only


def test_split_override_keeps_a_variant_apart(store):
    a, b = full(1, first="William", surname="Hadley"), full(2, first="Bill", surname="Hadley")
    store.add_documents([a])
    store.split_actors("William Hadley", "Bill Hadley")
    store.add_document(b)
    assert record_of(store, a) != record_of(store, b)


def test_variant_pairs_of_an_article():
    assert variant_pairs(["bill hadley", "william hadley", "ann hadley"]) == {"bill hadley", "william hadley"}
    assert variant_pairs(["bill hadley", "ann hadley"]) == set()


def test_affiliation_from_another_article_shows_on_the_record(store):
    bare = make([("Jon Marsh", "Jon Marsh"), (" said the talks failed.", None)], published="2005-04-01")
    told = make([("Riverton leader ", None), ("Jon Marsh", "Jon Marsh"), (" said talks would resume.", None)],
                published="2005-03-01")
    told["actors"][0]["roles"] = ["leader of Riverton"]
    told["actors"][0]["affiliations"] = ["Riverton"]
    store.add_documents([bare, told])
    d = store.actor("Jon Marsh")
    assert d["documents"] == 2
    assert d["affiliations"] == [{"name": "Riverton", "documents": 1, "first": "2005-03-01", "last": "2005-03-01"}]
    assert [(r["role"], r["published"]) for r in d["roles"]] == [("leader of Riverton", "2005-03-01")]


def test_a_title_of_the_other_gender_never_joins_a_person_known_only_by_first_name(store):
    # the stored person's articles give no title, so only the first name says who could be "Ms Quill"
    people = [make([(f"Story {n}. ", None), ("Stuart Quill", "Stuart Quill"), (" spoke.", None)]) for n in range(4)]
    ms = make([("Piece. ", None), ("Ms Quill", "Quill"), (" said no.", None)])
    mr = make([("Other. ", None), ("Mr Quill", "Quill"), (" said yes.", None)])
    store.add_documents(people + [ms, mr])
    assert record_of(store, ms) != record_of(store, people[0])
    assert record_of(store, mr) == record_of(store, people[0])
