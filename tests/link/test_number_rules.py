"""Number conflicts refused before comparing (number_conflicts.comparable): fragments of a split number, one
sentence copied with another number, and a source that also gives the other side's figure itself."""

from __future__ import annotations

from claimscope.link import contradictions, number_conflicts
from claimscope.link.material import Doc, Item


def _doc(doc_id, text):
    return Doc(id=doc_id, title=None, url=None, path=None, publisher=doc_id, published="2025-03-01", text=text,
               canonical=doc_id, outlet=doc_id)


def _q(doc, figure, value, unit="people", speaker=None, predicate="kill"):
    """The quantity `figure` ("14 people") where it first occurs in the document's text."""
    start = doc.text.index(figure)
    data = {"text": figure, "kind": "count", "value": value, "unit": unit, "status": "done", "actor": None,
            "event_lemma": predicate, "start": start, "end": start + len(figure)}
    return Item("quantity", doc, start, data, f"{doc.id}-s" if speaker else None, speaker, figure, start=start)


def test_a_figure_with_a_leading_zero_is_a_fragment():
    assert number_conflicts.fragment({"text": "000 people"})
    assert number_conflicts.fragment({"text": "05 workers"})
    assert not number_conflicts.fragment({"text": "10 people"})
    assert not number_conflicts.fragment({"text": "0.5 percent"})
    assert not number_conflicts.fragment({"text": "0 goals"})


def test_one_sentence_copied_with_another_number_is_one_report():
    a = _doc("a", "The ferry operator said the repairs would take 4 weeks to finish at the yard.")
    b = _doc("b", "The ferry operator said the repairs would take 14 weeks to finish at the yard.")
    assert number_conflicts.copied(_q(a, "4 weeks", 4, "weeks"), _q(b, "14 weeks", 14, "weeks"))
    # other words around the number: two reports
    c = _doc("c", "The shipyard's manager told reporters the repairs would take 14 weeks in all.")
    assert not number_conflicts.copied(_q(a, "4 weeks", 4, "weeks"), _q(c, "14 weeks", 14, "weeks"))
    # too short to tell a copy from two reports that say it alike
    d, e = _doc("d", "It took 4 weeks."), _doc("e", "It took 14 weeks.")
    assert not number_conflicts.copied(_q(d, "4 weeks", 4, "weeks"), _q(e, "14 weeks", 14, "weeks"))


def test_a_report_that_also_gives_the_other_figure_counts_something_else():
    a = _doc("a", "The storm killed 14 people on Tuesday, officials said. A storm in 2019 killed 230 people.")
    b = _doc("b", "Officials in Arvel said the storm killed 14 people.")
    earlier, toll = _q(a, "230 people", 230), _q(b, "14 people", 14, speaker="Arvel officials")
    group = [_q(a, "14 people", 14), earlier, toll]
    assert number_conflicts.restated(earlier, toll, group)
    assert not number_conflicts.comparable(earlier, toll, group)
    assert contradictions.numbers(group) == []


def test_a_different_figure_alone_still_conflicts():
    a = _doc("a", "The storm in Arvel killed 230 people, the outlet's own count says.")
    b = _doc("b", "Officials in Arvel said the storm killed 14 people.")
    group = [_q(a, "230 people", 230), _q(b, "14 people", 14, speaker="Arvel officials")]
    assert number_conflicts.comparable(*group, group)
    assert len(contradictions.numbers(group)) == 1


def test_another_speakers_figure_in_the_report_is_no_restatement():
    # "the union said 30 were injured; the police said 9": the union's 30 still disputes another report's 9
    a = _doc("a", "The union said 30 workers were injured. The police said 9 workers were injured.")
    b = _doc("b", "The fire service said 9 workers were injured in the blast.")
    union = _q(a, "30 workers", 30, "workers", speaker="the union", predicate="injure")
    police = _q(a, "9 workers", 9, "workers", speaker="the police", predicate="injure")
    fire = _q(b, "9 workers", 9, "workers", speaker="the fire service", predicate="injure")
    assert not number_conflicts.restated(union, fire, [union, police, fire])
    assert number_conflicts.comparable(union, fire, [union, police, fire])


def test_the_judged_set_reads_a_subset_of_a_jsonl_corpus(tmp_path):
    from claimscope.eval import contradictions as scorer

    lines = [{"doc_id": "1a", "topic": 1, "text": "One."}, {"doc_id": "2a", "topic": 2, "text": "Two."},
             {"doc_id": "2b", "topic": 2, "text": "Three.", "url": "https://x.example/3"}]
    (tmp_path / "c.jsonl").write_text("".join(__import__("json").dumps(x) + "\n" for x in lines), encoding="utf-8")
    picked = scorer.subset_lines({"jsonl": "c.jsonl", "where": {"topic": [2]}, "id_key": "doc_id"}, tmp_path)
    assert [o["url"] for o in picked] == ["c.jsonl#2a", "https://x.example/3"]
    inputs, root = scorer.store_inputs({"jsonl": "c.jsonl", "where": {"topic": [2]}, "id_key": "doc_id"}, tmp_path,
                                       None, tmp_path, "s")
    assert root is None and len(inputs) == 1 and (tmp_path / "s.jsonl").read_text().count("\n") == 2
    inputs, root = scorer.store_inputs({"root": "texts", "documents": ["a.txt"]}, tmp_path, None, tmp_path, "t")
    assert inputs == [str(tmp_path / "texts" / "a.txt")] and root == tmp_path / "texts"


def test_an_of_phrase_irregular_past_and_a_causing_verb_give_the_counts_predicate():
    a = _doc("a", "The flood forced 900 residents of Olmen to leave their homes, the fire service said.")
    b = _doc("b", "Only 250 residents of Olmen left their homes, the mayor said.")
    qa, qb = _q(a, "900 residents", 900, "residents", predicate=None), _q(b, "250 residents", 250, "residents",
                                                                           predicate=None)
    qa.data.pop("event_lemma"), qb.data.pop("event_lemma")
    assert number_conflicts.predicate(qa) == number_conflicts.predicate(qb) == "leave"
    # a verb that causes nothing stays the predicate: "the storm injured 40 workers" -> injur
    c = _doc("c", "The storm injured 40 workers at the port.")
    qc = _q(c, "40 workers", 40, "workers", predicate=None)
    qc.data.pop("event_lemma")
    assert number_conflicts.predicate(qc) == "injur"
    # no verb after an "of" phrase: unknown, never compared
    d = _doc("d", "A list of 300 residents of Olmen and their friends.")
    qd = _q(d, "300 residents", 300, "residents", predicate=None)
    qd.data.pop("event_lemma")
    assert number_conflicts.predicate(qd) is None


def test_a_crowd_is_counted_by_one_predicate_whatever_the_words():
    def pred(text, figure):
        q = _q(_doc("x", text), figure, 1, "fans", predicate=None)
        q.data.pop("event_lemma")
        return number_conflicts.predicate(q)

    assert pred("The final was played in front of 41,000 fans.", "41,000 fans") == "attend"
    assert pred("Only 28,000 fans watched the final.", "28,000 fans") == "attend"
    assert pred("About 5,000 fans marched to the stadium.", "5,000 fans") == "attend"
    assert pred("The club said 41,000 fans were injured in the crush.", "41,000 fans") == "injur"  # not a crowd
    assert pred("The club sold tickets to 41,000 fans.", "41,000 fans") is None


def test_a_present_participle_of_result_before_the_figure_is_its_predicate():
    def pred(text, figure):
        q = _q(_doc("x", text), figure, 1, "people", predicate=None)
        q.data.pop("event_lemma")
        return number_conflicts.predicate(q)

    # "derailed, injuring 12 people" and "27 people were injured" count one thing
    assert pred("The bus overturned near Selm, injuring 12 people.", "12 people") == "injur"
    assert pred("Doctors said 27 people were injured.", "27 people") == "injur"
    assert pred("The blast tore through the market, killing 8 people.", "8 people") == "kill"
    # "-ing" words that relate the figure to something else say nothing happened to it
    assert pred("The guests arrived, including 12 people from Selm.", "12 people") is None
    assert pred("The queue grew, numbering 40 people by noon.", "40 people") is None
    assert pred("The hall was full, having 300 people inside.", "300 people") is None
