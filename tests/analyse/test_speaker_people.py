"""Speakers that are people described by their role or named inside the quotation (analyse/statements/speakers.py,
discourse.py), on articles written for the tests."""


def _named(statements, words):
    """The actor named by the speaker of the statement whose content holds `words` (None when it names none)."""
    found = [st for st in statements if words in st["content"]["text"]]
    assert found, f"no statement holds {words!r}: {[st['content']['text'] for st in statements]}"
    sp = found[0]["speaker"]
    if not sp or sp.get("resolved") is False or sp.get("type") == "SOURCE":
        return None
    return sp.get("name")


BANK = ("Bank results\n\nThe chief executive of Lakeford Bank, Sam Ortiz, said profits rose. The bank's chairman, "
        "Tom Reid, praised the staff. \"It has been a good year,\" the {role} said.")


def test_a_role_with_modifiers_is_the_person_who_holds_every_word_of_it(statements_of):
    assert _named(statements_of(BANK.format(role="chief executive")), "good year") == "Sam Ortiz"


def test_a_role_with_a_word_the_person_s_role_lacks_is_not_them(statements_of):
    assert _named(statements_of(BANK.format(role="former chief executive")), "good year") != "Sam Ortiz"


def test_a_pronoun_speaker_is_not_the_person_the_quotation_talks_about(statements_of):
    text = ("Cup tie\n\nManager Tom Hale praised striker Ben Cole after the win. \"Ben was superb today and he "
            "deserves the goal,\" he said.")
    assert _named(statements_of(text), "Ben was superb") == "Tom Hale"


def test_a_pronoun_speaker_whose_quotation_names_no_one_keeps_the_salient_person(statements_of):
    text = ("Cup tie\n\nStriker Ben Cole scored twice as his side beat the team of Tom Hale. \"I am delighted for "
            "the whole squad,\" he said.")
    assert _named(statements_of(text), "delighted") == "Ben Cole"


def test_reported_speech_may_name_its_speaker_in_the_third_person(statements_of):
    text = ("Cup tie\n\nStriker Ben Cole scored twice. Afterwards he said he was \"over the moon\" with the win.")
    assert _named(statements_of(text), "over the moon") == "Ben Cole"


def test_a_pronoun_takes_a_person_newly_named_as_subject_just_before(statements_of):
    text = ("Cup tie\n\nLakeford beat Northfield 2-0 on Saturday.\n\n\"We deserved it,\" said Lakeford boss Dean "
            "Walsh. \"The players were brilliant.\"\n\nNorthfield manager Sam Ortiz was less happy.\n\n\"We never "
            "got going,\" he said.")
    assert _named(statements_of(text), "never got going") == "Sam Ortiz"


def test_a_person_named_only_as_an_object_does_not_outrank_who_spoke(statements_of):
    text = ("Cup tie\n\n\"We deserved it,\" said Lakeford boss Dean Walsh. He praised striker Ben Cole.\n\n"
            "\"The players were brilliant,\" he said.")
    assert _named(statements_of(text), "players were brilliant") == "Dean Walsh"


def test_an_age_description_is_the_person_who_spoke_last(statements_of):
    text = ("Film deal\n\nActress Maria Okafor has signed for a new film. Speaking on Monday, she said: \"I am "
            "thrilled.\"\n\n\"It is a dream role for me,\" the 34-year-old added.")
    assert _named(statements_of(text), "dream role") == "Maria Okafor"


def test_an_age_description_with_no_person_before_names_no_one(statements_of):
    text = "Film deal\n\nThe new film will open in May. \"It is a dream role for me,\" the 34-year-old said."
    assert _named(statements_of(text), "dream role") is None
