"""`export --format timeml`: TimeML files that an XML reader parses and that `eval timex` reads back exactly."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.eval.timex import parse_tml, timexes_of_document
from claimscope.export.store import export_store
from claimscope.export.timeml import _clean, document_to_timeml
from claimscope.store import Store

TEXT = "Port reopens\nThe port reopened on Monday after 48 hours of talks <&> a fee set for 2015-2016.\x0b"


def _date(phrase, type_, value, **extra):
    start = TEXT.index(phrase)
    return {"text": phrase, "start": start, "end": start + len(phrase), "kind": type_.lower(), "value": value,
            "precision": "day", "relative": extra.pop("relative", None), "role": "event", "mod": None,
            "timex": {"type": type_, "value": value, "mod": extra.pop("mod", None), **extra}}


def make_doc(doc_id="a" * 16, published="2024-11-06"):
    return {"id": doc_id, "source": {"path": "/news/port.txt"}, "title": "Port reopens", "published": published,
            "publisher": None, "author": None, "text": TEXT, "statements": [], "actors": [],
            "dates": [_date("Monday", "DATE", "2024-11-04", relative={"weekday": "monday", "offset": -1}),
                      _date("48 hours", "DURATION", "PT48H", mod="APPROX"),
                      _date("48", "DATE", "48"),  # overlaps the one before: TimeML tags cannot overlap
                      _date("2015-2016", "DURATION", "P2Y", begin="2015", end="2016")]}


def test_an_xml_reader_parses_the_file_and_finds_every_timex():
    root = ET.fromstring(document_to_timeml(make_doc()))
    timexes = list(root.iter("TIMEX3"))
    assert root.tag == "TimeML" and root.find("DOCID").text == "a" * 16
    assert timexes[0].get("functionInDocument") == "CREATION_TIME" and timexes[0].get("value") == "2024-11-06"
    monday = timexes[1]
    assert (monday.text, monday.get("value"), monday.get("temporalFunction"), monday.get("anchorTimeID")) == \
        ("Monday", "2024-11-04", "true", "t0")
    assert timexes[2].get("mod") == "APPROX"
    rng = timexes[3]
    ends = {t.get("tid"): t.get("value") for t in timexes[4:]}
    assert ends == {rng.get("beginPoint"): "2015", rng.get("endPoint"): "2016"}


def test_the_eval_reader_gets_back_the_text_offsets_and_values():
    doc = make_doc()
    back = parse_tml(document_to_timeml(doc), "port")
    assert back.dct == "2024-11-06"
    assert back.text == TEXT.replace("\x0b", " ")  # a character XML cannot hold becomes a space, offsets kept
    kept = [t for t in timexes_of_document(doc) if t.text != "48"]
    assert [(t.start, t.end, t.type, t.value) for t in back.timexes] == [(t.start, t.end, t.type, t.value)
                                                                         for t in kept]


def test_a_document_without_a_publication_date_has_no_dct():
    xml = document_to_timeml(make_doc(published=None))
    assert "CREATION_TIME" not in xml and 'anchorTimeID' not in xml
    ET.fromstring(xml)


def test_the_store_exports_one_tml_per_document(tmp_path):
    db = tmp_path / "store.db"
    with Store(db) as s:
        assert s.add_document(make_doc("b" * 16))
        assert s.add_document(make_doc("c" * 16, published="2025-01-01") | {"text": TEXT + " "})
    out = tmp_path / "tml"
    report = export_store(db, "timeml", out)
    files = sorted(out.glob("*.tml"))
    assert report.count == 2 and len(files) == 2 and "time expressions" in str(report)
    for f in files:
        assert parse_tml(f.read_text(encoding="utf-8"), f.name).timexes


def test_timeml_needs_a_folder(tmp_path):
    from claimscope.errors import UsageError

    db = tmp_path / "store.db"
    with Store(db) as s:
        s.add_document(make_doc())
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="timeml export needs a folder"):
        export_store(db, "timeml", tmp_path / "file")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80), st.data())
def test_any_text_and_spans_read_back_the_same(text, data):
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=6))))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    doc = {"id": "p", "published": "2024-01-02", "text": text,
           "dates": [{"text": text[a:b], "start": a, "end": b, "relative": None,
                      "timex": {"type": "DATE", "value": "2024"}} for a, b in spans]}
    back = parse_tml(document_to_timeml(doc))
    assert back.text == _clean(text) and len(back.text) == len(text)  # "\r\n" too
    assert [(t.start, t.end) for t in back.timexes] == spans


def test_carriage_returns_survive_so_offsets_stay():
    text = "Port\r\nreopens on Monday"
    doc = {"id": "p", "text": text, "dates": [{"text": "Monday", "start": 17, "end": 23, "relative": None,
                                               "timex": {"type": "DATE", "value": "XXXX-WXX-1"}}]}
    back = parse_tml(document_to_timeml(doc))
    assert back.text == text and back.timexes[0].text == "Monday"


def test_a_range_joined_by_a_word_is_its_two_ends_and_an_anchored_duration():
    text = "Sales fell from January to June and rose in 2015-16."
    doc = {"id": "r", "text": text, "published": "2024-08-01", "dates": [
        {"start": 16, "end": 31, "text": "January to June", "timex": {
            "type": "DURATION", "value": "P6M", "begin": "2024-01", "end": "2024-06"}},
        {"start": 44, "end": 51, "text": "2015-16", "timex": {
            "type": "DURATION", "value": "P2Y", "begin": "2015", "end": "2016"}}]}
    xml = document_to_timeml(doc)
    tags = ET.fromstring(xml).find("TEXT").findall("TIMEX3")
    by_text = {t.text: t.attrib for t in tags if t.text}
    assert by_text["January"]["value"] == "2024-01" and by_text["June"]["value"] == "2024-06"
    anchored = [t.attrib for t in tags if t.text is None and t.get("type") == "DURATION" and t.get("value") == "P6M"]
    assert anchored and anchored[0]["beginPoint"] == by_text["January"]["tid"]
    assert by_text["2015-16"]["type"] == "DURATION"  # one word: one expression
    read = [(t.text, t.type, t.value) for t in parse_tml(xml).timexes]
    assert read == [(t.text, t.type, t.value) for t in timexes_of_document(doc)]
    assert ("January", "DATE", "2024-01") in read and ("2015-16", "DURATION", "P2Y") in read
