"""`claimscope analyze` over a folder of good and broken files, then `claimscope statements` over the store."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from cli_helpers import (ARTICLE_FACTORY, ARTICLE_PARK, HTML_PAGE, JSONL_DOCS, cli_env, explain, read_only,
                         run_cli, store_rows)

from claimscope.cli.output import plural

MAX_BYTES = 2000

# file name -> the origin the error line must name (JSONL lines are FILE:LINE)
BROKEN = {
    "empty.txt": "empty.txt",
    "binary.dat": "binary.dat",
    "latin1.txt": "latin1.txt",
    "broken.html": "broken.html",
    "huge.txt": "huge.txt",
    "wire.jsonl:2": "wire.jsonl:2",
}
GOOD_FILES = ["park.txt", "factory.txt", "wire.jsonl", "library.html"]
GOOD_DOCS = 5  # two .txt, two JSONL lines, one HTML page


def make_mixed_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "park.txt").write_text(ARTICLE_PARK, encoding="utf-8")
    (folder / "factory.txt").write_text(ARTICLE_FACTORY, encoding="utf-8")
    lines = [json.dumps(JSONL_DOCS[0]), '{"title": "cut off", "text": "half a', json.dumps(JSONL_DOCS[1])]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "library.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.dat").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00" + bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes(
        "Caf\u00e9 owner Ren\u00e9 said no.\n".encode("latin-1"))  # too short to detect its encoding
    (folder / "broken.html").write_text("<html><body><div", encoding="utf-8")
    sentence = 'The mayor said the budget was "fully balanced" this year. '
    (folder / "huge.txt").write_text((sentence * (5000 // len(sentence) + 1))[:5000], encoding="utf-8")
    assert (folder / "huge.txt").stat().st_size == 5000


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The folder analysed twice into the same store; both runs kept for the tests below."""
    root = tmp_path_factory.mktemp("mixed")
    folder = root / "inputs"
    make_mixed_folder(folder)
    args = ("analyze", str(folder), "--db", "x.db", "--max-bytes", str(MAX_BYTES))
    first = run_cli(*args, cwd=root)
    after_first = store_rows(root / "x.db")
    listed = run_cli("statements", "--db", "x.db", "--format", "json", cwd=root)
    second = run_cli(*args, cwd=root)
    after_second = store_rows(root / "x.db")
    return {"root": root, "folder": folder, "first": first, "second": second, "listed": listed,
            "after_first": after_first, "after_second": after_second}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_broken_inputs_reported_one_line_each_and_good_ones_stored(mixed):
    first, folder = mixed["first"], mixed["folder"]
    assert first.returncode == 1, "broken inputs must give exit code 1" + explain(first)
    lines = _error_lines(first.stderr)
    assert len(lines) == len(BROKEN), f"want one error line per broken input:\n" + "\n".join(lines) + explain(first)
    for name, origin in BROKEN.items():
        # the line names the input as given on the command line, then ': REASON'
        hits = [line for line in lines if re.search(re.escape(f"{folder}/{origin}") + r": \S", line)]
        assert len(hits) == 1, f"{origin}: expected exactly one error line naming it" + explain(first)
        reason = hits[0].split(f"{folder}/{origin}: ", 1)[1].strip()
        assert len(reason) >= 5, f"{origin}: reason too short: {hits[0]!r}"
    for good in GOOD_FILES:
        assert not any(f"{folder}/{good}:" in line and "wire.jsonl:2" not in line for line in lines), \
            f"{good} is good but has an error line" + explain(first)
    # wording a user can act on
    by_origin = {o: next(line for line in lines if f"{folder}/{o}: " in line) for o in BROKEN.values()}
    assert "empty" in by_origin["empty.txt"]
    assert "binary" in by_origin["binary.dat"]
    assert "UTF-8" in by_origin["latin1.txt"] and "--encoding" in by_origin["latin1.txt"]
    assert "2000" in by_origin["huge.txt"] and "--max-bytes" in by_origin["huge.txt"]
    assert "JSON" in by_origin["wire.jsonl:2"]
    # no other stderr line mentions a broken input (e.g. a wrapped second line)
    for origin in BROKEN.values():
        assert sum(f"{origin}" in line for line in first.stderr.splitlines()) == 1, explain(first)

    docs, statements = mixed["after_first"]
    assert len(docs) == GOOD_DOCS, explain(first)
    conn = read_only(mixed["root"] / "x.db")
    try:
        titles = {row[0] for row in conn.execute("SELECT title FROM documents")}
        paths = [row[0] for row in conn.execute("SELECT path FROM documents")]
    finally:
        conn.close()
    assert {"Budget agreed", "Old town flooded", "Library reopens after repairs"} <= titles
    assert sorted(Path(p).name for p in paths) == sorted(["park.txt", "factory.txt", "wire.jsonl", "wire.jsonl",
                                                          "library.html"])
    speakers = {speaker for _, _, speaker in statements}
    assert {"Anna Berg", "Paul Mercer", "John Hale", "Lena Park", "Omar Reyes"} <= speakers, speakers


def test_statements_json_lists_every_stored_statement(mixed):
    listed = mixed["listed"]
    assert listed.returncode == 0, explain(listed)
    rows = json.loads(listed.stdout)
    docs, statements = mixed["after_first"]
    assert {r["document_id"] for r in rows} == docs
    assert {(r["id"], r["content_text"], r["speaker_name"]) for r in rows} == statements
    assert len(rows) == len(statements)


def test_second_identical_run_stores_nothing_new(mixed):
    first, second = mixed["first"], mixed["second"]
    assert second.returncode == 1, explain(second)
    assert _error_lines(second.stderr) == _error_lines(first.stderr), explain(second)
    assert mixed["after_second"] == mixed["after_first"]
    summary = " ".join(second.stderr.split())
    assert "0 articles, 0 statements" in summary and f"{GOOD_DOCS} already stored" in summary, explain(second)


# --- `claimscope statements` over the same store ---

def test_statements_speaker_filter_in_every_format(mixed):
    root = mixed["root"]
    base = ("statements", "--db", "x.db", "--speaker", "anna berg")
    as_json = run_cli(*base, "--format", "json", cwd=root)
    assert as_json.returncode == 0, explain(as_json)
    rows = json.loads(as_json.stdout)
    assert rows and all(r["speaker_name"] == "Anna Berg" for r in rows), rows
    ids = [r["id"] for r in rows]

    as_jsonl = run_cli(*base, "--format", "jsonl", cwd=root)
    assert as_jsonl.returncode == 0, explain(as_jsonl)
    assert [json.loads(line)["id"] for line in as_jsonl.stdout.splitlines()] == ids

    as_csv = run_cli(*base, "--format", "csv", cwd=root)
    assert as_csv.returncode == 0, explain(as_csv)
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == len(rows) and all(r["speaker_name"] == "Anna Berg" for r in table), as_csv.stdout
    assert [r["content_text"] for r in table] == [r["content_text"] for r in rows]

    as_table = run_cli(*base, "--format", "table", cwd=root, env=cli_env(COLUMNS="200"))
    assert as_table.returncode == 0, explain(as_table)
    assert "Anna Berg" in as_table.stdout and plural(len(rows), "statement") in as_table.stdout, explain(as_table)
    assert "Paul Mercer" not in as_table.stdout

    nobody = run_cli("statements", "--db", "x.db", "--speaker", "Nobody At All", "--format", "json", cwd=root)
    assert nobody.returncode == 0 and json.loads(nobody.stdout) == [], explain(nobody)


@pytest.mark.parametrize("query", ['"', "AND (", "*", 'NEAR( "x\' -)'])
def test_statements_search_with_hostile_text(mixed, query):
    proc = run_cli("statements", "--db", "x.db", "--search", query, "--format", "json", cwd=mixed["root"])
    assert proc.returncode == 0, explain(proc)
    assert isinstance(json.loads(proc.stdout), list)


def test_statements_search_finds_words(mixed):
    proc = run_cli("statements", "--db", "x.db", "--search", "neighbourhood", "--format", "json", cwd=mixed["root"])
    assert proc.returncode == 0, explain(proc)
    rows = json.loads(proc.stdout)
    assert rows and all("neighbourhood" in r["content_text"] for r in rows)
