"""One-to-one pairing of gold and predicted relations, so a duplicated prediction is credited once."""

from __future__ import annotations

from typing import Sequence


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard index; two empty sets count as identical (1.0), so a relation always matches itself."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def greedy_match(
    gold: Sequence[dict[str, frozenset[int]]],
    pred: Sequence[dict[str, frozenset[int]]],
    threshold: float = 0.5,
) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), greedily by content Jaccard, highest first, keeping those >= threshold.

    Ties are broken by the summed cue and source Jaccard, then by position, so results are deterministic.
    Each item maps role name -> word-token set.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = jaccard(g["content"], p["content"])
            if score >= threshold and score > 0:
                tie = jaccard(g["cue"], p["cue"]) + jaccard(g["source"], p["source"])
                candidates.append((-score, -tie, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs
