"""Calibrated statement confidence: the share of statements with the same features that were correct on
PolNeAR train (fit by `python -m claimscope.training.calibrate`, shipped as data/confidence.json)."""

from __future__ import annotations

from functools import lru_cache

from ..model import Statement
from .learned import read_data

_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}


def features(st: Statement, cue_strength: float) -> tuple[str, ...]:
    """The features a statement's reliability is looked up by, from most to least specific."""
    if st.speaker is None:
        speaker = "none"
    elif st.speaker.actor_id is not None:
        speaker = "actor"
    elif st.speaker.text.lower() in _PRONOUNS:
        speaker = "pronoun"
    else:
        speaker = "description"
    band = "high" if cue_strength >= 0.85 else "mid" if cue_strength >= 0.7 else "low"
    return (st.rule or "other", st.kind, speaker, band)


def keys(feats: tuple[str, ...]) -> list[str]:
    """Lookup keys from the full feature tuple down to the rule alone (back-off)."""
    return ["|".join(feats[:n]) for n in range(len(feats), 0, -1)]


@lru_cache(maxsize=1)
def table() -> dict[str, list[float]]:
    """key -> [precision, count]; empty when no calibration ships."""
    raw = read_data("confidence.json")
    return {} if raw is None else raw["table"]


def calibrated(feats: tuple[str, ...], fallback: float, min_count: int) -> float:
    """The trained precision for these features, backing off to coarser ones with at least `min_count`
    statements; `fallback` if none."""
    tab = table()
    for key in keys(feats):
        entry = tab.get(key)
        if entry and entry[1] >= min_count:
            return round(entry[0], 3)
    return fallback
