"""Stories: the documents that report one real-world event, clustered so that the arrival order never matters.

A pass runs three steps over its new documents:
1. features: each document's actors, salient words, dates and figures (link/features.py) are stored with
   their postings and document frequencies (link/story_graph.py); a near-copy is a document like any other
   (it is most similar to its original, so it joins its story, and a story of five copies and one other
   report averages them like any other group);
2. edges: every document whose edges were computed at another document count gets an edge to each of its
   most similar documents, all against the same frequencies (link/story_graph.py); a new count (this pass,
   or another process writing the same store) drops the old edges, and a batch that finds the count changed
   under it starts over, so no edge mixes two states of the store;
3. consolidation: every stored document is clustered again from the edges by average linkage
   (link/clustering.py), in one transaction that first checks no edge is stale: two groups merge while the
   mean similarity over all their pairs is at least `link.story_link`, each document keeping only the edges
   to its `link.story_neighbours` nearest documents. Because a story must hold together as a whole, two
   earthquakes that share their kind of words ("magnitude", "rubble", "killed") but not their places,
   dates, names and figures stay apart, while the reports of one event over days stay together through the
   many pairs they share. Only the stories whose members changed are rewritten.
So the stories are a function of the stored documents alone: one pass, several passes, any arrival order or
two concurrent writers end in the same partition. The cost of a pass is near-linear in the store (postings
propose at most 60 candidates a document; no all-pairs), not in the pass: new documents change every idf.
A story keeps the id of the earlier story it takes
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
        return consolidate(conn, rows, on_progress)
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


def _refresh_edges(conn: sqlite3.Connection, on_progress) -> int:
    """Step 2: the edges of every document not computed against the store's current frequencies; returns the
    document count they are current for. `linked` holds the count a document's edges were computed at: a new
    count (another pass or another process stored features) starts a new round that drops every edge first, and
    a batch finding the count changed under it starts the round again, so no edge mixes two rounds."""
    while True:
        freq = graph.Frequencies(conn)
        n = freq.n
        stale = [r[0] for r in conn.execute(
            "SELECT document_id FROM story_features WHERE linked != ? ORDER BY document_id", (n,))]
        if not stale:
            return n
        cache: dict = {}
        for i in range(0, len(stale), BATCH):
            if not _edge_batch(conn, freq, n, stale[i:i + BATCH], cache):
                break                                   # the store grew under this round: start again
            if on_progress:
                on_progress("story edges", min(i + BATCH, len(stale)), len(stale))


def _edge_batch(conn: sqlite3.Connection, freq, n: int, part: list[str], cache: dict) -> bool:
    """Edges of one batch in one transaction, False (nothing written) when the document count is no longer `n`."""
    ok = [False]

    def work():
        if conn.execute("SELECT count(*) FROM story_features").fetchone()[0] != n:
            return
        if conn.execute("SELECT 1 FROM story_features WHERE linked = ? LIMIT 1", (n,)).fetchone() is None:
            conn.execute("DELETE FROM story_edges")     # a new round: every edge is computed again
        feats = graph.features_of(conn, part)
        for doc_id in part:
            if doc_id in feats:
                when, f = feats[doc_id]
                graph.store_edges(conn, graph.edges_of(conn, freq, doc_id, when, f, cache))
        conn.executemany("UPDATE story_features SET linked = ? WHERE document_id = ?", [(n, d) for d in part])
        ok[0] = True
    _transaction(conn, work)
    return ok[0]


def _documents(conn: sqlite3.Connection, doc_ids: list[str]) -> list[tuple]:
    """(id, title, text, published, json) of a batch of documents in store order."""
    out = conn.execute("SELECT id, title, text, published, json, n FROM documents "
                       f"WHERE id IN ({','.join('?' * len(doc_ids))})", doc_ids).fetchall()
    return [r[:5] for r in sorted(out, key=lambda r: r[5])]


def consolidate(conn: sqlite3.Connection, doc_ids: list[str], on_progress=None) -> set[str]:
    """Step 3: cluster every stored document from the current edges and write the stories that changed; returns
    their ids, those that went away and those of `doc_ids` (a resumed pass relinks their claims). The clustering
    reads one snapshot without the write lock, so other writers wait only for the rewrite of changed stories."""
    while True:
        n = _refresh_edges(conn, on_progress)
        conn.execute("BEGIN")                           # one consistent snapshot to cluster from
        try:
            groups = None if _stale(conn, n) else _groups(conn)
        finally:
            conn.execute("COMMIT")
        out: set[str] | None = None

        def work():
            nonlocal out
            if groups is not None and not _stale(conn, n):
                out = _apply(conn, groups, doc_ids)
        _transaction(conn, work)
        if out is not None:
            return out                                  # else another writer stored features since: refresh


def _stale(conn: sqlite3.Connection, n: int) -> bool:
    """Whether the store's document count is no longer `n` or some edges were computed at another count."""
    return (conn.execute("SELECT count(*) FROM story_features").fetchone()[0] != n
            or conn.execute("SELECT 1 FROM story_features WHERE linked != ? LIMIT 1", (n,)).fetchone() is not None)


def _groups(conn: sqlite3.Connection) -> list[list[str]]:
    """Average linkage over the whole graph (near-linear: each document keeps its k nearest edges), so the
    stories are a function of the stored documents alone."""
    nodes = sorted(r[0] for r in conn.execute("SELECT document_id FROM story_features"))
    docs = set(nodes)
    index = {d: i for i, d in enumerate(nodes)}
    edges = [(index[a], index[b], s) for a, b, s in graph.nearest_edges(conn, docs, NEIGHBOURS)]
    groups: dict[int, list[str]] = {}
    for d, lab in zip(nodes, average_linkage(len(nodes), edges, LINK)):
        groups.setdefault(lab, []).append(d)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _apply(conn: sqlite3.Connection, groups: list[list[str]], doc_ids: list[str]) -> set[str]:
    """Name the groups and rewrite only the stories whose members changed; returns the ids to relink claims of."""
    old = dict(conn.execute("SELECT document_id, story_id FROM story_documents"))
    before: dict[str, set[str]] = {}
    for d, sid in old.items():
        before.setdefault(sid, set()).add(d)
    named = _name(conn, groups, old)
    changed = {sid: members for sid, members in named.items() if before.get(sid) != set(members)}
    gone = set(before) - set(named)
    story_of = {d: sid for sid, members in changed.items() for d in members}
    _write(conn, changed, gone, story_of)
    wanted = set(doc_ids)
    touched = {sid for sid, members in named.items() if wanted.intersection(members)}
    return set(changed) | gone | touched


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
    """Rewrite the changed stories' rows: members, span, counts (documents, independent sources), profile."""
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
