"""The arguments of an event verb, one named step at a time (`ARG_STEPS`, in order):

1. `dative`: an indirect object is the recipient ("gave the council funds");
2. `direct_object`: after a motion verb a place object is the location ("entered the capital"); an actor
   object of another verb is the recipient ("attacked the rebels"); anything else is `what` ("moved 200
   tanks");
3. `prepositions`: "to"/"toward" + an actor is the recipient, "against"/"on" + an actor the target, "in",
   "at", "near", "into" + a place the location;
4. `object_place`: "stationed two brigades in the border region": a place hanging on the object;
5. `object_destination`: "send an envoy to the capital": for a transfer verb, the recipient hanging on
   the object;
6. `purpose`: "hired 200 to help the council": whom the purpose clause helps or acts against;
7. `addressee`: whom a request is made of ("called on the government to ...", "demanded that X ...").

Each step takes the `Args` so far and returns the next ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...lexicon.events import (LOCATION_PREPS, MOTION_VERBS, PURPOSE_RECIPIENT, RECIPIENT_PREPS, REQUEST_VERBS,
                               TARGET_PREPS, TRANSFER_VERBS)
from .event_types import PLACE_LABELS, PLACE_TYPES, is_political_ref
from .refs import ActorRefs, Ref, place_name


@dataclass(frozen=True)
class Args:
    """An event verb's arguments as found so far."""

    verb: Token
    lemma: str
    obj: Token | None = None
    patient: Token | None = None  # the subject of a passive verb
    recipient: Ref | None = None
    target_tok: Token | None = None  # the token the recipient was resolved from
    location: Ref | None = None
    what: str | None = None


def objects_of(verb: Token, lemma: str) -> Args:
    """The verb's object: a direct object, else a passive subject, else the noun a participle describes."""
    obj = patient = None
    for c in verb.children:
        if c.dep_ == "dobj":
            obj = c
        elif c.dep_ == "nsubjpass":
            patient = c
    if obj is None and patient is not None:
        obj = patient
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"} and \
            not any(c.dep_ in {"nsubj", "aux", "mark"} for c in verb.children):
        obj = verb.head  # "troops sent to the border"; not "reports that its navy had fired"
    return Args(verb, lemma, obj, patient)


def place_of(refs: ActorRefs, tok: Token, depth: int = 0) -> Ref | None:
    """The place a prepositional object names, looking through "the old quarter in ..." to the name."""
    if depth > 3:
        return None
    doc, text = refs.doc, refs.text
    actor = refs.actor(tok)
    if actor is not None and (actor.type in PLACE_TYPES or tok.ent_type_ in PLACE_LABELS):
        m = ActorRefs.mention_at(actor, tok.idx)
        start, end = (m.start, m.end) if m is not None else (tok.idx, tok.idx + len(tok))
        return Ref(actor.name, start, end, text[start:end], actor.id, actor.type)
    if tok.ent_type_ in PLACE_LABELS:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            name = ent.text
            return Ref(place_name(name) or name, ent.start_char, ent.end_char, name, None, ent.label_)
    if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper():
        # a proper noun the recogniser missed ("the Harbour Quarter"): its compound chain names a place
        lo = tok.i
        while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i in range(lo, tok.i + 1) \
                and doc[lo - 1].pos_ == "PROPN":
            lo -= 1
        start, end = doc[lo].idx, tok.idx + len(tok)
        name = text[start:end]
        return Ref(place_name(name) or name, start, end, name, None, "LOC")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "of", "at", "near", "on", "outside", "inside"}:
            for p in c.children:
                if p.dep_ == "pobj":
                    found = place_of(refs, p, depth + 1)
                    if found is not None:
                        return found
    return None


def what_of(obj: Token) -> str | None:
    """What is acted on, as written ("tanks", "water pumps"); None for numbers and pronouns."""
    if obj.like_num or obj.pos_ == "NUM":
        return None
    if obj.pos_ == "PRON":
        return None
    words = [c for c in obj.lefts if c.dep_ == "compound" and c.i == obj.i - 1]
    return " ".join([w.text for w in words] + [obj.text]) if obj.pos_ == "PROPN" else \
        " ".join([w.lower_ for w in words] + [obj.lower_])


def _pobj(prep: Token) -> Token | None:
    return next((p for p in prep.children if p.dep_ == "pobj"), None)


# ---- the steps, in the order of ARG_STEPS --------------------------------------------------------------

def dative(refs: ActorRefs, a: Args) -> Args:
    for c in a.verb.children:
        if c.dep_ == "dative":
            tok = _pobj(c) if c.pos_ == "ADP" else c
            if tok is not None:
                a = replace(a, recipient=refs.resolve(tok), target_tok=tok)
    return a


def direct_object(refs: ActorRefs, a: Args) -> Args:
    obj = a.obj
    if obj is None:
        return a
    obj_ref = refs.resolve(obj)
    place = place_of(refs, obj) if a.lemma in MOTION_VERBS else None
    if place is not None:
        return replace(a, location=place)  # "the marchers entered the square": where they went
    if obj_ref is not None and (obj_ref.actor_id is not None or is_political_ref(refs, obj_ref, obj)) \
            and a.lemma not in TRANSFER_VERBS | MOTION_VERBS and not obj.like_num:
        return replace(a, recipient=obj_ref, target_tok=obj) if a.recipient is None else a
    return replace(a, what=what_of(obj))  # "moved 200 tanks": what moved, not whom it was done to


def prepositions(refs: ActorRefs, a: Args) -> Args:
    lemma = a.lemma
    for prep in (c for c in a.verb.children if c.dep_ == "prep"):
        low = prep.lower_
        pobj = _pobj(prep)
        if pobj is None:
            continue
        if low in RECIPIENT_PREPS and a.recipient is None and lemma not in MOTION_VERBS and low != "for":
            ref = refs.resolve(pobj)
            if ref is not None and (ref.actor_id is not None or is_political_ref(refs, ref, pobj)):
                a = replace(a, recipient=ref, target_tok=pobj)
                continue
        if low in TARGET_PREPS and a.recipient is None and low != "at" \
                or (low == "at" and lemma in {"fire", "shoot", "aim"}):
            ref = refs.resolve(pobj)
            if ref is not None and ref.actor_id is not None and (ref.type not in PLACE_TYPES or low != "on"):
                a = replace(a, recipient=ref, target_tok=pobj)
                continue
        if low in LOCATION_PREPS and a.location is None and low not in {"from"}:
            place = place_of(refs, pobj)
            if place is not None and (a.recipient is None or place.start != a.recipient.start):
                a = replace(a, location=place)
    return a


def object_place(refs: ActorRefs, a: Args) -> Args:
    obj = a.obj
    if a.location is not None or obj is None or obj.i <= a.verb.i:
        return a
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS - {"to", "towards", "toward", "from", "on"}:
            pobj = _pobj(prep)
            place = place_of(refs, pobj) if pobj is not None else None
            if place is not None:
                return replace(a, location=place)
    return a


def object_destination(refs: ActorRefs, a: Args) -> Args:
    if a.recipient is not None or a.obj is None or a.lemma not in TRANSFER_VERBS:
        return a
    for prep in a.obj.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "toward", "towards"}:
            pobj = _pobj(prep)
            ref = refs.resolve(pobj) if pobj is not None else None
            if ref is not None and ref.actor_id is not None:
                a = replace(a, recipient=ref, target_tok=pobj)
    return a


def purpose(refs: ActorRefs, a: Args) -> Args:
    if a.recipient is not None:
        return a
    for c in a.verb.children:
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PURPOSE_RECIPIENT and \
                any(x.lower_ == "to" for x in c.children if x.dep_ == "aux"):
            for o in c.children:
                if o.dep_ == "dobj":
                    ref = refs.resolve(o)
                    if ref is not None and ref.actor_id is not None:
                        return replace(a, recipient=ref)
    return a


def addressee(refs: ActorRefs, a: Args) -> Args:
    """"called on the government to ...", "urged the rebels to ...", "demanded that Freedonia ...": whom a
    request is made of, named or not."""
    if a.recipient is not None or a.lemma not in REQUEST_VERBS:
        return a
    tok = None
    for c in a.verb.children:
        if c.dep_ == "prep" and c.lower_ == "on" and a.lemma == "call":
            tok = _pobj(c)
        elif c.dep_ == "dobj" and a.lemma != "call" and any(x.dep_ == "xcomp" for x in a.verb.children):
            tok = c
        elif c.dep_ == "ccomp" and a.lemma in {"demand", "insist", "urge"}:
            tok = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if tok is not None:
            ref = refs.resolve(tok)
            return replace(a, recipient=ref, target_tok=tok) if ref is not None else a
    return a


ARG_STEPS: tuple[Callable[[ActorRefs, Args], Args], ...] = (
    dative, direct_object, prepositions, object_place, object_destination, purpose, addressee,
)


def arguments(refs: ActorRefs, verb: Token, lemma: str) -> Args:
    """The verb's object, recipient, location and what it acts on, through ARG_STEPS."""
    a = objects_of(verb, lemma)
    for step in ARG_STEPS:
        a = step(refs, a)
    return a
