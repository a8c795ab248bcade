"""Events named by a noun with their target: "the raid on the camp", "negotiations with Iran", "an embargo on
Syrian oil" (the nouns of lexicon/data/plover_events.tsv).

`noun_events(builder)` finds, for each event noun (`NOUN_STEPS` in order):
1. `target`: an "on" / "against" / "with" / "into" / "between" object that resolves to an actor or a political group,
   else "of" for a hostile noun ("the invasion of Kuwait"); a noun with none is no event;
2. `owner`: who does it, a possessive or a modifier naming an actor ("Israel's raid", "the Russian
   offensive"); none when the text does not say;
3. `of_object`: the people or forces an "of" names: those who withdraw or deploy ("the withdrawal of Soviet
   troops"), else those it is done to ("the release of the prisoners", "the expulsion of two diplomats").
A noun that a verb already took as its object ("held talks with", "imposed an embargo on") is the verb's
event, not a second one.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.tokens import Token

from .clauses import doc_cache, hashes_of, in_hashes
from ...lexicon.events import PEOPLE_OBJECTS
from .event_types import is_political_ref, noun_classes, noun_event, plover
from .refs import ActorRefs, Ref

_NOUN = _POS_IDS["NOUN"]
TARGET_PREPS = {"on", "against", "with", "into", "between"}
HOSTILE_OF = {"ASSAULT", "COERCE", "SANCTION"}  # "the invasion of X", "the blockade of X": X is the target


def target(refs: ActorRefs, noun: Token, etype: str) -> tuple[Ref | None, Token | None]:
    for prep in noun.children:
        if prep.dep_ != "prep" or not (prep.lower_ in TARGET_PREPS or (prep.lower_ == "of" and etype in HOSTILE_OF)):
            continue
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        ref = refs.resolve(pobj) if pobj is not None else None
        if ref is not None and (ref.actor_id is not None or is_political_ref(refs, ref, pobj)
                                or any(t.ent_type_ in {"GPE", "NORP"} for t in pobj.subtree)):
            return ref, pobj
        if pobj is not None and etype in HOSTILE_OF and pobj.pos_ in {"NOUN", "PROPN"}:
            return phrase_ref(refs, pobj), pobj  # "the raid on the refugee camp": a place or thing attacked
    return None, None


def phrase_ref(refs: ActorRefs, tok: Token) -> Ref:
    """A noun phrase as written, when it names no actor ("the border camp", "the broadcaster")."""
    lo, _ = refs._np_bounds(tok)
    start, end = refs.doc[lo].idx, tok.idx + len(tok)
    return Ref(refs.text[start:end], start, end, refs.text[start:end])


def of_object(noun: Token) -> Token | None:
    """The people or forces an "of" names ("the release of the prisoners", "the withdrawal of Soviet troops")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is not None and (noun_classes(pobj) & {"people", "military", "police", "envoy"}
                                     or pobj.lemma_.lower() in PEOPLE_OBJECTS):
                return pobj
    return None


def owner(refs: ActorRefs, noun: Token) -> Ref | None:
    for c in noun.children:
        if c.dep_ in {"poss", "compound", "amod"}:
            ref = refs.resolve(c, groups_only=True) or (refs._named(refs.actor(c), c.idx, c.idx + len(c), group=True)
                                                        if refs.actor(c) is not None else None)
            if ref is not None:
                return ref
    return None


NOUN_STEPS = (target, owner, of_object)


def event_noun_indices(doc):
    """Indices of the nouns of the event table, found through the document's token arrays (cached per Doc)."""
    cache = doc_cache(doc)
    found = cache.__dict__.get("_event_nouns")
    if found is None:
        hashes = hashes_of(frozenset(plover()["nouns"]))
        hit = (cache.array(POS) == _NOUN) & (in_hashes(cache.array(LOWER), hashes)
                                             | in_hashes(cache.array(LEMMA), hashes))
        found = cache.__dict__["_event_nouns"] = numpy.nonzero(hit)[0]
    return found


def noun_candidates(doc, taken: set[int], skip_heads: set[str] = frozenset(), limit: int = 200):
    """Event nouns that no verb took as its object: not the object of an event verb, nor of a verb that undoes
    or only mentions it (`skip_heads`: "lifted the embargo", "the talks were cancelled"); at most `limit` (the
    setting `events.max_noun_events`), so a document listing thousands degrades to its first ones."""
    data = plover()
    n = 0
    for i in event_noun_indices(doc):  # Token objects only for the nouns of the table
        tok = doc[int(i)]
        if tok.i in taken:
            continue
        if tok.dep_ in {"dobj", "nsubjpass"} and (tok.head.i in taken or tok.head.lemma_.lower() in skip_heads
                                                  or tok.head.lemma_.lower() in data["verbs"]
                                                  or tok.head.lemma_.lower() in data["object_verbs"]):
            continue
        n += 1
        if n > limit:
            return
        yield tok
