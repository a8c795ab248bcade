"""Words that grade how grave a happening is, so "a minor incident" and "one of the worst accidents" oppose even
when neither evaluates the thing as good or bad, and "played down the fire" counts as calling it minor."""

from __future__ import annotations

import re

# Words that make a happening grave ("the worst accident", "a catastrophic failure", "a serious blow").
SEVERE = frozenset({
    "worst", "deadliest", "bloodiest", "biggest", "largest", "gravest", "severest", "catastrophic", "catastrophe",
    "disaster", "disastrous", "devastating", "devastation", "massive", "huge", "enormous", "major", "serious",
    "severe", "grave", "critical", "tragic", "tragedy", "horrific", "appalling", "unprecedented", "calamitous",
    "calamity", "crippling", "dire", "alarming", "dangerous", "deadly", "lethal", "hazardous", "perilous",
    "terrible", "dreadful", "shocking"})
# Words that make it slight ("a minor incident", "a limited leak", "an isolated case").
SLIGHT = frozenset({
    "minor", "small", "slight", "limited", "isolated", "routine", "trivial", "negligible", "insignificant",
    "harmless", "contained", "modest", "mild", "manageable", "marginal", "superficial", "temporary"})
# Verbs (lemmas) by which a source says a happening is slight without an adjective ("played down the leak").
DOWNPLAYING = frozenset({"downplay", "minimise", "minimize", "trivialise", "trivialize", "understate"})
# Verb + particle pairs of the same meaning ("played down", "brushed off").
DOWNPLAYING_PHRASES = frozenset({("play", "down"), ("brush", "off"), ("shrug", "off")})

_WORD = re.compile(r"[a-z]+")


def severity(text: str, negated: bool = False) -> int:
    """+1 when words make a happening grave, -1 when they make it slight, 0 otherwise; a negated description
    turns it ("not serious" is slight)."""
    words = set(_WORD.findall((text or "").lower()))
    grave, slight = bool(words & SEVERE), bool(words & SLIGHT) or "played down" in (text or "").lower()
    score = (1 if grave else 0) - (1 if slight else 0)
    return -score if negated else score


def grades(word: str) -> bool:
    """Whether a word grades severity at all (a sentence with one may characterise)."""
    w = word.lower()
    return w in SEVERE or w in SLIGHT or w in DOWNPLAYING
