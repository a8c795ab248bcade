"""Names nested in a longer name, role nouns before a name, and interview questions without a question mark."""

import re

import pytest


@pytest.fixture(scope="module")
def resolve(nlp, coref_stage):
    def run(text):
        doc = coref_stage(nlp(text))
        names = {a.id: a.name for a in doc._.actors}
        return doc, {(r.text, r.start): (names.get(r.actor_id), r.rule) for r in doc._.coref}

    return run


def _at(text, word, nth=0):
    """(word, offset) of the nth occurrence of `word` as a whole word."""
    return (word, [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth])


def test_a_place_inside_an_organisation_name_is_also_the_place(resolve):
    text = ("Maria Lopez moved to Lisbon in 2010. She teaches at the University of Lisbon, "
            "where she runs a small laboratory.")
    doc, found = resolve(text)
    assert found[_at(text, "Lisbon", 1)] == ("Lisbon", "nested-name")


def test_no_nested_name_without_an_actor_of_that_name(resolve):
    text = "Maria Lopez teaches at the University of Lisbon. She runs a small laboratory there."
    _, found = resolve(text)
    assert _at(text, "Lisbon") not in found


def test_a_first_name_inside_a_person_name_is_no_other_person(resolve):
    text = "Daniel Ortega Ruiz met Daniel on Monday. Daniel Ortega Ruiz said the talks went well."
    doc, found = resolve(text)
    assert not any(rule == "nested-name" for _, rule in found.values())


def test_a_role_noun_before_a_name_describes_that_person(resolve):
    text = "The study was led by geologist Maria Lopez of the Harbour Institute. She said the rocks were old."
    _, found = resolve(text)
    assert found[_at(text, "geologist")][0] == "Maria Lopez"


def test_a_noun_before_a_name_that_modifies_something_else_describes_no_one(resolve):
    text = "The report Maria Lopez wrote was long. She said it took a year."
    _, found = resolve(text)
    assert _at(text, "report") not in found


def test_you_of_a_question_without_a_question_mark_is_the_interviewee(resolve):
    text = ("Reporters interview Helen Brooks about the harbour\n\nWhy did you build it?\n\n"
            "I wanted boats to come back.\n\nYou have been busy since the opening.\n\n"
            "I have, and my team too.\n\nWhat comes next?\n\nThe bridge.")
    _, found = resolve(text)
    assert found[_at(text, "You")][0] == "Helen Brooks"


def test_you_of_an_answer_without_first_person_after_it_stays_open(resolve):
    text = ("Reporters interview Helen Brooks about the harbour\n\nWhy did you build it?\n\n"
            "I wanted boats to come back.\n\nWhat comes next?\n\nYou can see the bridge from the hill.\n\n"
            "When?\n\nSoon.")
    _, found = resolve(text)
    assert _at(text, "You") not in found


def _hand_doc(words, pos, actors):
    """A Doc of `words` whose actors are (id, name, type, first token, end token)."""
    import spacy
    from spacy.tokens import Doc

    from claimscope.analyse.coref import register_extension
    from claimscope.analyse.extensions import register_extensions
    from claimscope.analyse.model import Actor, Mention

    register_extensions()
    register_extension()
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=["NNP" if p == "PROPN" else "CC" for p in pos],
              sent_starts=[True] + [False] * (len(words) - 1))
    doc._.actors = [Actor(aid, name, typ, [Mention(doc[s:e].start_char, doc[s:e].end_char, doc[s:e].text)])
                    for aid, name, typ, s, e in actors]
    doc._.quotes = []
    return doc


def _nested(doc):
    from claimscope.analyse.coref.context import build_context
    from claimscope.analyse.coref.mentions import find_candidates
    from claimscope.analyse.coref.rules import Params, nested_name

    ctx = build_context(doc)
    params = Params(window=4, max_candidates=8, max_mentions=100, weights=None)
    cands = find_candidates(doc, dict(ctx.token_actor), 10, names=ctx.names)
    return [(c.word, r.actor_id if r else None) for c in cands if c.form == "nested"
            for r in [nested_name(ctx, c, params, {})]]


def test_nested_rule_takes_a_place_inside_a_body_but_not_a_name_inside_a_person():
    words = ["Lisbon", "Harbour", "Authority", "and", "Lisbon", "and", "Rita", "Lisbon", "Costa"]
    pos = ["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN"]
    doc = _hand_doc(words, pos, [("a1", "Lisbon Harbour Authority", "ORG", 0, 3), ("a2", "Lisbon", "GPE", 4, 5),
                                 ("a3", "Rita Lisbon Costa", "PERSON", 6, 9)])
    assert _nested(doc) == [("Lisbon", "a2"), ("Lisbon", None)]


def test_nested_rule_needs_the_name_as_written_and_a_person_of_two_names():
    words = ["Costa", "Harbour", "Authority", "and", "Costa", "and", "Harbour"]
    pos = ["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "CCONJ", "PROPN"]
    doc = _hand_doc(words, pos, [("a1", "Costa Harbour Authority", "ORG", 0, 3), ("a2", "Costa", "PERSON", 4, 5),
                                 ("a3", "harbour", "LOC", 6, 7)])
    assert [actor for _, actor in _nested(doc)] == [None, None]


def test_asks_needs_a_question_mark_and_a_short_paragraph():
    from claimscope.analyse.coref.rules import asks

    assert asks("Why did you build it?", 100)
    assert not asks("I built it for the boats.", 100)
    long_answer = "I built it because the old one fell down. " * 12 + "Why would anyone not?"
    assert not asks(long_answer, 100)


def test_i_of_a_long_answer_ending_on_a_question_is_the_interviewee(resolve):
    answer = "I wanted boats to come back, and the town agreed with me. " * 9 + "Who would not want that?"
    text = ("Reporters interview Helen Brooks about the harbour\n\nWhy did you build it?\n\n" + answer +
            "\n\nWhat comes next?\n\nThe bridge.")
    _, found = resolve(text)
    assert found[_at(text, "I")][0] == "Helen Brooks"
