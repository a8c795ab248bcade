"""The document graph stories are clustered from: each document's features, postings to find the documents
that share them, and an edge to each of its most similar documents, all kept in the store (not in memory).

A pass first stores the features of all its new documents (and their document frequencies), then computes the
edges of each: so every edge of a pass is computed against the same frequencies and the same postings, and
the edges, like the stories clustered from them, do not depend on the order the documents arrived in.
Rules, in order, for the edges of one document (`edges_of`):
1. `proposers`: its 12 features found in the fewest documents (a feature of only itself proposes nothing);
2. `_postings`: the documents having each, in the buckets of its follow-up window (30 days either side; any
   time when undated), a feature in more than 200 of them proposing none ("UK" that month);
3. candidates: the 60 documents found through most proposers (ties: smallest id);
4. `similarity`: idf-weighted cosine of the two feature vectors, 0 when both are dated more than 4 days apart,
   unless `follow_up`: at most 30 days apart and sharing 2 actors (the same officials in the same town);
5. the 30 most similar of at least 0.05 are kept, as an edge (smaller id, larger id, similarity).
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
UNDATED = -1                      # the bucket of undated documents


def bucket(day: int | None) -> int:
    return UNDATED if day is None else day // BUCKET_DAYS


def window(day: int | None) -> list[int] | None:
    """The buckets a document dated `day` looks in (its day +- the follow-up window, and the undated); None: all."""
    if day is None:
        return None
    reach = max(WINDOW_DAYS, FOLLOW_UP_DAYS)
    return sorted({*range(bucket(day - reach), bucket(day + reach) + 1), UNDATED})


def store_features(conn: sqlite3.Connection, doc_id: str, when: date | None, feats: dict[str, float]) -> None:
    """Keep a document's features, its postings and the document frequencies (idempotent per document)."""
    day = when.toordinal() if when is not None else None
    cur = conn.execute("INSERT OR IGNORE INTO story_features(document_id, day, features) VALUES (?, ?, ?)",
                       (doc_id, day, json.dumps(feats, separators=(",", ":"), sort_keys=True)))
    if not cur.rowcount:
        return
    b = bucket(day)
    conn.executemany("INSERT INTO story_postings(feature, bucket, document_id) VALUES (?, ?, ?)",
                     [(f, b, doc_id) for f in feats])
    conn.executemany("INSERT INTO story_df(feature, n) VALUES (?, 1) ON CONFLICT(feature) DO UPDATE SET n = n + 1",
                     [(f,) for f in feats])


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


class Frequencies:
    """Document frequencies of features, read from the store once each per pass (they do not change while
    edges are computed)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.n = conn.execute("SELECT count(*) FROM story_features").fetchone()[0]
        self._df: dict[str, int] = {}
        self._idf: dict[str, float] = {}

    def df(self, feats: Iterable[str]) -> dict[str, int]:
        missing = [f for f in feats if f not in self._df]
        for i in range(0, len(missing), 500):
            part = missing[i:i + 500]
            self._df.update({f: 0 for f in part})
            self._df.update(self.conn.execute(
                f"SELECT feature, n FROM story_df WHERE feature IN ({','.join('?' * len(part))})", part))
        if len(self._df) > 500_000:         # bound memory on very large passes
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


def proposers(feats: dict[str, float], df: dict[str, int]) -> list[str]:
    """The document's most specific features (fewest documents, then by name), those of others too."""
    return sorted((f for f in feats if df.get(f, 0) > 1), key=lambda f: (df[f], f))[:PROPOSERS]


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
             cache: dict[str, tuple[int | None, dict]]) -> list[tuple[str, str, float]]:
    """The edges of one document to its most similar stored documents (rules 1-5 of the module docstring);
    `cache` keeps the (day, vector) of documents scored before in the pass (frequencies do not change in it)."""
    df = freq.df(feats)
    hits: Counter = Counter()
    buckets = window(day)
    chosen = proposers(feats, df)
    rare = [f for f in chosen if df[f] <= MAX_POSTINGS]        # never over the cap: one query for them all
    if rare:
        sql = f"SELECT document_id FROM story_postings WHERE feature IN ({','.join('?' * len(rare))})"
        if buckets is not None:
            sql += f" AND bucket IN ({','.join('?' * len(buckets))})"
        hits.update(r[0] for r in conn.execute(sql, rare + (buckets or [])) if r[0] != doc_id)
    for f in chosen:
        if df[f] > MAX_POSTINGS:
            found = _postings(conn, f, buckets)
            if found:
                hits.update(d for d in found if d != doc_id)
    cands = [d for d, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]]
    missing = [d for d in cands if d not in cache]
    if len(cache) > 20_000:
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
    return [(min(doc_id, o), max(doc_id, o), round(-s, 6)) for s, o in scored[:KEPT]]


def store_edges(conn: sqlite3.Connection, edges: list[tuple[str, str, float]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO story_edges(a, b, similarity) VALUES (?, ?, ?)", edges)


def neighbours(conn: sqlite3.Connection, doc_ids: Iterable[str]) -> set[str]:
    """Documents with an edge to one of `doc_ids`."""
    out: set[str] = set()
    for d in doc_ids:
        out.update(r[0] for r in conn.execute("SELECT b FROM story_edges WHERE a = ? UNION "
                                               "SELECT a FROM story_edges WHERE b = ?", (d, d)))
    return out


def nearest_edges(conn: sqlite3.Connection, doc_ids: set[str], k: int) -> list[tuple[str, str, float]]:
    """The edges among `doc_ids` to each one's k most similar documents of them (ties: smaller id first), from
    either end; read per document, so memory holds at most k edges a document, not the whole graph."""
    keep: dict[tuple[str, str], float] = {}
    for d in sorted(doc_ids):
        taken = 0
        for other, s in conn.execute(
                "SELECT b, similarity FROM story_edges WHERE a = ? UNION ALL "
                "SELECT a, similarity FROM story_edges WHERE b = ? ORDER BY 2 DESC, 1", (d, d)):
            if other in doc_ids and other != d:
                keep[(d, other) if d < other else (other, d)] = s
                taken += 1
                if taken == k:
                    break
    return [(a, b, s) for (a, b), s in sorted(keep.items())]
