"""The learned table of cue-verb modifiers that join the cue, on sentences written for the test."""

from claimscope.analyse import cue_spans


def _verb_child(nlp, text, verb, child):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("claimscope_"):
            doc = proc(doc)
    v = next(t for t in doc if t.text == verb)
    return next(c for c in v.children if c.text == child)


def test_modifier_keys_name_the_kind_of_modifier(nlp):
    assert cue_spans.modifier_key(_verb_child(nlp, "The mayor said in a statement that taxes would rise.", "said",
                                              "in")) == "prep|in|statement"
    assert cue_spans.modifier_key(_verb_child(nlp, "The senator shot back at his critics.", "shot",
                                              "back")) == "advmod|back"


def test_statement_phrase_joins_the_cue_but_a_place_does_not(statements_of):
    assert cue_spans.shares(), "data/cue_spans.json is missing"
    said = [s for s in statements_of("“We will rebuild,” Ines Moreau said in a statement.") if s["cue"]]
    assert said and said[0]["cue"]["text"] == "said in a statement"
    near = [s for s in statements_of("“We will rebuild,” Ines Moreau said in Lyon.") if s["cue"]]
    assert near and near[0]["cue"]["text"] == "said"


def test_learning_counts_only_modifiers_outside_content_and_source(nlp):
    from claimscope.eval.relation import Relation
    from claimscope.training.learn_cue_spans import learn

    texts = ["“We will rebuild,” Ines Moreau said in a statement.", "“We will wait,” Ada Brandt said in Lyon."]
    docs = [nlp(t) for t in texts]
    def span(text, part):
        return [(text.index(part), text.index(part) + len(part))]

    items = [("a", (texts[0], [Relation(source=span(texts[0], "Ines Moreau"), cue=span(texts[0], "said in a statement"),
                                        content=span(texts[0], "We will rebuild"))])),
             ("b", (texts[1], [Relation(source=span(texts[1], "Ada Brandt"), cue=span(texts[1], "said"),
                                        content=span(texts[1], "We will wait"))]))]
    table = learn(items, docs, min_count=1)
    assert table["prep|in|statement"] == 1.0
    assert table["prep|in|PROPN"] == 0.0
