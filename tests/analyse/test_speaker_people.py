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
