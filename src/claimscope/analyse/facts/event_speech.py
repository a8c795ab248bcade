"""Words that are PLOVER events though no event verb says so: a blame laid in a statement or by "hold".

`blame_events(builder)` runs the rules of `BLAME_RULES` over a document's tokens, in order; each returns an
(actor, recipient) pair or None:
1. `said_responsible`: a statement that says someone is responsible for, to blame for or behind something is
   an accusation by its speaker (CAMEO 112: "Ruritania said Freedonia was responsible for the raids"; "the
   minister said rebels were behind the blast"); a statement with no speaker ("he was responsible, it was
   reported") or a denial of one's own part ("we are not responsible") is none;
2. `held_responsible`: "held Freedonia responsible for the attack" is an accusation by the subject (CAMEO 112).

The events are ACCUSE (mode allege) at the predicate word ("responsible", "behind"); the builder adds them
with the other events, so a sentence's PLOVER record takes the first of them as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .clauses import agent_of
from .event_types import noun_classes, noun_event
from .refs import Ref

_BLAME_WORDS = {"responsible", "blame", "behind", "culpable", "guilty"}
HARM_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
HARM_NOUNS = {"crisis", "death", "deaths", "violence", "unrest", "plot", "coup", "conspiracy", "collapse",
              "failure", "disaster", "tragedy", "atrocity", "atrocities", "crime", "crimes", "casualties",
              "destruction", "fire", "war", "conflict", "downing", "sinking", "poisoning", "leak", "hack"}


def _is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _speaker(builder, tok: Token) -> Ref | None:
    k = builder.statements.at(tok.idx)
    if k is None or k >= len(builder.statements.statements):
        return None
    sp = builder.statements.statements[k].speaker
    if sp is None or sp.name is None:
        return None
    return Ref(sp.name, sp.start, sp.end, sp.text, sp.actor_id, sp.type)


def _harm(word: Token) -> bool:
    """What is blamed is a harm: a hostile event noun or a word of harm ("the raids", "the crisis"), not a duty
    ("responsible for border security" is no blame)."""
    preps = [word] if word.lower_ == "behind" else [c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"]
    for p in preps:
        for pobj in (x for x in p.children if x.dep_ == "pobj"):
            if noun_event(pobj)[0] in HARM_TYPES or pobj.lemma_.lower() in HARM_NOUNS or \
                    "attack" in noun_classes(pobj):
                return True
    return False


def said_responsible(builder, tok: Token):
    """"X said Y was responsible for / to blame for / behind Z": X accuses Y."""
    be = tok.head
    if tok.lower_ not in _BLAME_WORDS or be.lemma_ != "be" or _is_negated(be) or \
            tok.dep_ not in {"acomp", "xcomp", "attr"} and not (tok.dep_ == "prep" and tok.lower_ == "behind"):
        return None
    if not _harm(tok):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in {"we", "i"}:
        return None
    speaker = _speaker(builder, be)
    if speaker is None:
        return None
    target = builder.refs.resolve(subj)
    own = target is None or target.start == speaker.start or (
        target.actor_id is not None and target.actor_id == speaker.actor_id)
    if own and (target is not None or subj.pos_ == "PRON"):
        return None  # "the army said it was responsible": a claim of one's own part, no accusation
    return speaker, target


def held_responsible(builder, tok: Token):
    """"X held Y responsible for Z": X accuses Y."""
    if tok.lower_ not in {"responsible", "accountable", "culpable"} or tok.head.lemma_.lower() != "hold" \
            or _is_negated(tok.head) or not _harm(tok):
        return None
    holder = tok.head
    obj = next((c for c in holder.children if c.dep_ in {"dobj", "nsubj"} and c.i > holder.i), None)
    if obj is None:
        obj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # parsed as a small clause
    actor = builder.refs.resolve(agent_of(holder)) if agent_of(holder) is not None else None
    return (actor, builder.refs.resolve(obj) if obj is not None else None) if actor is not None else None


BLAME_RULES: tuple[Callable, ...] = (said_responsible, held_responsible)


def blame_events(builder, make) -> list:
    """The accusations of a document as events: `make(tok, actor, recipient)` builds each one."""
    out = []
    for tok in builder.doc:
        if tok.lower_ not in _BLAME_WORDS | {"accountable"}:
            continue
        for rule in BLAME_RULES:
            got = rule(builder, tok)
            if got is not None:
                out.append(make(tok, *got))
                break
    return out
