"""The coreference stage on sentences written for the tests (parsed by the pipeline, then resolved)."""

import re

import pytest


@pytest.fixture(scope="module")
def resolve(nlp, coref_stage):
    def run(text):
        doc = coref_stage(nlp(text))
        names = {a.id: a.name for a in doc._.actors}
        return doc, {(r.text, r.start): names.get(r.actor_id) for r in doc._.coref}

    return run


def _at(text, word, nth=0):
    """(word, offset) of the nth occurrence of `word` as a whole word."""
    return (word, [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)][nth])


def test_pronoun_after_one_person(resolve):
    text = "Sarah Miller opened the new library in Porto on Monday. She thanked the volunteers."
    _, found = resolve(text)
    assert found[_at(text, "She")] == "Sarah Miller"


def test_she_and_he_choose_by_gender(resolve):
    text = "Mr Peter Hale met Mrs Linda Moreno in Lisbon. She told reporters that he had agreed to the plan."
    _, found = resolve(text)
    assert found[_at(text, "She")] == "Linda Moreno"
    assert found[_at(text, "he")] == "Peter Hale"


def test_it_for_an_organisation(resolve):
    text = "Norvale Systems cut 200 jobs at its plant on Tuesday. It said orders from carmakers had fallen."
    _, found = resolve(text)
    assert found[_at(text, "its")] == "Norvale Systems"
    assert found[_at(text, "It")] == "Norvale Systems"


def test_subject_not_the_nearest_name(resolve):
    text = ("Linda Moreno, the mayor, criticised Mr Peter Hale over the budget on Friday. "
            "She said the city could not wait for another year.")
    _, found = resolve(text)
    assert found[_at(text, "She")] == "Linda Moreno"


def test_two_people_with_one_surname_stay_apart(resolve):
    text = ("Maria Lopez and her brother Daniel Lopez run a bakery in Porto. Daniel Lopez said he bakes every night. "
            "Maria Lopez said she keeps the accounts.")
    doc, found = resolve(text)
    people = sorted(a.name for a in doc._.actors if a.type == "PERSON")
    assert people == ["Daniel Lopez", "Maria Lopez"]
    assert found[_at(text, "he")] == "Daniel Lopez"
    assert found[_at(text, "she")] == "Maria Lopez"


def test_description_refers_back_to_the_company(resolve):
    text = "Norvale Systems reported a loss for the year. The company said demand for its sensors fell."
    _, found = resolve(text)
    assert found[_at(text, "The company")] == "Norvale Systems"


def test_first_person_in_a_quotation_is_its_speaker(resolve):
    text = "“I will stay in the job until the spring,” Sarah Miller said on Monday."
    doc, _ = resolve(text)
    first = [r for r in doc._.coref if r.text == "I"]
    assert len(first) == 1
    assert first[0].actor_id is None
    assert first[0].quote == (0, text.index("”") + 1)


def test_interview_answer_is_the_interviewee(resolve):
    text = ("Reporters interview Helen Brooks about the harbour\n\nWhy did you build it?\n\n"
            "I wanted boats to come back.\n\nWhat comes next?\n\nMy team starts on the bridge.\n\nWhen?\n\nSoon.")
    _, found = resolve(text)
    assert found[_at(text, "I")] == "Helen Brooks"
    assert found[_at(text, "My")] == "Helen Brooks"


def test_role_description_after_an_appositive(resolve):
    text = ("Linda Moreno, the party leader, opened the conference in Porto. "
            "The party leader said the vote would be held in May.")
    _, found = resolve(text)
    assert found[_at(text, "the party leader")] == "Linda Moreno"
    assert found[_at(text, "The party leader")] == "Linda Moreno"


def test_acronym_after_the_full_name(resolve):
    text = "The Harbour Workers Union called a strike on Monday. HWU members voted for it."
    _, found = resolve(text)
    assert found[_at(text, "HWU")] == "Harbour Workers Union"


def test_a_person_named_like_a_place_keeps_the_place_apart(resolve):
    text = "Anne Paris flew to Paris on Monday. She said the city was cold."
    doc, found = resolve(text)
    assert found[_at(text, "She")] == "Anne Paris"
    place = _at(text, "Paris", 1)
    assert place not in found  # the stage adds no name to a person that the linker gave to a place
    assert any(a.type in ("GPE", "LOC") and a.name == "Paris" for a in doc._.actors)


def test_you_of_an_interview_question_is_the_interviewee(resolve):
    text = ("Reporters interview Helen Brooks about the harbour\n\nWhy did you build it?\n\n"
            "I wanted boats to come back. You can see them from the hill.\n\nWhat comes next for your team?\n\n"
            "The bridge.\n\nWhen?\n\nSoon.")
    _, found = resolve(text)
    assert found[_at(text, "you")] == "Helen Brooks"
    assert found[_at(text, "your")] == "Helen Brooks"
    assert _at(text, "You") not in found  # "you" of an answer is anyone


def test_you_outside_an_interview_stays_unresolved(resolve):
    text = "Helen Brooks opened the harbour on Monday. Boats are back, and you can see them from the hill."
    _, found = resolve(text)
    assert _at(text, "you") not in found
