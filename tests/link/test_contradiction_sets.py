"""The hand-written contradiction set: each kind of contradiction found, each non-contradiction left alone,
spokespeople of one body counted as one source, and only the claims involved flagged; plus the rules behind
them on hand-made items and the judged-set scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.eval import contradictions as scorer
from claimscope.lexicon.severity import severity
from claimscope.link import characterisation, claim_keys, denials
from claimscope.link.material import Doc, Item

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from claimscope.api import analyse_into
    from claimscope.link import link_store
    from claimscope.store import Store

    st = Store(tmp_path_factory.mktemp("contra") / "claimscope.db")
    analyse_into(st, [str(DATA / "contradiction_sets.jsonl")])
    link_store(st)
    yield st
    st.close()


def _rows(conn):
    from claimscope.link.views import contradiction_rows

    return scorer.flags(contradiction_rows(conn), None, "sets")


def test_every_kind_of_contradiction_found_and_no_non_contradiction(store):
    expected = json.loads((DATA / "contradiction_expected.json").read_text())
    result = scorer.recall(_rows(store._db), expected)
    assert result["missed"] == [] and result["found"] == len(expected["contradictions"])
    assert result["flagged_non_contradictions"] == []


def test_both_sides_have_offsets_into_their_documents(store):
    from claimscope.link.views import contradiction_rows

    rows = contradiction_rows(store._db)
    assert rows
    for r in rows:
        for side in ("a", "b"):
            text = store._db.execute("SELECT text FROM documents WHERE id = ?", (r[f"document_{side}"],)).fetchone()[0]
            assert text[r[side]["start"]:r[side]["end"]] == r[side]["text"].strip()


def test_a_republished_report_gives_one_contradiction(store):
    numbers = [r for r in _rows(store._db) if r["kind"] == "number"]
    assert len(numbers) == 1  # the wire copy of the fire service's report adds no second row


def test_spokespeople_of_one_ministry_are_one_source(store):
    expected = json.loads((DATA / "contradiction_expected.json").read_text())
    claims = store._db.execute("SELECT text, sources FROM claims").fetchall()
    for want in expected["claims"]:
        counts = [n for text, n in claims if text.startswith(want["has"])]
        assert want["independent_sources"] in counts, (want, claims)


def test_only_the_claims_involved_are_flagged(store):
    conn = store._db
    sides = {c for row in conn.execute("SELECT claim_a, claim_b FROM contradictions") for c in row if c}
    flagged = {r[0] for r in conn.execute("SELECT id FROM claims WHERE contradicted = 1")}
    assert flagged and flagged <= sides
    assert not conn.execute("SELECT 1 FROM claims WHERE contradicted = 1 AND text LIKE '%Production will resume%'"
                            ).fetchone()


# --- rules on hand-made items --------------------------------------------------------------------------------


def _statement(text, cue, speaker, doc_id="d1"):
    doc = Doc(id=doc_id, title=None, url=None, path=None, publisher=doc_id, published=None, text=text,
              canonical=doc_id, outlet=doc_id)
    return Item("statement", doc, 0, {}, f"{doc_id}-s", speaker, text, cue=cue)


def test_a_denial_of_a_proposition_stands_against_its_assertion():
    said = _statement("the port authority had closed the eastern harbour to tankers", "said", "Harbour pilots", "d1")
    denied = _statement("that the port authority had closed the eastern harbour to tankers", "denied",
                        "The port authority", "d2")
    assert denials.statement_denials([said, denied], lambda a, b: a.source != b.source)


def test_rejecting_a_call_is_no_denial():
    assert denials.denied_proposition(_statement("calls for a public inquiry into the harbour", "rejected", "X")) is None
    assert denials.denied_proposition(_statement("questions about the harbour closure", "dismissed", "X")) is None
    assert denials.denied_proposition(_statement("reports that the harbour closed", "denied", "X"))
    assert denials.denied_proposition(_statement("closing the harbour to tankers", "denied", "X"))


def test_a_denial_of_something_else_is_no_contradiction():
    said = _statement("the mayor signed the harbour contract", "said", "Pilots", "d1")
    denied = _statement("that he pressured the council to sign the harbour contract quickly", "denied", "The mayor",
                        "d2")
    assert not denials.statement_denials([said, denied], lambda a, b: True)


def test_spokespeople_speak_for_their_body():
    key = claim_keys.source_key
    assert key("spokesman for the harbour authority", "A spokesman for the harbour authority, Ian Pole") == \
        key("Eva Marsh", "Harbour authority spokeswoman Eva Marsh") == "harbour authority"
    assert key("Eva Marsh", "Eva Marsh") == "eva marsh"            # a named person speaks for herself
    assert key("Eva Marsh", "Harbour authority spokeswoman Eva Marsh") != key("Ian Pole", "Ian Pole")


def test_severity_opposes_slight_and_grave():
    assert severity("a minor leak") < 0 < severity("one of the worst floods")
    assert severity("serious", negated=True) < 0                    # "not serious" is slight
    slight = [characterisation.Descriptor("played down", "downplay", False, 0.0, 0, 11, True)]
    grave = [characterisation.Descriptor("worst floods", "flood", False, -0.9, 0, 12, True)]
    assert characterisation.opposition(slight, grave)
    assert characterisation.opposition(slight, grave, grading=False) is None  # nobody named the thing so
    other = [characterisation.Descriptor("small boats", "boat", False, 0.0, 0, 11, True)]
    assert characterisation.opposition(other, [characterisation.Descriptor("little", "little", False, 0.0, 0, 6)]) \
        is None


# --- the judged-set scorer -----------------------------------------------------------------------------------


def _flag(kind, da, sa, db, sb, store="s"):
    return {"store": store, "kind": kind, "a": {"document": da, "start": sa, "end": sa + 10},
            "b": {"document": db, "start": sb, "end": sb + 10}}


def test_the_scorer_matches_flags_to_judged_pairs_in_either_order():
    judged = [{**_flag("number", "x.txt", 0, "y.txt", 50), "judgement": "agree", "reason": "r"},
              {**_flag("polarity", "x.txt", 100, "y.txt", 200), "judgement": "disagree", "reason": "r"}]
    found = [_flag("number", "y.txt", 52, "x.txt", 3), _flag("polarity", "x.txt", 100, "y.txt", 200),
             _flag("polarity", "x.txt", 300, "y.txt", 400)]
    p = scorer.precision(found, judged)
    assert (p["agree"], p["disagree"], p["unjudged"], p["precision"]) == (1, 1, 1, 0.5)


def test_the_judged_set_reads_and_refuses_bad_files(tmp_path):
    from claimscope.errors import UsageError

    data = scorer.load(DATA / "contradictions_judged.json")
    assert all(j["judgement"] in {"agree", "disagree"} and j["reason"] for j in data["judged"])
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(UsageError, match="bad.json"):
        scorer.load(bad)


def test_a_proposal_early_in_the_object_is_refused_not_denied():
    assert denials.denied_proposition(_statement("the harbour toll plan as desperate", "dismissed", "X")) is None
    assert denials.denied_proposition(_statement("A call for new harbour pilots", "has been rejected", "X")) is None
    assert denials.denied_proposition(_statement("the general election in a northern seat", "contested", "X")) is None
    assert denials.denied_proposition(_statement("claims that the harbour flooded", "contested", "X"))


def test_a_negated_statement_sides_with_the_denial():
    said = _statement("we do not think the harbour tolls were wrong", "said", "A harbour official", "d1")
    assert not denials.asserts(said)


def test_a_source_must_be_known_to_contradict():
    from claimscope.link.material import identified

    assert identified({"text": "Eva Marsh", "name": "Eva Marsh", "type": "PERSON", "resolved": True})
    assert identified({"text": "the harbour authority", "name": "harbour authority", "type": None,
                       "resolved": False})
    assert identified({"text": "traders", "name": "traders", "type": "SOURCE", "resolved": False})
    assert not identified({"text": "he", "name": None, "type": None, "resolved": False})
    assert not identified({"text": "developments", "name": "developments", "type": "SOURCE", "resolved": False})


def test_one_event_needs_one_doer():
    from claimscope.link.contradictions import same_agent

    info = {"ruritanian army": {"type": "ORG", "country": "Ruritania"}, "ruritania": {"type": "GPE"},
            "ana ruiz": {"type": "PERSON"}}
    assert same_agent("Ruritanian army", "Ruritania", info)
    assert not same_agent("Ana Ruiz", "Ruritania", info)   # a person of unknown allegiance is no stand-in
    assert not same_agent(None, "Ruritania", info)


def test_a_ruling_is_no_denial():
    from claimscope.link.contradictions import event_negative

    doc = Doc(id="d", title=None, url=None, path=None, publisher="d", published=None, text="", canonical="d",
              outlet="d")
    ruled = Item("event", doc, 0, {"status": "denied", "lemma": "pass"}, None, "A court", "", stance="denies",
                 cue="ruled")
    denied = Item("event", doc, 0, {"status": "denied", "lemma": "pass"}, None, "A court", "", stance="denies",
                  cue="denied")
    assert not event_negative(ruled) and event_negative(denied)


def test_a_part_is_no_other_count_of_the_whole():
    from claimscope.link.contradictions import modifiers

    assert modifiers({"text": "71,000 new construction jobs", "unit": "construction jobs"}) == {"new", "construction"}
    assert modifiers({"text": "at least 30 workers", "unit": "workers"}) == modifiers({"text": "14 workers",
                                                                                       "unit": "workers"})


def test_not_ruling_out_is_no_denial():
    from claimscope.link.contradictions import event_negative

    text = "The bank did not rule out raising rates again in May."
    doc = Doc(id="d", title=None, url=None, path=None, publisher="d", published=None, text=text, canonical="d",
              outlet="d")
    kept_open = Item("event", doc, 0, {"status": "negated", "lemma": "raise", "start": 31}, None, None, text)
    assert not event_negative(kept_open)


def test_a_light_verb_ties_nothing():
    assert not characterisation.anchors_meet(("event", "have"), ("event", "have"))
    assert characterisation.anchors_meet(("event", "send"), ("event", "send"))
