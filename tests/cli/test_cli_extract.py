"""`claimscope extract`: document JSON for one input, an array for several, JSON Lines, brat standoff, stdin."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from cli_helpers import (ARTICLE_FACTORY, ARTICLE_PARK, JSONL_DOCS, SHARED, document_schema, explain, jsonl_text,
                         run_cli, schema_errors)

from claimscope.eval.polnear import read_ann

REFERENCE = SHARED / "corpora" / "seed" / "euromaidan-dprk-troops.txt"
REFERENCE_EXPECTED = SHARED / "corpora" / "seed" / "euromaidan-dprk-troops.expected.json"


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    root = tmp_path_factory.mktemp("extract")
    (root / "park.txt").write_text(ARTICLE_PARK, encoding="utf-8")
    (root / "factory.txt").write_text(ARTICLE_FACTORY, encoding="utf-8")
    (root / "wire.jsonl").write_text(jsonl_text(JSONL_DOCS), encoding="utf-8")
    return root


def _check_document(doc: dict, text: str) -> None:
    """Schema, content-derived id, and offsets that index into the text."""
    errors = schema_errors(doc, document_schema())
    assert not errors, "document JSON does not match docs/document.schema.json:\n" + "\n".join(errors[:20])
    assert doc["text"] == text
    assert doc["id"] == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert doc["statements"], "a news text with quotes and 'said' should give statements"
    for st in doc["statements"]:
        for part in ("speaker", "cue", "addressee"):
            if st.get(part):
                assert text[st[part]["start"]:st[part]["end"]] == st[part]["text"], (part, st)
        assert st["content"]["text"] == " … ".join(text[s:e] for s, e in st["content"]["spans"]), st
    for actor in doc["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"], (actor["name"], m)


def test_extract_one_txt_gives_one_schema_valid_object(articles):
    proc = run_cli("extract", "park.txt", "--format", "json", cwd=articles)
    assert proc.returncode == 0, explain(proc)
    doc = json.loads(proc.stdout)
    assert isinstance(doc, dict), "one file should give one JSON object, not an array"
    _check_document(doc, ARTICLE_PARK)
    assert doc["source"].get("path", "").endswith("park.txt")
    assert any((st["speaker"] or {}).get("name") == "Anna Berg" and "great day" in st["content"]["text"]
               for st in doc["statements"]), doc["statements"]


def test_extract_several_inputs_json_array_and_jsonl(articles):
    as_json = run_cli("extract", "park.txt", "factory.txt", "--format", "json", cwd=articles)
    assert as_json.returncode == 0, explain(as_json)
    docs = json.loads(as_json.stdout)
    assert isinstance(docs, list) and len(docs) == 2
    for doc, text in zip(docs, (ARTICLE_PARK, ARTICLE_FACTORY)):
        _check_document(doc, text)

    as_jsonl = run_cli("extract", "park.txt", "factory.txt", "wire.jsonl", "--format", "jsonl", cwd=articles)
    assert as_jsonl.returncode == 0, explain(as_jsonl)
    lines = as_jsonl.stdout.splitlines()
    assert len(lines) == 4, "one line per document (2 files + 2 JSONL records)" + explain(as_jsonl)
    parsed = [json.loads(line) for line in lines]
    assert [d["id"] for d in parsed[:2]] == [d["id"] for d in docs]
    assert [d["title"] for d in parsed[2:]] == [d["title"] for d in JSONL_DOCS]
    for doc, src in zip(parsed[2:], JSONL_DOCS):
        _check_document(doc, src["text"])


_T_LINE = re.compile(r"^(T\d+)\t(Source|Cue|Content|Attribution|Attribution-no-source) "
                     r"(\d+ \d+(?:;\d+ \d+)*)\t([^\n]*)$")
_E_LINE = re.compile(r"^(E\d+)\t(Attribution|Attribution-no-source):(T\d+)((?: (?:Content|Cue|Source):T\d+)*)$")


def test_extract_brat_writes_polnear_ann_files(articles):
    out = articles / "ann"
    proc = run_cli("extract", "park.txt", "factory.txt", "--format", "brat", "--out", "ann", cwd=articles)
    assert proc.returncode == 0, explain(proc)
    assert sorted(p.name for p in out.iterdir()) == ["factory.ann", "park.ann"]
    for name, text in (("park", ARTICLE_PARK), ("factory", ARTICLE_FACTORY)):
        content = (out / f"{name}.ann").read_text(encoding="utf-8")
        t_ids, events = set(), 0
        for line in content.splitlines():
            if m := _T_LINE.match(line):
                t_ids.add(m.group(1))
                frags = [tuple(map(int, f.split())) for f in m.group(3).split(";")]
                assert m.group(4) == " ".join(text[s:e] for s, e in frags), f"{name}.ann: text mismatch: {line!r}"
            elif m := _E_LINE.match(line):
                events += 1
                refs = [m.group(3)] + [arg.split(":")[1] for arg in m.group(4).split()]
                assert set(refs) <= t_ids, f"{name}.ann: event refers to unknown T ids: {line!r}"
                assert "Content:" in line, f"{name}.ann: attribution without content: {line!r}"
            else:
                pytest.fail(f"{name}.ann: line not in the PolNeAR layout: {line!r}")
        assert events >= 2, f"{name}.ann: expected an attribution per statement:\n{content}"
        relations = read_ann(out / f"{name}.ann")
        assert len(relations) == events
        assert all(r.content for r in relations)


def test_extract_brat_without_out_is_a_usage_error(articles):
    proc = run_cli("extract", "park.txt", "--format", "brat", cwd=articles)
    assert proc.returncode == 2, explain(proc)
    assert "--out" in proc.stderr and proc.stdout == "", explain(proc)


def test_extract_reads_stdin(tmp_path):
    text = ('Mayor promises safer crossings\n"We will fix every crossing near a school by autumn," '
            'mayor Elena Duarte said on Wednesday.\n')
    proc = run_cli("extract", "-", "--format", "json", cwd=tmp_path, input=text)
    assert proc.returncode == 0, explain(proc)
    doc = json.loads(proc.stdout)
    assert isinstance(doc, dict)
    _check_document(doc, text)
    assert "path" not in doc["source"]
    assert any((st["speaker"] or {}).get("name") == "Elena Duarte" for st in doc["statements"]), doc["statements"]


@pytest.mark.slow
def test_reference_article_required_statements(tmp_path):
    if not (REFERENCE.is_file() and REFERENCE_EXPECTED.is_file()):
        pytest.skip(f"reference article not found at {REFERENCE} (expected ../shared/corpora/seed beside the repo)")
    expected = json.loads(REFERENCE_EXPECTED.read_text(encoding="utf-8"))["statements"]
    proc = run_cli("extract", str(REFERENCE), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    doc = json.loads(proc.stdout)
    statements = doc["statements"]

    def found(item: dict) -> bool:
        return any((st.get("speaker") or {}).get("name", "").casefold() == item["speaker"].casefold()
                   and item["content_has"] in st["content"]["text"] for st in statements)

    required = expected["required"]
    missing = [item for item in required if not found(item)]
    got = [f"{(st.get('speaker') or {}).get('name')!r}: {st['content']['text'][:70]!r}" for st in statements]
    assert len(required) - len(missing) >= 9, (
        f"found {len(required) - len(missing)} of {len(required)} required statements; missing:\n"
        + "\n".join(f"  {m['speaker']!r} ({m['cue']}): {m['content_has']!r}" for m in missing)
        + "\nextracted:\n  " + "\n  ".join(got))
    bad = [(item["content_has"], st["content"]["text"]) for item in expected.get("must_not", [])
           for st in statements if item["content_has"] in st["content"]["text"]]
    assert not bad, f"statements that must not be extracted: {bad}"
