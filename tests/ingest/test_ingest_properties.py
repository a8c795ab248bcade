"""Whatever bytes a file holds, iter_documents yields SourceDocs or IngestErrors and never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimscope.ingest import IngestError, SourceDoc, iter_documents
from claimscope.ingest.normalise import normalise_text

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Raw bytes, plus byte strings that look like the format so the parsers get past their first line.
_PREFIXES = {
    ".txt": [b""],
    ".html": [b"", b"<html><head><title>t</title></head><body><article><p>", b"<!DOCTYPE html><p>"],
    ".jsonl": [b"", b'{"text": "', b'{"text": "a"}\n{', b"[\n"],
    ".xml": [b"", b'<?xml version="1.0"?><rss><channel><item><description>', b"<feed><entry><content>"],
}


def check(tmp_path, suffix: str, data: bytes, **kwargs) -> list:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    out = list(iter_documents([str(path)], **kwargs))
    assert out, "every input yields at least one item"
    for item in out:
        assert isinstance(item, (SourceDoc, IngestError))
        if isinstance(item, SourceDoc):
            assert item.text.strip()
            item.text.encode("utf-8")  # storable
            assert len(item.id) == 16
        else:
            assert item.origin.startswith(str(path))
            assert "\n" not in item.reason and item.reason
    return out


def fuzz_bytes(suffix: str):
    return st.tuples(st.sampled_from(_PREFIXES[suffix]), st.binary(max_size=600)).map(lambda t: t[0] + t[1])


@FUZZ
@given(data=fuzz_bytes(".txt"))
def test_txt_never_raises(tmp_path, data):
    [item] = check(tmp_path, ".txt", data)
    if isinstance(item, SourceDoc):
        decoded = data.decode("utf-8")
        assert item.text == normalise_text(decoded) and len(item.text) == len(decoded)  # offsets index the file


@FUZZ
@given(text=st.text(max_size=300))
def test_txt_round_trips_any_text(tmp_path, text):
    [item] = check(tmp_path, ".txt", text.encode("utf-8", "surrogatepass"))
    if isinstance(item, SourceDoc):
        assert item.text == normalise_text(text) and len(item.text) == len(text)


@FUZZ
@given(data=fuzz_bytes(".html"))
def test_html_never_raises(tmp_path, data):
    check(tmp_path, ".html", data)


@FUZZ
@given(data=fuzz_bytes(".jsonl"))
def test_jsonl_never_raises(tmp_path, data):
    check(tmp_path, ".jsonl", data)


@FUZZ
@given(data=fuzz_bytes(".xml"))
def test_xml_never_raises(tmp_path, data):
    check(tmp_path, ".xml", data)


@FUZZ
@given(data=st.binary(max_size=300), encoding=st.sampled_from(["latin-1", "utf-16", "cp1252", "ascii"]))
def test_explicit_encodings_never_raise(tmp_path, data, encoding):
    for suffix in (".txt", ".jsonl", ".html", ".xml"):
        check(tmp_path, suffix, data, encoding=encoding)
