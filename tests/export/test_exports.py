"""`claimscope export` in every format, on a store of hand-made documents (no NLP: fast and exact).

networkx reads the GEXF and GraphML, DuckDB reads the Parquet, the brat files read back with the PolNeAR reader
into the same relations, and the JSONL is the stored document JSON."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimscope.eval.polnear import read_ann, relations_from_document
from claimscope.export.store import brat_name, export_store
from claimscope.store import Store
from claimscope.store.filters import Filters

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "serve"))
from serve_helpers import claimscope_cmd, env  # noqa: E402


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def party(text, phrase, name=None, type_=None):
    s, e = at(text, phrase)
    return {"text": phrase, "start": s, "end": e, "name": name or phrase, "type": type_}


def statement(doc_id, n, text, speaker, cue, content, kind="indirect", addressee=None):
    spans = [list(at(text, c)) for c in content]
    return {"id": f"{doc_id[:12]}{n:04d}", "kind": kind, "speaker": speaker,
            "cue": None if cue is None else {"text": cue, "start": at(text, cue)[0], "end": at(text, cue)[1]},
            "content": {"text": " … ".join(content), "spans": spans}, "addressee": addressee, "confidence": 0.9,
            "nested_in": None}


def actor(text, name, type_, *phrases):
    return {"id": name, "name": name, "type": type_, "roles": [],
            "mentions": [{"text": p, "start": at(text, p)[0], "end": at(text, p)[1]} for p in phrases]}


def make_docs() -> list[dict]:
    t1 = ("Mayor backs tram plan\nMayor Ann Lee said on Monday that the tram would reach Eastport by 2027.\n"
          "\"Eastport has waited long enough,\" Lee told reporters.\n"
          "Union leader Bo Park said the council had ignored Ann Lee's own budget.")
    t2 = ("Tram plan =SUM(A1) questioned\nBo Park argued that the plan was too costly\x01, "
          "and \"=HYPERLINK(\"x\") costs rise\" he said.\nAnn Lee denied that.")
    t3 = "Undated note\nA spokesman said nothing would change."
    d1, d2, d3 = "1" * 16, "2" * 16, "3" * 16
    lee1, park1 = party(t1, "Mayor Ann Lee", "Ann Lee", "PERSON"), party(t1, "Union leader Bo Park", "Bo Park", "PERSON")
    return [
        {"id": d1, "source": {"path": "/news/tram plan.txt", "url": "https://example.org/tram"},
         "title": "Mayor backs tram plan", "published": "2025-03-03", "publisher": "City Post", "author": None,
         "text": t1, "actors": [actor(t1, "Ann Lee", "PERSON", "Mayor Ann Lee", "Ann Lee's"),
                                actor(t1, "Bo Park", "PERSON", "Union leader Bo Park"),
                                actor(t1, "Eastport", "GPE", "Eastport")],
         "statements": [
             statement(d1, 1, t1, lee1, "said", ["that the tram would reach Eastport by 2027"]),
             statement(d1, 2, t1, party(t1, "Lee", "Ann Lee", "PERSON") | {"start": at(t1, "Lee", 2)[0],
                                                                            "end": at(t1, "Lee", 2)[1]},
                       "told", ["Eastport has waited long enough,"], kind="direct",
                       addressee=party(t1, "reporters")),
             statement(d1, 3, t1, park1, "said", ["the council had ignored Ann Lee's own budget"]),
         ]},
        {"id": d2, "source": {"path": "/news/questioned.txt"}, "title": "Tram plan =SUM(A1) questioned",
         "published": "2025-04-10T09:00:00+00:00", "publisher": "=Evil Wire", "author": None, "text": t2,
         "actors": [actor(t2, "Bo Park", "PERSON", "Bo Park"), actor(t2, "Ann Lee", "PERSON", "Ann Lee")],
         "statements": [
             statement(d2, 1, t2, party(t2, "Bo Park", type_="PERSON"), "argued",
                       ["that the plan was too costly\x01"]),
             statement(d2, 2, t2, party(t2, "he", "Bo Park", "PERSON") | {"start": at(t2, "he said")[0],
                                                                          "end": at(t2, "he said")[0] + 2},
                       "said", ['=HYPERLINK("x") costs rise'], kind="direct"),
             statement(d2, 3, t2, party(t2, "Ann Lee", type_="PERSON"), "denied", ["that"]),
         ]},
        {"id": d3, "source": {}, "title": "Undated note", "published": None, "publisher": None, "author": None,
         "text": t3, "actors": [],
         "statements": [statement(d3, 1, t3, party(t3, "A spokesman", "spokesman"), "said",
                                  ["nothing would change"])]},
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("export") / "store.db"
    with Store(db) as s:
        for doc in make_docs():
            assert s.add_document(doc)
    return db


def test_jsonl_is_the_stored_document_json(store, tmp_path):
    out = tmp_path / "docs.jsonl"
    report = export_store(store, "jsonl", out)
    assert report.count == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    with Store(store) as s:
        assert [json.loads(line) for line in lines] == [s.get_document(d["id"]) for d in make_docs()]
    export_store(store, "jsonl", out, Filters(speaker="park"))
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["1" * 16, "2" * 16]
    export_store(store, "jsonl", out, Filters(date_from="2025-04"))
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["2" * 16]


def test_csv_tables_and_formula_cells(store, tmp_path):
    out = tmp_path / "statements.csv"
    assert export_store(store, "csv", out).count == 7
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 7 and rows[0]["speaker_name"] == "Ann Lee" and rows[0]["published"] == "2025-03-03"
    assert json.loads(rows[0]["content_spans"]) == [list(at(make_docs()[0]["text"],
                                                           "that the tram would reach Eastport by 2027"))]
    hyperlink = [r for r in rows if "HYPERLINK" in r["content_text"]][0]
    assert hyperlink["content_text"].startswith("'=HYPERLINK") and hyperlink["publisher"] == "'=Evil Wire"
    export_store(store, "csv", out, raw_csv=True)
    with open(out, encoding="utf-8", newline="") as fh:
        raw = [r for r in csv.DictReader(fh) if "HYPERLINK" in r["content_text"]][0]
    assert raw["content_text"] == '=HYPERLINK("x") costs rise'
    # untyped parties ("reporters", "spokesman") are listed by their words, never as actors: every actor has a type
    for table, n in (("documents", 3), ("actors", 3), ("mentions", 6)):
        path = tmp_path / f"{table}.csv"
        assert export_store(store, "csv", path, table=table).count == n, table
    with open(tmp_path / "documents.csv", encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert docs[0]["text"] == make_docs()[0]["text"] and docs[0]["statements"] == "3"
    assert export_store(store, "csv", tmp_path / "a.csv", Filters(kind="direct")).count == 2


def test_parquet_reads_in_duckdb(store, tmp_path):
    import duckdb

    out = tmp_path / "statements.parquet"
    assert export_store(store, "parquet", out).count == 7
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone()[0] == 7
    speakers = dict(con.execute("SELECT speaker_name, count(*) FROM read_parquet(?) GROUP BY 1",
                                [str(out)]).fetchall())
    assert speakers == {"Ann Lee": 3, "Bo Park": 3, None: 1}  # the untyped "spokesman" is no actor
    spans, conf = con.execute("SELECT content_spans, confidence FROM read_parquet(?) WHERE kind = 'direct' "
                              "ORDER BY id LIMIT 1", [str(out)]).fetchone()
    assert spans == [list(at(make_docs()[0]["text"], "Eastport has waited long enough,"))] and conf == 0.9
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                             [str(out)]).fetchall())
    assert types["confidence"] == "DOUBLE" and types["start"] == "BIGINT" and types["content_spans"] == "BIGINT[][]"
    docs = tmp_path / "documents.parquet"
    export_store(store, "parquet", docs, Filters(publisher="city"), table="documents")
    assert con.execute("SELECT id, statements FROM read_parquet(?)", [str(docs)]).fetchall() == [("1" * 16, 3)]


def test_brat_matches_the_polnear_layout(store, tmp_path):
    out = tmp_path / "brat"
    report = export_store(store, "brat", out)
    assert report.count == 3
    for doc in make_docs():
        name = brat_name(doc)
        assert "/" not in name and " " not in name
        txt, ann = out / f"{name}.txt", out / f"{name}.ann"
        assert txt.read_bytes() == doc["text"].encode("utf-8")
        warnings: list[str] = []
        assert read_ann(ann, warnings=warnings) == relations_from_document(doc)
        assert warnings == []
        lines = ann.read_text(encoding="utf-8").splitlines()
        assert all(line[0] in "TE" and line.count("\t") >= 1 for line in lines)
    assert brat_name(make_docs()[0]) == "tram-plan-" + "1" * 16
    assert brat_name(make_docs()[2]) == "Undated-note-" + "3" * 16


def test_graphs_read_in_networkx(store, tmp_path):
    import networkx as nx

    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        out = tmp_path / f"graph.{fmt}"
        report = export_store(store, fmt, out)
        g = reader(out)
        statements = [n for n, d in g.nodes(data=True) if d["node_type"] == "statement"]
        actors = {d["name"]: n for n, d in g.nodes(data=True) if d["node_type"] == "actor"}
        assert len(statements) == 7 and set(actors) >= {"Ann Lee", "Bo Park", "Eastport"}
        assert not set(actors) & {"reporters", "spokesman"}  # untyped parties are listed by their words only
        assert g.number_of_nodes() == report.count
        relations = sorted(d["relation"] for _, _, d in g.edges(data=True))
        assert relations.count("said") == 6 and relations.count("addressed_to") == 0
        # Park speaks about Ann Lee (mentioned in his content); Lee speaks about Eastport
        mentions = {(g.nodes[u]["speaker"], g.nodes[v]["name"]) for u, v, d in g.edges(data=True)
                    if d["relation"] == "mentions"}
        assert ("Bo Park", "Ann Lee") in mentions and ("Ann Lee", "Eastport") in mentions
        dated = {g.nodes[n]["date"] for n in statements if g.nodes[n].get("date")}
        assert dated == {"2025-03-03", "2025-04-10"}
        undated = [n for n in statements if not g.nodes[n].get("date")]
        assert len(undated) == 1
        costly = [n for n in statements if "too costly" in g.nodes[n]["content"]][0]
        assert "\x01" not in g.nodes[costly]["content"]  # XML cannot hold control characters
        assert isinstance(g.nodes[costly]["confidence"], float)
    small = tmp_path / "lee.graphml"
    export_store(store, "graphml", small, Filters(speaker="Ann Lee"))
    g = nx.read_graphml(small)
    assert sum(1 for _, d in g.nodes(data=True) if d["node_type"] == "statement") == 3


def test_gexf_is_dynamic_for_gephi(store, tmp_path):
    import xml.etree.ElementTree as ET

    out = tmp_path / "g.gexf"
    export_store(store, "gexf", out)
    root = ET.parse(out).getroot()
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    starts = {n.get("start") for n in graph.iter("{http://www.gexf.net/1.2draft}node") if n.get("start")}
    assert starts == {"2025-03-03", "2025-04-10"}


def test_cli_end_to_end(store, tmp_path):
    def run(*args):
        proc = subprocess.run(claimscope_cmd("export", "--db", str(store), *args), capture_output=True, text=True,
                              env=env(), timeout=60, stdin=subprocess.DEVNULL)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    proc = run("--format", "parquet", "--out", str(tmp_path / "s.parquet"), "--speaker", "park", "--kind", "direct")
    assert proc.returncode == 0 and "wrote 1 statements rows" in proc.stderr
    proc = run("--format", "csv", "--out", "-", "--table", "actors")
    assert proc.returncode == 0 and proc.stdout.splitlines()[0] == "id,name,type,statements,addressed,mentions,documents"
    proc = run("--format", "brat", "--out", str(tmp_path / "ann"), "--from", "2025-04-01", "--to", "2025-12")
    assert proc.returncode == 0 and sorted(p.suffix for p in (tmp_path / "ann").iterdir()) == [".ann", ".txt"]


@pytest.mark.parametrize("args,words", [
    (("--format", "xlsx", "--out", "{tmp}/x"), "xlsx"),
    (("--format", "parquet", "--out", "-"), "standard output"),
    (("--format", "csv", "--out", "{tmp}/nope/x.csv"), "does not exist"),
    (("--format", "gexf", "--out", "{tmp}"), "is a folder"),
    (("--format", "csv", "--out", "{tmp}/x.csv", "--from", "2025-13-01"), "not a date"),
    (("--format", "csv", "--out", "{tmp}/x.csv", "--from", "2025-05", "--to", "2025-04"), "after"),
    (("--format", "csv", "--out", "{tmp}/x.csv", "--table", "everything"), "everything"),
], ids=["format", "stdout", "no-folder", "folder", "date", "range", "table"])
def test_cli_usage_errors(store, tmp_path, capsys, args, words):
    """In this process (fast): the entry point's exit code 2 and one clear line."""
    from claimscope.cli.app import main

    argv = ["claimscope", "export", "--db", str(store), *(a.replace("{tmp}", str(tmp_path)) for a in args)]
    old, sys.argv = sys.argv, argv
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = old
    err = " ".join(capsys.readouterr().err.split())
    assert exit_info.value.code == 2 and words in err and "Traceback" not in err, err
    assert not (tmp_path / "x.csv").exists()


def test_cli_missing_store(tmp_path, capsys):
    from claimscope.cli.app import main

    old, sys.argv = sys.argv, ["claimscope", "export", "--db", str(tmp_path / "missing.db"), "--format", "csv",
                               "--out", str(tmp_path / "x.csv")]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = old
    assert exit_info.value.code == 2 and "no such store" in capsys.readouterr().err
