"""How one extraction runs: which candidates the rules propose (the mode), and the learned models it uses.

Two modes run the same rules. CURATED proposes what the curated lexicon and rules find and takes the confidence
from the calibration table; OPEN proposes every word the training data saw as a cue often enough, and more
readings of each, for the learned filter to weigh (or for its trainer to label, with `collect`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from ..cues import CueLexicon
from .cue_extent import shipped_weights
from .learned_filter import LearnedFilter, shipped_filter


class Mode(StrEnum):
    """Which candidates the rules propose."""

    CURATED = "curated"  # the curated lexicon and rules alone
    OPEN = "open"  # every candidate the learned lexicon allows, for the learned filter to weigh


@dataclass(frozen=True)
class Options:
    """Everything an extraction depends on beyond the document; the component builds one from its config."""

    mode: Mode
    lexicon: CueLexicon
    learned_filter: LearnedFilter | None = None  # None: every candidate is kept (CURATED, or while collecting)
    collect: bool = False  # keep every candidate and record its features (the filter's trainer labels them)
    cue_weights: dict[str, float] | None = None  # the cue-extent model; None: cues as the rules give them
    cue_window: int = 8
    calibration_min_count: int = 20
    # caps that keep the work linear in the document, whatever its text (see settings: statements.max_*)
    max_subtree_walk: int = 400
    max_cue_verbs_per_sentence: int = 50
    max_candidates: int = 2000
    pronoun_window: int = 3  # sentences a pronoun speaker looks back (settings: statements.pronoun_window)

    @cached_property
    def open(self) -> bool:
        """Whether the rules propose open candidates (read for every word: worked out once)."""
        return self.mode is Mode.OPEN


def build_options(*, learned_filter: bool, filter_threshold: float | None, learned_min_ratio: float,
                  candidate_min_ratio: float, cue_window: int, calibration_min_count: int,
                  max_subtree_walk: int = 400, max_cue_verbs_per_sentence: int = 50, max_candidates: int = 2000,
                  pronoun_window: int = 3, collect: bool = False) -> Options:
    """The options a configuration asks for: OPEN with the shipped filter and cue-extent model when a filter
    ships and is wanted (or while collecting for its trainer), CURATED otherwise."""
    lexicon = CueLexicon(learned_min_ratio, candidate_min_ratio)
    common = dict(cue_window=cue_window, calibration_min_count=calibration_min_count,
                  max_subtree_walk=max_subtree_walk, max_cue_verbs_per_sentence=max_cue_verbs_per_sentence,
                  max_candidates=max_candidates, pronoun_window=pronoun_window)
    found = shipped_filter(filter_threshold) if learned_filter and not collect else None
    if found is None and not collect:
        return Options(Mode.CURATED, lexicon, **common)
    return Options(Mode.OPEN, lexicon, learned_filter=found, collect=collect, cue_weights=shipped_weights(), **common)
