"""Actor grouping on texts written for the tests: surnames, false entities, aliases."""


def actors_of(nlp, text):
    from claimscope.analyse.serialize import doc_to_json

    return doc_to_json(nlp(text))["actors"]


def test_surname_is_the_person_not_the_country(nlp):
    text = ("Jordan Lee, an economist at the Harbor Institute, spoke on Monday. "
            "Lee told the Daily Courier that prices would fall.")
    acts = actors_of(nlp, text)
    person = [a for a in acts if a["name"] == "Jordan Lee"]
    assert person and person[0]["type"] == "PERSON"
    assert [m["text"] for m in person[0]["mentions"]].count("Lee") == 1


def test_country_named_surname_goes_to_the_person(nlp):
    text = ("Said Chad Georgia, a farmer: the harvest was poor. Georgia told reporters the rain came late.")
    acts = actors_of(nlp, text)
    assert not any(a["name"] == "Georgia" and a["type"] == "GPE" for a in acts), acts


def test_sentence_initial_gerund_is_no_entity(nlp):
    acts = actors_of(nlp, "Supporting Ukraine helps undermine NATO, the analyst said.")
    assert not any(a["name"] == "Supporting" for a in acts)


def test_alias_resolves_to_canonical_name(nlp):
    acts = actors_of(nlp, "The DPRK sent troops, and the WSJ reported it.")
    names = {a["name"] for a in acts}
    assert "North Korea" in names


def test_possessive_is_not_part_of_the_name(nlp):
    acts = actors_of(nlp, "Kenya’s government said the road would open in June.")
    kenya = [a for a in acts if a["name"] == "Kenya"]
    assert kenya and kenya[0]["mentions"][0]["text"] == "Kenya"
