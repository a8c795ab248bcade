"""Serialisation of hand-built Docs: the records on `Doc._` become the typed document, statements by id."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.model import Actor, Mention, Party, Statement
from claimscope.analyse.facts.quantities import Quantity
from claimscope.analyse.serialize import doc_to_document, doc_to_json, statement_id, unique
from claimscope.analyse.facts.stance import Stance

WORDS = ["Ana", "Ruiz", "said", "300", "jobs", "would", "go", "."]
SPACES = [True, True, True, True, True, True, False, False]


def _doc() -> Doc:
    register_extensions()
    doc = Doc(Vocab(), words=WORDS, spaces=SPACES, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    # "Ana Ruiz said 300 jobs would go."
    speaker = Party(start=0, end=8, text="Ana Ruiz", name="Ana Ruiz", type="PERSON", actor_id="a1")
    said = Statement(kind="indirect", content=[(14, 31)], speaker=speaker, cue=(9, 13), confidence=0.75)
    doc._.statements = [said, Statement(kind="indirect", content=[(14, 31)], speaker=speaker, cue=(9, 13))]
    doc._.actors = [Actor(id="a1", name="Ana Ruiz", type="PERSON", mentions=[Mention(0, 8, "Ana Ruiz")])]
    doc._.stances = [Stance(stance="asserted"), Stance(stance="asserted")]
    doc._.quantities = [Quantity(start=14, end=22, text="300 jobs", kind="count", value=300, unit="jobs",
                                 statement=0)]
    return doc


def test_statement_ids_are_stable_and_one_per_content_and_cue():
    doc = _doc()
    out = doc_to_document(doc)
    (st,) = out.statements  # the same content reported by the same cue twice is one statement
    assert st.id == statement_id(out.id, doc._.statements[0]) == statement_id(out.id, doc._.statements[1])
    assert st.cue.text == "said" and st.content.text == "300 jobs would go" and st.content.spans == [[14, 31]]
    assert st.speaker.actor == "a1" and st.confidence == 0.75


def test_facts_name_the_statement_by_id():
    out = doc_to_document(_doc())
    (q,) = out.quantities
    assert (q.statement, q.source, q.stance) == (out.statements[0].id, "Ana Ruiz", "asserted")
    assert [s.statement for s in out.stances] == [out.statements[0].id]  # one stance per statement id


def test_the_json_keeps_the_document_key_order():
    data = doc_to_json(_doc())
    assert list(data) == ["id", "source", "title", "published", "publisher", "author", "text", "statements",
                          "actors", "dates", "quantities", "events", "stances", "characterisations",
                          "claimscope_version"]
    assert list(data["statements"][0]["speaker"]) == ["text", "start", "end", "name", "type", "actor", "resolved"]
    assert "country" not in data["actors"][0]


def test_places_carry_country_and_coordinates():
    doc = _doc()
    doc._.actors = [Actor(id="p1", name="Portmere", type="GPE", country="Portmere", lat=1.5, lon=2)]
    (place,) = doc_to_json(doc)["actors"]
    assert place["country"] == "Portmere" and place["coordinates"] == {"lat": 1.5, "lon": 2}


def test_unique_keeps_the_first_of_each_id():
    out = doc_to_document(_doc())
    st = out.statements[0]
    assert unique([st, st.model_copy(update={"confidence": 0.1})]) == [st]
