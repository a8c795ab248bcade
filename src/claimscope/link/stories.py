"""Stories: the documents that report one real-world event, clustered so that the arrival order never matters.

A pass runs three steps over its new documents:
1. features: each document's actors, salient words, dates and figures (link/features.py) are stored with
   their postings and document frequencies (link/story_graph.py), and the earlier documents whose neighbour
   list a new document could enter are marked for a new one; a near-copy is a document like any other (it is
   most similar to its original, so it joins its story);
2. lists: every marked document gets the list of its most similar documents, all against the frequencies of
   the last full refresh (`refresh_epoch`): a full refresh takes the store's frequencies and recomputes every
   list, when the store is small (under `link.story_incremental_min` documents), has grown by more than
   `link.story_refresh_growth` since the last one, or when asked (`claimscope link --full`); otherwise only the
   marked lists are recomputed, so a pass costs what its new documents cost;
3. consolidation: the parts of the graph that new lists touched are clustered again by average linkage
   (link/story_region.py, link/clustering.py) and only the stories whose members changed are rewritten
   (link/story_write.py): two groups merge while the mean similarity over all their pairs is at least
   `link.story_link`, each document keeping only the edges to its `link.story_neighbours` nearest documents.
   Because a story must hold together as a whole, two earthquakes that share their kind of words
   ("magnitude", "rubble", "killed") but not their places, dates, names and figures stay apart.
Within one epoch the stories are a function of the stored documents and the epoch's frequencies: one pass,
several passes, any arrival order or two concurrent writers end in the same partition. Right after a full
refresh they are the stories of one pass over the store; between refreshes the frequencies lag the store by
at most `link.story_refresh_growth`, and `claimscope link --full` brings them to the one-pass stories.
A batch of lists finds the epoch or the graph changed under it (another process) and starts again, and the
consolidation writes only if no list changed since it read the graph.

Tables: stories(id, label, first_seen, last_seen, documents, sources, profile, updated_at) and
story_documents(story_id, document_id), one story per document; the graph: story_features, story_postings,
story_df, story_ref, story_proposers, story_neighbours, story_dirty, story_state.
"""

from __future__ import annotations

import json
import sqlite3

from claimscope.store.blob import unpack_json
from claimscope.store.schema import link_sql

from ..settings import default
from . import story_graph as graph
from . import story_region as region
from .features import day, document_features
from .material import store_order
from .story_write import apply

# Mean similarity of all pairs of two groups at which they are one story (see the module docstring).
LINK = default("link.story_link")
# Each document's most similar documents that clustering uses (the graph stores more).
NEIGHBOURS = default("link.story_neighbours")
BATCH = default("link.stories_batch")
CACHE_KIB = default("link.cache_kib")
# A full refresh (every list against the store's present frequencies) when the store is this small or has grown
# by this share since the last one; between them a pass recomputes only the lists its documents could enter.
INCREMENTAL_MIN = default("link.story_incremental_min")
REFRESH_GROWTH = default("link.story_refresh_growth")

TABLES_SQL = link_sql("stories")


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent); a graph of the earlier layout (story_edges) is dropped, and
    its documents get lists again at the next full refresh."""
    old = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_edges'").fetchone() is not None
    if old:
        conn.execute("DROP TABLE story_edges")
        conn.execute("DROP TABLE IF EXISTS story_state")
    for stmt in TABLES_SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
    if old and "epoch" not in {r[1] for r in conn.execute("PRAGMA table_info(story_features)")}:
        conn.execute("ALTER TABLE story_features ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0")


def link_stories(conn: sqlite3.Connection, doc_ids: list[str], *, full: bool = False, on_progress=None
                 ) -> set[str]:
    """Put each of `doc_ids` into a story (`full`: refresh every list first); returns the ids of the stories
    that changed or went away."""
    ensure_tables(conn)
    rows = store_order(conn, doc_ids)
    rows += _unfeatured(conn, set(rows))                # documents stored before the graph existed
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")    # postings and lists are written at random places
    try:
        _store_features(conn, rows, on_progress)
        return consolidate(conn, rows, on_progress, full=full)
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
            graph.bump(conn)
        _transaction(conn, work)
        if on_progress:
            on_progress("story features", min(i + BATCH, len(rows)), len(rows))


def refresh_epoch(conn: sqlite3.Connection, full: bool = False) -> int:
    """Start a new epoch when a full refresh is due (module docstring, step 2): the store's frequencies become
    the reference and every list is marked; returns the epoch."""
    out = [0]

    def work():
        st = graph.state(conn)
        n = conn.execute("SELECT count(*) FROM story_features").fetchone()[0]
        due = st["epoch"] == 0 or n > st["ref_n"] * (1 + REFRESH_GROWTH) or (n < INCREMENTAL_MIN and n != st["ref_n"])
        if not (due or full):
            out[0] = st["epoch"]
            return
        epoch = st["epoch"] + 1
        conn.execute("DELETE FROM story_ref")
        conn.execute("INSERT INTO story_ref(feature, n) SELECT feature, n FROM story_df")
        conn.execute("UPDATE story_features SET linked = 0, epoch = ?", (epoch,))
        conn.execute("INSERT OR IGNORE INTO story_dirty(document_id) SELECT document_id FROM story_features")
        graph.set_state(conn, epoch=epoch, ref_n=n)
        graph.bump(conn)
        out[0] = epoch
    _transaction(conn, work)
    return out[0]


def _refresh_lists(conn: sqlite3.Connection, full: bool, on_progress) -> int:
    """Step 2: a new list for every marked document, against the epoch's frequencies; returns the epoch. A batch
    finding a new epoch (another process refreshed) starts the round again."""
    epoch = refresh_epoch(conn, full)
    while True:
        freq = graph.Frequencies(conn)
        stale = [r[0] for r in conn.execute(
            "SELECT document_id FROM story_features WHERE linked != ? ORDER BY document_id", (freq.epoch,))]
        if not stale:
            return freq.epoch
        cache: dict = {}
        for i in range(0, len(stale), BATCH):
            if not _list_batch(conn, freq, stale[i:i + BATCH], cache):
                break                                   # a new epoch under this round: start again
            if on_progress:
                on_progress("story edges", min(i + BATCH, len(stale)), len(stale))


def _list_batch(conn: sqlite3.Connection, freq, part: list[str], cache: dict) -> bool:
    """The lists of one batch in one transaction; False (nothing written) when the epoch is no longer freq's."""
    ok = [False]

    def work():
        if graph.state(conn)["epoch"] != freq.epoch:
            return
        rows = conn.execute(f"SELECT document_id, day, features, epoch FROM story_features WHERE document_id IN "
                            f"({','.join('?' * len(part))}) AND linked != ?", (*part, freq.epoch)).fetchall()
        mark = (conn.execute("SELECT count(*) FROM story_dirty").fetchone()[0]
                < conn.execute("SELECT count(*) FROM story_features").fetchone()[0])     # else all are marked
        for doc_id, when, feats, epoch in sorted(rows):
            proposed, edges = graph.edges_of(conn, freq, doc_id, when, json.loads(feats), cache, epoch == freq.epoch)
            graph.store_list(conn, doc_id, proposed, graph.bucket(when), edges, mark)
        conn.executemany("UPDATE story_features SET linked = ? WHERE document_id = ?",
                         [(freq.epoch, r[0]) for r in rows])
        graph.bump(conn)
        ok[0] = True
    _transaction(conn, work)
    return ok[0]


def _documents(conn: sqlite3.Connection, doc_ids: list[str]) -> list[tuple]:
    """(id, title, text, published, json) of a batch of documents in store order."""
    out = conn.execute("SELECT id, title, text, published, json, n FROM documents "
                       f"WHERE id IN ({','.join('?' * len(doc_ids))})", doc_ids).fetchall()
    return [r[:5] for r in sorted(out, key=lambda r: r[5])]


def consolidate(conn: sqlite3.Connection, doc_ids: list[str], on_progress=None, *, full: bool = False) -> set[str]:
    """Step 3: cluster again the parts of the graph that changed and write the stories that changed; returns
    their ids, those that went away and those of `doc_ids` (a resumed pass relinks their claims). The graph is
    read in one snapshot without the write lock; the write checks that no list changed since (else again)."""
    while True:
        epoch = _refresh_lists(conn, full, on_progress)
        full = False
        conn.execute("BEGIN")                           # one consistent snapshot to cluster from
        try:
            st = graph.state(conn)
            fresh = st["epoch"] == epoch and conn.execute(
                "SELECT 1 FROM story_features WHERE linked != ? LIMIT 1", (epoch,)).fetchone() is None
            groups, dirty = _groups(conn) if fresh else (None, [])
        finally:
            conn.execute("COMMIT")
        out: set[str] | None = None

        def work():
            nonlocal out
            if groups is not None and graph.state(conn)["version"] == st["version"]:
                out = apply(conn, groups, doc_ids)
                conn.executemany("DELETE FROM story_dirty WHERE document_id = ?", [(d,) for d in dirty])
        _transaction(conn, work)
        if out is not None:
            return out                                  # else another writer changed the graph since: again


def _groups(conn: sqlite3.Connection) -> tuple[list[list[str]], list[str]]:
    """The groups of the region to cluster again (story_region.py), and the dirty documents that made it."""
    dirty = [r[0] for r in conn.execute("SELECT document_id FROM story_dirty")]
    if not dirty:
        return [], []
    total = conn.execute("SELECT count(*) FROM story_features").fetchone()[0]
    found = None if len(dirty) >= total else region.region(conn, region.seeds(conn), NEIGHBOURS, LINK)
    docs, edges = found if found is not None else region.kept_all(conn, NEIGHBOURS)
    groups: dict[int, list[str]] = {}
    for d, lab in zip(docs, region.cluster(len(docs), edges, LINK)):
        groups.setdefault(lab, []).append(d)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0])), dirty
