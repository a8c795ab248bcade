"""A characterisation no statement reports takes its source from the naming verb's subject
(contradictions._namer_item): "Opposition leader Tomas Reyl called the tax unfair" is Reyl's description;
hand-built documents and items, no model."""

from __future__ import annotations

from claimscope.link import contradictions
from claimscope.link.material import Doc, Item


def _doc(doc_id, text, characterisations, actors=None):
    doc = Doc(id=doc_id, title=None, url=None, path=None, publisher=doc_id, published="2025-03-01", text=text,
              canonical=doc_id, outlet=doc_id)
    doc.characterisations = characterisations
    doc.actors = actors or {}
    return doc


def _noun(text, word, polarity, namer=None):
    at = text.index(word)
    return {"sentence": [0, len(text)], "theme": "tax", "owners": [], "anchor": ["named"], "namer": namer,
            "descriptors": [{"text": word, "head": word, "negated": False, "polarity": polarity, "start": at,
                             "end": at + len(word), "predicative": True}]}


def _minister():
    text = "Finance minister Ida Holm described the tax as fair."
    doc = _doc("a", text, [_noun(text, "fair", 0.5)])
    content = {"text": "the tax as fair", "spans": [[text.index("the tax"), len(text) - 1]]}
    return Item("statement", doc, 0, {"content": content}, "a-s", "Ida Holm", content["text"], cue="described",
                stance="says", start=content["spans"][0][0])


def _critic(namer_words="Opposition leader Tomas Reyl", with_namer=True):
    text = f"{namer_words} called the tax unfair."
    actors = {"tomas reyl": {"name": "Tomas Reyl", "mentions": [{"start": text.index("Tomas"),
                                                                   "end": text.index(" called")}]}} \
        if "Reyl" in namer_words else {}
    doc = _doc("b", text, [_noun(text, "unfair", -0.5, [0, len(namer_words)] if with_namer else None)], actors)
    # an item that puts the document in the story (its characterisations are read per document)
    return Item("quantity", doc, 0, {}, None, None, text)


def test_the_naming_verbs_subject_is_the_source_of_an_unreported_description():
    found = contradictions.find([_minister(), _critic()])
    (c,) = [c for c in found if c.kind == "characterisation"]
    assert {c.a.source, c.b.source} == {"Ida Holm", "Tomas Reyl"}


def test_without_a_namer_the_reports_own_wording_is_no_side():
    assert not [c for c in contradictions.find([_minister(), _critic(with_namer=False)])
                if c.kind == "characterisation"]


def test_a_namer_must_be_a_known_source():
    # a body the text describes ("the rail union") is known; words the parse took for a subject are not
    assert [c for c in contradictions.find([_minister(), _critic("The rail union")]) if c.kind == "characterisation"]
    assert not [c for c in contradictions.find([_minister(), _critic("Higher prices")])
                if c.kind == "characterisation"]
