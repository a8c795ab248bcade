"""Brat export in the PolNeAR layout; hand-made documents, read back with the PolNeAR reader."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.eval.ann import parse_ann
from claimscope.eval.polnear import Relation, relations_from_document
from claimscope.eval.tokens import TokenIndex
from claimscope.export.brat import document_to_brat, fragments, write_brat

TEXT = "The council said on Friday that rents will rise.\nIt is unclear, officials admitted, what comes next."


def at(phrase, text=TEXT):
    start = text.index(phrase)
    return (start, start + len(phrase))


def part(span):
    return None if span is None else {"text": TEXT[span[0]:span[1]], "start": span[0], "end": span[1], "name": "x"}


def statement(speaker=None, cue=None, spans=(), sid="s1"):
    return {"id": sid, "kind": "indirect", "speaker": part(speaker), "cue": part(cue),
            "content": {"text": "", "spans": [list(s) for s in spans]}, "addressee": None, "confidence": 0.9}


def doc(*statements, text=TEXT):
    return {"id": "0" * 16, "text": text, "statements": list(statements), "actors": []}


COUNCIL = statement(at("The council"), at("said"), [at("that rents will rise")])
OFFICIALS = statement(at("officials"), at("admitted"), [at("It is unclear"), at("what comes next")], sid="s2")


def test_polnear_layout():
    assert document_to_brat(doc(COUNCIL, OFFICIALS)) == (
        "T1\tSource 0 11\tThe council\n"
        "T2\tCue 12 16\tsaid\n"
        "T3\tContent 27 47\tthat rents will rise\n"
        "T4\tAttribution 12 16\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tSource 64 73\tofficials\n"
        "T6\tCue 74 82\tadmitted\n"
        "T7\tContent 49 62;84 99\tIt is unclear what comes next\n"
        "T8\tAttribution 74 82\tadmitted\n"
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    )


def test_round_trip_through_read_ann_gives_the_same_spans():
    document = doc(COUNCIL, OFFICIALS, statement(None, at("admitted"), [at("It is unclear")]),
                   statement(at("officials"), None, [at("what comes next")]))
    warnings = []
    assert parse_ann(document_to_brat(document), warnings=warnings) == relations_from_document(document)
    assert warnings == []


def test_missing_speaker_and_cue():
    out = document_to_brat(doc(statement(None, at("said"), [at("that rents will rise")]),
                               statement(at("officials"), None, [at("It is unclear")])))
    lines = out.splitlines()
    assert lines[2] == "T3\tAttribution-no-source 12 16\tsaid"
    assert lines[3] == "E1\tAttribution-no-source:T3 Content:T2 Cue:T1"
    assert lines[6] == "T6\tAttribution 64 73\tofficials"  # no cue: the trigger sits on the speaker
    assert lines[7] == "E2\tAttribution:T6 Content:T5 Source:T4"
    assert parse_ann(out)[1] == Relation(source=[at("officials")], content=[at("It is unclear")])


def test_spans_crossing_newlines_are_split_into_fragments():
    span = (TEXT.index("rents"), TEXT.index(", officials"))
    out = document_to_brat(doc(statement(None, at("said"), [span])))
    content = out.splitlines()[1]
    assert content == "T2\tContent 32 48;49 62\trents will rise. It is unclear"
    rel = parse_ann(out)[0]
    assert rel.content == ((32, 48), (49, 62))
    index = TokenIndex(TEXT)
    assert index.tokens(rel.content) == index.tokens([span])


def test_fragments_trim_whitespace_and_merge_overlaps():
    text = "ab \n\n  cd\r\nef"
    assert fragments(text, [(0, len(text))]) == [(0, 2), (7, 9), (11, 13)]
    assert fragments(text, [(7, 9), (0, 2), (8, 9)]) == [(0, 2), (7, 9)]
    assert fragments(text, [(2, 7)]) == []


def test_statement_without_any_span_is_skipped_and_bad_offsets_name_the_statement():
    assert document_to_brat(doc(statement(None, None, [(48, 49)]))) == ""
    with pytest.raises(ValueError, match="^s9: span"):
        document_to_brat(doc(statement(None, None, [(0, 999)], sid="s9")))


def test_write_brat(tmp_path):
    text = "Line one.\r\nThe council said so.\r\n"
    document = doc(statement(None, (24, 28), [(29, 31)]), text=text)
    ann = write_brat(document, tmp_path / "out", "article")
    assert ann == tmp_path / "out" / "article.ann"
    assert not (tmp_path / "out" / "article.txt").exists()
    write_brat(document, tmp_path / "out", "article", with_text=True)
    assert (tmp_path / "out" / "article.txt").read_bytes() == text.encode("utf-8")
    assert ann.read_text(encoding="utf-8") == document_to_brat(document)
    with pytest.raises(ValueError):
        write_brat(document, tmp_path, "../escape")


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_export_is_brat_safe_and_keeps_every_word(data):
    text = data.draw(st.text(alphabet=st.sampled_from("ab é.\n\r\u2028\t“”"), min_size=1, max_size=40))
    bounds = st.integers(0, len(text))
    spans = [tuple(sorted(data.draw(st.tuples(bounds, bounds)))) for _ in range(data.draw(st.integers(1, 3)))]
    cue = tuple(sorted(data.draw(st.tuples(bounds, bounds))))
    document = {"text": text, "statements": [{"id": "s", "speaker": None, "content": {"text": "", "spans": spans},
                                              "cue": {"text": "", "start": cue[0], "end": cue[1]}}]}
    out = document_to_brat(document)
    for line in out.split("\n")[:-1]:
        assert line.splitlines() == [line]  # no line break inside a line
        m = re.match(r"^T\d+\t\S+ ([\d ;]+)\t(.*)$", line)
        if m:
            frags = [tuple(map(int, p.split())) for p in m.group(1).split(";")]
            assert m.group(2) == " ".join(text[s:e] for s, e in frags)
    index = TokenIndex(text)
    warnings = []
    rels = parse_ann(out, warnings=warnings)
    assert warnings == []
    expected = relations_from_document(document)[0]
    if rels:
        assert index.tokens(rels[0].content) == index.tokens(expected.content)
        assert index.tokens(rels[0].cue) == index.tokens(expected.cue)
    else:
        assert not index.tokens(expected.content) and not index.tokens(expected.cue)
