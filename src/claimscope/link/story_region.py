"""Which documents a consolidation clusters again, and their clustering: average linkage over each connected
part of the kept graph alone, so a pass clusters again only the parts that its new neighbour lists touched.

The kept graph: each document's `link.story_neighbours` most similar documents over the lists on either side
(story_graph.nearest); an edge is kept when it is among the nearest of either end. Two groups merge only when
the mean similarity of their pairs is at least the threshold, so some pair between them is at least the
threshold (a mean never exceeds its largest value): every story lies inside one *part*, a connected component
of the kept edges of at least the threshold, and each part is clustered alone, with the kept edges among its
documents (average_linkage). Rules, in order:
1. `seeds`: the documents whose nearest neighbours may have changed (story_dirty: a list was rewritten on one
   of their sides, or they are new) and every member of their present stories;
2. `region`: the parts reached from the seeds, breadth-first over kept edges of at least the threshold. The
   stories of the other documents stay as they are: their kept edges changed on neither end, so their parts
   and the clustering of each are what they were (a story without a seed lies inside one unchanged part);
   after a full refresh every document is a seed, and `kept_all` reads each document's nearest once, in order,
   into compact arrays instead, as it does when the region passes 2,000 documents (in a densely linked store
   most documents are one part: the salad benchmark's largest part holds 97% of them, so clustering there reads
   the whole graph, in compact arrays, while only the lists the new documents enter are recomputed);
3. `cluster`: union-find of the edges of at least the threshold into parts, then average linkage of each part
   (its documents numbered in id order, so its result is the one the part gets inside any larger graph).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import deque

import numpy as np

from . import story_graph as graph
from .clustering import average_linkage

REGION_LIMIT = 2_000            # documents a breadth-first region walks before the compact read of the whole graph


def seeds(conn: sqlite3.Connection) -> set[str]:
    """Rule 1: the dirty documents and the members of their stories."""
    dirty = [r[0] for r in conn.execute("SELECT document_id FROM story_dirty")]
    out = set(dirty)
    for i in range(0, len(dirty), 500):
        part = dirty[i:i + 500]
        out.update(r[0] for r in conn.execute(
            "SELECT document_id FROM story_documents WHERE story_id IN (SELECT story_id FROM story_documents "
            f"WHERE document_id IN ({','.join('?' * len(part))}))", part))
    featured = set()
    ids = sorted(out)
    for i in range(0, len(ids), 500):               # a story member without features (not linked yet) is left
        part = ids[i:i + 500]
        featured.update(r[0] for r in conn.execute(
            f"SELECT document_id FROM story_features WHERE document_id IN ({','.join('?' * len(part))})", part))
    return featured


def region(conn: sqlite3.Connection, start: set[str], k: int, threshold: float, limit: int | None = None
           ) -> tuple[list[str], tuple[np.ndarray, np.ndarray, np.ndarray]] | None:
    """Rule 2: the documents of the parts reached from `start`, sorted, and the kept edges among them (index
    pairs i < j and similarities); None when they pass `limit` documents (then `kept_all` reads the graph in
    compact arrays: a densely linked store is mostly one part)."""
    limit = REGION_LIMIT if limit is None else limit
    near: dict[str, dict[str, float]] = {}

    def nearest(d: str) -> dict[str, float]:
        got = near.get(d)
        if got is None:
            got = near[d] = dict(graph.nearest(conn, d, k))
        return got

    seen = set(start)
    queue = deque(sorted(start))
    kept: dict[tuple[str, str], float] = {}
    while queue:
        if len(seen) > limit:
            return None
        d = queue.popleft()
        mine = nearest(d)
        for o, s in graph.nearest(conn, d, -1):         # every document on either side of d's lists
            if o in mine or d in nearest(o):
                kept[(d, o) if d < o else (o, d)] = s
                if s >= threshold and o not in seen:
                    seen.add(o)
                    queue.append(o)
    docs = sorted(seen)
    index = {d: i for i, d in enumerate(docs)}
    pairs = [(index[a], index[b], s) for (a, b), s in kept.items() if a in index and b in index]
    return docs, _arrays(pairs)


def kept_all(conn: sqlite3.Connection, k: int) -> tuple[list[str], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Rule 2 after a full refresh: every document and every kept edge, read one document at a time."""
    docs = [r[0] for r in conn.execute("SELECT document_id FROM story_features ORDER BY document_id")]
    index = {d: i for i, d in enumerate(docs)}
    a, b, s = array("i"), array("i"), array("d")
    for d in docs:
        i = index[d]
        for o, sim in graph.nearest(conn, d, k):
            j = index.get(o)
            if j is not None:
                a.append(min(i, j))
                b.append(max(i, j))
                s.append(sim)
    ai, bi, si = np.frombuffer(a, dtype=np.int32), np.frombuffer(b, dtype=np.int32), np.frombuffer(s)
    order = np.lexsort((bi, ai))
    ai, bi, si = ai[order], bi[order], si[order]
    first = np.ones(len(ai), dtype=bool)
    first[1:] = (ai[1:] != ai[:-1]) | (bi[1:] != bi[:-1])     # a pair kept from both ends once
    return docs, (ai[first].copy(), bi[first].copy(), si[first].copy())


def _arrays(pairs: list[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pairs.sort()
    return (np.array([p[0] for p in pairs], dtype=np.int32), np.array([p[1] for p in pairs], dtype=np.int32),
            np.array([p[2] for p in pairs], dtype=np.float64))


def cluster(n: int, edges: tuple[np.ndarray, np.ndarray, np.ndarray], threshold: float) -> list[int]:
    """Rule 3: each node's label (the smallest node of its story), parts clustered one at a time."""
    a, b, s = edges
    parent = np.arange(n, dtype=np.int64)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    for i, j in zip(a[s >= threshold].tolist(), b[s >= threshold].tolist()):
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    part = np.array([root(i) for i in range(n)], dtype=np.int64)
    labels = np.arange(n, dtype=np.int64)
    inside = part[a] == part[b]                         # edges between two parts never count
    ea, eb, es = a[inside], b[inside], s[inside]
    if not len(ea):
        return labels.tolist()
    by_part = np.argsort(part[ea], kind="stable")       # edges stay in (i, j) order within a part
    ea, eb, es = ea[by_part], eb[by_part], es[by_part]
    members = np.argsort(part, kind="stable")           # nodes by part, each part in node order
    uniq, first, count = np.unique(part[members], return_index=True, return_counts=True)
    cuts = np.flatnonzero(np.diff(part[ea])) + 1
    for lo, hi in zip([0, *cuts.tolist()], [*cuts.tolist(), len(ea)]):
        q = int(np.searchsorted(uniq, part[ea[lo]]))
        nodes = members[first[q]:first[q] + count[q]]
        sub = zip(np.searchsorted(nodes, ea[lo:hi]).tolist(), np.searchsorted(nodes, eb[lo:hi]).tolist(),
                  es[lo:hi].tolist())
        for t, lab in enumerate(average_linkage(len(nodes), sub, threshold)):
            labels[nodes[t]] = nodes[lab]
    return labels.tolist()
