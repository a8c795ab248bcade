"""The coreference rules on hand-built Docs, agreement, and carrying the result into the document JSON."""

import spacy
from spacy.tokens import Doc

from claimscope.analyse.coref import register_extension
from claimscope.analyse.coref.context import build_context
from claimscope.analyse.coref.features import agreement
from claimscope.analyse.coref.merge import merge_coref
from claimscope.analyse.coref.mentions import Candidate, find_candidates
from claimscope.analyse.coref.records import CorefMention
from claimscope.analyse.coref.rules import Params, quote_speaker, reflexive, relative_pronoun, said_of_a_name
from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.model import Actor, Mention

VOCAB = spacy.blank("en").vocab  # lower-case forms come from the English lexical attributes
PARAMS = Params(window=4, max_candidates=8, max_mentions=100, weights=None)


def _doc(words, heads, deps, tags, pos, actors=()):
    register_extensions()
    register_extension()
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words])
    doc._.actors = list(actors)
    doc._.quotes = []
    return doc


def _person(doc, name, start_tok, end_tok, aid="a1", type_="PERSON"):
    span = doc[start_tok:end_tok]
    return Actor(aid, name, type_, [Mention(span.start_char, span.end_char, span.text)])


def test_relative_pronoun_takes_the_noun_of_its_clause():
    # "Ana Ruiz , who won , left ."
    words = ["Ana", "Ruiz", ",", "who", "won", ",", "left", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "punct", "ROOT", "punct"]
    tags = ["NNP", "NNP", ",", "WP", "VBD", ",", "VBD", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc._.actors = [_person(doc, "Ana Ruiz", 0, 2)]
    ctx = build_context(doc)
    found = relative_pronoun(ctx, Candidate(3, 3, 4, "pronoun", "who"), PARAMS, {})
    assert found is not None and found.actor_id == "a1" and found.text == "who"


def test_relative_pronoun_without_a_named_noun_passes():
    # "the plan , which failed": no actor, no answer
    words = ["the", "plan", "who", "failed"]
    heads = [1, 1, 3, 1]
    deps = ["det", "ROOT", "nsubj", "relcl"]
    tags = ["DT", "NN", "WP", "VBD"]
    pos = ["DET", "NOUN", "PRON", "VERB"]
    doc = _doc(words, heads, deps, tags, pos)
    ctx = build_context(doc)
    assert relative_pronoun(ctx, Candidate(2, 2, 3, "pronoun", "who"), PARAMS, {}) is None


def test_reflexive_is_the_subject_of_its_clause():
    # "Tomas Berg praised himself ."
    words = ["Tomas", "Berg", "praised", "himself", "."]
    heads = [1, 2, 2, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["NNP", "NNP", "VBD", "PRP", "."]
    pos = ["PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc._.actors = [_person(doc, "Tomas Berg", 0, 2)]
    ctx = build_context(doc)
    found = reflexive(ctx, Candidate(3, 3, 4, "pronoun", "himself"), PARAMS, {})
    assert found is not None and found.actor_id == "a1"


def test_appositive_and_predicate_nouns_describe_the_name():
    # "Tomas Berg , the mayor , is a geologist ."
    words = ["Tomas", "Berg", ",", "the", "mayor", ",", "is", "a", "geologist", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 8, 6, 6]
    deps = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "det", "attr", "punct"]
    tags = ["NNP", "NNP", ",", "DT", "NN", ",", "VBZ", "DT", "NN", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc[6].lemma_ = "be"
    doc._.actors = [_person(doc, "Tomas Berg", 0, 2)]
    ctx = build_context(doc)
    cands = find_candidates(doc, dict(ctx.token_actor), 10)
    assert [(c.word, c.via) for c in cands] == [("mayor", 1), ("geologist", 1)]
    found = [said_of_a_name(ctx, c, PARAMS, {}) for c in cands]
    assert [(r.text, r.actor_id, r.form) for r in found] == [("the mayor", "a1", "description"),
                                                            ("a geologist", "a1", "description")]


def test_candidates_skip_named_tokens_and_expletive_it():
    # "It rained . The company said it grew ."
    words = ["It", "rained", ".", "The", "company", "said", "it", "grew", "."]
    heads = [1, 1, 1, 4, 5, 5, 7, 5, 5]
    deps = ["expl", "ROOT", "punct", "det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    tags = ["PRP", "VBD", ".", "DT", "NN", "VBD", "PRP", "VBD", "."]
    pos = ["PRON", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    found = find_candidates(doc, {}, 10)
    assert [(c.form, c.word) for c in found] == [("description", "company"), ("pronoun", "it")]


def test_first_person_inside_a_quotation_is_marked_for_its_speaker():
    # “ I stayed , ” Ana said .
    words = ["“", "I", "stayed", ",", "”", "Ana", "said", "."]
    heads = [2, 2, 6, 6, 6, 6, 6, 6]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"]
    tags = ["``", "PRP", "VBD", ",", "''", "NNP", "VBD", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    from claimscope.analyse.quotes import find_quotes
    doc._.quotes = find_quotes(doc.text)
    ctx = build_context(doc)
    found = quote_speaker(ctx, Candidate(1, 1, 2, "first", "i"), PARAMS, {})
    assert found is not None and found.actor_id is None
    assert found.quote == (doc._.quotes[0].start, doc._.quotes[0].end)


def test_agreement_in_gender_and_number():
    he = Candidate(0, 0, 1, "pronoun", "he")
    it = Candidate(0, 0, 1, "pronoun", "it")
    they = Candidate(0, 0, 1, "pronoun", "they")
    assert agreement(he, "PERSON", "m") == "yes"
    assert agreement(he, "PERSON", "f") == "no"
    assert agreement(he, "PERSON", "") == "unk"
    assert agreement(he, "ORG", "") == "no"
    assert agreement(it, "ORG", "") == "yes"
    assert agreement(it, "PERSON", "") == "no"
    assert agreement(they, "NORP", "") == "yes"
    company = Candidate(1, 0, 2, "description", "company")
    assert agreement(company, "ORG", "") == "yes"
    assert agreement(company, "PERSON", "m") == "no"


def test_merge_adds_mentions_and_names_pronoun_speakers():
    doc_json = {
        "text": "Ana Ruiz arrived. She said “I agree”.",
        "actors": [{"id": "a1", "name": "Ana Ruiz", "type": "PERSON", "mentions": [{"text": "Ana Ruiz", "start": 0, "end": 8}]}],
        "statements": [{"speaker": {"text": "She", "start": 18, "end": 21, "name": "She", "type": None},
                        "content": {"text": "I agree", "spans": [[27, 34]]}}],
    }
    records = [CorefMention(18, 21, "She", "pronoun", "a1", 0.9, "ranked"),
               CorefMention(27, 28, "I", "pronoun", None, 1.0, "quote-speaker", (26, 35))]
    out = merge_coref(doc_json, records)
    speaker = out["statements"][0]["speaker"]
    assert speaker["name"] == "Ana Ruiz" and speaker["actor"] == "a1"
    assert [m["text"] for m in out["actors"][0]["mentions"]] == ["Ana Ruiz", "She", "I"]
    assert doc_json["statements"][0]["speaker"]["name"] == "She"  # the input is left as it was


def test_there_is_a_candidate_but_not_the_there_of_there_is():
    # "There is a port . Ana moved there ."
    words = ["There", "is", "a", "port", ".", "Ana", "moved", "there", "."]
    heads = [1, 1, 3, 1, 1, 6, 6, 6, 6]
    deps = ["expl", "ROOT", "det", "attr", "punct", "nsubj", "ROOT", "advmod", "punct"]
    tags = ["EX", "VBZ", "DT", "NN", ".", "NNP", "VBD", "RB", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    found = find_candidates(doc, {5: "a1"}, 10)
    assert [(c.i, c.form, c.word) for c in found] == [(7, "description", "there")]
    assert agreement(found[0], "GPE", "") == "yes" and agreement(found[0], "PERSON", "f") == "no"


def test_predicate_noun_of_a_resolved_pronoun_describes_its_actor():
    # "Tomas Berg left . He is a geologist ."
    words = ["Tomas", "Berg", "left", ".", "He", "is", "a", "geologist", "."]
    heads = [1, 2, 2, 2, 5, 5, 7, 5, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "attr", "punct"]
    tags = ["NNP", "NNP", "VBD", ".", "PRP", "VBZ", "DT", "NN", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    doc[5].lemma_ = "be"
    doc._.actors = [_person(doc, "Tomas Berg", 0, 2)]
    ctx = build_context(doc)
    cands = find_candidates(doc, dict(ctx.token_actor), 10)
    noun = next(c for c in cands if c.word == "geologist")
    assert noun.via == 4
    assert said_of_a_name(ctx, noun, PARAMS, {}) is None  # "He" not resolved yet: nothing to describe
    from claimscope.analyse.coref.context import Anchor
    ctx.add_anchor(Anchor(4, 1, "a1", "pronoun", "nsubj"))
    found = said_of_a_name(ctx, noun, PARAMS, {})
    assert found is not None and found.actor_id == "a1" and found.text == "a geologist"
