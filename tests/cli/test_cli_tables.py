"""List commands as a reader sees them, on the hand-written multi-article set: tables that fit 100 columns
without breaking a word, plain pipes, pages, the API's filters, and machine formats that keep everything."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import cli_env, explain, run_cli

from claimscope.cli.claims import CLAIM_COLUMNS
from claimscope.cli.output import plain
from claimscope.cli.statements import STATEMENT_COLUMNS

ARTICLES = Path(__file__).resolve().parent.parent / "link" / "data" / "multi_articles.jsonl"
BOX = re.compile(r"[│┃]")
LIST_COMMANDS = (["statements"], ["claims"], ["claims", "--contradicted"], ["stories"], ["contradictions"],
                 ["timeline"], ["duplicates"], ["actors"], ["events"])


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    cwd = tmp_path_factory.mktemp("tables")
    proc = run_cli("analyze", str(ARTICLES), "--db", "s.db", cwd=cwd)
    assert proc.returncode == 0, explain(proc)
    return cwd


def _body(stdout: str) -> list[str]:
    """The table's row lines: after the header rule, before the bottom border."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("┡"))
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    return lines[start + 1:end]


def _words(rows: list[dict], columns) -> set[str]:
    """Every whole word the table's cells can show (the cells' full text, as the table computes it)."""
    words: set[str] = set()
    for row in rows:
        for col in columns:
            words.update(plain(col.show(row) if col.show else row.get(col.key)).split())
    return words


@pytest.mark.parametrize("command,columns", [("statements", STATEMENT_COLUMNS), ("claims", CLAIM_COLUMNS)])
def test_tables_fit_100_columns_and_break_no_word(store, command, columns):
    args = [command, "--db", "s.db", "--min-confidence", "0"]
    table = run_cli(*args, cwd=store, env=cli_env(COLUMNS="100"))
    assert table.returncode == 0, explain(table)
    rows = json.loads(run_cli(*args, "--format", "json", cwd=store).stdout)
    assert rows, "the set should have statements and claims"
    lines = table.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100, explain(table)
    words = _words(rows, columns)
    for line in _body(table.stdout):
        for cell in BOX.split(line)[1:-1]:
            for token in cell.split():
                # a whole word, or one cut short with an ellipsis; never the piece of a word split over two lines
                assert token in words or token.endswith("…"), f"broken word {token!r} in:\n{line}"


@pytest.mark.parametrize("command", LIST_COMMANDS, ids=" ".join)
def test_every_list_command_fits_and_pages(store, command):
    table = run_cli(*command, "--db", "s.db", cwd=store, env=cli_env(COLUMNS="100"))
    assert table.returncode == 0, explain(table)
    assert max(len(line) for line in table.stdout.splitlines()) <= 100, explain(table)
    everything = json.loads(run_cli(*command, "--db", "s.db", "--format", "json", cwd=store).stdout)
    page = json.loads(run_cli(*command, "--db", "s.db", "--format", "json", "--limit", "2", "--offset", "1",
                              cwd=store).stdout)
    assert page == everything[1:3], " ".join(command)


def test_piped_tables_are_not_wrapped_at_80_columns(store):
    proc = run_cli("statements", "--db", "s.db", "--limit", "4", cwd=store)  # no terminal, no COLUMNS
    assert proc.returncode == 0, explain(proc)
    assert len(_body(proc.stdout)) == 4, "one line per row when piped" + explain(proc)
    assert max(len(line) for line in proc.stdout.splitlines()) > 80
    assert all(line == line.rstrip() for line in proc.stdout.splitlines())
    assert "--min-confidence 0 shows them" in proc.stdout, "the caption says what the default left out"


def test_machine_formats_keep_every_statement_whole(store):
    conn = sqlite3.connect(store / "s.db")
    stored = dict(conn.execute("SELECT id, content_text FROM statements"))
    conn.close()
    rows = json.loads(run_cli("statements", "--db", "s.db", "--format", "json", cwd=store).stdout)
    assert {r["id"]: r["content_text"] for r in rows} == stored
    lines = run_cli("statements", "--db", "s.db", "--format", "jsonl", cwd=store).stdout.splitlines()
    assert len(lines) == len(stored)
    csv_out = run_cli("statements", "--db", "s.db", "--format", "csv", cwd=store).stdout
    assert csv_out.splitlines()[0] == \
        "speaker_name,cue_text,content_text,kind,addressee_name,confidence,title,document_id"


def test_a_table_hides_low_confidence_statements_by_default(store):
    rows = json.loads(run_cli("statements", "--db", "s.db", "--format", "json", cwd=store).stdout)
    confident = [r for r in rows if r["confidence"] >= 0.5]
    title = run_cli("statements", "--db", "s.db", "--limit", "1000", cwd=store).stdout.splitlines()[0]
    assert title.startswith(f"{len(confident)} statement"), title
    everything = run_cli("statements", "--db", "s.db", "--limit", "1000", "--min-confidence", "0", cwd=store)
    assert everything.stdout.splitlines()[0].startswith(f"{len(rows)} statement")


def test_statement_filters_are_the_apis(store):
    def listed(*args):
        proc = run_cli("statements", "--db", "s.db", "--format", "json", *args, cwd=store)
        assert proc.returncode == 0, explain(proc)
        return json.loads(proc.stdout)

    every = listed()
    outlet = next(r["publisher"] for r in every if r["publisher"])
    by_outlet = listed("--outlet", outlet.lower())
    assert by_outlet and {r["publisher"] for r in by_outlet} == {outlet}
    assert all(r["confidence"] >= 0.8 for r in listed("--min-confidence", "0.8"))
    assert {r["kind"] for r in listed("--kind", "direct")} <= {"direct"}
    dates = sorted(r["published"][:10] for r in every if r["published"])
    later = listed("--since", dates[-1])
    assert later and all(r["published"][:10] >= dates[-1] for r in later)
    assert all(r["published"][:10] <= dates[0] for r in listed("--until", dates[0]))
    cue = next(r["cue_text"] for r in every if r["cue_text"])
    assert all(cue.lower() in r["cue_text"].lower() for r in listed("--cue", cue))
    bad = run_cli("statements", "--db", "s.db", "--since", "2025-13", cwd=store)
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_claim_filters(store):
    def listed(*args):
        proc = run_cli("claims", "--db", "s.db", "--format", "json", *args, cwd=store)
        assert proc.returncode == 0, explain(proc)
        return json.loads(proc.stdout)

    every = listed()
    assert [c["sources"] for c in every] == sorted((c["sources"] for c in every), reverse=True)
    events = listed("--kind", "event")
    assert events and {c["kind"] for c in events} == {"event"}
    outlet = next(r["document"]["publisher"] for c in every for r in c["reports"] if r["document"]["publisher"])
    assert all(any(r["document"]["publisher"] == outlet for r in c["reports"]) for c in listed("--outlet", outlet))
    speaker = next(r["statement"]["speaker"] for c in every for r in c["reports"]
                   if r["statement"] and r["statement"].get("speaker"))
    by_speaker = listed("--speaker", speaker)
    assert by_speaker and len(by_speaker) < len(every)
    story = every[0]["story_id"]
    assert {c["story_id"] for c in listed("--story", story)} == {story}
    assert run_cli("claims", "--db", "s.db", "--kind", "rumour", cwd=store).returncode == 2


@pytest.mark.parametrize("command", [c[0] for c in LIST_COMMANDS] + ["link", "actor", "export"])
def test_help_tells_the_truth(store, command):
    proc = run_cli(command, "--help", cwd=store, env=cli_env(COLUMNS="120"))
    assert proc.returncode == 0, explain(proc)
    assert "<bool>" not in proc.stdout, "a flag takes no value" + explain(proc)
    assert "created if missing" not in proc.stdout.split("--db", 1)[-1].split("\n", 1)[0]


def test_one_actor_fits_100_columns(store):
    top = json.loads(run_cli("actors", "--db", "s.db", "--format", "json", "--limit", "1", cwd=store).stdout)[0]
    proc = run_cli("actor", top["name"], "--db", "s.db", cwd=store, env=cli_env(COLUMNS="100"))
    assert proc.returncode == 0 and top["name"] in proc.stdout, explain(proc)
    assert max(len(line) for line in proc.stdout.splitlines()) <= 100, explain(proc)
