"""The learned cue extent: the stretch search on hand-made scores, the shipped model on sentences written for
the test, and the trainer's labels."""

from claimscope.analyse.statements import cue_extent


def test_best_stretch_keeps_the_head_alone_when_nothing_scores():
    assert cue_extent.best_stretch(5, {4: -1.0, 6: -0.2, 7: -3.0}) == (5, 5)


def test_best_stretch_bridges_a_weak_word_before_strong_ones():
    # "said [in] [a] [statement]": the article is doubtful alone, the noun after it is not
    assert cue_extent.best_stretch(2, {3: 1.5, 4: -0.5, 5: 2.0, 6: -4.0}) == (2, 5)


def test_best_stretch_stops_where_no_word_may_join():
    # word 4 is missing (the content starts there): nothing beyond it joins, however likely
    assert cue_extent.best_stretch(2, {1: 0.7, 3: 0.4, 5: 9.0}) == (1, 3)


def test_candidates_stop_at_content_and_speaker(nlp):
    doc = nlp("Ines Moreau said in a statement on Friday that the plant would close.")
    head = next(t for t in doc if t.text == "said")
    avoid = {0, 1} | set(range(8, len(doc)))  # the speaker, and 'that the plant would close.'
    words = [t.text for t in cue_extent.candidates(doc, head, avoid, 8)]
    assert words == ["in", "a", "statement", "on", "Friday"]


def test_shipped_model_takes_in_the_statement_phrase_but_not_the_place(statements_of):
    assert cue_extent.shipped_weights(), "data/cue_extent_model.json is missing"
    said = [s for s in statements_of("“We will rebuild,” Ines Moreau said in a statement.") if s["cue"]]
    assert said and said[0]["cue"]["text"] == "said in a statement"
    near = [s for s in statements_of("“We will rebuild,” Ines Moreau said in Lyon.") if s["cue"]]
    assert near and near[0]["cue"]["text"] == "said"


def test_cue_never_overlaps_its_content_or_speaker(statements_of):
    texts = ["The union's leader, Carla Nunes, told reporters on Monday that the strike would go on.",
             "Officials expressed frustration at the delay, saying the bridge should have opened in May.",
             "In a fiery speech, the governor accused the mayor of hiding the report."]
    for text in texts:
        for s in statements_of(text):
            if not s["cue"]:
                continue
            cue = range(s["cue"]["start"], s["cue"]["end"])
            for a, b in s["content"]["spans"]:
                assert not any(a <= i < b for i in cue), (text, s)
            if s["speaker"]:
                assert not any(s["speaker"]["start"] <= i < s["speaker"]["end"] for i in cue), (text, s)


def test_trainer_labels_words_of_the_gold_cue(nlp):
    from claimscope.eval.relation import Relation
    from claimscope.training.learn_cue_extent import collect

    text = "“We will rebuild the harbour,” Ines Moreau said in a statement on Friday."

    def span(part):
        return [(text.index(part), text.index(part) + len(part))]

    items = [("a", (text, [Relation(source=span("Ines Moreau"), cue=span("said in a statement"),
                                    content=span("We will rebuild the harbour"))]))]
    feats, labels, _ = collect(items, [nlp(text)])
    words = [next(f for f in fs if f.startswith("word|side=")).split("=")[1] for fs in feats]
    labelled = dict(zip(words, labels))
    assert labelled["in|R"] == 1 and labelled["statement|R"] == 1
    assert labelled["friday|R"] == 0
