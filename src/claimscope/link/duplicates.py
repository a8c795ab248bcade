"""Exact and near-duplicate documents (MinHash LSH) and headlines or paragraphs repeated within and across them.

Tables (all rows go with their document, ON DELETE CASCADE):
- doc_minhash(document_id, shingles, signature): each document's MinHash, computed once, so a later pass only
  hashes new documents;
- doc_bands(key, document_id): the LSH index of those signatures (minhash.band_keys), kept in the store so a
  pass holds no index in memory (100,000 signatures in an in-memory LSH took 1.4 GB); a copy is not indexed;
- document_duplicates(document_id, canonical_id, similarity): one row per near-copy; canonical_id is the
  earliest-stored document of its duplicate group, so "independent sources" = distinct
  coalesce(canonical_id, document_id);
- segments(hash, document_id, line, start, end): every non-trivial line's normalised hash;
- repeated_segments(hash, document_id, line, start, end, text): the lines whose hash occurs at least twice,
  within one document or across documents (a headline repeated in a "Read more" list, a shared paragraph).
"""

from __future__ import annotations

import sqlite3

from . import minhash
from .shingles import segment_hash, segments, shingle_hashes
from claimscope.store.schema import link_sql

from ..settings import default
from .material import store_order

BATCH = default("link.duplicates_batch")
# SQLite page cache during a pass (64 MiB instead of the default 2 MiB): the segment hash index is written at
# random places, and once it outgrows the cache every insert re-reads pages.
CACHE_KIB = default("link.cache_kib")

TABLES_SQL = link_sql("duplicates")


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent); a store made before doc_bands gets its index filled once."""
    had_bands = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'doc_bands'").fetchone() is not None
    for stmt in TABLES_SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
    if not had_bands:
        _fill_bands(conn)


def _fill_bands(conn: sqlite3.Connection) -> None:
    """Index the stored signatures of every document that copies no earlier one, in batches."""
    rows = conn.execute("SELECT m.document_id, m.signature FROM doc_minhash m LEFT JOIN document_duplicates x "
                        "ON x.document_id = m.document_id WHERE x.document_id IS NULL AND m.signature IS NOT NULL")
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    while part := rows.fetchmany(BATCH):
        conn.executemany("INSERT OR IGNORE INTO doc_bands(key, document_id) VALUES (?, ?)",
                         [(k, d) for d, blob in part for k in minhash.band_keys(minhash.from_blob(blob))])
    if own:
        conn.execute("COMMIT")


class StoreDetector(minhash.Detector):
    """minhash.Detector with its index, orders, canonicals and signatures read from the store (doc_bands,
    documents.n, document_duplicates, doc_minhash) as each text is checked: memory stays flat in the store."""

    def __init__(self, conn: sqlite3.Connection):
        super().__init__(lambda key: _text(conn, key))
        self.conn = conn

    def _in(self, sql: str, keys: list) -> list[tuple]:
        out: list[tuple] = []
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            out += self.conn.execute(sql.format(",".join("?" * len(part))), part).fetchall()
        return out

    def add(self, key, order, sig, canonical=None) -> None:
        """Index a text that copies no earlier one (a copy leaves the index); nothing is kept in memory."""
        if canonical is not None:
            self._unindex(key)
        elif sig is not None:
            self._index(key, sig)

    def _index(self, key, sig) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO doc_bands(key, document_id) VALUES (?, ?)",
                              [(k, key) for k in minhash.band_keys(sig)])

    def _unindex(self, key) -> None:
        self.conn.execute("DELETE FROM doc_bands WHERE document_id = ?", (key,))

    def _query(self, sig) -> list:
        return sorted({r[0] for r in self._in("SELECT document_id FROM doc_bands WHERE key IN ({})",
                                              minhash.band_keys(sig))})

    def _orders(self, keys: list) -> dict:
        return dict(self._in("SELECT id, n FROM documents WHERE id IN ({})", keys))

    def _canonicals(self, keys: list) -> dict:
        return dict(self._in("SELECT document_id, canonical_id FROM document_duplicates WHERE document_id IN ({})",
                             keys))

    def _signatures(self, keys: list) -> list:
        got = dict(self._in("SELECT document_id, signature FROM doc_minhash WHERE document_id IN ({})", keys))
        return [minhash.from_blob(got[k]) for k in keys]


def _text(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def link_duplicates(conn: sqlite3.Connection, doc_ids: list[str], *, on_progress=None) -> int:
    """Find the near-copies among `doc_ids` (against everything stored); returns how many are copies."""
    ensure_tables(conn)
    det = StoreDetector(conn)
    todo = store_order(conn, doc_ids)
    copies = 0
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")    # the segment hash index is written at random places
    try:
        for i in range(0, len(todo), BATCH):
            copies += _link_batch(conn, det, _with_texts(conn, todo[i:i + BATCH]))
            if on_progress:
                on_progress("duplicates", min(i + BATCH, len(todo)), len(todo))
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
    return copies


def _link_batch(conn: sqlite3.Connection, det: minhash.Detector, batch: list) -> int:
    """One transaction: the duplicates and segments of a batch of documents."""
    copies = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for doc_id, n, text in batch:
            copies += _link_one(conn, det, doc_id, n, text)
            _link_segments(conn, doc_id, text)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return copies


def _with_texts(conn: sqlite3.Connection, ids: list[str]) -> list[tuple[str, int, str]]:
    """(id, n, text) of a batch of ids, in store order."""
    rows = conn.execute(f"SELECT id, n, text FROM documents WHERE id IN ({','.join('?' * len(ids))})",
                        ids).fetchall()
    return sorted(rows, key=lambda r: r[1])


def _link_one(conn: sqlite3.Connection, det: minhash.Detector, doc_id: str, n: int, text: str) -> int:
    """Hash one document (or reuse its stored signature) and write whether it copies an earlier one."""
    shingles = shingle_hashes(text)
    row = conn.execute("SELECT signature FROM doc_minhash WHERE document_id = ?", (doc_id,)).fetchone()
    if row is None:
        sig = minhash.signature(shingles)
        conn.execute("INSERT OR REPLACE INTO doc_minhash(document_id, shingles, signature) VALUES (?, ?, ?)",
                     (doc_id, len(shingles), minhash.to_blob(sig)))
    else:
        sig = minhash.from_blob(row[0])
    found = det.check(doc_id, n, shingles, sig)
    conn.execute("DELETE FROM document_duplicates WHERE document_id = ?", (doc_id,))
    if found is None:
        return 0
    conn.execute("INSERT INTO document_duplicates(document_id, canonical_id, similarity) VALUES (?, ?, ?)",
                 (doc_id, found[0], found[1]))
    return 1


def _link_segments(conn: sqlite3.Connection, doc_id: str, text: str) -> None:
    """Record the document's line hashes and report every line whose hash now occurs twice or more."""
    conn.execute("DELETE FROM segments WHERE document_id = ?", (doc_id,))
    conn.execute("DELETE FROM repeated_segments WHERE document_id = ?", (doc_id,))
    rows = [(segment_hash(norm), doc_id, line, start, end) for line, start, end, norm in segments(text)]
    conn.executemany('INSERT OR REPLACE INTO segments(hash, document_id, line, start, "end") VALUES (?, ?, ?, ?, ?)',
                     rows)
    for h in {r[0] for r in rows}:
        if conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM segments WHERE hash = ? LIMIT 2)", (h,)).fetchone()[0] < 2:
            continue
        known = conn.execute("SELECT 1 FROM repeated_segments WHERE hash = ? LIMIT 1", (h,)).fetchone()
        where = "s.hash = ?" + (" AND s.document_id = ?" if known else "")
        conn.execute(
            'INSERT OR IGNORE INTO repeated_segments(hash, document_id, line, start, "end", text) '
            'SELECT s.hash, s.document_id, s.line, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start) '
            f"FROM segments s JOIN documents d ON d.id = s.document_id WHERE {where}",
            (h, doc_id) if known else (h,))


def duplicate_rows(conn: sqlite3.Connection) -> list[dict]:
    """Every near-copy with its canonical document, both named (id, url or path, title, publisher, published)."""
    ensure_tables(conn)
    sql = ("SELECT x.document_id, x.canonical_id, x.similarity, "
           "d.url, d.path, d.title, d.publisher, d.published, c.url, c.path, c.title, c.publisher, c.published "
           "FROM document_duplicates x JOIN documents d ON d.id = x.document_id "
           "LEFT JOIN documents c ON c.id = x.canonical_id ORDER BY c.n, d.n")
    out = []
    for r in conn.execute(sql):
        out.append({"document_id": r[0], "canonical_id": r[1], "similarity": r[2],
                    "document": _named(r[0], *r[3:8]), "canonical": _named(r[1], *r[8:13]),
                    "title": r[5], "canonical_title": r[10]})
    return out


def repeated_rows(conn: sqlite3.Connection) -> list[dict]:
    """Every repeated line: which document, where, and how often its text occurs in the store."""
    ensure_tables(conn)
    sql = ('SELECT r.hash, r.document_id, r.line, r.start, r."end", r.text, '
           "(SELECT COUNT(*) FROM repeated_segments q WHERE q.hash = r.hash) FROM repeated_segments r "
           "JOIN documents d ON d.id = r.document_id ORDER BY r.hash, d.n, r.start")
    return [{"hash": f"{h & 0xFFFFFFFFFFFFFFFF:016x}", "document_id": d, "line": line, "start": s, "end": e,
             "text": t, "occurrences": c} for h, d, line, s, e, t, c in conn.execute(sql)]


def _named(doc_id, url, path, title, publisher, published) -> dict:
    return {"id": doc_id, "url": url, "path": path, "title": title, "publisher": publisher, "published": published}
