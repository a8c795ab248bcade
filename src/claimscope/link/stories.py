"""Stories: the documents that report one real-world event, clustered so that the arrival order never matters.

A pass runs three steps over its new documents:
1. features: each document's actors, salient words, dates and figures (link/features.py) are stored with
   their postings and document frequencies (link/story_graph.py); a near-copy is a document like any other
   (it is most similar to its original, so it joins its story, and a story of five copies and one other
   report averages them like any other group);
2. edges: each new document gets an edge to each of its most similar documents, computed only after step 1
   is done for the whole pass, so every edge sees the same frequencies;
3. consolidation: the region of the pass (its documents, their neighbours, and every document of the stories
   those are in) is clustered again from its edges by average linkage (link/clustering.py): two groups merge
   while the mean similarity over all their pairs is at least `link.story_link`, each document keeping only
   the edges to its `link.story_neighbours` nearest documents. Because a story must hold
   together as a whole, two earthquakes that share their kind of words ("magnitude", "rubble", "killed")
   but not their places, dates, names and figures stay apart, while the reports of one event over days stay
   together through the many pairs they share.
Within a pass the result depends only on the documents, not on their order. A later pass re-clusters only
what its documents touch, and earlier edges keep the frequencies of their pass, so several passes come close
to one pass without always equalling it (docs/linking.md). A story keeps the id of the earlier story it takes
most documents from; a new one is `st-<its smallest document id>`; a story emptied by a merge is deleted and
its id is among the changed ones returned.

Tables: stories(id, label, first_seen, last_seen, documents, sources, profile, updated_at) and
story_documents(story_id, document_id), one story per document; the graph: story_features, story_postings,
story_df, story_edges.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime, timezone

from claimscope.store.blob import unpack_json
from claimscope.store.schema import link_sql

from ..settings import default
from . import story_graph as graph
from .clustering import average_linkage
from .features import day, document_features
from .material import store_order

# Mean similarity of all pairs of two groups at which they are one story (see the module docstring).
LINK = default("link.story_link")
# Each document's most similar documents that clustering uses (the graph stores more).
NEIGHBOURS = default("link.story_neighbours")
BATCH = default("link.stories_batch")
CACHE_KIB = default("link.cache_kib")
PROFILE = 20                    # features shown per story profile (most documents first)

TABLES_SQL = link_sql("stories")


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent)."""
    for stmt in TABLES_SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)


def link_stories(conn: sqlite3.Connection, doc_ids: list[str], *, on_progress=None) -> set[str]:
    """Put each of `doc_ids` into a story; returns the ids of the stories that changed or went away."""
    ensure_tables(conn)
    rows = store_order(conn, doc_ids)
    rows += _unfeatured(conn, set(rows))                # documents stored before the graph existed
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")    # postings and edges are written at random places
    try:
        _store_features(conn, rows, on_progress)
        _store_edges(conn, rows, on_progress)
        return consolidate(conn, rows)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


def _unfeatured(conn: sqlite3.Connection, known: set[str]) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT sd.document_id FROM story_documents sd LEFT JOIN story_features f USING (document_id) "
        "WHERE f.document_id IS NULL") if r[0] not in known]


def _transaction(conn: sqlite3.Connection, work) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _store_features(conn: sqlite3.Connection, rows: list[str], on_progress) -> None:
    """Step 1: the features of every document of the pass."""
    for i in range(0, len(rows), BATCH):
        def work(part=rows[i:i + BATCH]):
            for doc_id, title, text, published, blob in _documents(conn, part):
                js = unpack_json(blob) if blob is not None else {}
                graph.store_features(conn, doc_id, day(published),
                                     document_features(conn, doc_id, title, text, js))
        _transaction(conn, work)
        if on_progress:
            on_progress("story features", min(i + BATCH, len(rows)), len(rows))


def _store_edges(conn: sqlite3.Connection, originals: list[str], on_progress) -> None:
    """Step 2: the edges of each document not given its edges yet (a resumed pass skips the others)."""
    freq = graph.Frequencies(conn)
    cache: dict = {}
    for i in range(0, len(originals), BATCH):
        def work(part=originals[i:i + BATCH]):
            feats = graph.features_of(conn, part)
            done = {r[0] for r in conn.execute(
                f"SELECT document_id FROM story_features WHERE linked = 1 AND document_id IN "
                f"({','.join('?' * len(part))})", part)}
            for doc_id in part:
                if doc_id in feats and doc_id not in done:
                    when, f = feats[doc_id]
                    graph.store_edges(conn, graph.edges_of(conn, freq, doc_id, when, f, cache))
            conn.executemany("UPDATE story_features SET linked = 1 WHERE document_id = ?", [(d,) for d in part])
        _transaction(conn, work)
        if on_progress:
            on_progress("story edges", min(i + BATCH, len(originals)), len(originals))


def _documents(conn: sqlite3.Connection, doc_ids: list[str]) -> list[tuple]:
    """(id, title, text, published, json) of a batch of documents in store order."""
    out = conn.execute("SELECT id, title, text, published, json, n FROM documents "
                       f"WHERE id IN ({','.join('?' * len(doc_ids))})", doc_ids).fetchall()
    return [r[:5] for r in sorted(out, key=lambda r: r[5])]


def _stories_of(conn: sqlite3.Connection, doc_ids) -> dict[str, str]:
    out = {}
    ids = list(doc_ids)
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        out.update(conn.execute(f"SELECT document_id, story_id FROM story_documents WHERE document_id IN "
                                f"({','.join('?' * len(part))})", part))
    return out


def _members(conn: sqlite3.Connection, story_ids) -> set[str]:
    out: set[str] = set()
    for sid in story_ids:
        out.update(r[0] for r in conn.execute("SELECT document_id FROM story_documents WHERE story_id = ?", (sid,)))
    return out


def region(conn: sqlite3.Connection, doc_ids: list[str]) -> tuple[set[str], dict[str, str]]:
    """What a pass re-clusters: its documents, their neighbours, and every document of the stories any of
    those are in; returns (the documents, their current stories)."""
    docs = set(doc_ids) | graph.neighbours(conn, doc_ids)
    old = _stories_of(conn, docs)
    docs |= _members(conn, set(old.values()))
    old.update(_stories_of(conn, docs - set(old)))
    return docs, old


def consolidate(conn: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    """Step 3: cluster the region of the pass again and write its stories; returns the changed story ids."""
    docs, old = region(conn, doc_ids)
    nodes = sorted(docs)
    index = {d: i for i, d in enumerate(nodes)}
    edges = [(index[a], index[b], s) for a, b, s in graph.nearest_edges(conn, docs, NEIGHBOURS)]
    groups: dict[int, list[str]] = {}
    for d, lab in zip(nodes, average_linkage(len(nodes), edges, LINK)):
        groups.setdefault(lab, []).append(d)
    named = _name(conn, sorted(groups.values(), key=lambda g: (-len(g), g[0])), old)
    story_of = {d: sid for sid, members in named.items() for d in members}
    gone = set(old.values()) - set(named)
    _transaction(conn, lambda: _write(conn, named, gone, story_of))
    return set(named) | gone


def _name(conn: sqlite3.Connection, groups: list[list[str]], old: dict[str, str]) -> dict[str, list[str]]:
    """Story id of each group: the earlier story it takes most documents from (largest groups choose first),
    else `st-` and its smallest document id not naming another story."""
    taken: set[str] = set()
    out: dict[str, list[str]] = {}
    fresh = []
    for g in groups:
        counts = Counter(old[d] for d in g if d in old)
        choice = next((sid for sid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                       if sid not in taken), None)
        if choice is None:
            fresh.append(g)
            continue
        taken.add(choice)
        out[choice] = g
    elsewhere = set(old.values())
    for g in fresh:
        for d in g:
            sid = f"st-{d}"
            if sid not in taken and (sid in elsewhere or not _exists(conn, sid)):
                break
        else:
            sid = f"st-{g[0]}-{len(out)}"
        taken.add(sid)
        out[sid] = g
    return out


def _exists(conn: sqlite3.Connection, sid: str) -> bool:
    return conn.execute("SELECT 1 FROM stories WHERE id = ?", (sid,)).fetchone() is not None


def _write(conn: sqlite3.Connection, named: dict[str, list[str]], gone: set[str], story_of: dict[str, str]
           ) -> None:
    """Rewrite the region's story rows: members, span, counts (documents, independent sources), profile."""
    conn.executemany("DELETE FROM story_documents WHERE document_id = ?", [(d,) for d in sorted(story_of)])
    conn.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in sorted(gone)])
    conn.executemany("INSERT OR IGNORE INTO stories(id) VALUES (?)", [(s,) for s in sorted(named)])
    conn.executemany("INSERT OR REPLACE INTO story_documents(story_id, document_id) VALUES (?, ?)",
                     sorted((sid, d) for d, sid in story_of.items()))
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for sid, members in sorted(named.items()):
        rows = conn.execute(
            "SELECT d.id, d.title, substr(d.published, 1, 10), coalesce(x.canonical_id, d.id), f.features "
            "FROM story_documents sd JOIN documents d ON d.id = sd.document_id "
            "LEFT JOIN document_duplicates x ON x.document_id = d.id "
            "LEFT JOIN story_features f ON f.document_id = d.id WHERE sd.story_id = ?", (sid,)).fetchall()
        days = [r[2] for r in rows if r[2]]
        titled = sorted((r[2] or "9999", r[0], r[1]) for r in rows if r[1])
        profile = Counter()
        for r in rows:
            if r[4]:
                profile.update(json.loads(r[4]).keys())
        prof = dict(sorted(profile.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE])
        prof["#"] = sum(1 for r in rows if r[4])
        conn.execute(
            "INSERT INTO stories(id, label, first_seen, last_seen, documents, sources, profile, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen, documents = excluded.documents, "
            "sources = excluded.sources, profile = excluded.profile, updated_at = excluded.updated_at",
            (sid, titled[0][2] if titled else None, min(days, default=None), max(days, default=None), len(rows),
             len({r[3] for r in rows}), json.dumps(prof, separators=(",", ":")), now))
