"""Average-linkage clustering over a sparse similarity graph, the same result in any input order.

Stories are the clusters of this: two groups of documents merge while the mean similarity over every pair
of their documents is at least the threshold (a pair with no edge counts as 0). Unlike joining the nearest
story as documents arrive, the result depends only on the set of documents and their similarities, so the
arrival order cannot change it; and unlike linking every pair above a threshold (connected components), one
document that resembles two different earthquakes does not chain them into one story.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable


def average_linkage(n: int, edges: Iterable[tuple[int, int, float]], threshold: float) -> list[int]:
    """Cluster nodes 0..n-1 given (i, j, similarity) edges; returns each node's label, its cluster's smallest
    node. Ties merge the pair of smallest slots first, so equal inputs give equal outputs whatever their order.

    Cost: O(E log E) for E edges (each merge folds the smaller neighbour table into the larger)."""
    adj: list[dict[int, float]] = [dict() for _ in range(n)]    # slot -> neighbour slot -> summed similarity
    for i, j, s in edges:
        if i == j or not (0 <= i < n and 0 <= j < n):
            continue
        if s > adj[i].get(j, float("-inf")):        # a pair given twice keeps its best similarity
            adj[i][j] = adj[j][i] = s
    size = [1] * n
    parent = list(range(n))
    version = [0] * n
    heap = [(-s, i, j, 0, 0) for i in range(n) for j, s in adj[i].items() if i < j and s >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb or parent[a] != a or parent[b] != b:
            continue                                # stale: one side has merged since
        if len(adj[a]) < len(adj[b]):               # keep the slot with the larger table; fold the other in
            a, b = b, a
        for c, s in adj[b].items():
            if c != a:
                adj[a][c] = adj[c][a] = adj[a].get(c, 0.0) + s
                del adj[c][b]
        adj[a].pop(b, None)
        adj[b] = {}
        parent[b] = a
        size[a] += size[b]
        version[a] += 1
        version[b] += 1
        for c, s in adj[a].items():
            mean = s / (size[a] * size[c])
            if mean >= threshold:
                lo, hi = (a, c) if a < c else (c, a)
                heapq.heappush(heap, (-mean, lo, hi, version[lo], version[hi]))
    return _labels(parent)


def nearest(edges: Iterable[tuple[int, int, float]], k: int) -> list[tuple[int, int, float]]:
    """The edges among each node's k most similar neighbours (ties: smaller neighbour first), from either end:
    a document similar to many only through the words of its kind ("earthquake", "magnitude") keeps just its
    closest reports, so the mean similarity of two reports of different events counts as 0 where no edge is."""
    best: dict[int, list[tuple[float, int]]] = {}
    pairs: dict[tuple[int, int], float] = {}
    for i, j, s in edges:
        if i == j:
            continue
        key = (i, j) if i < j else (j, i)
        if s > pairs.get(key, float("-inf")):
            pairs[key] = s
    for (i, j), s in pairs.items():
        best.setdefault(i, []).append((-s, j))
        best.setdefault(j, []).append((-s, i))
    keep: set[tuple[int, int]] = set()
    for i, lst in best.items():
        for _, j in sorted(lst)[:k]:
            keep.add((i, j) if i < j else (j, i))
    return [(i, j, pairs[(i, j)]) for i, j in sorted(keep)]


def _labels(parent: list[int]) -> list[int]:
    """Each node's label: the smallest node of its cluster."""
    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    roots = [root(i) for i in range(len(parent))]
    smallest: dict[int, int] = {}
    for i, r in enumerate(roots):
        smallest.setdefault(r, i)
    return [smallest[r] for r in roots]
