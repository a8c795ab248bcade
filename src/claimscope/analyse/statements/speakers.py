"""Resolve a speaker's words to the document's canonical actor: names, surnames, pronouns, descriptions, and
after the statements are found, the coreference stage's pronouns, descriptions and first person."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..extensions import doc_text
from ..actors import actor_for_description, clean_name
from ..actors.kb import canonical
from ...lexicon.organisations import DESCRIPTION_KINDS
from ...lexicon.roles import ROLE_HEADS
from ..coref.merge import PRONOUNS
from ..model import Actor, Party, Statement
from .discourse import discourse_speakers
from .unnamed import SOURCE_TYPE, is_source_name, source_kind

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_THING_PRONOUNS = {"it", "its"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_NOT_NAME_DEPS = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}


class SpeakerResolver:
    """Turns token ranges into Parties, resolving names and pronouns against `doc._.actors`."""

    def __init__(self, doc: Doc, text: str | None = None):
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        self.actors: dict[str, Actor] = {a.id: a for a in (doc._.actors or [])}
        self.index: dict[int, str] = doc._.actor_index or {}
        mentions = sorted((m.start, a.id) for a in self.actors.values() for m in a.mentions)
        self._starts = [s for s, _ in mentions]
        self._ids = [i for _, i in mentions]

    def _latest(self, before: int, types: set[str]) -> Actor | None:
        """The actor of the latest mention before a position, among the given types."""
        k = bisect.bisect_left(self._starts, before)
        while k > 0:
            k -= 1
            actor = self.actors[self._ids[k]]
            if actor.type in types:
                return actor
        return None

    def party(self, ids: list[int]) -> Party | None:
        """A Party for the tokens (sorted ids), or None when there are none."""
        if not ids:
            return None
        doc = self.doc
        start_tok, end_tok = doc[ids[0]], doc[ids[-1]]
        start, end = start_tok.idx, end_tok.idx + len(end_tok)
        text = self.text[start:end]
        span = doc[ids[0]: ids[-1] + 1]
        root = span.root
        actor = None
        if root.i in self.index:
            actor = self.actors[self.index[root.i]]
            tail = self.actors.get(self.index.get(ids[-1], ""))
            if actor.type != "PERSON" and tail is not None and tail.type == "PERSON" \
                    and doc[ids[-1]].dep_ != "pobj" and self.index.get(ids[-1]) != actor.id:
                # "Culture, Media and Sport Secretary Tessa Jowell" parsed with "Culture" as its head: a title
                # of the name that ends the span
                actor = tail
        elif len(ids) == 1 and root.lower_ in _PERSON_PRONOUNS:
            actor = self._latest(start, {"PERSON"})
        elif len(ids) == 1 and root.lower_ in _THING_PRONOUNS:
            actor = self._latest(start, {"ORG"})
        elif any(t.dep_ == "appos" and t.i in self.index for t in span):
            # "the mayor of Riverton, Anna Lindqvist": the named appositive is who it is
            app = next(t for t in span if t.dep_ == "appos" and t.i in self.index)
            actor = self.actors[self.index[app.i]]
        elif root.pos_ == "PROPN":
            found = [self.index[t.i] for t in span if t.i in self.index]
            if found and _place_names_body(span, self.actors[found[-1]], self.index):
                # "the Hollywood Reporter" with only "Hollywood" linked: the body the place names, not the place
                return Party(start, end, text, self._describe(span), "ORG", None)
            if found:
                actor = self.actors[found[-1]]
        elif root.pos_ == "NOUN" and root.i > 0 and self.doc[root.i - 1].lower_ in ("the", "this", "that"):
            # "the minister", "the company": the actor the text last named in that role or of that kind
            actor = actor_for_description(self.doc, root, start)
        elif _modified_body_noun(span):
            # "the search giant", "the mobile operator": a body noun with words before it
            actor = actor_for_description(self.doc, root, start)
        elif _modified_role_noun(span):
            # "the chief executive": the person last named whose role holds every word of it
            actor = actor_for_description(self.doc, root, start)
            words = [t.lower_ for t in span if t.i < root.i and t.lower_ not in _DETERMINERS]
            if actor is not None and not any(all(w in r.lower().split() for w in words) for r in actor.roles):
                actor = None
        if actor is not None:
            return Party(start, end, text, actor.name, actor.type, actor.id)
        name = self._describe(span)
        known = canonical(name)
        if known is not None:
            return Party(start, end, text, known[0], known[1], None)
        return Party(start, end, text, name, None, None)

    def _describe(self, span) -> str:
        """A readable name for a descriptive speaker: 'the Ukrainian military' -> 'Ukrainian military'."""
        root = span.root
        drop: set[int] = set()
        for tok in root.subtree:
            if tok.i != root.i and tok.dep_ in _NOT_NAME_DEPS:
                drop.update(t.i for t in tok.subtree)
        words = [t for t in root.subtree if t.i not in drop and span.start <= t.i < span.end and not t.is_space]
        while words and (words[0].lower_ in _DETERMINERS or words[0].is_punct):
            words = words[1:]
        while words and words[-1].is_punct:
            words = words[:-1]
        if not words:
            return clean_name(span.text)
        text = self.text[words[0].idx: words[-1].idx + len(words[-1])]
        return clean_name(_demonymise(text, self.doc))


def _place_names_body(span, actor: Actor, index: dict[int, str]) -> bool:
    """'the Hollywood Reporter', 'the Lakeford Courier': a capitalised proper head the linker left unlinked, after
    "the", with a place linked only in words before it."""
    root = span.root
    return actor.type in ("GPE", "LOC") and root.i not in index and root.text[:1].isupper() \
        and span[0].lower_ == "the" and root.i == span.end - 1 and len(span) >= 3


def _modified_body_noun(span) -> bool:
    """'the search giant', 'the mobile operator': "the" and lower-case modifiers before a noun of one kind of body
    (a company, a ministry; not "the campaign group", whose kind the modifier alone tells)."""
    root = span.root
    words = [t for t in span if t.i <= root.i]
    return root.pos_ == "NOUN" and DESCRIPTION_KINDS.get(root.lemma_.lower()) is not None and len(words) >= 3 \
        and words[0].lower_ in ("the", "this", "that") and all(t.text.islower() or t.is_punct for t in words[1:])


def _modified_role_noun(span) -> bool:
    """'the chief executive', 'the foreign minister': "the", lower-case modifiers and a role noun, ending the span."""
    root = span.root
    words = [t for t in span if t.i <= root.i]
    return root.pos_ == "NOUN" and root.lower_ in ROLE_HEADS and len(words) >= 3 and root.i == span.end - 1 \
        and words[0].lower_ == "the" and all(t.text.islower() for t in words[1:])


def _demonymise(text: str, doc: Doc) -> str:
    """'Ruritania’s intelligence' -> 'Ruritanian intelligence' when the article uses that demonym."""
    for mark in ("’s ", "'s "):
        if mark in text:
            owner, rest = text.split(mark, 1)
            owner = owner.strip()
            for ent in doc.ents:
                if ent.label_ == "NORP" and len(owner) >= 4 and ent.text.startswith(owner[:-1]) \
                        and len(ent.text) <= len(owner) + 3 and ent.text != owner:
                    return f"{ent.text} {rest}"
    return text


def unresolved(p: Party | None, actors: dict[str, Actor] | None = None) -> Party | None:
    """A party that names no actor says so: a pronoun loses its name ("they" is nobody's name), a description
    keeps it ("former diplomat") and is typed SOURCE with its kind when it describes an unnamed source; an actor
    named only by a noun of people ("MPs") is such a source too. None when the party is resolved."""
    if p is None or not p.resolved:
        return None
    if p.actor_id is not None or p.type is not None:
        actor = (actors or {}).get(p.actor_id) if p.actor_id is not None else None
        if actor is None or not is_source_name(actor.name) or not is_source_name(p.text):
            return None
        return Party(p.start, p.end, p.text, p.text, SOURCE_TYPE, None, resolved=False, kind="unnamed")
    if p.text.lower() in PRONOUNS:
        return Party(p.start, p.end, p.text, None, None, None, resolved=False)
    kind = source_kind(p.text)
    return Party(p.start, p.end, p.text, p.name, SOURCE_TYPE if kind else None, None, resolved=False, kind=kind)


def resolve_speakers(doc: Doc, statements: list[Statement], window: int = 3) -> None:
    """After coreference: each speaker from the discourse rules (discourse.py: the speaker named after the cue,
    the previous speaker a quotation continues, first person inside a quotation, a pronoun's salient agreeing
    antecedent within `window` sentences, the coreference stage's actor); every speaker and addressee still
    naming no actor is marked `unresolved`."""
    actors = {a.id: a for a in (doc._.actors or [])}
    discourse_speakers(doc, statements, window)
    for st in statements:
        st.speaker = unresolved(st.speaker, actors) or st.speaker
        st.addressee = unresolved(st.addressee, actors) or st.addressee
