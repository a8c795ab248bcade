"""Plain-text files: the text is exactly the file's characters, and broken files fail one at a time."""

from __future__ import annotations

import os

import pytest

from claimscope.ingest import IngestError, SourceDoc, content_id, iter_documents


def run(*inputs, **kwargs):
    return list(iter_documents([str(i) for i in inputs], **kwargs))


def one(*inputs, **kwargs):
    [item] = run(*inputs, **kwargs)
    return item


def test_text_is_exactly_the_file_content(tmp_path):
    content = "\n\n  Mayor promises budget  \r\nShe said: \"No new taxes.\"\r\n\ttrailing  \n\n"
    path = tmp_path / "story.txt"
    path.write_bytes(content.encode("utf-8"))
    doc = one(path)
    assert isinstance(doc, SourceDoc)
    assert doc.text == content  # no stripping, no newline normalisation
    start = content.index("No new taxes")
    assert doc.text[start : start + 12] == "No new taxes"
    assert doc.title == "Mayor promises budget"
    assert doc.path == str(path) and doc.origin == str(path)
    assert doc.url is None and doc.published is None


def test_non_ascii_offsets_count_characters(tmp_path):
    content = "Zürich — «Ça va», dit-il. 🙂 Then: end"
    path = tmp_path / "u.TXT"  # extension is case-insensitive
    path.write_text(content, encoding="utf-8")
    doc = one(path)
    assert doc.text == content
    assert doc.text[content.index("Then") :].startswith("Then")


def test_utf8_bom_is_kept_so_offsets_stay_honest(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\nBody")
    doc = one(path)
    assert doc.text == "\ufeffHeadline\nBody"
    assert doc.title == "Headline"


def test_unknown_and_missing_extensions_are_text(tmp_path):
    (tmp_path / "notes.md").write_text("# Notes\nbody")
    (tmp_path / "README").write_text("Plain\n")
    docs = run(tmp_path / "notes.md", tmp_path / "README")
    assert [d.text for d in docs] == ["# Notes\nbody", "Plain\n"]
    assert [d.title for d in docs] == ["# Notes", "Plain"]


def test_same_text_same_id(tmp_path):
    (tmp_path / "a.txt").write_text("Same words.")
    (tmp_path / "b.txt").write_text("Same words.")
    (tmp_path / "c.txt").write_text("Other words.")
    a, b, c = run(tmp_path)
    assert a.id == b.id == content_id("Same words.")
    assert len(a.id) == 16
    assert c.id != a.id
    assert one(tmp_path / "a.txt").id == a.id  # and again on a second run


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = one(path)
    assert isinstance(err, IngestError)
    assert err.origin == str(path)
    assert err.reason == "empty file"
    assert str(err) == f"{path}: empty file"


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04\x00\x00binary zip",
        bytes(range(1, 32)) * 10,  # no NUL, but mostly control codes
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_binary_file(tmp_path, content):
    path = tmp_path / "blob.txt"
    path.write_bytes(content)
    err = one(path)
    assert isinstance(err, IngestError)
    assert err.reason == "binary file, not text"


def test_utf16_with_a_byte_order_mark_is_read_and_without_needs_encoding(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Hello there".encode("utf-16"))
    assert one(path).text == "Hello there"
    path.write_bytes("Hello there".encode("utf-16-le"))
    err = one(path)
    assert isinstance(err, IngestError) and err.reason == "binary file, not text"
    assert one(path, encoding="utf-16-le").text == "Hello there"


def test_invalid_utf8_names_byte_and_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café au lait".encode("latin-1"))
    err = one(path)
    assert isinstance(err, IngestError)
    assert err.reason == "not valid UTF-8 (byte 0xe9 at offset 3); pass --encoding to read it"
    doc = one(path, encoding="latin-1")
    assert doc.text == "Café au lait"


def test_wrong_explicit_encoding_is_reported(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"ok \xff\xfe then")
    err = one(path, encoding="ascii")
    assert isinstance(err, IngestError)
    assert err.reason == "not valid ascii (byte 0xff at offset 3)"


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(10**12)  # sparse: reading it would be the bug
    import claimscope.ingest.files as files

    def no_open(*args, **kwargs):
        raise AssertionError("opened a file that is too large")

    monkeypatch.setattr(files, "open", no_open, raising=False)
    err = one(path)
    assert isinstance(err, IngestError)
    assert err.reason == f"too large ({10**12} bytes > limit 5000000; raise --max-bytes)"


def test_max_bytes_is_configurable(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("0123456789")
    assert isinstance(one(path, max_bytes=10), SourceDoc)
    err = one(path, max_bytes=9)
    assert err.reason == "too large (10 bytes > limit 9; raise --max-bytes)"


def test_unreadable_file_reports_strerror(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    import claimscope.ingest.files as files

    def denied(p, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(files, "open", denied, raising=False)
    err = one(path)
    assert isinstance(err, IngestError)
    assert str(err) == f"{path}: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("hidden")
    path.chmod(0)
    try:
        err = one(path)
    finally:
        path.chmod(0o600)
    assert err.reason == "permission denied"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_special_file_named_explicitly_is_read_as_a_stream():
    err = one("/dev/null")
    assert isinstance(err, IngestError)
    assert err.reason == "empty file"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_special_file_stops_at_the_limit():
    err = one("/dev/zero", max_bytes=1000)
    assert isinstance(err, IngestError)
    assert err.reason == "too large (over the limit of 1000 bytes; raise --max-bytes)"


def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    (tmp_path / "1.txt").write_text("first")
    (tmp_path / "2.txt").write_bytes(b"\x00\x01")
    (tmp_path / "3.txt").write_text("third")
    out = run(tmp_path)
    assert [type(x).__name__ for x in out] == ["SourceDoc", "IngestError", "SourceDoc"]
    assert [x.text for x in out if isinstance(x, SourceDoc)] == ["first", "third"]
