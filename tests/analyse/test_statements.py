"""Statement extraction on sentences written for the tests: each wording the extractor must handle."""

import pytest


def only(stmts, cue):
    found = [s for s in stmts if s["cue"] and s["cue"]["text"].lower().split()[-1] == cue.split()[-1]
             and cue in s["cue"]["text"].lower()]
    assert found, f"no statement with cue {cue!r} in {[s['cue'] for s in stmts]}"
    return found[0]


def test_reported_speech_with_that(statements_of):
    text = "The mayor of Riverton, Anna Lindqvist, said that the new tram line would open in May."
    s = only(statements_of(text), "said")
    assert s["speaker"]["name"] == "Anna Lindqvist"
    assert "the new tram line would open in May" in s["content"]["text"]
    assert s["kind"] == "indirect"


def test_direct_quote_with_inverted_cue(statements_of):
    text = "“We will not raise taxes this year,” Finance Minister Carl Jensen said on Monday."
    s = only(statements_of(text), "said")
    assert s["speaker"]["name"] == "Carl Jensen"
    assert s["content"]["text"].startswith("“We will not raise taxes")
    assert s["kind"] == "direct"


def test_quote_split_around_its_cue(statements_of):
    text = '"The budget is balanced," Jensen said, "and the deficit is gone."'
    s = only(statements_of(text), "said")
    spans = s["content"]["spans"]
    assert len(spans) == 2
    assert [text[a:b] for a, b in spans] == ['"The budget is balanced,"', '"and the deficit is gone."']


def test_told_gives_addressee(statements_of):
    text = "“The river is rising fast,” Omar Haddad told the Daily Courier."
    s = only(statements_of(text), "told")
    assert s["speaker"]["name"] == "Omar Haddad"
    assert s["addressee"]["text"] == "the Daily Courier"


def test_according_to_at_end_keeps_appositive_out_of_content(statements_of):
    text = "Food prices will rise by winter, according to Lena Park, an economist at the Harbor Institute."
    s = only(statements_of(text), "according to")
    assert s["speaker"]["name"] == "Lena Park"
    assert s["content"]["text"] == "Food prices will rise by winter"


def test_as_per_at_start(statements_of):
    text = "As per the coast guard, three boats sank near the harbour overnight."
    s = only(statements_of(text), "as per")
    assert s["speaker"]["name"] == "coast guard"
    assert s["content"]["text"].startswith("three boats sank")


def test_surname_back_reference_and_pronoun(statements_of):
    text = ("Tomas Vidal runs a cafe near the port. Vidal said the ferry was late again. "
            "He added that customers were angry.")
    stmts = statements_of(text)
    assert only(stmts, "said")["speaker"]["name"] == "Tomas Vidal"
    assert only(stmts, "added")["speaker"]["name"] == "Tomas Vidal"


def test_headline_outlet_colon_claim(statements_of):
    text = "Read more:\n- Daily Planet: City council votes to close the old library\n"
    stmts = statements_of(text)
    s = only(stmts, ":")
    assert s["speaker"]["text"] == "Daily Planet"
    assert "council votes to close the old library" in s["content"]["text"]
    assert not any("Read more" in x["content"]["text"] for x in stmts)


def test_claim_says_x_headline(statements_of):
    text = "- Storm damage “worse than expected,” says regional governor\n"
    s = only(statements_of(text), "says")
    assert s["speaker"]["text"] == "regional governor"
    assert s["content"]["text"] == "“worse than expected,”"


def test_standalone_quote_continues_previous_speaker(statements_of):
    text = ("“The bridge is safe,” engineer Sofia Marin told reporters. "
            "“Every cable was tested twice last week.”")
    stmts = statements_of(text)
    second = [s for s in stmts if "Every cable" in s["content"]["text"]]
    assert second and second[0]["speaker"]["name"] == "Sofia Marin"


def test_nested_quote_has_inner_speaker(statements_of):
    text = ("“The ministry is basically telling farmers: ‘You are on your own this year,’” "
            "union leader Paul Mensah said.")
    stmts = statements_of(text)
    outer = only(stmts, "said")
    inner = only(stmts, "telling")
    assert outer["speaker"]["name"] == "Paul Mensah"
    assert "You are on your own" in inner["content"]["text"]
    assert inner["addressee"]["text"] == "farmers"


def test_intention_with_infinitive(statements_of):
    text = "The airline plans to cut 300 jobs next year."
    s = only(statements_of(text), "plans")
    assert s["speaker"]["name"] == "airline"
    assert s["content"]["text"] == "to cut 300 jobs next year"


def test_offsets_index_into_text(statements_of):
    text = "Officials said on Friday that the border would reopen.\n“It is safe now,” the minister said."
    for s in statements_of(text):
        for a, b in s["content"]["spans"]:
            assert 0 <= a < b <= len(text)
        if s["speaker"]:
            assert text[s["speaker"]["start"]:s["speaker"]["end"]] == s["speaker"]["text"]
        assert text[s["cue"]["start"]:s["cue"]["end"]] == s["cue"]["text"]


def test_no_statement_without_a_cue(statements_of):
    assert statements_of("The river flooded the lower town after three days of rain.") == []


def test_cue_keeps_auxiliaries_and_negation(statements_of):
    text = "The company has not denied that it plans to close the plant."
    s = only(statements_of(text), "denied")
    assert s["cue"]["text"] == "has not denied"


def test_discontinuous_content_around_a_parenthetical_cue(statements_of):
    text = "The bridge, the engineers said, would carry 40,000 cars a day."
    s = only(statements_of(text), "said")
    parts = [text[a:b] for a, b in s["content"]["spans"]]
    assert parts == ["The bridge", "would carry 40,000 cars a day"]
    assert s["speaker"]["text"] == "the engineers"


def test_passive_cue_without_source(statements_of):
    s = only(statements_of("It was announced on Monday that the museum would close."), "announced")
    assert s["speaker"] is None
    assert s["content"]["text"] == "that the museum would close"


def test_in_the_words_of(statements_of):
    s = only(statements_of("In the words of one fisherman, the season was the worst in memory."), "in the words of")
    assert s["speaker"]["text"] == "one fisherman"
    assert s["content"]["text"].startswith("the season was the worst")


def test_belief_report_and_anonymous_sources(statements_of):
    stmts = statements_of("Sources close to the governor said he would veto the bill. "
                          "The governor believes the budget is too large. "
                          "The Herald has learned that the deal collapsed.")
    assert only(stmts, "said")["speaker"]["text"] == "Sources close to the governor"
    assert only(stmts, "believes")["content"]["text"] == "the budget is too large"
    assert only(stmts, "learned")["speaker"]["name"] in {"Herald", "The Herald"}


def test_scare_quotes_are_not_statements(statements_of):
    text = "The so-called “reform” package passed on Tuesday after a long debate."
    assert statements_of(text) == []


def test_scare_quote_inside_a_call_keeps_the_object(statements_of):
    s = only(statements_of("The mayor called the budget a “disaster” on Friday."), "called")
    assert "the budget a “disaster”" in s["content"]["text"]


def test_short_quote_sentence_continues_the_speaker(statements_of):
    text = '"We will appeal," said Rosa Kim, the club\'s lawyer. "Nothing has changed."'
    s = only(statements_of(text), "said")
    assert [text[a:b] for a, b in s["content"]["spans"]] == ['"We will appeal,"', '"Nothing has changed."']
