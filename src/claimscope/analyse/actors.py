"""Group a document's named entities into canonical actors, correcting the recogniser where context decides.

- A surname of a person the article names ("Brazil" after "Matt Brazil") is that person, whatever label the
  recogniser gave it; the fullest name wins.
- A single capitalised verb form opening a sentence ("Supporting ...") is no entity.
- A possessive ending ("South Korea’s") is not part of the name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import register_extensions
from .aliases import canonical
from .model import Actor, Mention

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "gen",
           "general", "col", "sen", "senator", "rep", "gov", "governor", "president", "mayor", "judge",
           "justice", "rev", "secretary", "minister", "chancellor", "king", "queen", "prince", "princess"}


def clean_name(text: str) -> str:
    """The name without a possessive ending, a leading 'the' or surrounding punctuation."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text).strip(" \t\"“”‘’'.,;:-–—()[]")
    return _LEADING_THE.sub("", text)


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s.]+", name) if t and t.lower().rstrip(".") not in _TITLES]


def _is_false_entity(ent: Span) -> bool:
    """A lone verb form ('Supporting') or pronoun is no named entity."""
    if len(ent) == 1:
        tok = ent[0]
        if tok.tag_.startswith("VB") or tok.pos_ in {"PRON", "DET", "ADP", "CCONJ"}:
            return True
    return not any(ch.isalpha() for ch in ent.text)


def _trim(ent: Span) -> tuple[int, int, str]:
    """Character offsets and text of an entity without a possessive ending or a leading 'the'."""
    start, end = ent.start_char, ent.end_char
    text = ent.text
    m = _POSSESSIVE.search(text)
    if m:
        end -= len(m.group())
        text = text[: m.start()]
    if text.startswith(("the ", "The ")):
        start += 4
        text = text[4:]
    return start, end, text


def link_actors(doc: Doc) -> tuple[list[Actor], dict[int, str]]:
    """Canonical actors of the document and a map from token index to actor id."""
    ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS and not _is_false_entity(e)]
    # people first: their full names decide what a bare surname means anywhere in the article
    people: dict[str, Actor] = {}  # canonical full name -> actor
    surname_of: dict[str, str] = {}  # surname/first name -> canonical full name
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        parts = _name_tokens(clean_name(ent.text))
        if len(parts) >= 2:
            full = " ".join(parts)
            known = surname_of.get(parts[-1])
            if known and len(known.split()) >= len(parts):
                continue
            people.setdefault(full, Actor(id="", name=full, type="PERSON"))
            surname_of[parts[-1]] = full
    actors: dict[tuple[str, str], Actor] = {}
    index: dict[int, str] = {}
    for ent in ents:
        start, end, text = _trim(ent)
        name = clean_name(ent.text)
        if not name:
            continue
        parts = _name_tokens(name)
        label = ent.label_
        key: tuple[str, str]
        if parts and " ".join(parts) in people:
            key = ("PERSON", " ".join(parts))
        elif parts and len(parts) == 1 and parts[0] in surname_of:
            key = ("PERSON", surname_of[parts[0]])
        elif parts and label == "PERSON" and len(parts) >= 2 and parts[-1] in surname_of:
            key = ("PERSON", surname_of[parts[-1]])
        elif canonical(name) is not None:
            key = canonical(name)[::-1]  # (type, name)
        else:
            key = (label, name)
        actor = actors.get(key)
        if actor is None:
            actor = people.get(key[1]) if key[0] == "PERSON" and key[1] in people else None
            if actor is None:
                actor = Actor(id="", name=key[1], type=key[0])
            actors[key] = actor
        actor.mentions.append(Mention(start, end, text))
    # bare surnames the recogniser missed ("Vidal said ...") still name the person
    covered = {t.i for e in doc.ents for t in e}
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.i not in covered and tok.text in surname_of:
            actor = actors.get(("PERSON", surname_of[tok.text]))
            if actor is not None:
                actor.mentions.append(Mention(tok.idx, tok.idx + len(tok), tok.text))
    for actor in actors.values():
        actor.mentions.sort(key=lambda m: m.start)
    ordered = sorted(actors.values(), key=lambda a: a.mentions[0].start)
    for n, actor in enumerate(ordered, 1):
        actor.id = f"a{n}"
    for actor in ordered:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    index.setdefault(tok.i, actor.id)
    return ordered, index


class ActorLinker:
    """spaCy component: writes canonical actors to `doc._.actors` and a token->actor map to `doc._.actor_index`."""

    def __init__(self, nlp: Language, name: str = "claimscope_actors"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors, doc._.actor_index = link_actors(doc)
        return doc


@Language.factory(
    "claimscope_actors",
    assigns=["doc._.actors", "doc._.actor_index"],
    requires=["doc.ents", "token.tag"],
)
def make_actor_linker(nlp: Language, name: str) -> ActorLinker:
    """Factory for the actor linker (entry point `claimscope_actors`)."""
    return ActorLinker(nlp, name)
