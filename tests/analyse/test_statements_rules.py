"""The statement rules called one by one on hand-built Docs (no model): verbs, nouns, phrases, lines."""

from claimscope.analyse.statements.names import Rule
from claimscope.analyse.statements.options import Mode
from claimscope.analyse.statements.rules import lines, nouns, phrases, verbs
from claimscope.analyse.statements.rules.verb_content import VERB_READINGS

from statements_docs import make_doc, options, text_of, view_of

# "Ana Ruiz said the plan failed."
SAID_CLAUSE = [("Ana", 1, "compound", "NNP", "Ana"), ("Ruiz", 2, "nsubj", "NNP", "Ruiz"),
               ("said", 2, "ROOT", "VBD", "say"), ("the", 4, "det", "DT", "the"), ("plan", 5, "nsubj", "NN", "plan"),
               ("failed", 2, "ccomp", "VBD", "fail"), (".", 2, "punct", ".", ".")]


def _only(cands):
    assert len(cands) == 1, [c.statement for c in cands]
    return cands[0].statement


def test_a_speech_verb_reports_its_clausal_complement():
    doc = make_doc(SAID_CLAUSE, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    st = _only(verbs.verb_cue(view_of(doc), doc[2], doc[:], options()))
    assert st.rule is Rule.VERB_COMP
    assert text_of(doc, st.content) == "the plan failed"
    assert st.speaker.text == "Ana Ruiz"
    assert doc.text[st.cue[0]:st.cue[1]] == "said"


def test_a_verb_of_announcing_reports_its_object():
    # "The ministry announced a ban."
    doc = make_doc([("The", 1, "det", "DT", "the"), ("ministry", 2, "nsubj", "NN", "ministry"),
                    ("announced", 2, "ROOT", "VBD", "announce"), ("a", 4, "det", "DT", "a"),
                    ("ban", 2, "dobj", "NN", "ban"), (".", 2, "punct", ".", ".")])
    st = _only(verbs.verb_cue(view_of(doc), doc[2], doc[:], options()))
    assert st.rule is Rule.VERB_OBJECT
    assert text_of(doc, st.content) == "a ban"


def test_with_open_candidates_a_preposition_joins_the_cue():
    # "The union called for a strike." : 'called for' cues 'a strike' only when candidates are open
    rows = [("The", 1, "det", "DT", "the"), ("union", 2, "nsubj", "NN", "union"), ("called", 2, "ROOT", "VBD", "call"),
            ("for", 2, "prep", "IN", "for"), ("a", 5, "det", "DT", "a"), ("strike", 3, "pobj", "NN", "strike"),
            (".", 2, "punct", ".", ".")]
    doc = make_doc(rows)
    assert verbs.verb_cue(view_of(doc), doc[2], doc[:], options(Mode.CURATED)) == []
    cands = verbs.verb_cue(view_of(doc), doc[2], doc[:], options(Mode.OPEN))
    st = next(c.statement for c in cands if c.statement.rule is Rule.VERB_PREP_OBJECT)
    assert text_of(doc, st.content) == "a strike"
    assert doc.text[st.cue[0]:st.cue[1]] == "called for"


def test_the_first_reading_that_finds_content_wins():
    doc = make_doc(SAID_CLAUSE)
    cv = verbs.cue_verb(view_of(doc), doc[2], doc[:], options())
    found = verbs.read_content(view_of(doc), cv)
    assert found.rule is Rule.VERB_COMP
    assert VERB_READINGS[0].__name__ == "complement"


def test_an_adjective_after_a_copula_reports_a_belief():
    # "Ana is confident that prices will fall."
    doc = make_doc([("Ana", 1, "nsubj", "NNP", "Ana"), ("is", 1, "ROOT", "VBZ", "be", "AUX"),
                    ("confident", 1, "acomp", "JJ", "confident"), ("that", 6, "mark", "IN", "that"),
                    ("prices", 6, "nsubj", "NNS", "price"), ("will", 6, "aux", "MD", "will"),
                    ("fall", 2, "ccomp", "VB", "fall"), (".", 1, "punct", ".", ".")])
    assert nouns.reads_adjective(doc[2], options())
    st = _only(nouns.adjective_cue(view_of(doc), doc[2], doc[:], options()))
    assert st.rule is Rule.ADJECTIVE
    assert text_of(doc, st.content) == "that prices will fall"
    assert doc.text[st.cue[0]:st.cue[1]] == "is confident"


def test_a_cue_noun_reports_its_that_clause_and_its_owner_speaks():
    # "Her claim that the plan failed was wrong."
    doc = make_doc([("Her", 1, "poss", "PRP$", "her"), ("claim", 6, "nsubj", "NN", "claim"),
                    ("that", 5, "mark", "IN", "that"), ("the", 4, "det", "DT", "the"),
                    ("plan", 5, "nsubj", "NN", "plan"), ("failed", 1, "acl", "VBD", "fail"),
                    ("was", 6, "ROOT", "VBD", "be", "AUX"), ("wrong", 6, "acomp", "JJ", "wrong"),
                    (".", 6, "punct", ".", ".")])
    assert nouns.reads_noun(doc[1], options())
    st = _only(nouns.noun_cue(view_of(doc), doc[1], doc[:], options()))
    assert st.rule is Rule.NOUN
    assert text_of(doc, st.content) == "that the plan failed"
    assert st.speaker.text == "Her"


def test_according_to_takes_the_clause_after_the_phrase():
    # "According to the ministry, the plan failed."
    doc = make_doc([("According", 7, "prep", "VBG", "accord"), ("to", 0, "prep", "IN", "to"),
                    ("the", 3, "det", "DT", "the"), ("ministry", 1, "pobj", "NN", "ministry"),
                    (",", 7, "punct", ",", ","), ("the", 6, "det", "DT", "the"), ("plan", 7, "nsubj", "NN", "plan"),
                    ("failed", 7, "ROOT", "VBD", "fail"), (".", 7, "punct", ".", ".")])
    st = _only(phrases.according_to(view_of(doc), doc[:], options()))
    assert st.rule is Rule.PREP
    assert text_of(doc, st.content) == "the plan failed"
    assert st.speaker.text == "the ministry"
    assert doc.text[st.cue[0]:st.cue[1]] == "According to"


def test_a_headline_names_its_source_before_the_colon():
    # "HERALD: Council says the bridge will reopen"
    doc = make_doc([("HERALD", 0, "ROOT", "NNP", "HERALD"), (":", 0, "punct", ":", ":"),
                    ("Council", 3, "nsubj", "NNP", "Council"), ("says", 0, "appos", "VBZ", "say"),
                    ("the", 5, "det", "DT", "the"), ("bridge", 7, "nsubj", "NN", "bridge"),
                    ("will", 7, "aux", "MD", "will"), ("reopen", 3, "ccomp", "VB", "reopen")])
    (cand,) = lines.headlines(view_of(doc), options())
    assert cand.statement.rule is Rule.HEADLINE
    assert cand.statement.speaker.text == "HERALD"
    assert text_of(doc, cand.statement.content) == "Council says the bridge will reopen"


def test_a_quotation_signed_with_a_dash_is_its_signers():
    rows = [("“", 3, "punct", "``", "“"), ("We", 3, "nsubj", "PRP", "we"), ("will", 3, "aux", "MD", "will"),
            ("rebuild", 3, "ROOT", "VB", "rebuild"), ("the", 5, "det", "DT", "the"), ("town", 3, "dobj", "NN", "town"),
            (".", 3, "punct", ".", "."), ("”", 3, "punct", "''", "”"), ("―", 9, "punct", ":", "―"),
            ("Ana", 10, "compound", "NNP", "Ana"), ("Ruiz", 3, "npadvmod", "NNP", "Ruiz")]
    spaces = [False, True, True, True, True, False, False, True, True, True, False]
    doc = make_doc(rows, spaces=spaces)
    (cand,) = lines.signatures(view_of(doc), options(Mode.OPEN))
    st = cand.statement
    assert st.rule is Rule.SIGNATURE and st.kind == "direct"
    assert st.speaker.text == "Ana Ruiz"
    assert text_of(doc, st.content) == "“We will rebuild the town.”"
