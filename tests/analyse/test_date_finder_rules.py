"""The date finder and the publication date it reads, on hand-built Docs."""

from __future__ import annotations

from facts_docs import parsed

from claimscope.analyse.facts.dates import DateFinder, find_dates, trim
from claimscope.analyse.facts.published import doc_published, with_published


def _closed(date_words: list[tuple], ents: list[str]):
    """'The mill closed <date words> .'"""
    rows = [("The", 1, "det", "DT", "DET", "the"), ("mill", 2, "nsubj", "NN", "NOUN", "mill"),
            ("closed", 2, "ROOT", "VBD", "VERB", "close"), *date_words, (".", 2, "punct", ".", "PUNCT", ".")]
    return parsed(rows, ents=["O", "O", "O", *ents, "O"])


def test_the_component_reads_doc_published():
    doc = with_published(_closed([("yesterday", 2, "npadvmod", "NN", "NOUN", "yesterday")], ["B-DATE"]),
                         "2024-03-06")
    assert doc_published(doc) == "2024-03-06"
    (d,) = DateFinder(None)(doc)._.dates
    assert (d.text, d.value, d.role, d.verb) == ("yesterday", "2024-03-05", "event", 2)


def test_user_data_is_the_fallback():
    doc = _closed([("today", 2, "npadvmod", "NN", "NOUN", "today")], ["B-DATE"])
    doc.user_data["published"] = "2024-01-02"
    assert doc_published(doc) == "2024-01-02"


def test_without_a_publication_date_the_value_stays_open():
    doc = _closed([("yesterday", 2, "npadvmod", "NN", "NOUN", "yesterday")], ["B-DATE"])
    (d,) = find_dates(doc, None)
    assert d.value is None and d.relative == {"unit": "day", "offset": -1}


def test_a_leading_deadline_phrase_is_trimmed_and_gives_the_role():
    doc = _closed([("by", 2, "prep", "IN", "ADP", "by"), ("June", 3, "pobj", "NNP", "PROPN", "June")],
                  ["B-DATE", "I-DATE"])
    span, role = trim(doc, doc[3:5])
    assert (span.text, role) == ("June", "deadline")
    (d,) = find_dates(doc, "2024-03-06")
    assert (d.text, d.role, d.value) == ("June", "deadline", "2023-06")  # "closed by June": a past clause


def test_a_bare_number_is_no_date():
    doc = _closed([("40", 2, "dobj", "CD", "NUM", "40")], ["B-DATE"])
    assert find_dates(doc, "2024-03-06") == []


def test_month_rule_takes_the_day_and_year():
    from claimscope.analyse.facts.datefind import month_name

    doc = _closed([("on", 2, "prep", "IN", "ADP", "on"), ("March", 3, "pobj", "NNP", "PROPN", "March"),
                   ("3", 4, "nummod", "CD", "NUM", "3", False), (",", 4, "punct", ",", "PUNCT", ","),
                   ("2021", 4, "nummod", "CD", "NUM", "2021")], ["O"] * 5)
    assert month_name(doc, doc[4]).span == (4, 8)


def test_may_as_a_modal_is_no_candidate():
    from claimscope.analyse.facts.datefind import extra_candidates

    doc = parsed([("Ana", 2, "nsubj", "NNP", "PROPN", "Ana"), ("may", 2, "aux", "MD", "AUX", "may"),
                  ("leave", 2, "ROOT", "VB", "VERB", "leave"), (".", 2, "punct", ".", "PUNCT", ".")])
    assert extra_candidates(doc, set(), doc.text) == []


def test_components_take_their_defaults_from_the_settings_table():
    import spacy

    from claimscope.analyse.facts import quantities  # noqa: F401  (registers the factory)
    from claimscope.settings import default

    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_dates")
    nlp.add_pipe("claimscope_quantities", config={"max_unit_gap": 3})
    cfg = nlp.config["components"]
    assert cfg["claimscope_dates"]["use_dateparser"] is default("dates.use_dateparser")
    assert cfg["claimscope_quantities"]["max_unit_gap"] == 3
    assert nlp.get_pipe("claimscope_quantities").max_digits == default("quantities.max_digits")


def test_an_age_is_no_date():
    from claimscope.analyse.facts.dateguards import FALSE_DATE_GUARDS, age, is_false_date

    doc = parsed([("Ana", 1, "nsubj", "NNP", "PROPN", "Ana"), ("is", 1, "ROOT", "VBZ", "AUX", "be"),
                  ("40", 3, "nummod", "CD", "NUM", "40"), ("years", 4, "npadvmod", "NNS", "NOUN", "year"),
                  ("old", 1, "acomp", "JJ", "ADJ", "old"), (".", 1, "punct", ".", "PUNCT", ".")])
    span = doc[2:4]
    assert age(span, list(span), doc.text) is True and is_false_date(span, doc.text)
    assert FALSE_DATE_GUARDS.index(age) < len(FALSE_DATE_GUARDS) - 1
