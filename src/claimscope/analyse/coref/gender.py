"""A person's gender as the text gives it: a title before the name, a gendered role noun, else a first name."""

from __future__ import annotations

from ...lexicon.first_names import NO_LIST, load_first_names  # noqa: F401  (re-exported for the stage's callers)
from ...lexicon.gender import GENDERED_NOUNS, HONORIFICS


def text_gender(text: str, actor, first_names: dict[str, str] | None = None) -> str:
    """'m', 'f' or '' (unknown) for a PERSON actor; '' for other actors (pronoun evidence is added later)."""
    if actor.type != "PERSON":
        return ""
    votes = {"m": 0, "f": 0}
    for m in actor.mentions:
        words = text[max(0, m.start - 12):m.end].replace(".", " ").split()
        for w in words[:-1] if len(words) > 1 else words:
            g = HONORIFICS.get(w.lower())
            if g:
                votes[g] += 1
    for role in actor.roles:
        for w in role.lower().split():
            g = GENDERED_NOUNS.get(w)
            if g:
                votes[g] += 1
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    if first_names:
        first = actor.name.split()[0].lower() if actor.name.split() else ""
        return first_names.get(first, "")
    return ""
