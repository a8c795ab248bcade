"""The mention-ranking model: a log-linear (softmax) choice among a mention's candidate actors and leaving it
unresolved, over sparse features; weights as JSON.

Weights ship in `analyse/data/coref_model.json`, fit on gum-train by
`python -m claimscope.training.train_coref /work/shared/corpora/gum-train`; without that file the stage
resolves only what its syntactic rules decide (relative and reflexive pronouns, first person).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat


@dataclass(frozen=True)
class Weights:
    """Feature weights and the probability a best antecedent needs, per mention form."""

    weights: dict[str, float]
    thresholds: dict[str, float]


def score_of(feats: list[str], w: dict[str, float]) -> float:
    """The summed weights of the features (an option's log-odds before normalising over the options)."""
    return sum(map(w.get, feats, repeat(0.0)))


@lru_cache(maxsize=1)
def shipped() -> Weights | None:
    """The weights inside the package, or None when none ship."""
    path = resources.files("claimscope.analyse") / "data" / "coref_model.json"
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    return Weights(raw["weights"], raw["thresholds"])
