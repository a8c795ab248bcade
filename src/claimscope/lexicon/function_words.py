"""Function words: the auxiliaries, negations, particles and prepositions around a cue's main word."""

from __future__ import annotations

# Skipped when picking a cue's main word ("has not said" -> "said", "according to" -> "according").
FUNCTION_WORDS = frozenset(
    "a an the to that of by on in up out about for with from as at into over "
    "has have had having is was were are be been being am will would shall should can could may might must "
    "do does did done didn doesn don isn wasn not no never t s also".split()
)
