"""Rules added for contradictions a fact-checker trusts: short denials matched whole with a shared name, ages and
measured performances tied to their doer, identifying words that evaluate nothing, named bodies as sources, and
the second hand-written article set (every contradiction found, no non-contradiction flagged)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.eval import contradictions as scorer
from claimscope.link import characterisation, denials, number_conflicts
from claimscope.link.material import Doc, Item, identified

DATA = Path(__file__).parent / "data"


def _doc(doc_id, text=""):
    return Doc(id=doc_id, title=None, url=None, path=None, publisher=doc_id, published="2025-03-01", text=text,
               canonical=doc_id, outlet=doc_id)


def _statement(text, cue, speaker, doc_id="d1"):
    return Item("statement", _doc(doc_id, text), 0, {}, f"{doc_id}-s", speaker, text, cue=cue)


def _different(a, b):
    return a.source != b.source


def test_a_short_denial_with_a_shared_name_stands_against_its_assertion():
    said = _statement("Norvik Athletic have dismissed their coach Ana Ruiz after six defeats", "told", "Club sources")
    denied = _statement("that they had dismissed their coach Ana Ruiz", "denied", "Norvik Athletic", "d2")
    assert denials.statement_denials([said, denied], _different)


def test_a_short_denial_without_the_name_is_no_contradiction():
    said = _statement("Norvik Athletic have dismissed their kit supplier after six defeats", "told", "Club sources")
    denied = _statement("that they had dismissed their coach Ana Ruiz", "denied", "Norvik Athletic", "d2")
    assert denials.statement_denials([said, denied], _different) == []
    # the whole short proposition must be there: a name alone is not enough
    other = _statement("Ana Ruiz will coach the youth team next season", "said", "Club sources")
    assert denials.statement_denials([other, denied], _different) == []


def _quantity(doc, value, unit, text, actor=None, predicate="clock"):
    data = {"text": text, "kind": "count", "value": value, "unit": unit, "status": "done", "actor": actor,
            "event_lemma": predicate}
    return Item("quantity", doc, 0, data, None, f"source {doc.id}", text)


def test_ages_and_times_of_unknown_doers_do_not_conflict():
    a, b = _doc("a"), _doc("b")
    assert number_conflicts.number_conflict(_quantity(a, 29, "year-old", "29-year-old"),
                                            _quantity(b, 24, "year-old", "24-year-old")) is None
    assert number_conflicts.number_conflict(_quantity(a, 7.9, "seconds", "7.9 seconds"),
                                            _quantity(b, 45.1, "seconds", "45.1 seconds")) is None


def test_a_measure_of_one_doer_and_counts_still_conflict():
    a, b = _doc("a"), _doc("b")
    assert number_conflicts.number_conflict(_quantity(a, 7.9, "seconds", "7.9 seconds", actor="Ilse Varga"),
                                            _quantity(b, 8.4, "seconds", "8.4 seconds", actor="Ilse Varga"))
    assert number_conflicts.number_conflict(_quantity(a, 9, "passengers", "9 passengers", predicate="injure"),
                                            _quantity(b, 3, "passengers", "3 passengers", predicate="injure"))


def _desc(text, polarity, predicative=False):
    head = text.split()[-1]
    return characterisation.Descriptor(text=text, head=head, negated=False, polarity=polarity, start=0, end=1,
                                       predicative=predicative)


def test_identifying_words_evaluate_nothing():
    late, easy = [_desc("late", -0.3)], [_desc("easy", 0.45)]
    assert characterisation.opposition(late, easy) is None          # "the late goal" vs "easy goals"
    assert characterisation.opposition([_desc("clumsy", -0.5)], easy)  # an evaluation still opposes


def test_a_denied_fault_is_no_praise_but_a_denied_merit_still_blames():
    def negated(text, polarity):
        return characterisation.Descriptor(text=text, head=text, negated=True, polarity=polarity, start=0, end=1,
                                           predicative=True)

    dangerous = [_desc("dangerous", -0.6, True)]
    assert characterisation.opposition([negated("racist", 0.75)], dangerous) is None  # "not racist" vs "dangerous"
    assert characterisation.opposition([negated("racist", 0.75)], [_desc("racist", -0.75, True)])  # head rule
    assert characterisation.opposition([negated("ready", -0.4)], [_desc("ready", 0.4, True)])
    assert characterisation.side_polarity([negated("ready", -0.4)]) < 0


def _event(text, word):
    doc = _doc("e", text)
    return Item("event", doc, 0, {"start": text.index(word)}, None, None, text)


def test_a_supposed_or_refused_event_is_neither_affirmed_nor_denied():
    from claimscope.link.contradictions import unasserted

    assert unasserted(_event("If the minister did not want to take part, the debate would go ahead.", "take"))
    assert unasserted(_event("The minister has ruled out taking part in the debate.", "taking"))
    assert unasserted(_event("The club refused to sell its striker.", "sell"))
    assert not unasserted(_event("The minister took part in the debate, if reluctantly.", "took"))
    assert not unasserted(_event("If elected, the minister will take part in the debate.", "take"))
    assert not unasserted(_event("The minister did not take part in the debate.", "take"))


def test_a_body_the_text_names_is_a_known_source():
    assert identified({"name": "The Harbour Pilots Guild", "type": "SOURCE", "text": "The Harbour Pilots Guild"})
    assert identified({"name": "the coastguard", "type": "SOURCE", "text": "the coastguard"})
    assert not identified({"name": "developments", "type": "SOURCE", "text": "developments"})
    assert not identified({"name": "", "type": "SOURCE", "text": "he"})


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    from claimscope.api import analyse_into
    from claimscope.link import link_store
    from claimscope.link.views import contradiction_rows
    from claimscope.store import Store

    with Store(tmp_path_factory.mktemp("contra2") / "claimscope.db") as st:
        analyse_into(st, [str(DATA / "contradiction_sets2.jsonl")])
        link_store(st)
        return scorer.flags(contradiction_rows(st._db), None, "sets2")


def test_second_set_no_non_contradiction_flagged(rows):
    expected = json.loads((DATA / "contradiction_expected2.json").read_text())
    result = scorer.recall(rows, expected)
    assert result["flagged_non_contradictions"] == []
    # numbers, the short denial and "called the collision ... one of the most serious accidents" are found
    assert result["missed"] == [] and result["found"] == len(expected["contradictions"])


def test_scores_per_split():
    judged = [{"store": "s", "kind": "number", "a": {"document": "x", "start": 0, "end": 5},
               "b": {"document": "y", "start": 0, "end": 5}, "judgement": "agree"}]
    found = [{"store": "s", "kind": "number", "a": {"document": "x", "start": 1, "end": 2},
              "b": {"document": "y", "start": 1, "end": 2}, "split": "held"}]
    assert scorer.precision(found, judged)["precision"] == 1.0
