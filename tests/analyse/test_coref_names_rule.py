"""The repeated-name rule on hand-built Docs: an unlinked name is the actor whose whole name or surname it is."""

import spacy
from spacy.tokens import Doc

from claimscope.analyse.coref import register_extension
from claimscope.analyse.coref.context import build_context
from claimscope.analyse.coref.mentions import find_candidates
from claimscope.analyse.coref.rules import Params, repeated_name
from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.model import Actor, Mention

VOCAB = spacy.blank("en").vocab
PARAMS = Params(window=4, max_candidates=8, max_mentions=100, weights=None)


def _doc(words):
    """A flat Doc: capitalised words are proper nouns, the rest verbs or punctuation."""
    register_extensions()
    register_extension()
    pos = ["PROPN" if w[:1].isupper() and w.isalpha() else "PUNCT" if not w.isalpha() else "VERB" for w in words]
    tags = ["NNP" if p == "PROPN" else "." if p == "PUNCT" else "VBD" for p in pos]
    doc = Doc(VOCAB, words=words, heads=[0] * len(words), deps=["dep"] * len(words), tags=tags, pos=pos)
    doc._.quotes = []
    return doc


def _actor(doc, aid, name, start, end, type_="PERSON"):
    span = doc[start:end]
    return Actor(aid, name, type_, [Mention(span.start_char, span.end_char, span.text)])


def _resolve(doc, first_unlinked):
    ctx = build_context(doc)
    named = dict(ctx.token_actor)
    cand = next(c for c in find_candidates(doc, named, 50) if c.form == "name" and c.start == first_unlinked)
    return cand, repeated_name(ctx, cand, PARAMS, {})


def test_a_whole_name_again_is_that_actor():
    # "Harbour Lodge opened . Guests praised Harbour Lodge ." with only the first mention linked
    doc = _doc(["Harbour", "Lodge", "opened", ".", "guests", "praised", "Harbour", "Lodge", "."])
    doc._.actors = [_actor(doc, "lodge", "Harbour Lodge", 0, 2, "LOC")]
    cand, found = _resolve(doc, 6)
    assert (cand.start, cand.end) == (6, 8)  # the two words are one candidate
    assert found is not None and found.actor_id == "lodge" and found.text == "Harbour Lodge"
    assert found.form == "proper"


def test_a_surname_one_person_has_is_that_person():
    doc = _doc(["Ada", "Okafor", "spoke", ".", "then", "Okafor", "left", "."])
    doc._.actors = [_actor(doc, "ada", "Ada Okafor", 0, 2)]
    _, found = _resolve(doc, 5)
    assert found is not None and found.actor_id == "ada"


def test_two_people_with_one_surname_leave_it_unresolved():
    doc = _doc(["Ada", "Okafor", "and", "Ben", "Okafor", "spoke", ".", "then", "Okafor", "left", "."])
    doc._.actors = [_actor(doc, "ada", "Ada Okafor", 0, 2), _actor(doc, "ben", "Ben Okafor", 3, 5)]
    _, found = _resolve(doc, 8)
    assert found is None


def test_a_name_a_person_and_a_place_share_is_the_place_it_spells_whole():
    # "Anne Paris flew to Paris . Paris was cold ." : the second "Paris" unlinked
    doc = _doc(["Anne", "Paris", "flew", "to", "Paris", ".", "Paris", "was", "cold", "."])
    doc._.actors = [_actor(doc, "anne", "Anne Paris", 0, 2), _actor(doc, "city", "Paris", 4, 5, "GPE")]
    _, found = _resolve(doc, 6)
    assert found is not None and found.actor_id == "city"


def test_an_unknown_name_stays_unresolved():
    doc = _doc(["Ada", "Okafor", "met", "Tomas", "Berg", "."])
    doc._.actors = [_actor(doc, "ada", "Ada Okafor", 0, 2)]
    _, found = _resolve(doc, 3)
    assert found is None


def test_a_first_name_one_person_has_is_that_person():
    doc = _doc(["Ada", "Okafor", "spoke", ".", "then", "Ada", "left", "."])
    doc._.actors = [_actor(doc, "ada", "Ada Okafor", 0, 2)]
    _, found = _resolve(doc, 5)
    assert found is not None and found.actor_id == "ada" and found.rule == "first-name"


def test_a_first_name_two_people_share_names_no_one():
    doc = _doc(["Ada", "Okafor", "met", "Ada", "Berg", ".", "then", "Ada", "left", "."])
    doc._.actors = [_actor(doc, "ao", "Ada Okafor", 0, 2), _actor(doc, "ab", "Ada Berg", 3, 5)]
    _, found = _resolve(doc, 7)
    assert found is None


def test_a_name_two_actors_bear_whole_is_the_one_named_most():
    # "Norvale won . Norvale lost . Norvale left . Norvale returned ." (the linker typed one Norvale twice)
    doc = _doc(["Norvale", "won", ".", "Norvale", "lost", ".", "Norvale", "left", ".", "Norvale", "returned", "."])
    body = _actor(doc, "a1", "Norvale", 0, 1, "ORG")
    body.mentions.append(Mention(doc[6].idx, doc[6].idx + 7, "Norvale"))
    doc._.actors = [body, _actor(doc, "a2", "Norvale", 3, 4, "LOC")]
    _, found = _resolve(doc, 9)
    assert found is not None and found.actor_id == "a1"


def test_a_name_two_actors_bear_whole_ties_to_the_one_named_last():
    doc = _doc(["Norvale", "won", ".", "Norvale", "lost", ".", "Norvale", "returned", "."])
    doc._.actors = [_actor(doc, "a1", "Norvale", 0, 1, "ORG"), _actor(doc, "a2", "Norvale", 3, 4, "LOC")]
    _, found = _resolve(doc, 6)
    assert found is not None and found.actor_id == "a2"
