"""`claimscope duplicates` and `claimscope stories` over a linked store: formats, named documents, errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from cli_helpers import explain, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "link"))
from helpers import doc  # noqa: E402

from claimscope.link import duplicates, stories  # noqa: E402
from claimscope.link.run import ensure_link_tables  # noqa: E402
from claimscope.store import Store  # noqa: E402

WIRE = ("Storm closes ports along the coast\n"
        "A powerful storm closed three ports along the northern coast on Monday, the coastguard said, and "
        "ferries between the islands were cancelled until further notice.\n"
        "Wind speeds reached 140 km an hour near the harbour town of Kessel, where roofs were torn off houses.\n"
        "The coastguard said two fishing boats were missing and a search was under way.\n"
        "Forecasters expect the storm to weaken by Wednesday as it moves east.")


def build(path: Path) -> list[str]:
    """A store with a wire report, a lightly edited republication and an unrelated note, linked."""
    texts = [WIRE, WIRE.replace("on Monday", "early on Monday").replace("expect", "said they expect"),
             "Council approves new library budget\nThe city council approved a budget for a new library in "
             "the old market hall, with building work due to start next spring and finish in two years."]
    docs = [doc(t, title=t.split("\n")[0], published="2025-01-06", publisher=p,
                source={"url": f"https://{p.lower()}.example/{i}"}) for i, (t, p) in enumerate(zip(texts, ["Wire", "Daily", "City"]))]
    with Store(path) as store:
        for d in docs:
            store.add_document(d)
        conn = store._db
        ensure_link_tables(conn)
        ids = [d["id"] for d in docs]
        duplicates.link_duplicates(conn, ids)
        stories.link_stories(conn, ids)
    return [d["id"] for d in docs]


def test_duplicates_command(tmp_path):
    ids = build(tmp_path / "s.db")
    proc = run_cli("duplicates", "--db", "s.db", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    rows = json.loads(proc.stdout)
    assert [(r["document_id"], r["canonical_id"]) for r in rows] == [(ids[1], ids[0])]
    assert rows[0]["document"]["url"] == "https://daily.example/1" and rows[0]["canonical"]["publisher"] == "Wire"
    assert rows[0]["canonical"]["title"] == "Storm closes ports along the coast"
    proc = run_cli("duplicates", "--db", "s.db", "--format", "csv", cwd=tmp_path)
    table = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert [r["canonical_id"] for r in table] == [ids[0]]
    proc = run_cli("duplicates", "--db", "s.db", "--segments", "--format", "jsonl", cwd=tmp_path)
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert lines and all(r["occurrences"] >= 2 for r in lines)
    assert run_cli("duplicates", "--db", "s.db", cwd=tmp_path).stdout.count("1 duplicate") == 1


def test_stories_command(tmp_path):
    ids = build(tmp_path / "s.db")
    proc = run_cli("stories", "--db", "s.db", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    rows = json.loads(proc.stdout)
    storm = rows[0]
    assert (storm["documents"], storm["sources"]) == (2, 1)
    assert [m["id"] for m in storm["members"]] == ids[:2] and storm["members"][1]["copy_of"] == ids[0]
    assert {"id", "url", "path", "title", "publisher", "published"} <= set(storm["members"][0])
    assert len(rows) == 2 and rows[1]["members"][0]["id"] == ids[2]
    proc = run_cli("stories", "--db", "s.db", "--story", storm["id"], "--format", "jsonl", cwd=tmp_path)
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == [storm["id"]]
    proc = run_cli("stories", "--db", "s.db", "--format", "csv", cwd=tmp_path)
    assert len(list(csv.DictReader(io.StringIO(proc.stdout)))) == 2
    assert "2 stories" in run_cli("stories", "--db", "s.db", cwd=tmp_path).stdout


def test_missing_store_and_story(tmp_path):
    for cmd in ("duplicates", "stories", "link"):
        proc = run_cli(cmd, "--db", "none.db", cwd=tmp_path)
        assert proc.returncode == 2 and "no such store" in proc.stderr
    build(tmp_path / "s.db")
    proc = run_cli("stories", "--db", "s.db", "--story", "st-nope", cwd=tmp_path)
    assert proc.returncode == 2 and "st-nope" in proc.stderr


def test_link_command_is_idempotent(tmp_path):
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps({"text": t, "title": t.split("\n")[0]}) for t in (
        WIRE, WIRE.replace("on Monday", "early on Monday"))) + "\n", encoding="utf-8")
    proc = run_cli("analyze", "wire.jsonl", "--db", "s.db", "--no-link", "-q", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    proc = run_cli("link", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0 and "2 documents: 1 story (1 new), 1 duplicate" in proc.stderr, explain(proc)
    proc = run_cli("link", "--db", "s.db", cwd=tmp_path)
    assert proc.returncode == 0 and "linked 0 documents" in proc.stderr, explain(proc)
