"""Event arguments and types on hand-built Docs."""

from __future__ import annotations

from facts_docs import parsed

from claimscope.analyse.facts import event_args
from claimscope.analyse.facts.event_args import arguments
from claimscope.analyse.facts.events import find_events
from claimscope.analyse.facts.refs import ActorRefs
from claimscope.analyse.model import Actor, Mention


def _refs(doc):
    return ActorRefs(doc, doc.text)


def test_what_a_motion_verb_moves():
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("army", 2, "nsubj", "NN", "NOUN", "army"),
                  ("moved", 2, "ROOT", "VBD", "VERB", "move"), ("tanks", 2, "dobj", "NNS", "NOUN", "tank"),
                  (".", 2, "punct", ".", "PUNCT", ".")])
    a = arguments(_refs(doc), doc[2], "move")
    assert a.what == "tanks" and a.recipient is None and a.obj.i == 3


def test_a_place_after_in_is_the_location():
    doc = parsed([("The", 1, "det", "DT", "DET", "the"), ("ministry", 2, "nsubj", "NN", "NOUN", "ministry"),
                  ("opened", 2, "ROOT", "VBD", "VERB", "open"), ("a", 4, "det", "DT", "DET", "a"),
                  ("clinic", 2, "dobj", "NN", "NOUN", "clinic"), ("in", 2, "prep", "IN", "ADP", "in"),
                  ("Valmont", 5, "pobj", "NNP", "PROPN", "Valmont"), (".", 2, "punct", ".", "PUNCT", ".")],
                 ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    a = arguments(_refs(doc), doc[2], "open")
    assert a.location.text == "Valmont" and a.location.type == "GPE" and a.what == "clinic"


def _accused():
    """'Freedonia accused Sylvania .' with both states as actors."""
    doc = parsed([("Freedonia", 1, "nsubj", "NNP", "PROPN", "Freedonia"),
                  ("accused", 1, "ROOT", "VBD", "VERB", "accuse"),
                  ("Sylvania", 1, "dobj", "NNP", "PROPN", "Sylvania"), (".", 1, "punct", ".", "PUNCT", ".")],
                 ents=["B-GPE", "O", "B-GPE", "O"])
    doc._.actors = [Actor("a1", "Freedonia", "GPE", [Mention(0, 9, "Freedonia")]),
                    Actor("a2", "Sylvania", "GPE", [Mention(18, 26, "Sylvania")])]
    doc._.actor_index = {0: "a1", 2: "a2"}
    return doc


def test_an_actor_object_is_the_recipient():
    doc = _accused()
    a = event_args.direct_object(_refs(doc), event_args.objects_of(doc[1], "accuse"))
    assert a.recipient.name == "Sylvania" and a.target_tok.i == 2 and a.what is None


def test_a_political_event_gets_its_type():
    doc = parsed([("Police", 1, "nsubj", "NNS", "NOUN", "police"), ("arrested", 1, "ROOT", "VBD", "VERB", "arrest"),
                  ("two", 3, "nummod", "CD", "NUM", "two"), ("men", 1, "dobj", "NNS", "NOUN", "man"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    (ev,) = find_events(doc)
    assert (ev.action, ev.type, ev.mode, ev.status) == ("arrested", "COERCE", "arrest", "done")


def test_no_event_without_a_type_or_a_named_actor():
    doc = parsed([("Ana", 1, "nsubj", "NNP", "PROPN", "Ana"), ("painted", 1, "ROOT", "VBD", "VERB", "paint"),
                  ("a", 3, "det", "DT", "DET", "a"), ("fence", 1, "dobj", "NN", "NOUN", "fence"),
                  (".", 1, "punct", ".", "PUNCT", ".")])
    assert find_events(doc) == []


def test_step_order_is_fixed():
    assert event_args.ARG_STEPS[0] is event_args.dative and event_args.ARG_STEPS[-1] is event_args.addressee


def test_a_group_noun_led_by_an_actor_acts_for_it():
    doc = parsed([("Freedonian", 1, "amod", "JJ", "ADJ", "freedonian"),
                  ("officials", 2, "nsubj", "NNS", "NOUN", "official"),
                  ("left", 2, "ROOT", "VBD", "VERB", "leave"), (".", 2, "punct", ".", "PUNCT", ".")],
                 ents=["B-NORP", "O", "O", "O"])
    doc._.actors = [Actor("a1", "Freedonia", "GPE", [Mention(0, 10, "Freedonian")])]
    doc._.actor_index = {0: "a1"}
    ref = ActorRefs(doc, doc.text).resolve(doc[1])
    assert (ref.name, ref.actor_id, ref.text) == ("Freedonia", "a1", "Freedonian officials")
    assert ActorRefs(doc, doc.text).resolve(doc[2]) is None  # a verb is no actor


def test_a_pronoun_stands_for_no_one():
    doc = parsed([("They", 1, "nsubj", "PRP", "PRON", "they"), ("left", 1, "ROOT", "VBD", "VERB", "leave")])
    assert ActorRefs(doc, doc.text).resolve(doc[0]) is None
