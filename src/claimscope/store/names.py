"""How the store compares actor names across documents: normalised form, surname, honorific and gender."""

from __future__ import annotations

import unicodedata

from claimscope.lexicon.honorifics import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS
from claimscope.store.text import sqlite_text as t


def norm(name: str | None) -> str:
    """The form names are compared in: no case, accents, full stops or extra spaces ('Inés Peña' = 'ines pena')."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", t(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace(".", " ").replace("’", "'")
    return " ".join(text.casefold().split())


def surname(name: str, type_: str) -> str | None:
    """A person's last name word, normalised; None for anything but a person."""
    if type_ != "PERSON":
        return None
    parts = norm(name).split()
    return parts[-1] if parts else None


def honorific(mentions: list[dict]) -> str | None:
    """The honorific a document uses with a person ('mr' for 'Mr Ruiz'), if any."""
    for m in mentions:
        first = (m.get("text") or "").split(" ", 1)[0].rstrip(".").lower()
        if first in HONORIFICS:
            return first
    return None


def gender(h: str | None) -> str | None:
    """'m' or 'f' when the honorific says so."""
    return "m" if h in MALE_HONORIFICS else "f" if h in FEMALE_HONORIFICS else None
