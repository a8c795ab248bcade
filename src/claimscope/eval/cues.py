"""A cheap cue lemma, so per-cue breakdowns group 'said'/'says'/'saying' without loading a model."""

from __future__ import annotations

import re

from claimscope.eval.tokens import WORD_RE
from claimscope.lexicon.function_words import FUNCTION_WORDS
from claimscope.lexicon.inflection import IRREGULAR_LEMMAS

_NEEDS_E = re.compile(r"(?:(?:^|[^aeiou]|qu)(?:[aeiou][dbgkpvzm]|[aeou]t)|^[^aeiou]*it|[aiou]r|[cvz]|[^aeiou]u|[^s]s|[dgkt]l|[rlnd]g|[^aeiou]at)$")
_DOUBLED = re.compile(r"([bgmnprt])\1$")


def _normalise(word: str) -> str:
    """Strip a verb/noun inflection with a few English spelling rules (good enough to group forms)."""
    if word in IRREGULAR_LEMMAS:
        return IRREGULAR_LEMMAS[word]
    if len(word) <= 3:
        return word
    if word.endswith("ies") or word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            if _DOUBLED.search(stem):
                return stem[:-1]
            if stem.endswith("e"):
                return stem
            return stem + "e" if _NEEDS_E.search(stem) else stem
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def cue_lemma(cue_text: str) -> str:
    """Lemma of a cue's main word: its first word that is not an auxiliary or particle ('has said' -> say).

    A cue without words (PolNeAR marks ':' and dashes as cues) is its own stripped text.
    """
    words = [w.lower() for w in WORD_RE.findall(cue_text)]
    if not words:
        return " ".join(cue_text.split())
    main = next((w for w in words if w not in FUNCTION_WORDS), words[-1])
    return _normalise(main)
