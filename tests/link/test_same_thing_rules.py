"""Two sides must be about one thing: events at a time and place that can be one, descriptions of one kind of
thing (contradictions.same_time_and_place, characterisation.same_kind)."""

from __future__ import annotations

from claimscope.link import characterisation
from claimscope.link.contradictions import same_time_and_place


def _event(date=None, value=None, location=None):
    return {"lemma": "win", "date": {"text": date, "value": value} if date else None, "location": location}


def test_events_of_two_dates_or_two_places_are_two_events():
    assert not same_time_and_place(_event("2019", "2019"), _event("2021", "2021"))
    assert not same_time_and_place(_event("in 2019", "2019"), _event("in August", None))
    assert not same_time_and_place(_event(location="Tarvik"), _event(location="Olmen"))


def test_events_that_can_be_one():
    assert same_time_and_place(_event("2019", "2019"), _event("in September 2019", "2019-09"))
    assert same_time_and_place(_event("Monday", None), _event("monday", None))
    assert same_time_and_place(_event("2019", "2019"), _event())          # one side undated
    assert same_time_and_place(_event(location="Tarvik"), _event(location="Tarvik"))
    assert same_time_and_place(_event(location="Tarvik"), _event())


def _d(text, polarity=0.0, predicative=False):
    return characterisation.Descriptor(text=text, head=text.split()[-1], negated=False, polarity=polarity, start=0,
                                       end=len(text), predicative=predicative)


def test_a_neutral_kind_word_on_one_side_makes_two_things():
    strong = [_d("so strong", -0.5, True)]
    mental = [_d("mental"), _d("important thing", 0.3, True)]
    assert not characterisation.same_kind(strong, mental)


def test_evaluations_names_and_identifying_words_are_no_kinds():
    assert characterisation.same_kind([_d("exhausted", -0.6)], [_d("elite", 0.5)])
    assert characterisation.same_kind([_d("Ostravan"), _d("well trained", 0.5, True)], [_d("poorly trained", -0.5,
                                                                                           True)])
    assert characterisation.same_kind([_d("latest"), _d("swift", 0.3, True)], [_d("slow", -0.3, True)])
    assert characterisation.same_kind([_d("domestic")], [_d("domestic"), _d("weak", -0.4, True)])


def test_a_question_describes_nothing_and_original_only_says_which():
    assert characterisation.asked("How would you prove the original report is genuine?")
    assert characterisation.asked('"Is the plan a disaster?"')
    assert not characterisation.asked("The plan is a disaster, she said.")
    assert characterisation.side_polarity([_d("original", 0.35)]) == 0


def test_dangerous_grades_a_happening_as_grave():
    from claimscope.lexicon.severity import severity
    assert severity("one of the most dangerous failures") > 0 and severity("a minor seepage") < 0
