"""Issue 3's cover cases not tested elsewhere, on sentences written for these tests (not corpus sentences)."""

from claimscope.lexicon.speech import CUE_VERBS


def find(stmts, cue):
    found = [s for s in stmts if s["cue"] and cue in s["cue"]["text"].lower()]
    assert found, f"no statement with cue {cue!r} in {[s['cue'] and s['cue']['text'] for s in stmts]}"
    return found[0]


def contents(stmts):
    return [s["content"]["text"] for s in stmts]


# ---- speech and writing ---------------------------------------------------------------------------------
def test_writing_cue(statements_of):
    text = "In a letter to shareholders, the chief executive, Lena Ortiz, wrote that profits would fall sharply."
    s = find(statements_of(text), "wrote")
    assert s["speaker"]["name"] == "Lena Ortiz"
    assert s["content"]["text"] == "that profits would fall sharply"


def test_speech_with_inverted_verb_and_title(statements_of):
    text = "The harbour will be dredged next spring, Port Director Malik Osei told reporters on Tuesday."
    s = find(statements_of(text), "told")
    assert s["speaker"]["name"] == "Malik Osei"
    assert s["content"]["text"].startswith("The harbour will be dredged")


# ---- reports --------------------------------------------------------------------------------------------
def test_the_paper_reports(statements_of):
    s = find(statements_of("The Gazette reports that the cannery will close in March."), "reports")
    assert "Gazette" in s["speaker"]["text"]
    assert s["content"]["text"] == "that the cannery will close in March"


# ---- beliefs and intentions -----------------------------------------------------------------------------
def test_wants_with_object(statements_of):
    s = find(statements_of("The farmers' union wants a ban on imported grain."), "wants")
    assert s["content"]["text"] == "a ban on imported grain"
    assert "union" in s["speaker"]["text"]


def test_aims_to(statements_of):
    s = find(statements_of("The ministry aims to finish the coastal road by 2030."), "aims")
    assert s["content"]["text"] == "to finish the coastal road by 2030"
    assert s["speaker"]["text"] == "The ministry"


def test_belief_thinks(statements_of):
    s = find(statements_of("Governor Ruth Adeyemi thinks the levee will hold."), "thinks")
    assert s["speaker"]["name"] == "Ruth Adeyemi"
    assert s["content"]["text"] == "the levee will hold"


# ---- perceptions ----------------------------------------------------------------------------------------
def test_perception_noticed(statements_of):
    s = find(statements_of("Neighbours noticed that the gate had been left open all night."), "noticed")
    assert s["speaker"]["text"] == "Neighbours"
    assert s["content"]["text"] == "that the gate had been left open all night"


# ---- sources that are not people ------------------------------------------------------------------------
def test_poll_as_source(statements_of):
    s = find(statements_of("A new poll by the Tribune shows that most voters oppose the toll."), "shows")
    assert s["speaker"]["text"].startswith("A new poll")
    assert s["content"]["text"] == "that most voters oppose the toll"


def test_study_as_source(statements_of):
    s = find(statements_of("A study published on Monday suggests that the lake is warming faster than feared."),
             "suggests")
    assert s["speaker"]["text"].startswith("A study")
    assert "the lake is warming faster than feared" in s["content"]["text"]


def test_document_as_source(statements_of):
    s = find(statements_of("The leaked memo states that the plant failed two inspections."), "states")
    assert s["speaker"]["text"] == "The leaked memo"
    assert s["content"]["text"] == "that the plant failed two inspections"


def test_organisation_as_source(statements_of):
    s = find(statements_of("The Red Cross said on Sunday that its convoy had reached the valley."), "said")
    assert "Red Cross" in s["speaker"]["text"]
    assert s["content"]["text"] == "that its convoy had reached the valley"


def test_source_close_to(statements_of):
    s = find(statements_of("A source close to the negotiations said the deal could be signed within days."), "said")
    assert s["speaker"]["text"] == "A source close to the negotiations"
    assert s["content"]["text"] == "the deal could be signed within days"


# ---- cues beyond a fixed verb list ----------------------------------------------------------------------
def test_learned_cue_verb_outside_the_curated_groups(statements_of):
    assert "lambaste" not in CUE_VERBS  # only the lexicon learned from annotations knows it
    s = find(statements_of("Senator Ida Moreno lambasted the proposal as a giveaway to developers."), "lambasted")
    assert s["speaker"]["name"] == "Ida Moreno"
    assert "the proposal" in s["content"]["text"]


def test_noun_cue_with_that_clause(statements_of):
    s = find(statements_of("Residents cheered the mayor's announcement that the pool would reopen."),
             "announcement")
    assert s["content"]["text"] == "that the pool would reopen"
    assert s["speaker"]["text"] == "the mayor's"


def test_called_for(statements_of):
    s = find(statements_of("The opposition leader called for an independent inquiry into the contracts."), "called")
    assert s["content"]["text"] == "an independent inquiry into the contracts"


def test_calling_for_someone_to_act(statements_of):
    # the parser hangs "for the regional government to fund ..." on the verb as an adverbial clause
    s = find(statements_of("The council is calling for the regional government to fund the new bridge."), "calling")
    assert s["cue"]["text"] == "is calling for"
    assert s["content"]["text"] == "the regional government to fund the new bridge"


def test_question_asked_with_if_and_no_subject(statements_of):
    s = find(statements_of("Asked if the ferry would run on Sunday, the harbour master shook his head."), "asked")
    assert s["content"]["text"] == "if the ferry would run on Sunday"


def test_support_for_a_person_named_by_a_pronoun(statements_of):
    s = find(statements_of("Most farmers in the valley support her."), "support")
    assert s["content"]["text"] == "her"
    assert "farmers" in s["speaker"]["text"]


def test_a_date_after_a_preposition_is_no_content(statements_of):
    stmts = statements_of("“We will rebuild the harbour,” Ines Moreau said in a statement on Friday.")
    assert "Friday" not in contents(stmts)
    assert find(stmts, "said")["content"]["text"].strip("“”,") == "We will rebuild the harbour"


def test_expected_to(statements_of):
    s = find(statements_of("The council is expected to approve the budget next week."), "expected")
    assert "approve the budget next week" in s["content"]["text"]


# ---- quotation marks that are not quotes ----------------------------------------------------------------
def test_nickname_in_quotes_is_no_statement(statements_of):
    text = "Former boxer Joe “The Hammer” Doyle said the gym would reopen in June."
    stmts = statements_of(text)
    assert "“The Hammer”" not in contents(stmts)
    s = find(stmts, "said")
    assert s["content"]["text"] == "the gym would reopen in June"


# ---- the speaker is the document's canonical actor, its description kept --------------------------------
def test_speaker_description_kept_and_resolved(statements_of):
    text = ("Thomas Barrett argued the case for the state.\n"
            "Mr. Barrett, the lawyer for the state's environmental protection agency, said the rules were unlawful.")
    s = find(statements_of(text), "said")
    assert s["speaker"]["name"] == "Thomas Barrett"
    assert s["speaker"]["text"].startswith("Mr. Barrett, the lawyer for the state")
    assert s["content"]["text"] == "the rules were unlawful"


# ---- passives whose subject is what was reported ----------------------------------------------------------
def test_passive_subject_is_the_content_and_the_agent_the_source(statements_of):
    s = find(statements_of("The new harbour levy was rejected by the port authority on Monday."), "rejected")
    assert s["content"]["text"] == "The new harbour levy"
    assert s["speaker"]["text"] == "the port authority"


def test_passive_with_as_predicate(statements_of):
    s = find(statements_of("Councillor Amara Veldt is widely seen as a likely successor to the mayor."), "seen")
    assert s["content"]["text"].startswith("Councillor Amara Veldt")
    assert s["content"]["text"].endswith("a likely successor to the mayor")
    assert s["speaker"] is None


# ---- split quotations in the two-apostrophe style ('' ... '') ----------------------------------------------
def test_split_quote_with_double_apostrophes(statements_of):
    text = ("The ferry service ends this winter. ''We cannot keep losing money on every crossing,'' "
            "the operator's director, Pia Lindqvist, said. ''The boats are simply too old.''")
    s = find(statements_of(text), "said")
    assert s["speaker"]["name"] == "Pia Lindqvist"
    assert "We cannot keep losing money" in s["content"]["text"]
    assert "The boats are simply too old" in s["content"]["text"]


def test_going_to_is_tense_not_a_stance(statements_of):
    stmts = statements_of("The ferry operator is going to cut the winter timetable, the mayor said on Friday.")
    assert not [s for s in stmts if s["cue"] and "going" in s["cue"]["text"]]
    assert find(stmts, "said")["content"]["text"].startswith("The ferry operator is going to cut")


# ---- the verb that introduces a quotation, not another verb near it ----------------------------------------
def test_quote_then_name_with_age_then_speech_verb(statements_of):
    text = ("The council met on Friday.\n\n"
            "“We were wrong to wait this long before acting,” Okonkwo, 61, told the radio station on Friday.")
    s = find(statements_of(text), "told")
    assert "Okonkwo" in s["speaker"]["text"]
    assert s["content"]["text"].strip("“”,") == "We were wrong to wait this long before acting"


def test_quote_hung_under_the_speaker_by_the_parser(statements_of):
    text = ("“That is a fair worry, because they are very committed,” Lindgren, 44, told the paper on Monday "
            "when asked about the vote.")
    s = find(statements_of(text), "told")
    assert "Lindgren" in s["speaker"]["text"]
    assert "That is a fair worry" in s["content"]["text"]


def test_said_adding_keeps_the_quote_with_said(statements_of):
    text = ("''We will take a much more active role at the company to protect our investment,'' he said, "
            "adding that the fund's vice chairman, Ada Brandt, had joined the board.")
    stmts = statements_of(text)
    s = find(stmts, "said")
    assert "We will take a much more active role" in s["content"]["text"]
    assert "joined" not in [st["cue"]["text"] for st in stmts if st["cue"]]


def test_that_clause_hung_on_a_date_is_the_complement(statements_of):
    text = ("The minister praised the harbour deal, telling reporters on Friday that she thinks "
            "the new berths will open by spring.")
    s = find(statements_of(text), "telling")
    assert s["content"]["text"] == "that she thinks the new berths will open by spring"


def test_parenthetical_speech_verb_inside_an_ordinary_clause(statements_of):
    text = ("The suspect also had two earlier convictions, court officials said, the first for fraud "
            "and the second for theft.")
    s = find(statements_of(text), "said")
    assert s["speaker"]["text"] == "court officials"
    assert s["content"]["text"].startswith("The suspect also had two earlier convictions")


def test_speech_verb_joined_as_a_conjunct_with_its_own_subject(statements_of):
    text = ("Despite two heavy defeats, the senator remains committed to staying in the race until June, "
            "his campaign manager, Ola Brandt, told the local paper.")
    s = find(statements_of(text), "told")
    assert "Ola Brandt" in s["speaker"]["text"]
    assert "remains committed to staying in the race" in s["content"]["text"]


def test_a_verb_inside_a_quotation_is_no_statement_of_its_own_unless_it_reports(statements_of):
    text = "“Nobody should have to drive two hours to see a doctor,” the minister, Jonas Falk, said."
    stmts = statements_of(text)
    assert [s["cue"]["text"] for s in stmts if s["cue"]] == ["said"]
