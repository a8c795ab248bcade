"""Reading brat .ann files and corpus folders; hand-made data in the PolNeAR layout, not corpus text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.eval.polnear import (Relation, evaluate, load_gold, parse_ann, read_ann, relations_from_document,
                                     score_ann_dirs)

TEXT = "The council said on Friday that rents will rise.\nIt is unclear, officials admitted, what comes next.\n"

ANN = (
    "T1\tSource 0 11\tThe council\n"
    "T2\tCue 12 16\tsaid\n"
    "T3\tContent 27 47\tthat rents will rise\n"
    "T4\tAttribution 12 16\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 49 63;87 97\tIt is unclear, what comes\n"
    "T6\tSource 65 74\tofficials\n"
    "T7\tAttribution 75 83\tadmitted\n"
    "E2\tAttribution:T7 Source:T6 Content:T5\n"
    "#1\tAnnotatorNotes T5\tcue missing on purpose\n"
    "T8\tCue 12 16\tsaid\n"
    "T9\tContent 27 32\tthat \n"
    "T10\tAttribution-no-source 12 16\tsaid\n"
    "E3\tAttribution-no-source:T10 Cue:T8 Content:T9 Content2:T3\n"
    "T11\tDiscuss 0 48\tThe council said on Friday that rents will rise.\n"
)


def test_reads_relations_with_discontinuous_spans_and_missing_roles():
    warnings = []
    rels = parse_ann(ANN, warnings=warnings)
    assert warnings == []
    assert rels[0] == Relation(source=[(0, 11)], cue=[(12, 16)], content=[(27, 47)])
    # no Cue role: the Attribution trigger sits on the cue words, so it becomes the cue
    assert rels[1] == Relation(source=[(65, 74)], cue=[(75, 83)], content=[(49, 63), (87, 97)])
    # no source; Content2 joins the content
    assert rels[2] == Relation(cue=[(12, 16)], content=[(27, 32), (27, 47)])
    assert [r.label for r in rels] == ["E1", "E2", "E3"]


def test_trigger_is_not_a_cue_when_it_lies_on_another_role_or_when_disabled():
    ann = "T1\tSource 0 11\tThe council\nT2\tAttribution 0 11\tThe council\nE1\tAttribution:T2 Source:T1\n"
    assert parse_ann(ann)[0].cue == ()
    assert parse_ann(ANN, cue_from_trigger=False)[1].cue == ()


def test_span_text_with_a_newline_continues_on_the_next_lines_without_warnings():
    ann = "T1\tContent 27 63\tthat rents will rise.\nIt is unclear\nT2\tAttribution 12 16\tsaid\nE1\tAttribution:T2 Content:T1\n"
    warnings = []
    assert parse_ann(ann, warnings=warnings) == [Relation(cue=[(12, 16)], content=[(27, 63)])]
    assert warnings == []


def test_malformed_lines_are_skipped_with_warnings_naming_the_line():
    ann = ("T1\tSource 0 x\tbad\n"
           "T2\tCue 16 12\tbackwards\n"
           "random words\n"
           "T3\tContent 27 47\tthat rents will rise\n"
           "E1\tAttribution:T9 Content:T3 Mood:T3 Source T1\n"
           "E2\t\n")
    warnings = []
    rels = parse_ann(ann, origin="x.ann", warnings=warnings)
    assert rels == [Relation(content=[(27, 47)])]
    assert [w.split(":")[:2] for w in warnings] == [["x.ann", "1"], ["x.ann", "2"], ["x.ann", "3"],
                                                     ["x.ann", "5"], ["x.ann", "5"], ["x.ann", "5"], ["x.ann", "5"],
                                                     ["x.ann", "6"]]


def test_strict_mode_raises_value_error_naming_the_line():
    with pytest.raises(ValueError, match=r"^x\.ann:2: "):
        parse_ann("T1\tSource 0 3\tThe\nnonsense\n", origin="x.ann", strict=True)


ANN_ALPHABET = st.sampled_from(["T", "E", "#", "1", "2", "\t", " ", ";", ":", "Source", "Cue", "Content",
                                "Content2", "Attribution", "T1", "T2", "E1", "0 5", "3 2", "\n", "\r", "x", "é"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(ANN_ALPHABET, max_size=60).map("".join)))
def test_parse_ann_never_raises_on_arbitrary_text(content):
    warnings = []
    rels = parse_ann(content, origin="f.ann", warnings=warnings)
    assert all(isinstance(r, Relation) for r in rels)
    assert all(isinstance(w, str) and w.startswith("f.ann:") for w in warnings)


def make_corpus(root, docs):
    """docs: {name: (text, {annotator: ann})} written in the PolNeAR folder layout."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, anns) in docs.items():
        (root / "text" / f"{name}.txt").write_bytes(text.encode("utf-8"))
        for annotator, ann in anns.items():
            (root / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")
    return root


FIRST = "T1\tCue 12 16\tsaid\nT2\tContent 27 47\tthat rents will rise\nT3\tAttribution 12 16\tsaid\nE1\tAttribution:T3 Cue:T1 Content:T2\n"
SECOND = "T1\tContent 0 11\tThe council\nT2\tAttribution 12 16\tsaid\nE1\tAttribution:T2 Content:T1\n"


def test_load_gold_takes_the_first_annotator_and_keeps_names_apart(tmp_path):
    warnings = []
    gold = load_gold(make_corpus(tmp_path, {
        "news_a": (TEXT, {"b2": SECOND, "a1": FIRST}),
        "news_a_long": (TEXT, {"c3": SECOND}),
        "unannotated": (TEXT, {}),
    }), warnings=warnings)
    assert sorted(gold) == ["news_a", "news_a_long"]
    assert gold["news_a"] == (TEXT, [Relation(cue=[(12, 16)], content=[(27, 47)])])
    assert gold["news_a_long"][1][0].content == ((0, 11),)
    assert len(warnings) == 1 and "unannotated" in warnings[0]


def test_load_gold_keeps_carriage_returns_so_offsets_hold(tmp_path):
    text = "Line one.\r\nThe council said so.\r\n"
    gold = load_gold(make_corpus(tmp_path, {"d": (text, {"a": "T1\tCue 28 32\tsaid\nT2\tAttribution 28 32\tsaid\nE1\tAttribution:T2 Cue:T1\n"})}))
    assert gold["d"][0] == text


def test_read_ann_and_score_ann_dirs(tmp_path):
    gold_dir = make_corpus(tmp_path / "gold", {"a": (TEXT, {"x": FIRST}), "b": (TEXT, {"x": SECOND})})
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    (pred_dir / "a.ann").write_text(FIRST, encoding="utf-8")
    assert read_ann(pred_dir / "a.ann") == [Relation(cue=[(12, 16)], content=[(27, 47)])]
    report = score_ann_dirs(gold_dir, pred_dir)
    assert report["relation"]["precision"] == 1.0 and report["relation"]["recall"] == 0.5
    assert report["missing_pred_documents"] == ["b"]


def statement(speaker=None, cue=None, spans=()):
    part = lambda se: None if se is None else {"text": "", "start": se[0], "end": se[1]}  # noqa: E731
    return {"id": "s", "kind": "indirect", "speaker": part(speaker), "cue": part(cue),
            "content": {"text": "", "spans": [list(s) for s in spans]}, "addressee": None, "confidence": 0.5}


def test_relations_from_document():
    doc = {"text": TEXT, "statements": [statement((0, 11), (12, 16), [(27, 47)]), statement(None, None, [(49, 63), (87, 97)])]}
    assert relations_from_document(doc) == [Relation(source=[(0, 11)], cue=[(12, 16)], content=[(27, 47)]),
                                            Relation(content=[(49, 63), (87, 97)])]


def test_evaluate_runs_any_extractor_in_order(tmp_path):
    corpus = make_corpus(tmp_path, {"a": (TEXT, {"x": FIRST}), "b": (TEXT + "More.", {"x": SECOND})})
    seen = []

    def extract(pairs):
        for name, text in pairs:
            seen.append(name)
            yield {"text": text, "statements": [statement(None, (12, 16), [(27, 47)])] if name == "a" else []}

    report = evaluate(corpus, extract)
    assert seen == ["a", "b"]
    assert report["relation"]["tp"] == 1 and report["relation"]["gold"] == 2 and report["relation"]["pred"] == 1
    with pytest.raises(ValueError, match="differs"):
        evaluate(corpus, lambda pairs: ({"text": "x", "statements": []} for _ in pairs))
    with pytest.raises(ValueError, match="fewer"):
        evaluate(corpus, lambda pairs: [])
