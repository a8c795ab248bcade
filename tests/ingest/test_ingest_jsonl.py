"""JSONL: one document per line, configurable keys, and a bad line fails alone."""

from __future__ import annotations

import json

from claimscope.ingest import IngestError, JsonlKeys, SourceDoc, iter_documents


def write_lines(path, *lines: str | dict) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        for line in lines:
            f.write((json.dumps(line, ensure_ascii=False) if isinstance(line, dict) else line) + "\n")


def run(path, **kwargs):
    return list(iter_documents([str(path)], **kwargs))


def test_documents_and_metadata(tmp_path):
    path = tmp_path / "corpus.jsonl"
    text = "  Leading space kept.\r\nThe minister said «no».  "
    write_lines(
        path,
        {"text": text, "title": " T1 ", "url": "https://x/1", "published": "March 3, 2024",
         "publisher": "Planet", "author": "Jane", "extra": [1, 2]},
        {"text": "Second.", "published": "2024-03-05T10:00:00Z"},
    )
    first, second = run(path)
    assert first.text == text  # exactly the JSON string's characters
    assert (first.title, first.url, first.published, first.publisher, first.author) == (
        "T1", "https://x/1", "2024-03-03", "Planet", "Jane")
    assert first.origin == f"{path}:1" and first.path == str(path)
    assert second.text == "Second." and second.published == "2024-03-05T10:00:00Z"
    assert second.title is None and second.origin == f"{path}:2"


def test_malformed_lines_fail_alone_with_line_numbers(tmp_path):
    path = tmp_path / "mixed.NDJSON"
    write_lines(
        path,
        {"text": "ok one"},
        "",
        "{not json",
        "[1, 2]",
        '"just a string"',
        {"title": "no text key"},
        {"text": 42},
        {"text": "   "},
        "   ",
        {"text": "ok two", "published": "not a date at all", "title": 7},
    )
    out = run(path)
    errors = {e.origin: e.reason for e in out if isinstance(e, IngestError)}
    assert errors == {
        f"{path}:3": "bad JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:4": "not a JSON object (a JSON array)",
        f"{path}:5": "not a JSON object (a JSON string)",
        f"{path}:6": "no 'text' field",
        f"{path}:7": "'text' is not a string",
        f"{path}:8": "no text",
    }
    docs = [d for d in out if isinstance(d, SourceDoc)]
    assert [(d.text, d.origin) for d in docs] == [("ok one", f"{path}:1"), ("ok two", f"{path}:10")]
    assert docs[1].published is None and docs[1].title is None  # odd metadata is dropped, not fatal


def test_custom_keys(tmp_path):
    path = tmp_path / "custom.jsonl"
    write_lines(path, {"body": "Body text.", "headline": "Head", "link": "https://x", "date": "2024-01-02",
                       "site": "Wire", "byline": "Sam", "text": "not this"})
    keys = JsonlKeys(text="body", title="headline", url="link", published="date", publisher="site", author="byline")
    [doc] = run(path, jsonl_keys=keys)
    assert (doc.text, doc.title, doc.url, doc.published, doc.publisher, doc.author) == (
        "Body text.", "Head", "https://x", "2024-01-02", "Wire", "Sam")
    [err] = run(path, jsonl_keys=JsonlKeys(text="content"))
    assert err.reason == "no 'content' field"
    [doc] = run(path, jsonl_keys=JsonlKeys(title=None))
    assert doc.text == "not this" and doc.title is None


def test_limit_applies_per_line_text(tmp_path):
    path = tmp_path / "sizes.jsonl"
    write_lines(path, {"text": "x" * 50}, {"text": "y" * 51}, {"text": "é" * 26}, {"text": "z" * 10})
    out = run(path, max_bytes=50)
    assert isinstance(out[0], SourceDoc)
    assert out[1].reason == "too large (51 bytes > limit 50; raise --max-bytes)"
    assert out[2].reason == "too large (52 bytes > limit 50; raise --max-bytes)"
    assert out[3].text == "z" * 10


def test_very_long_line_is_skipped_without_reading_it_whole(tmp_path):
    path = tmp_path / "long.jsonl"
    write_lines(path, {"text": "a"}, '{"text": "' + "b" * 200_000 + '"}', {"text": "c"})
    out = run(path, max_bytes=10)
    assert [getattr(x, "text", None) for x in out] == ["a", None, "c"]
    assert out[1].origin == f"{path}:2"
    assert out[1].reason == "too large (over the limit of 10 bytes; raise --max-bytes)"
    assert out[2].origin == f"{path}:3"


def test_empty_and_blank_only_files(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text("")
    assert [str(e) for e in run(path)] == [f"{path}: empty file"]
    path.write_text("\n  \n\n")
    assert [str(e) for e in run(path)] == [f"{path}: empty file"]


def test_bom_crlf_and_missing_final_newline(tmp_path):
    path = tmp_path / "win.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "one"}\r\n{"text": "two"}')
    assert [d.text for d in run(path)] == ["one", "two"]


def test_invalid_utf8_line_and_explicit_encoding(tmp_path):
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    out = run(path)
    assert out[0].text == "fine"
    assert str(out[1]) == f"{path}:2: not valid UTF-8 (byte 0xe9 at offset 30); pass --encoding to read it"
    assert [d.text for d in run(path, encoding="latin-1")] == ["fine", "café"]


def test_lone_surrogates_are_replaced_keeping_length(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "a\\ud800b \\ud83d\\ude00"}\n')
    [doc] = run(path)
    assert doc.text == "a\ufffdb \U0001F600"
    doc.text.encode("utf-8")  # storable


def test_deeply_nested_line_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + '{"text": "after"}\n')
    out = run(path)
    assert isinstance(out[0], IngestError) and out[0].reason.startswith("bad JSON")
    assert out[1].text == "after"


def test_binary_jsonl(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(b'{"text": "x"}\n\x00\x00\x00')
    assert [str(e) for e in run(path)] == [f"{path}: binary file, not text"]


def test_streams_without_reading_ahead(tmp_path):
    path = tmp_path / "stream.jsonl"
    write_lines(path, {"text": "one"}, {"text": "two"})
    docs = iter_documents([str(path)])
    assert next(docs).text == "one"
    with open(path, "a", encoding="utf-8") as f:  # appended after the first document was yielded
        f.write('{"text": "three"}\n')
    assert [d.text for d in docs] == ["two", "three"]
