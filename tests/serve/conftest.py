"""Fixtures for the serve tests: one store analysed from the bundled examples plus crafted malicious articles
(by the real `claimscope analyze`), a copy with stories, claims and quantities added, and servers over both."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # serve_helpers

from serve_helpers import chromium_available, claimscope_cmd, env, running_server  # noqa: E402

MALICIOUS_TXT = (
    "<img src=x onerror=\"window.__pwned='title-img'\"><script>window.__pwned='title';document.title='PWNED'</script>"
    " Council <b>vote</b> on harbour plan\n"
    "\"<script>window.__pwned='quote';document.title='PWNED'</script> This is a safe plan,\" council leader "
    "Anna Berg said on Monday.\n"
    "Critics said the <a href=\"javascript:window.__pwned='link'\">plan</a> would fail, and "
    "<img src=x onerror=window.__pwned='onerror'> officials agreed that 300 jobs were at risk.\n"
    "\"<svg onload=window.__pwned='svg'></svg> We will vote again,\" opposition leader Tom Reed told reporters.\n"
)
MALICIOUS_JSONL = {
    "title": "<script>window.__pwned='jsonl-title'</script><i>Wire</i> report",
    "url": "javascript:window.__pwned='url'",
    "publisher": "<img src=x onerror=window.__pwned='publisher'>Evil Wire",
    "published": "2025-06-01",
    "text": "<b onmouseover=window.__pwned='b'>Wire</b> report\n"
            "\"<iframe src=javascript:window.__pwned='iframe'></iframe> Nothing to see,\" spokesman Rob Vance said.",
}


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives headless Chromium (/usr/bin/chromium) through Playwright")


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> Path:
    """The bundled examples and the malicious articles, analysed by `claimscope analyze --no-link` into a fresh
    store: the state before the linking stage has run (stories and claims "not computed yet")."""
    root = tmp_path_factory.mktemp("serve-store")
    inputs = root / "malicious"
    inputs.mkdir()
    (inputs / "malicious.txt").write_text(MALICIOUS_TXT, encoding="utf-8")
    (inputs / "wire.jsonl").write_text(json.dumps(MALICIOUS_JSONL) + "\n", encoding="utf-8")
    db = root / "store.db"
    with resources.as_file(resources.files("claimscope") / "examples") as examples:
        proc = subprocess.run(claimscope_cmd("analyze", str(examples), str(inputs), "--db", str(db), "-q", "--no-link"),
                              capture_output=True, text=True, env=env(), timeout=300, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    return db


def document_id(db: Path, title_part: str) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT id FROM documents WHERE instr(title, ?) > 0 ORDER BY n", (title_part,)).fetchone()
    finally:
        conn.close()
    assert row, f"no document titled like {title_part!r}"
    return row[0]


QUANTITY_DOCS = [
    {"published": "2025-05-02", "publisher": "Example Wire", "speaker": "Alan Brooks", "value": 1200, "text": "1,200 containers"},
    {"published": "2025-05-04", "publisher": "Example Wire", "speaker": "Alan Brooks", "value": 1500, "text": "1,500 containers"},
    {"published": "2025-05-03", "publisher": "Harbour Daily", "speaker": "port authority", "low": 900, "high": 1100,
     "text": "about 1,000 containers"},
    {"published": "2025-05-06", "publisher": "Harbour Daily", "speaker": "port authority", "value": 1300, "text": "1,300 containers"},
]


def _quantity_doc(i: int, q: dict) -> dict:
    sentence = f"The strike delayed {q['text']}, {q['speaker']} said."
    text = f"Strike update {i}\n{sentence}"
    start = text.index(q["text"])
    content = (text.index("The strike"), text.index(q["text"]) + len(q["text"]))
    speaker_at = text.index(q["speaker"])
    cue_at = text.index(" said") + 1
    st_id = f"q{i:015d}"
    quantity = {"text": q["text"], "start": start, "end": start + len(q["text"]), "unit": "containers",
                "approximate": "low" in q, "status": "done", "actor": None, "statement": st_id}
    quantity.update({k: q[k] for k in ("value", "low", "high") if k in q})
    return {
        "id": f"{i:016x}", "source": {"path": f"/synthetic/strike-{i}.txt"}, "title": f"Strike update {i}",
        "published": q["published"], "publisher": q["publisher"], "author": None, "text": text,
        "statements": [{"id": st_id, "kind": "indirect",
                        "speaker": {"text": q["speaker"], "start": speaker_at, "end": speaker_at + len(q["speaker"]),
                                    "name": q["speaker"], "type": None},
                        "cue": {"text": "said", "start": cue_at, "end": cue_at + 4},
                        "content": {"text": text[content[0]:content[1]], "spans": [list(content)]},
                        "addressee": None, "confidence": 0.9, "nested_in": None}],
        "actors": [], "quantities": [quantity],
    }


@pytest.fixture(scope="session")
def derived_store(example_store, tmp_path_factory) -> Path:
    """A copy of the example store with what later stages add: quantities in the document JSON, and stories,
    claims and contradictions in the tables serve/derived.py reads."""
    from claimscope.store import Store

    db = tmp_path_factory.mktemp("serve-derived") / "derived.db"
    src = sqlite3.connect(f"file:{example_store}?mode=ro", uri=True)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    with Store(db) as store:
        for i, q in enumerate(QUANTITY_DOCS, 1):
            store.add_document(_quantity_doc(i, q))
    coastal = document_id(example_store, "coastal stations")
    conn = sqlite3.connect(db)
    sts = {row[1]: row[0] for row in conn.execute(
        "SELECT s.id, s.cue_text FROM statements s WHERE s.document_id = ?", (coastal,))}
    denied, reported = sts.get("denied"), sts.get("had reported")
    assert denied and reported, sts
    conn.executescript("""
        CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT, first_seen TEXT, last_seen TEXT);
        CREATE TABLE story_documents (story_id TEXT, document_id TEXT);
        CREATE TABLE claims (id TEXT PRIMARY KEY, story_id TEXT, text TEXT, sources INTEGER, contradicted INTEGER,
                             first_seen TEXT, last_seen TEXT);
        CREATE TABLE claim_statements (claim_id TEXT, statement_id TEXT);
        CREATE TABLE contradictions (id TEXT PRIMARY KEY, story_id TEXT, kind TEXT, statement_a TEXT,
                                     statement_b TEXT, note TEXT);
    """)
    conn.execute("INSERT INTO stories VALUES ('coastal', 'Coastal railway stations', '2025-05-03', '2025-05-03')")
    conn.execute("INSERT INTO story_documents VALUES ('coastal', ?)", (coastal,))
    conn.execute("INSERT INTO claims VALUES ('c1', 'coastal', 'The government plans to close six coastal stations',"
                 " 2, 1, '2025-05-03', '2025-05-03')")
    conn.executemany("INSERT INTO claim_statements VALUES ('c1', ?)", [(denied,), (reported,)])
    conn.execute("INSERT INTO contradictions VALUES ('x1', 'coastal', 'polarity', ?, ?, 'one denies what the other "
                 "reports')", (reported, denied))
    conn.commit()
    conn.close()
    return db


@pytest.fixture(scope="session")
def server(example_store, tmp_path_factory):
    with running_server(example_store, log_dir=tmp_path_factory.mktemp("serve-log")) as s:
        yield s


@pytest.fixture(scope="session")
def derived_server(derived_store, tmp_path_factory):
    with running_server(derived_store, log_dir=tmp_path_factory.mktemp("serve-log")) as s:
        yield s


@pytest.fixture(scope="session")
def chromium():
    if not chromium_available():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (scripts/test.sh installs it as root: "
                    "apt-get install chromium)")
    from serve_helpers import browser

    with browser() as b:
        yield b


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where the browser tests save their screenshots."""
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="session")
def linked_store(tmp_path_factory) -> Path:
    """The hand-written multi-article set (tests/link/data) analysed and linked by the real `claimscope analyze`."""
    db = tmp_path_factory.mktemp("serve-linked") / "linked.db"
    articles = Path(__file__).resolve().parent.parent / "link" / "data" / "multi_articles.jsonl"
    proc = subprocess.run(claimscope_cmd("analyze", str(articles), "--db", str(db), "-q"),
                          capture_output=True, text=True, env=env(), timeout=300, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    return db


@pytest.fixture(scope="session")
def linked_server(linked_store, tmp_path_factory):
    with running_server(linked_store, log_dir=tmp_path_factory.mktemp("serve-log")) as s:
        yield s
