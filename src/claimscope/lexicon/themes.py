"""What a theme noun is as compared across reports: "troops", "soldiers" and "forces" are one class, "military"."""

from __future__ import annotations

from .organisations import INSTITUTIONS

# Theme nouns of one class ("troops", "forces", "soldiers" -> "military").
_CLASSES = {noun: cls for noun, (cls, _kind) in INSTITUTIONS.items()}


def singular(word: str) -> str:
    """A crude singular, enough to compare 'troops'/'troop' and 'casualties'/'casualty'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def norm_word(word: str) -> str:
    """A content word as compared: case-folded, possessive dropped, its class when it names one, singular."""
    w = (word or "").casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    return _CLASSES.get(w) or _CLASSES.get(w + "s") or singular(w)
