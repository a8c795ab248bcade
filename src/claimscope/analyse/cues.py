"""Which words signal an attribution: the curated lists (lexicon/speech.py) and the lexicon learned from annotations.

Every stage that asks "is this a cue verb?" (statements, stance, clauses, events) asks here, so one threshold
decides it: a learned word counts when at least `statements.learned_min_ratio` of its annotated uses were cues.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..lexicon.speech import BELIEF, CUE_ADJECTIVES, CUE_NOUNS, CUE_VERBS, INTENTION, SPEECH, SPEECH_CORE
from ..settings import default

__all__ = ["BELIEF", "INTENTION", "SPEECH", "CueLexicon", "default_lexicon", "is_cue_verb", "learned_verbs",
           "lexicon_ratio"]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, float]]:
    """Part of speech -> lemma -> share of its uses annotated as a cue (data/cue_lexicon.json, fit on train)."""
    path = resources.files("claimscope.analyse") / "data" / "cue_lexicon.json"
    try:
        return json.loads(path.read_text("utf-8")).get("cues", {})
    except FileNotFoundError:
        return {}


@lru_cache(maxsize=8)
def _learned(pos: str, min_ratio: float) -> dict[str, float]:
    return {k: v for k, v in _lexicon().get(pos, {}).items() if v >= min_ratio}


def lexicon_ratio(pos: str, lemma: str) -> float:
    """Share of a word's uses (as this part of speech) annotated as a cue in the training data; 0 if unseen."""
    return _lexicon().get(pos, {}).get(lemma, 0.0)


@dataclass(frozen=True)
class CueLexicon:
    """The cue words at given thresholds: `learned_min_ratio` makes a learned word a cue, `candidate_min_ratio`
    lets it propose candidates for the learned filter to weigh."""

    learned_min_ratio: float
    candidate_min_ratio: float

    def learned_verbs(self) -> dict[str, float]:
        """Verb lemma -> share of its uses annotated as an attribution cue, for verbs at the learned threshold."""
        return _learned("VERB", self.learned_min_ratio)

    def is_cue_verb(self, lemma: str) -> bool:
        """Whether a verb lemma can signal an attribution (curated groups or learned from annotations)."""
        return lemma in CUE_VERBS or lemma in self.learned_verbs()

    def is_speech_like(self, lemma: str) -> bool:
        """Verbs of saying and reporting, which allow inversion ('..., X said') and a referential 'it' subject."""
        return lemma in SPEECH or self.learned_verbs().get(lemma, 0) >= 0.5

    def is_cue_adjective(self, word: str) -> bool:
        """Whether an adjective after a copula can report a belief ('is confident that ...')."""
        return word in CUE_ADJECTIVES or word in _learned("ADJ", self.learned_min_ratio)

    def cue_strength(self, lemma: str) -> float:
        """How sure a cue verb alone makes us that the clause is an attribution (0..1)."""
        learned = self.learned_verbs().get(lemma)
        if learned is not None and lemma not in CUE_VERBS:
            return round(0.4 + 0.5 * learned, 3)
        if lemma in SPEECH_CORE:
            return 0.9
        if lemma in SPEECH:
            return 0.75
        if lemma in BELIEF or lemma in INTENTION:
            return 0.65
        return 0.5

    def is_candidate_verb(self, lemma: str, *, open_candidates: bool) -> bool:
        """A verb worth proposing as a cue: a cue verb, and with `open_candidates` (a learned filter weeds out
        the wrong ones) every verb annotated as a cue often enough in the training data."""
        return self.is_cue_verb(lemma) or (open_candidates and lexicon_ratio("VERB", lemma) >= self.candidate_min_ratio)

    def is_candidate_noun(self, lemma: str, *, open_candidates: bool) -> bool:
        """A noun worth proposing as a cue ('his claim that', and openly 'criticism of', 'support for')."""
        return lemma in CUE_NOUNS or (open_candidates and lexicon_ratio("NOUN", lemma) >= self.candidate_min_ratio)

    def is_candidate_adjective(self, word: str, *, open_candidates: bool) -> bool:
        """An adjective worth proposing as a cue after a copula ('is confident that', openly 'is critical of')."""
        return self.is_cue_adjective(word) or (
            open_candidates and lexicon_ratio("ADJ", word) >= self.candidate_min_ratio)


def default_lexicon() -> CueLexicon:
    """The cue lexicon at the thresholds of the settings table."""
    return CueLexicon(default("statements.learned_min_ratio"), default("statements.candidate_min_ratio"))


def learned_verbs() -> dict[str, float]:
    """Verb lemma -> share of its uses annotated as a cue, for the verbs the default lexicon counts."""
    return default_lexicon().learned_verbs()


def is_cue_verb(lemma: str) -> bool:
    """Whether a verb lemma can signal an attribution, by the default lexicon (for the stages after statements)."""
    return default_lexicon().is_cue_verb(lemma)
