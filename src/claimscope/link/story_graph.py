"""The document graph stories are clustered from: each document's features, postings to find the documents
that share them, and each document's list of its most similar documents, all kept in the store (not in memory).

Every list of one refresh epoch is computed against the same frequencies: the document frequencies the store had
at the epoch's last full refresh (`story_ref`, `story_state`), not the live ones, so a document's list changes
only when a new document could enter it, and an incremental pass recomputes only those (`mark_affected`).
Rules, in order, for the list of one document (`edges_of`):
1. `proposers`: its 12 features found in the fewest documents at the refresh (a feature of only itself, or one
   no document had at the refresh, proposes nothing); those a new posting can still change (not over the cap
   of rule 2, where postings only add to) are kept in `story_proposers`, by bucket;
2. `_postings`: the documents having each, in the buckets of its follow-up window (30 days either side; any
   time when undated), a feature in more than 200 of them proposing none ("UK" that month);
3. candidates: the 60 documents found through most proposers (ties: smallest id);
4. `similarity`: idf-weighted cosine of the two feature vectors, 0 when both are dated more than 4 days apart,
   unless `follow_up`: at most 30 days apart and sharing 2 actors (the same officials in the same town);
5. the 30 most similar of at least 0.03 are kept, as the document's list in `story_neighbours`.
A new document can change an earlier document's list only through a posting of one of that document's
proposers in its window: `mark_affected` finds those documents in `story_proposers` and marks them for a new
list, and a list that changes marks the documents on either side of it for clustering (`story_dirty`).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..settings import default

WINDOW_DAYS = default("link.story_window_days")
FOLLOW_UP_DAYS = default("link.story_follow_up_days")
FOLLOW_UP_ACTORS = default("link.story_follow_up_actors")
EDGE_MIN = default("link.story_edge_min")
KEPT = default("link.story_edges_kept")
MAX_POSTINGS = default("link.story_max_postings")
PROPOSERS = default("link.story_proposers")
MAX_CANDIDATES = default("link.story_max_candidates")
BUCKET_DAYS = default("link.story_bucket_days")
DF_CACHE = 100_000                # frequencies kept in memory at once (a bound, not a result)
VECTORS = 20_000                  # vectors of candidate documents kept in memory at once (idem)
UNDATED = -1                      # the bucket of undated documents


def bucket(day: int | None) -> int:
    return UNDATED if day is None else day // BUCKET_DAYS


def window(day: int | None) -> list[int] | None:
    """The buckets a document dated `day` looks in (its day +- the follow-up window, and the undated); None: all."""
    if day is None:
        return None
    reach = max(WINDOW_DAYS, FOLLOW_UP_DAYS)
    return sorted({*range(bucket(day - reach), bucket(day + reach) + 1), UNDATED})


def store_features(conn: sqlite3.Connection, doc_id: str, when: date | None, feats: dict[str, float]) -> bool:
    """Keep a document's features, its postings and the document frequencies (idempotent per document); True
    when it was new, and then the documents whose list it could enter are marked for a new one."""
    day = when.toordinal() if when is not None else None
    cur = conn.execute("INSERT OR IGNORE INTO story_features(document_id, day, features) VALUES (?, ?, ?)",
                       (doc_id, day, json.dumps(feats, separators=(",", ":"), sort_keys=True)))
    if not cur.rowcount:
        return False
    b = bucket(day)
    conn.executemany("INSERT INTO story_postings(feature, bucket, document_id) VALUES (?, ?, ?)",
                     [(f, b, doc_id) for f in feats])
    conn.executemany("INSERT INTO story_df(feature, n) VALUES (?, 1) ON CONFLICT(feature) DO UPDATE SET n = n + 1",
                     [(f,) for f in feats])
    conn.execute("INSERT OR IGNORE INTO story_dirty(document_id) VALUES (?)", (doc_id,))
    mark_affected(conn, b, sorted(feats))
    return True


def mark_affected(conn: sqlite3.Connection, b: int, feats: list[str]) -> None:
    """Mark for a new list every document with one of `feats` among its proposers whose window can reach bucket
    `b` (a superset: the buckets within the follow-up reach of `b`, the undated ones, and all for an undated b)."""
    reach = max(WINDOW_DAYS, FOLLOW_UP_DAYS) // BUCKET_DAYS + 2
    for i in range(0, len(feats), 400):
        part = feats[i:i + 400]
        sql = (f"UPDATE story_features SET linked = 0 WHERE linked != 0 AND document_id IN (SELECT document_id FROM "
               f"story_proposers WHERE feature IN ({','.join('?' * len(part))})")
        args: list = list(part)
        if b != UNDATED:
            sql += " AND (bucket BETWEEN ? AND ? OR bucket = ?)"
            args += [b - reach, b + reach, UNDATED]
        conn.execute(sql + ")", args)


def neighbour_list(conn: sqlite3.Connection, doc_id: str) -> dict[str, float]:
    """The stored list of one document: other -> similarity."""
    return dict(conn.execute("SELECT other, similarity FROM story_neighbours WHERE document_id = ?", (doc_id,)))


def store_list(conn: sqlite3.Connection, doc_id: str, proposed: list[str], bucket_of: int,
               edges: list[tuple[str, float]], mark: bool = True) -> None:
    """Replace a document's proposers and list; when the list changes, it and the documents on either side of
    the old and new list are marked for clustering (their nearest neighbours may have changed), unless `mark`
    is False (every document is marked already, after a full refresh)."""
    conn.execute("DELETE FROM story_proposers WHERE document_id = ?", (doc_id,))
    conn.executemany("INSERT OR IGNORE INTO story_proposers(feature, bucket, document_id) VALUES (?, ?, ?)",
                     [(f, bucket_of, doc_id) for f in proposed])
    old = neighbour_list(conn, doc_id)
    new = dict(edges)
    if old == new:
        return
    conn.execute("DELETE FROM story_neighbours WHERE document_id = ?", (doc_id,))
    conn.executemany("INSERT INTO story_neighbours(document_id, other, similarity) VALUES (?, ?, ?)",
                     [(doc_id, o, s) for o, s in edges])
    if mark:
        conn.executemany("INSERT OR IGNORE INTO story_dirty(document_id) VALUES (?)",
                         [(d,) for d in sorted({doc_id, *old, *new})])


def features_of(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[str, tuple[int | None, dict]]:
    """doc id -> (day, features) for the stored ones."""
    ids = list(doc_ids)
    out: dict[str, tuple[int | None, dict]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for doc_id, day, feats in conn.execute(
                f"SELECT document_id, day, features FROM story_features WHERE document_id IN "
                f"({','.join('?' * len(part))})", part):
            out[doc_id] = (day, json.loads(feats))
    return out


def state(conn: sqlite3.Connection) -> dict[str, int]:
    """The refresh state: epoch (counts full refreshes), ref_n (documents at the last one), version (bumped by
    every write to the graph, so a clustering can tell it read a graph that has not changed since)."""
    out = {"epoch": 0, "ref_n": 0, "version": 0}
    out.update(conn.execute("SELECT key, value FROM story_state"))
    return out


def set_state(conn: sqlite3.Connection, **values: int) -> None:
    conn.executemany("INSERT INTO story_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value", sorted(values.items()))


def bump(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO story_state(key, value) VALUES ('version', 1) ON CONFLICT(key) DO UPDATE SET "
                 "value = value + 1")


class Frequencies:
    """Document frequencies of features at the epoch's full refresh (`story_ref`), read from the store once each
    (they do not change within an epoch); a feature no document had then has frequency 0."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        st = state(conn)
        self.epoch, self.n = st["epoch"], st["ref_n"]
        self._df: dict[str, int] = {}
        self._idf: dict[str, float] = {}

    def df(self, feats: Iterable[str]) -> dict[str, int]:
        missing = [f for f in feats if f not in self._df]
        for i in range(0, len(missing), 500):
            part = missing[i:i + 500]
            self._df.update({f: 0 for f in part})
            self._df.update(self.conn.execute(
                f"SELECT feature, n FROM story_ref WHERE feature IN ({','.join('?' * len(part))})", part))
        if len(self._df) > DF_CACHE:        # bound memory on very large passes
            self._df, self._idf = {}, {}
            return self.df(feats)
        return {f: self._df[f] for f in feats}

    def vector(self, feats: dict[str, float]) -> dict[str, float]:
        """The unit-length idf-weighted vector of a document (a feature of its own still takes its share)."""
        idf = self._idf
        missing = [f for f in feats if f not in idf]
        if missing:
            n = max(self.n, 1)
            idf.update((f, math.log(1.0 + n / max(c, 1))) for f, c in self.df(missing).items())
        v = {f: w * idf[f] for f, w in feats.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {f: x / norm for f, x in v.items()}


def similarity(va: dict[str, float], day_a: int | None, vb: dict[str, float], day_b: int | None) -> float:
    """Cosine of two unit vectors; 0 for two dated documents more than the window apart, unless a follow-up."""
    if day_a is not None and day_b is not None and abs(day_a - day_b) > WINDOW_DAYS \
            and not follow_up(va, vb, abs(day_a - day_b)):
        return 0.0
    return sum(va[f] * vb[f] for f in sorted(va.keys() & vb.keys()))     # one summing order from either side


def follow_up(va: dict[str, float], vb: dict[str, float], apart: int) -> bool:
    """A report days after the window that names the same actors ("the mayor of a town, its relief agency"
    again, twelve days on) follows up its story; one that shares only a country or nothing does not."""
    if apart > FOLLOW_UP_DAYS:
        return False
    shared = sum(1 for f in va.keys() & vb.keys() if f.startswith("a:"))
    return shared >= FOLLOW_UP_ACTORS


def proposers(feats: dict[str, float], df: dict[str, int], counted: bool = True) -> list[str]:
    """The document's most specific features (fewest documents, then by name), those of others too: `df` is
    counted at the refresh, and a document stored after it (`counted` False) counts as one more holder."""
    extra = 0 if counted else 1
    return sorted((f for f in feats if df.get(f, 0) + extra > 1), key=lambda f: (df[f], f))[:PROPOSERS]


def _postings(conn: sqlite3.Connection, feature: str, buckets: list[int] | None) -> list[str] | None:
    """Documents having `feature` in `buckets` (None: any), or None when there are too many to propose."""
    if buckets is None:
        rows = conn.execute("SELECT document_id FROM story_postings WHERE feature = ? LIMIT ?",
                            (feature, MAX_POSTINGS + 1)).fetchall()
    else:
        rows = conn.execute(
            f"SELECT document_id FROM story_postings WHERE feature = ? AND bucket IN ({','.join('?' * len(buckets))}) "
            "LIMIT ?", (feature, *buckets, MAX_POSTINGS + 1)).fetchall()
    return None if len(rows) > MAX_POSTINGS else [r[0] for r in rows]


def edges_of(conn: sqlite3.Connection, freq: Frequencies, doc_id: str, day: int | None, feats: dict[str, float],
             cache: dict[str, tuple[int | None, dict]], counted: bool = True
             ) -> tuple[list[str], list[tuple[str, float]]]:
    """The proposers a new document could still change (all but those over the posting cap in its window) and
    the list of one document: its most similar stored documents (rules 1-5 of the module docstring); `cache` keeps the (day, vector) of documents scored before in the epoch (frequencies are fixed)."""
    df = freq.df(feats)
    hits: Counter = Counter()
    buckets = window(day)
    chosen = proposers(feats, df, counted)
    rare = [f for f in chosen if df[f] <= MAX_POSTINGS]        # never over the cap: one query for them all
    if rare:
        sql = f"SELECT document_id FROM story_postings WHERE feature IN ({','.join('?' * len(rare))})"
        if buckets is not None:
            sql += f" AND bucket IN ({','.join('?' * len(buckets))})"
        hits.update(r[0] for r in conn.execute(sql, rare + (buckets or [])) if r[0] != doc_id)
    live = list(rare)               # the proposers a new posting can still change: not those over the cap
    for f in chosen:
        if df[f] > MAX_POSTINGS:
            found = _postings(conn, f, buckets)
            if found is not None:       # over the cap it stays over (postings only grow in an epoch)
                live.append(f)
                hits.update(d for d in found if d != doc_id)
    cands = [d for d, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]]
    missing = [d for d in cands if d not in cache]
    if len(cache) > VECTORS:
        cache.clear()
    cache.update((d, (when, freq.vector(f))) for d, (when, f) in features_of(conn, missing).items())
    mine = freq.vector(feats)
    scored = []
    for other in cands:
        if other not in cache:
            continue
        oday, ovec = cache[other]
        s = similarity(mine, day, ovec, oday)
        if s >= EDGE_MIN:
            scored.append((-s, other))
    scored.sort()
    return live, [(o, round(-s, 6)) for s, o in scored[:KEPT]]


def nearest(conn: sqlite3.Connection, doc_id: str, k: int) -> list[tuple[str, float]]:
    """A document's k most similar documents over the lists on either side (its own, and those it is on; ties:
    smaller id first): what clustering keeps of the graph."""
    return conn.execute(
        "SELECT other, max(s) FROM (SELECT other, similarity AS s FROM story_neighbours WHERE document_id = ?1 "
        "UNION ALL SELECT document_id, similarity FROM story_neighbours WHERE other = ?1) "
        "WHERE other != ?1 GROUP BY other ORDER BY 2 DESC, 1 LIMIT ?2", (doc_id, k)).fetchall()
