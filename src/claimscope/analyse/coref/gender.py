"""A person's gender as the text gives it: a title before the name, a gendered role noun, else a first name."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

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


NO_LIST = "-"  # the setting's value that turns the first-name list off


@lru_cache(maxsize=4)
def load_first_names(path: str) -> dict[str, str]:
    """A first-name list (TSV: name, then m or f; '#' lines are comments), for people the text gives no gender.

    Empty `path`: the shipped list (lexicon/data/first_names.tsv, built by training/build_first_names.py), so
    "she" after an unintroduced "Greta Holm" can go to her; NO_LIST: none; a missing file: none.
    """
    if path == NO_LIST:
        return {}
    if not path:
        with resources.files("claimscope.lexicon").joinpath("data", "first_names.tsv").open(encoding="utf-8") as fh:
            return _parse(fh)
    if not Path(path).is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return _parse(fh)


def _parse(lines) -> dict[str, str]:
    rows = csv.reader((ln for ln in lines if not ln.startswith("#")), delimiter="\t")
    return {row[0].strip().lower(): row[1].strip().lower() for row in rows
            if len(row) >= 2 and row[1].strip().lower() in ("m", "f")}
