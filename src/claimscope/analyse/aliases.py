"""Known short forms (WSJ, DPRK, UN ...) mapped to one canonical name: shipped data, extendable by users."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def builtin_aliases() -> dict[str, tuple[str, str]]:
    """alias -> (canonical name, type), from the package's data/aliases.json."""
    raw = json.loads((resources.files("claimscope.analyse") / "data" / "aliases.json").read_text("utf-8"))
    return {k: (v[0], v[1]) for k, v in raw["aliases"].items()}


def canonical(name: str) -> tuple[str, str] | None:
    """The canonical (name, type) for a known alias, or None."""
    return builtin_aliases().get(name)
