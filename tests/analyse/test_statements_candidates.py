"""Candidate forms the rules propose for the learned filter to weigh, on sentences written for these tests.

Each test looks at what the rules propose (the builder in training mode, before the model judges), so it checks
the syntax of the rule whatever the shipped weights make of it.
"""

import pytest

from claimscope.analyse.statements import Extraction, default_options


@pytest.fixture
def candidates_of(nlp):
    """Every (rule, cue, content, speaker) the rules propose for a text."""
    options = default_options(collect=True)

    def run(text):
        extraction = Extraction(nlp(text), options)
        extraction.run()
        return [(st.rule, text[st.cue[0]:st.cue[1]] if st.cue else None, " ".join(text[s:e] for s, e in st.content),
                 st.speaker.text if st.speaker else None) for _, st in extraction.collected]
    return run


def having(cands, cue_word):
    found = [c for c in cands if c[1] and cue_word in c[1]]
    assert found, f"no candidate with cue {cue_word!r} in {cands}"
    return found


def test_an_addressee_verb_whose_object_is_no_one_reports_the_object(candidates_of):
    cands = candidates_of("The ministry has promised a review of the tender process.")
    assert ("verb-object", "has promised", "a review of the tender process", "The ministry") in cands


def test_an_addressee_verb_whose_object_is_a_person_keeps_it_as_addressee(candidates_of):
    cands = candidates_of("The ministry promised the farmers a review.")
    assert not [c for c in cands if c[0] == "verb-object" and "farmers" in c[2]]


def test_a_pronoun_object_is_proposed(candidates_of):
    cands = candidates_of("The coach has never defended it in public.")
    assert [c for c in having(cands, "defended") if c[2] == "it"]


def test_a_reflexive_object_takes_its_as_predicate(candidates_of):
    cands = candidates_of("The mayor has portrayed himself as a friend of small shops.")
    assert [c for c in having(cands, "portrayed") if c[2] == "himself as a friend of small shops"]


def test_a_one_word_object_of_a_preposition(candidates_of):
    cands = candidates_of("On Sunday the bishop talked about immigration.")
    assert [c for c in having(cands, "talked") if c[2] == "immigration" and c[3] == "the bishop"]


def test_prepositions_beyond_about_and_for(candidates_of):
    cands = candidates_of("The union leader railed at the board's refusal to raise wages.")
    assert [c for c in having(cands, "railed") if c[2].startswith("the board's refusal")]


def test_as_clause_before_the_clause_it_reports(candidates_of):
    cands = candidates_of("As the audit noted, the agency overspent its budget.")
    assert ("verb-inverted", "noted", "the agency overspent its budget", "the audit") in cands


def test_comma_set_speech_verb_inside_a_clause_of_another_cue_verb(candidates_of):
    cands = candidates_of("The minister, aides said, wanted a quick vote.")
    found = [c for c in having(cands, "said") if c[0] == "verb-inverted"]
    assert found and found[0][3] == "aides" and found[0][2] == "The minister wanted a quick vote"


def test_a_relative_clause_whose_object_is_the_noun(candidates_of):
    cands = candidates_of("The treaty - a deal she once supported - is now in doubt.")
    assert ("verb-relcl", "once supported", "a deal", "she") in cands


def test_a_relative_clause_whose_subject_is_the_noun_is_not_this_form(candidates_of):
    cands = candidates_of("The senator who supported the treaty lost her seat.")
    assert not [c for c in cands if c[0] == "verb-relcl"]


def test_a_participle_with_its_agent(candidates_of):
    cands = candidates_of("The tax bill, opposed by most farmers, never became law.")
    assert [c for c in cands if c[0] == "verb-acl" and c[2] == "The tax bill" and c[3] == "most farmers"]


def test_a_noun_with_an_infinitive_states_an_intention(candidates_of):
    cands = candidates_of("Her decision to close the clinic angered the town.")
    assert [c for c in having(cands, "decision") if c[2] == "to close the clinic" and c[3] == "Her"]


def test_how_something_seems_without_another_complement(candidates_of):
    cands = candidates_of("The recovery, for now, seems fragile.")
    assert [c for c in cands if c[0] == "verb-seem" and c[1] == "seems"]


def test_a_view_noun_before_a_copula_and_a_that_clause(candidates_of):
    cands = candidates_of("One view is that the tariff will raise prices.")
    assert ("noun-copula", "One view is", "that the tariff will raise prices", None) in cands


def test_it_is_clear_that(candidates_of):
    cands = candidates_of("It is clear that the council misjudged the budget.")
    assert [c for c in cands if c[0] == "adjective-it" and c[1] == "It is clear"
            and c[2] == "that the council misjudged the budget" and c[3] is None]


def test_an_ordinary_copula_sentence_is_no_candidate(candidates_of):
    cands = candidates_of("The bridge is that old wooden one by the river.")
    assert not [c for c in cands if c[0] in {"noun-copula", "adjective-it"}]


def test_what_a_poll_found(candidates_of):
    cands = candidates_of("In a county-wide poll released Monday, 58 percent of residents backed the new tram.")
    found = [c for c in cands if c[0] == "prep-document"]
    assert found and found[0][1] == "In" and found[0][3].startswith("a county-wide poll")
    assert found[0][2] == "58 percent of residents backed the new tram"


def test_under_her_plan_the_owner_is_the_source(candidates_of):
    cands = candidates_of("Under the governor's plan, every school would get a nurse.")
    assert ("prep-document", "plan", "every school would get a nurse", "the governor") in cands


def test_an_ordinary_in_phrase_is_no_document_cue(candidates_of):
    cands = candidates_of("In the morning, the ferry left the harbour.")
    assert not [c for c in cands if c[0] == "prep-document"]


def test_an_addressee_verb_with_a_prepositional_object(candidates_of):
    cands = candidates_of("The inspector warned against further delays.")
    assert [c for c in having(cands, "warned") if c[2] == "further delays"]
