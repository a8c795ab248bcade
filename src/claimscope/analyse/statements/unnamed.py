"""Which speakers are unnamed sources, and of what kind: a description that names no actor of the document
("analysts", "a party spokesman", "sources close to the minister", "a report") is typed `SOURCE` so that it stays a
source and never ranks among named actors.

`source_kind(words)` runs `SOURCE_RULES` in order on the words' head phrase (the words before "close to", "of",
"for" ...); the first rule that answers gives the kind:

1. `document_noun`: the head is a text ("report", "survey", "poll", "statement") -> `document`;
2. `indefinite_people`: an indefinite or quantifying opening ("a", "some", "two", "senior") or a plural head ->
   `unnamed`, when the head is a noun of people (lexicon/sources.py) or a lower-case plural;
3. `people_noun`: a head that is a noun of people with no determiner or a possessive ("Labour's spokesman"), or
   one that stays anonymous after "the" ("the spokesman", "the MPs") -> `unnamed`;
4. `definite_description`: "the" / "this" / "that" and a lower-case head ("the chancellor") -> `description`, a
   description of someone the article refers to but claimscope could not tie to a named actor.

A pronoun, or words with no lower-case head (a name the actor linker missed), is no source: `None`.
"""

from __future__ import annotations

import re

from ...lexicon.sources import ANONYMOUS_NOUNS, DOCUMENT_NOUNS, HEAD_BREAKS, INDEFINITE_CUES, PEOPLE_NOUNS, SOURCE_TYPE
from ..coref.merge import PRONOUNS

__all__ = ["SOURCE_RULES", "SOURCE_TYPE", "is_source_name", "source_kind"]
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_WORD = re.compile(r"[\w'’&.-]+|,")


def head_phrase(text: str) -> list[str]:
    """The words of a description up to its first break ("sources close to X" -> ["sources"]), as written."""
    words = _WORD.findall(text)
    for i, w in enumerate(words):
        if i > 0 and w.lower() in HEAD_BREAKS:
            return words[:i]
    return words


def _head(words: list[str]) -> str:
    """The head word, without a possessive ending, lower-cased."""
    return re.sub(r"['’]s?$", "", words[-1]).lower() if words else ""


def _possessive(words: list[str]) -> bool:
    return len(words) > 1 and bool(re.search(r"['’]s?$", words[0]))


def document_noun(words: list[str]) -> str | None:
    """A text a claim is credited to ("a new report", "the survey") is a document source."""
    return "document" if _head(words) in DOCUMENT_NOUNS else None


def indefinite_people(words: list[str]) -> str | None:
    """"some analysts", "a spokesman", "two officials", "critics": an indefinite or plural description of people."""
    head, first = _head(words), words[0].lower()
    if first in _DEFINITE or not words[-1].islower() and head not in PEOPLE_NOUNS:
        return None
    if first in INDEFINITE_CUES and (head in PEOPLE_NOUNS or words[-1].islower()):
        return "unnamed"
    if head in PEOPLE_NOUNS and head.endswith("s") or words[-1].islower() and head.endswith("s") and len(words) <= 3:
        return "unnamed"
    return None


def people_noun(words: list[str]) -> str | None:
    """"Labour's spokesman", "party aides", "the spokesman": a noun of people with no article, or one that stays
    anonymous after "the", is an unnamed source."""
    head = _head(words)
    if words[0].lower() in _DEFINITE and not _possessive(words[1:]) and head not in ANONYMOUS_NOUNS:
        return None
    return "unnamed" if head in PEOPLE_NOUNS else None


def definite_description(words: list[str]) -> str | None:
    """"the chancellor", "the committee": a definite description no named actor of the article took."""
    if words[0].lower() not in _DEFINITE or len(words) < 2:
        return None
    return "description" if words[-1].islower() or _head(words) in PEOPLE_NOUNS else None


SOURCE_RULES = (document_noun, indefinite_people, people_noun, definite_description)


def source_kind(text: str | None) -> str | None:
    """The kind of unnamed source the words describe (`unnamed`, `document`, `description`), None for a pronoun
    or a name."""
    if not text or text.strip().lower() in PRONOUNS:
        return None
    words = head_phrase(text.strip())
    if not words or words[-1] == ",":
        return None
    for rule in SOURCE_RULES:
        kind = rule(words)
        if kind is not None:
            return kind
    return None


def is_source_name(name: str | None) -> bool:
    """Whether an actor's name is only a noun of people ("MPs", "officials"), so that its statements are an
    unnamed group's, not a named actor's."""
    words = head_phrase(name or "")
    return len(words) == 1 and _head(words) in PEOPLE_NOUNS
