"""What the two learned models share: reading their shipped weights and binning numbers into feature values."""

from __future__ import annotations

import json
import math
from importlib import resources


def read_data(name: str) -> dict | None:
    """A shipped JSON file of analyse/data, or None when it does not ship."""
    path = resources.files("claimscope.analyse") / "data" / name
    try:
        return json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None


def bin_index(value: float, bins) -> str:
    """The bin a number falls in, as a feature value ("3" for 4 with bins (1, 2, 3, 5)): the first bound it does
    not exceed, or one past the last."""
    k = 0
    for k, b in enumerate(bins):
        if value <= b:
            return str(k)
    return str(k + 1)


def logistic(z: float) -> float:
    """1 / (1 + e^-z), without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
