"""Descriptions that take up a role or name word of the text, and descriptions with a possessor."""

from claimscope.analyse.coref.context import build_context, head_word, own_words
from claimscope.analyse.coref.features import agreement, pair_features, options
from claimscope.analyse.coref.mentions import Candidate, find_candidates
from claimscope.analyse.model import Actor, Mention

import spacy
from spacy.tokens import Doc

from claimscope.analyse.coref import register_extension
from claimscope.analyse.extensions import register_extensions

VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, tags, pos):
    register_extensions()
    register_extension()
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words])
    doc._.actors, doc._.quotes = [], []
    return doc


def test_head_word_of_roles_and_names():
    assert head_word("senior curator at the harbour museum") == "curator"
    assert head_word("Ministry of Works") == "ministry"
    assert head_word("curator, retired") == "curator"
    assert head_word("No. 7") == ""


def test_own_words_take_role_heads_and_organisation_name_heads_only():
    people = Actor("a1", "Tomas Vell", "PERSON", [], roles=["chief curator of the gallery"])
    body = Actor("a2", "Grain Board of Ostrel", "ORG", [])
    place = Actor("a3", "Ostrel City", "GPE", [])
    assert own_words([people, body, place]) == frozenset({"curator", "board"})


def _curator_doc():
    # "Tomas Vell spoke . The curator left ." with Tomas Vell, curator, an actor
    words = ["Tomas", "Vell", "spoke", ".", "The", "curator", "left", "."]
    heads = [1, 2, 2, 2, 5, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "NNP", "VBD", ".", "DT", "NN", "VBD", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    span = doc[0:2]
    doc._.actors = [Actor("a1", "Tomas Vell", "PERSON", [Mention(span.start_char, span.end_char, span.text)],
                          roles=["curator"])]
    return doc


def test_a_role_word_of_the_text_is_a_description_candidate():
    doc = _curator_doc()
    ctx = build_context(doc)
    cands = find_candidates(doc, dict(ctx.token_actor), 10, ctx.own_words)
    assert [(c.form, c.word, c.start) for c in cands] == [("description", "curator", 4)]
    assert agreement(cands[0], "PERSON", "") == "unk"
    feats = pair_features(ctx, cands[0], options(ctx, cands[0], 4, 8), 0, {}, None)
    assert "role=True" in feats and "role|lex=True|False" in feats


def test_a_word_no_actor_is_called_by_is_no_candidate():
    doc = _curator_doc()
    doc._.actors[0].roles.clear()
    ctx = build_context(doc)
    assert find_candidates(doc, dict(ctx.token_actor), 10, ctx.own_words) == []


def _possessed(noun):
    # "Mara Lind arrived . Her <noun> spoke ." — the possessor is resolved to Mara Lind
    words = ["Mara", "Lind", "arrived", ".", "Her", noun, "spoke", "."]
    heads = [1, 2, 2, 2, 5, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "NNP", "VBD", ".", "PRP$", "NN", "VBD", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    span = doc[0:2]
    doc._.actors = [Actor("a1", "Mara Lind", "PERSON", [Mention(span.start_char, span.end_char, span.text)])]
    return doc


def test_a_person_noun_with_a_possessor_is_a_candidate_that_knows_its_possessor():
    doc = _possessed("lawyer")
    ctx = build_context(doc)
    cands = find_candidates(doc, dict(ctx.token_actor), 10)
    assert [(c.form, c.word, c.start, c.poss) for c in cands] == [("pronoun", "her", 4, -1),
                                                                  ("description", "lawyer", 4, 4)]
    feats = pair_features(ctx, cands[1], options(ctx, cands[1], 4, 8), 0, {}, None)
    assert "poss-self=unk" in feats  # "Her" not resolved yet: Mara Lind may be offered
    ctx.token_actor[4] = "a1"  # "Her" resolved to Mara Lind: her lawyer is someone else
    assert options(ctx, cands[1], 4, 8, salient=3) == []


def test_the_possessor_is_not_offered_but_the_other_person_is():
    # "Mara Lind met Ivo Sand . Her lawyer spoke ." : the nearest-named fit for "her lawyer" is not Mara Lind
    words = ["Mara", "Lind", "met", "Ivo", "Sand", ".", "Her", "lawyer", "spoke", "."]
    heads = [1, 2, 2, 4, 2, 2, 7, 8, 8, 8]
    deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "poss", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "NNP", "VBD", "NNP", "NNP", ".", "PRP$", "NN", "VBD", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc._.actors = [Actor(aid, doc[a:b].text, "PERSON", [Mention(doc[a:b].start_char, doc[a:b].end_char,
                                                                 doc[a:b].text)]) for aid, a, b in (("a1", 0, 2), ("a2", 3, 5))]
    ctx = build_context(doc)
    lawyer = next(c for c in find_candidates(doc, dict(ctx.token_actor), 10) if c.word == "lawyer")
    ctx.token_actor[6] = "a1"
    assert [o.actor_id for o in options(ctx, lawyer, 4, 8, salient=3)] == ["a2"]


def test_a_thing_with_a_possessor_is_no_candidate():
    doc = _possessed("plan")
    ctx = build_context(doc)
    assert [c.word for c in find_candidates(doc, dict(ctx.token_actor), 10)] == ["her"]


def test_an_infobox_abbreviation_is_no_description():
    # "Jon Vale ( m. 1949 )" : "m." parsed as a noun in apposition to the name is no description of him
    words = ["Jon", "Vale", "(", "m.", "1949", ")"]
    heads = [1, 1, 3, 1, 3, 1]
    deps = ["compound", "ROOT", "punct", "appos", "nummod", "punct"]
    tags = ["NNP", "NNP", "-LRB-", "NN", "CD", "-RRB-"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "NUM", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc._.actors = [Actor("a1", "Jon Vale", "PERSON", [Mention(0, 8, "Jon Vale")])]
    ctx = build_context(doc)
    assert find_candidates(doc, dict(ctx.token_actor), 10) == []


def test_an_appositive_starts_at_its_first_word():
    # "Jon Vale ( geologist )" : the description is "geologist", not "( geologist"
    words = ["Jon", "Vale", "(", "geologist", ")"]
    heads = [1, 1, 3, 1, 3]
    deps = ["compound", "ROOT", "punct", "appos", "punct"]
    tags = ["NNP", "NNP", "-LRB-", "NN", "-RRB-"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc._.actors = [Actor("a1", "Jon Vale", "PERSON", [Mention(0, 8, "Jon Vale")])]
    ctx = build_context(doc)
    assert [(c.start, c.word, c.via) for c in find_candidates(doc, dict(ctx.token_actor), 10)] == [(3, "geologist", 1)]
