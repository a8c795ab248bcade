"""Encodings per file: byte-order marks and UTF-8 are certain, --encoding is the default for the rest, else detected."""

from __future__ import annotations

import json

from claimscope.errors import IngestError
from claimscope.ingest import iter_documents
from claimscope.ingest.encoding import bom_encoding, detect

FRENCH = "Le maire a déclaré qu'il irait à Paris, où la fête aura lieu près du château.\n"
RUSSIAN = "Министерство заявило, что мост откроется в мае после ремонта.\n"


def test_bom_encoding():
    assert bom_encoding("x".encode("utf-16")) == "utf-16"
    assert bom_encoding("x".encode("utf-32")) == "utf-32"
    assert bom_encoding("\ufeffx".encode("utf-8")) is None and bom_encoding(b"plain") is None


def test_detect_prefers_cp1252_for_western_text_and_reads_cyrillic():
    assert detect(FRENCH.encode("cp1252")) == "cp1252"
    assert FRENCH.encode("cp1252").decode(detect(FRENCH.encode("cp1252"))) == FRENCH
    assert RUSSIAN.encode("cp1251").decode(detect(RUSSIAN.encode("cp1251"))) == RUSSIAN
    assert detect("Café au lait".encode("latin-1")) is None  # too short to tell


def test_mixed_batch_reads_every_file(tmp_path):
    (tmp_path / "a-utf8.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b-cp1252.txt").write_bytes(FRENCH.encode("cp1252"))
    (tmp_path / "c-utf16.txt").write_bytes(FRENCH.encode("utf-16"))
    (tmp_path / "d-cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    for encoding in (None, "cp1252"):
        docs = list(iter_documents([str(tmp_path)], encoding=encoding))
        assert not [d for d in docs if isinstance(d, IngestError)], docs
        texts = [d.text for d in docs]
        assert texts[:3] == [FRENCH, FRENCH, FRENCH]
        if encoding is None:
            assert texts[3] == RUSSIAN  # detected
        else:
            assert texts[3] == RUSSIAN.encode("cp1251").decode("cp1252")  # the user's default, as asked


def test_undetectable_short_text_asks_for_encoding(tmp_path):
    (tmp_path / "short.txt").write_bytes("Café au lait".encode("latin-1"))
    err, = iter_documents([str(tmp_path / "short.txt")])
    assert err.reason == "not valid UTF-8 (byte 0xe9 at offset 3); pass --encoding to read it"
    doc, = iter_documents([str(tmp_path / "short.txt")], encoding="latin-1")
    assert doc.text == "Café au lait"


def test_jsonl_lines_in_utf8_stay_utf8_with_an_encoding_default(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(json.dumps({"text": "déjà vu"}, ensure_ascii=False).encode("utf-8") + b"\n"
                     + json.dumps({"text": "café"}, ensure_ascii=False).encode("latin-1") + b"\n")
    assert [d.text for d in iter_documents([str(path)], encoding="latin-1")] == ["déjà vu", "café"]


def test_utf8_html_is_not_decoded_with_the_default(tmp_path):
    page = "<html><head><title>Vote</title></head><body><article><p>" + FRENCH * 3 + "</p></article></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    doc, = iter_documents([str(tmp_path / "page.html")], encoding="cp1252")
    assert "déclaré" in doc.text and "Ã" not in doc.text
