"""Attaching a quantity to its clause: the change it measures, the actor, the statement, a date, the status.

`attach` returns, for a quantity's anchor token, in this order:
1. `change_of`: "rose by 15%", "fell 8 per cent", "up 5%", "a 15% rise" -> {"direction", "part"};
2. the clause predicate (`clauses.governing_verb`), and the statement that reports the quantity
   (`sources.StatementIndex.at`), whose stance makes the fact `denied`;
3. the clause's status and hedges (`status`, `hedges`) and a date of the clause (a deadline first);
4. `actor_of`: an owner named on the phrase ("the union's 400 members"), else the subject of the clause when
   the quantity is what it acts on ("the ministry hired 400 nurses"), or the group it describes.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lexicon.change import CHANGE_NOUNS, DECREASE, INCREASE, MEASURED_CHANGE
from .clauses import agent_of, governing_verb
from .hedges import clause_hedges
from .refs import ActorRefs, Ref
from .sources import StatementIndex
from .status import fact_status

OBJECT_DEPS = {"dobj", "attr", "oprd", "dative", "npadvmod", "advmod", "acomp"}


@dataclass(frozen=True)
class Clauses:
    """What attachment reads of the document: actors, statements and their stances, dates by predicate."""

    doc: Doc
    text: str
    refs: ActorRefs
    statements: StatementIndex
    stances: list
    dates_by_verb: dict


def lemma_direction(tok: Token) -> str | None:
    """'increase' or 'decrease' for a word of rising or falling ("rose", "down"); "go" only with "up"."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma in INCREASE or low in INCREASE:
        return "increase" if lemma != "go" or any(c.lower_ == "up" for c in tok.children) else None
    if lemma in DECREASE or low in DECREASE:
        return "decrease"
    return None


def change_verb(tok: Token) -> str | None:
    """The direction of the verb of rising or falling whose clause holds the token, if any."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in INCREASE:
        return "increase"
    if lemma in DECREASE:
        return "decrease"
    return None


def change_of(chain: list[Token], before: Token | None = None) -> dict | None:
    """A change the quantity measures: "rose by 15%", "fell 8 per cent", "up 5%", "a 15% rise"."""
    if before is not None and before.lower_ in {"by", "to", "from"}:
        verb = governing_verb(chain[-1])
        direction = lemma_direction(verb) if verb is not None else None
        if direction is None and before.head.lower_ in {"up", "down"}:
            direction = lemma_direction(before.head)
        if direction:  # "from £6 to £10" parsed as one range still names two levels
            return {"direction": direction, "part": before.lower_}
    for t in chain:
        if t.dep_ in {"compound", "amod", "nummod", "npadvmod", "nmod"} and t.head.pos_ == "NOUN":
            d = CHANGE_NOUNS.get(t.head.lemma_.lower())
            if d:
                return {"direction": d, "part": "by"}
    t = chain[-1]
    if t.dep_ == "pobj" and t.head.lower_ in {"by", "to", "from"}:
        direction = lemma_direction(t.head.head)
        if direction:
            return {"direction": direction, "part": t.head.lower_}
    if t.dep_ in {"dobj", "npadvmod", "advmod"} and (t.head.lemma_.lower() in MEASURED_CHANGE
                                                     or t.head.lower_ in {"up", "down"}):
        direction = lemma_direction(t.head)
        if direction:
            return {"direction": direction, "part": "by"}
    return None


def noun_chain(anchor: Token) -> list[Token]:
    """The anchor and the nouns it modifies upwards ("15% pay rise": 15%, pay, rise), at most four."""
    chain = [anchor]
    np_head = anchor
    while np_head.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"} and np_head.head.i != np_head.i \
            and np_head.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} and len(chain) < 4:
        np_head = np_head.head
        chain.append(np_head)
    return chain


def actor_of(c: Clauses, np_head: Token, verb: Token | None) -> Ref | None:
    """Whose quantity it is: an owner on the phrase, else the subject when the quantity is acted on."""
    refs = c.refs
    owner = None
    role = np_head
    while role.dep_ == "conj" and role.head.i != role.i and role.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        role = role.head
    for child in np_head.children:
        if child.dep_ == "poss":
            owner = refs.resolve(child)
    if owner is None and role.dep_ in {"nsubj", "nsubjpass"} or owner is None and verb is None:
        owner = refs.resolve(np_head, groups_only=True) if np_head.pos_ == "NOUN" else None
        if owner is None and role.dep_ == "nsubjpass" and verb is not None:
            owner = refs.resolve(agent_of(verb))
    elif owner is None and verb is not None:
        if role.dep_ in OBJECT_DEPS or role.dep_ == "pobj":
            owner = refs.resolve(agent_of(verb))
    return owner


def attach(c: Clauses, anchor: Token, unit_tok: Token | None, first: int, start_char: int) -> dict:
    """The Quantity fields that come from its clause: change, verb, statement, status, hedges, date, actor."""
    doc = c.doc
    chain = noun_chain(anchor)
    np_head = chain[-1]
    if unit_tok is not None and unit_tok.head.i == anchor.i and unit_tok.dep_ in {"npadvmod", "dobj"}:
        np_head = anchor
    got: dict = {"change": change_of(chain, doc[first - 1] if first > 0 else None)}
    verb = governing_verb(np_head)
    got["verb"] = verb.i if verb is not None else None
    k = c.statements.at(start_char)
    got["statement"] = k
    stance = c.stances[k].stance if k is not None and k < len(c.stances) else None
    if verb is not None:
        got["status"] = fact_status(verb, stance)
        got["hedges"] = clause_hedges(verb, c.text, set(c.statements.cue_tokens))
        dates = c.dates_by_verb.get(verb.i) or []
        if dates:
            got["date"] = next((d for d in dates if d.role == "deadline"), dates[0])
    got["actor"] = actor_of(c, np_head, verb)
    return got
