"""Coreference metrics over clusters of hashable mentions: MUC, B-cubed and CEAF-e, as the CoNLL-2012 scorer.

Each returns (recall numerator, recall denominator, precision numerator, precision denominator), so that
documents add up before dividing (micro-averaging). Mentions absent from the other side count against it.
"""

from __future__ import annotations

from collections.abc import Hashable

import numpy as np
from scipy.optimize import linear_sum_assignment

Cluster = set[Hashable]


def _index(clusters: list[Cluster]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(key: list[Cluster], response: list[Cluster]) -> tuple[int, int]:
    """MUC recall's parts: links kept (size minus the pieces the other side cuts a cluster into) over links."""
    where = _index(response)
    num = den = 0
    for c in key:
        pieces = {where.get(m, ("alone", m)) for m in c}
        num += len(c) - len(pieces)
        den += len(c) - 1
    return num, den


def muc(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float, float]:
    """Link-based MUC (Vilain et al. 1995); singletons contribute nothing."""
    return (*_muc_side(key, response), *_muc_side(response, key))


def _b3_side(key: list[Cluster], response: list[Cluster]) -> tuple[float, int]:
    where = _index(response)
    num, den = 0.0, 0
    for c in key:
        for m in c:
            den += 1
            if m in where:
                num += len(c & response[where[m]]) / len(c)
    return num, den


def b_cubed(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float, float]:
    """Mention-based B-cubed (Bagga and Baldwin 1998)."""
    return (*_b3_side(key, response), *_b3_side(response, key))


def ceaf_e(key: list[Cluster], response: list[Cluster]) -> tuple[float, float, float, float]:
    """Entity-based CEAF (Luo 2005) with phi4 similarity and the best one-to-one alignment of clusters."""
    if not key or not response:
        return 0.0, len(key), 0.0, len(response)
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return total, len(key), total, len(response)
