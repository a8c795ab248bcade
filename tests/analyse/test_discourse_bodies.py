"""Speakers that are bodies, texts they issue, and passives of saying (analyse/statements/discourse_bodies.py,
speakers.py, rules/verb_content.py), on articles written for the tests."""


def _statement(statements, words):
    """The statement whose content holds `words`."""
    found = [st for st in statements if words in st["content"]["text"]]
    assert found, f"no statement holds {words!r}: {[st['content']['text'] for st in statements]}"
    return found[0]


def _named(speaker):
    """The actor a speaker names, None when it names none (unresolved, an unnamed source or no speaker)."""
    if not speaker or speaker.get("resolved") is False or speaker.get("type") == "SOURCE":
        return None
    return speaker.get("name")


def test_a_passive_of_saying_has_no_speaker_in_its_subject(statements_of):
    text = "Festival deal\n\nThe singer Anna Berg is understood to have signed a deal with the festival organisers."
    st = _statement(statements_of(text), "signed a deal")
    assert _named(st["speaker"]) is None


def test_a_passive_of_saying_keeps_its_agent(statements_of):
    text = "Film plans\n\nThe film was said by director Tomas Lindqvist to be nearly finished."
    st = _statement(statements_of(text), "nearly finished")
    assert _named(st["speaker"]) == "Tomas Lindqvist"


def test_an_active_verb_with_an_infinitive_keeps_its_subject(statements_of):
    text = "Tax plans\n\nFinance minister Peter Hale is considering raising taxes on fuel next year."
    st = _statement(statements_of(text), "raising taxes")
    assert _named(st["speaker"]) == "Peter Hale"


def test_a_text_by_a_named_body_is_that_body_s(statements_of):
    text = ("Jobs report\n\nUnemployment fell in March, according to a study from the Lakeford Institute. Minister "
            "Peter Hale welcomed the figures.")
    assert _named(_statement(statements_of(text), "Unemployment fell")["speaker"]) == "Lakeford Institute"


def test_a_text_by_no_named_actor_stays_unnamed(statements_of):
    text = "Jobs report\n\nUnemployment fell in March, according to a new study. Minister Peter Hale welcomed it."
    assert _named(_statement(statements_of(text), "Unemployment fell")["speaker"]) is None


def test_it_is_the_body_that_spoke_last_not_a_person_between(statements_of):
    text = ("Jobs report\n\nUnemployment fell in March, according to a study from the Lakeford Institute. Minister "
            "Peter Hale welcomed the figures. It said that 20,000 jobs were added in the north.")
    assert _named(_statement(statements_of(text), "20,000 jobs")["speaker"]) == "Lakeford Institute"


def test_it_after_an_unnamed_survey_names_no_actor(statements_of):
    text = ("Jobs report\n\nUnemployment fell in March in Britain, a survey published on Monday found. It said that "
            "20,000 jobs were added in the north.")
    assert _named(_statement(statements_of(text), "20,000 jobs")["speaker"]) is None


def test_it_takes_a_body_that_became_the_subject_after_the_speaker(statements_of):
    text = ("Rents rise\n\nThe Lakeford Housing Association said rents would rise in May. Under its new leader, "
            "Northfield Council has cut its own rents twice. It recently said that it would cut them again.")
    assert _named(_statement(statements_of(text), "cut them again")["speaker"]) == "Northfield Council"


def test_a_modified_company_noun_is_the_company_named_before(statements_of):
    text = "Oil deal\n\nShell bought a field off Norway. The oil giant said the deal would add to profits."
    assert _named(_statement(statements_of(text), "add to profits")["speaker"]) == "Shell"


def test_a_modified_noun_of_no_one_kind_of_body_is_not_the_body_named_before(statements_of):
    text = "Search results\n\nGoogle cut its prices on Monday. The campaign group said the site had been blocked."
    assert _named(_statement(statements_of(text), "had been blocked")["speaker"]) is None


def test_a_paper_named_after_a_place_is_the_paper_not_the_place(statements_of):
    text = "Film news\n\nThe director is in talks to make a new film, according to the Florida Reporter."
    assert _named(_statement(statements_of(text), "in talks")["speaker"]) == "Florida Reporter"


def test_a_country_named_with_the_stays_the_country(statements_of):
    text = "Trade row\n\nThe deal will go ahead, according to the United States."
    assert _named(_statement(statements_of(text), "go ahead")["speaker"]) == "United States"


def test_it_after_an_unnamed_body_names_no_actor(statements_of):
    text = ("Schools warned\n\nThe Lakeford Education Board says schools are ready for the new rules. But an "
            "all-party committee said it was not confident. It blamed the board's leaders for the delays.")
    assert _named(_statement(statements_of(text), "for the delays")["speaker"]) is None
