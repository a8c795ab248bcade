"""The records the actor rules pass along: an entity span as the rules see it, and the document's words."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..extensions import doc_text
from ...settings import default
from .kb import KnowledgeBase

# the recogniser's labels that can name an actor
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# labels a corrected span can take when it does not name a person
NON_PERSON = ("ORG", "GPE", "LOC", "NORP", "FAC")


@dataclass(frozen=True)
class EntitySpan:
    """One entity as the rules correct it: token offsets, the label it ends with and the one it came with.

    Rules never edit a span: they return new ones (`dataclasses.replace`)."""

    start: int  # token index
    end: int  # token index, exclusive
    label: str
    recognised: str = ""  # the recogniser's own label ("" for a span it missed)
    name_start: int = -1  # first token of the name proper, after honorifics and titles
    role_start: int = -1  # an organisation split from role words: they start here ...
    role_end: int = -1  # ... and end here


@dataclass(frozen=True)
class DocText:
    """The document with its words read once: indexing a Doc builds a new Token each time."""

    doc: Doc
    string: str  # the document's text (`doc.text` joins every token again on each read)
    toks: tuple[Token, ...]
    words: tuple[str, ...]
    lowers: tuple[str, ...]
    kb: KnowledgeBase

    @classmethod
    def of(cls, doc: Doc, kb: KnowledgeBase) -> DocText:
        toks = tuple(doc)
        words = tuple(t.text for t in toks)
        return cls(doc, doc_text(doc), toks, words, tuple(w.lower() for w in words), kb)

    def __len__(self) -> int:
        return len(self.toks)

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens start..end, as `doc[start:end].text` gives it (cut from the text, no Span built)."""
        if 0 <= start < end <= len(self.toks):
            last = self.toks[end - 1]
            return self.string[self.toks[start].idx:last.idx + len(self.words[end - 1])]
        return self.doc[start:end].text


@dataclass(frozen=True)
class Limits:
    """How far the rules look around a name and how much they keep (the settings `actors.*`)."""

    max_roles: int  # roles kept per person
    title_words: int  # words before a name read for its title ("former deputy foreign minister")
    appositive_words: int  # words of an appositive after a name read for roles
    appositive_before_words: int  # longest noun phrase before a name read as its appositive
    surface_window: int  # words before a comma-set name searched for its appositive without the parse
    description_actors: int  # actors a description ("the minister") is matched against: `describe`, via the setting

    @classmethod
    def from_settings(cls, **overrides) -> Limits:
        """The limits in force: each from its setting, unless given."""
        names = cls.__dataclass_fields__
        return cls(**{k: overrides.get(k, default(f"actors.{k}")) for k in names})
