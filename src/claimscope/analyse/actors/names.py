"""Personal and organisation names as words: cleaned of possessives and articles, split into name parts."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lexicon.names import GENERATIONAL, HONORIFICS, THE_FIRST, THE_LAST

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# a possessive ending split off as its own token ("Riverton" "'s")
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})


def clean_name(text: str) -> str:
    """The name without a possessive ending, a leading 'the' or surrounding punctuation."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text).strip(" \t\"“”‘’'.,;:-–—()[]")
    return _LEADING_THE.sub("", text)


def surname(parts: list[str]) -> str:
    """The word a bare-surname mention uses: the last one, before 'Jr' or 'III' (or the 'I' of 'Elizabeth I',
    which would make every first-person "I" that person)."""
    if len(parts) >= 2 and (parts[-1].rstrip(".") in GENERATIONAL or parts[-1] == "I"):
        return parts[-2]
    return parts[-1]


def capitalised_name_word(tok: Token) -> bool:
    """A word that can be (part of) a name here: a proper noun, or a capitalised word inside a sentence."""
    if not tok.text[:1].isupper() or not any(ch.isalpha() for ch in tok.text):
        return False
    return tok.pos_ == "PROPN" or not tok.is_sent_start


def join_name(parts: list[str]) -> list[str]:
    """Name tokens as words: 'Li', 'Mei', '-', 'ling' -> 'Li', 'Mei-ling'; 'J', '.' -> 'J'; honorifics dropped."""
    out: list[str] = []
    glue = False
    for p in parts:
        if p == "-":
            glue = True
            if out:
                out[-1] += "-"
            continue
        if p == ".":
            continue
        if glue and out:
            out[-1] += p
            glue = False
        else:
            out.append(p.rstrip(".") if len(p) <= 3 else p)
    return [p for p in out if p and p.lower().rstrip(".") not in HONORIFICS]


def with_article(name: str) -> str:
    """The name as running text writes it after a preposition: 'the Harbor Institute', 'the United States'."""
    if name.startswith(("The ", "the ")):
        return "the " + name[4:]
    if name.startswith(THE_FIRST) or name.endswith(THE_LAST):
        return "the " + name
    return name
