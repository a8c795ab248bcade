"""'-' reads stdin as one text document, bounded by the size limit."""

from __future__ import annotations

import io

from claimscope.ingest import IngestError, SourceDoc, iter_documents


def one(stdin, **kwargs):
    [item] = list(iter_documents(["-"], stdin=stdin, **kwargs))
    return item


def test_binary_stdin():
    doc = one(io.BytesIO("Headline\r\nBody — said.\n".encode("utf-8")))
    assert isinstance(doc, SourceDoc)
    assert doc.text == "Headline\r\nBody — said.\n"
    assert doc.origin == "<stdin>" and doc.path is None
    assert doc.title == "Headline"


def test_text_stdin_uses_its_bytes():
    wrapper = io.TextIOWrapper(io.BytesIO("Zürich\n".encode("utf-8")), encoding="ascii")
    assert one(wrapper).text == "Zürich\n"  # decoded by us as UTF-8, not by the wrapper


def test_string_stdin():
    assert one(io.StringIO("already text")).text == "already text"


def test_stdin_between_files(tmp_path):
    (tmp_path / "a.txt").write_text("file a")
    out = list(iter_documents([str(tmp_path / "a.txt"), "-"], stdin=io.BytesIO(b"piped")))
    assert [(d.origin, d.text) for d in out] == [(str(tmp_path / "a.txt"), "file a"), ("<stdin>", "piped")]


def test_stdin_reads_at_most_one_byte_past_the_limit():
    class Counting(io.BytesIO):
        asked: list = []

        def read(self, size=-1):
            self.asked.append(size)
            return super().read(size)

    stream = Counting(b"x" * 100)
    err = one(stream, max_bytes=10)
    assert isinstance(err, IngestError)
    assert str(err) == "<stdin>: too large (over the limit of 10 bytes; raise --max-bytes)"
    assert stream.asked == [11]
    assert isinstance(one(io.BytesIO(b"x" * 10), max_bytes=10), SourceDoc)
    assert one(io.StringIO("é" * 6), max_bytes=10).reason.startswith("too large")


def test_bad_stdin():
    assert str(one(io.BytesIO(b""))) == "<stdin>: empty input"
    assert str(one(io.BytesIO(b" \n\t"))) == "<stdin>: empty input"
    assert one(io.BytesIO(b"\x00\x01\x02")).reason == "binary file, not text"
    assert one(io.BytesIO(b"ab\xff")).reason == "not valid UTF-8 (byte 0xff at offset 2); pass --encoding to read it"
    assert one(io.BytesIO(b"ab\xff"), encoding="latin-1").text == "abÿ"
    closed = io.BytesIO(b"x")
    closed.close()
    assert one(closed).reason.startswith("cannot read standard input")


def test_default_stdin_is_sys_stdin_buffer(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"from sys")))
    assert one(None).text == "from sys"
    monkeypatch.setattr("sys.stdin", None)
    assert str(one(None)) == "<stdin>: no standard input"
