"""The public surface of claimscope.ingest: names, option checks, laziness."""

from __future__ import annotations

import pytest

import claimscope.ingest as ingest
from claimscope.errors import ClaimscopeError, IngestError, UsageError
from claimscope.ingest.document import SourceDoc, content_id


def test_public_names():
    assert ingest.SourceDoc is SourceDoc
    assert ingest.content_id is content_id
    assert ingest.IngestError is IngestError
    assert issubclass(IngestError, ClaimscopeError)
    assert ingest.DEFAULT_MAX_BYTES == 5_000_000
    assert ingest.JsonlKeys().text == "text"
    for name in ingest.__all__:
        assert getattr(ingest, name) is not None


@pytest.mark.parametrize(
    "kwargs",
    [{"max_bytes": 0}, {"max_bytes": -1}, {"max_bytes": True}, {"max_bytes": "5"}, {"encoding": "klingon-8"},
     {"encoding": "rot13"}, {"jsonl_keys": ingest.JsonlKeys(text="")}],
)
def test_bad_options_raise_usage_error_at_call_time(kwargs):
    with pytest.raises(UsageError):
        ingest.iter_documents(["whatever"], **kwargs)  # before any iteration


def test_results_are_lazy_and_in_order(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
    import claimscope.ingest.stream as stream

    read = []
    real = stream.read_input

    def spy(path, max_bytes):
        read.append(path.name)
        return real(path, max_bytes)

    monkeypatch.setattr(stream, "read_input", spy)
    docs = ingest.iter_documents([str(tmp_path)])
    assert read == []
    assert next(docs).text == "a.txt"
    assert read == ["a.txt"]
    assert [d.text for d in docs] == ["b.txt", "c.txt"]


def test_mixed_batch_yields_only_docs_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text("Text.")
    (tmp_path / "b.jsonl").write_text('{"text": "Line."}\nnope\n')
    (tmp_path / "c.txt").write_bytes(b"")
    out = list(ingest.iter_documents([str(tmp_path), str(tmp_path / "missing"), "*.none"]))
    assert [type(x).__name__ for x in out] == ["SourceDoc", "SourceDoc", "IngestError", "IngestError",
                                               "IngestError", "IngestError"]
    assert all("\n" not in str(e) for e in out if isinstance(e, IngestError))
