"""Text is normalised at the one ingest edge, one character for one: lone surrogates, NUL and control codes."""

from __future__ import annotations

import json
import re

import pytest

from claimscope.ingest import SourceDoc, iter_documents
from claimscope.ingest.normalise import normalise_text


def test_normalise_text_replaces_one_for_one():
    raw = "Ana\ud800 said\x00 it\x07 was\x7f fine\x85.\tNew\r\nline\x0c\x0b\x9f"
    out = normalise_text(raw)
    assert len(out) == len(raw)
    assert out == "Ana\ufffd said  it  was  fine\x85.\tNew\r\nline\x0c\x0b\x9f"
    assert normalise_text("plain text\n") == "plain text\n"


def test_every_source_doc_is_normalised():
    src = SourceDoc(text="The ministry\x00 said\udc80 so.", origin="x", title="Title\ud800")
    assert src.text == "The ministry  said\ufffd so." and src.title == "Title\ufffd"
    src.text.encode("utf-8")  # storable


def test_jsonl_escapes_and_stdin_are_normalised(tmp_path):
    import io

    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "The council said\\ud800 yes\\u0000."}).replace("\\\\", "\\")
                                      + "\n", encoding="utf-8")
    doc, = iter_documents([str(tmp_path / "a.jsonl")])
    assert doc.text == "The council said\ufffd yes ."
    doc, = iter_documents(["-"], stdin=io.StringIO("The mayor said\udc00 no.\x01"))
    assert doc.text == "The mayor said\ufffd no. "


def test_analyse_text_with_a_lone_surrogate_does_not_crash():
    from claimscope.api import analyse_text

    doc = analyse_text('Ana Ruiz said the harbour \ud800 bridge would reopen in May.')
    assert doc["statements"] and json.dumps(doc, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("depth", [254, 300, 3000])
def test_deeply_nested_html_keeps_its_text(tmp_path, depth):
    body = "<p>Ana Ruiz said the harbour bridge would reopen in May after the council finished the repairs.</p>" * 3
    page = f"<html><head><title>Harbour</title></head><body>{'<div>' * depth}{body}{'</div>' * depth}</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    doc, = iter_documents([str(tmp_path / "deep.html")])
    assert not isinstance(doc, Exception), doc
    assert "Ana Ruiz said the harbour bridge" in doc.text


def test_deep_html_without_text_says_why(tmp_path):
    page = f"<html><body>{'<div>' * 400}{'<img src=x>' * 3}{'</div>' * 400}</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    err, = iter_documents([str(tmp_path / "deep.html")])
    assert re.search(r"elements nest 40\d deep", err.reason) and "limit of 255" in err.reason


def test_nesting_depth_and_flatten():
    from claimscope.ingest.html import flatten, nesting_depth

    assert nesting_depth("<div><div><p>x<br>y</p></div></div><img src=a>") == 3
    assert flatten("<div class=a><div><p>Text</p></div></div>") == "\n\n<p>Text</p>\n\n"
