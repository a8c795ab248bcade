"""Places and states: when a capital stands for its government, and the institutions a state's name makes.

"Riverton said" / "talks with Riverton" / "Riverton's decision": the state; "in Riverton" / "a flight to
Riverton": the place. "the Freedonian military" / "Freedonia's intelligence": an institution of the state.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.organisations import INSTITUTIONS, STATE_UNIONS
from ...lexicon.places import (ADDRESSEE_VERBS, GOVERNMENT_NOUNS, MOTION_WORDS, PLACE_PREDICATES, RELATION_PREPS,
                               SENDER_NOUNS, SPACE_PREPS, TO_FROM)
from .edits import AddMention, Edits, IndexAs
from .spans import EntitySpan
from .table import ActorTable

# verbs after which "to X" names an addressee, less those of movement ("sent to" stays an addressee)
_ADDRESSEES = ADDRESSEE_VERBS - (MOTION_WORDS - {"send"})
# conjuncts followed back to the first ("Riverton and Lakeford said"), at most this many
_MAX_CONJUNCTS = 5


def political(tok: Token) -> bool:
    """Does this mention of a capital or seat stand for a government here (not for the place)?"""
    seen = 0
    while tok.dep_ == "conj" and seen < _MAX_CONJUNCTS:  # the first conjunct decides
        tok = tok.head
        seen += 1
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass", "csubj"):
        if dep == "nsubjpass":
            return head.lemma_ not in MOTION_WORDS
        return head.lemma_ not in PLACE_PREDICATES
    if dep in ("dobj", "dative", "iobj", "oprd"):
        return head.lemma_ not in MOTION_WORDS and head.lemma_ not in PLACE_PREDICATES
    if dep in ("poss", "compound", "nmod", "amod"):
        return head.lower_ in GOVERNMENT_NOUNS or head.lemma_ in GOVERNMENT_NOUNS
    if dep == "pobj":
        prep = head
        p = prep.lower_
        gov = prep.head
        if p == "by" and prep.dep_ == "agent":
            return True
        if p in SPACE_PREPS:
            return False
        if p in RELATION_PREPS:
            return gov.lemma_ not in MOTION_WORDS
        if p == "to":
            if gov.pos_ in ("NOUN", "PROPN"):
                return gov.lemma_ not in MOTION_WORDS
            return gov.lemma_ in _ADDRESSEES
        if p == "from":
            return gov.lemma_ in GOVERNMENT_NOUNS or gov.lower_ in GOVERNMENT_NOUNS or gov.lemma_ in SENDER_NOUNS
        if p in ("of", "for"):
            return gov.lower_ in GOVERNMENT_NOUNS and gov.lower_ not in {"capital", "city"}
        return False
    if dep == "appos":
        return political(head)
    return False


def locative(table: ActorTable, sp: EntitySpan) -> bool:
    """Is the span the object of a preposition of place or direction ('in Georgetown', 'to Georgetown')?"""
    root = table.text.doc[sp.start:sp.end].root
    return root.dep_ == "pobj" and (root.head.lower_ in SPACE_PREPS or root.head.lower_ in TO_FROM)


def institutions(table: ActorTable) -> Edits:
    """'the Freedonian military', "Freedonia's intelligence": institutional actors of a state."""
    toks = table.text.toks
    for i, low in enumerate(table.text.lowers):
        spec = INSTITUTIONS.get(low)
        if spec is None or i in table.covered:
            continue
        tok = toks[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        state_name, first = None, None
        for child in tok.lefts:
            if child.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            key = table.index.get(child.i)
            if key is None:
                continue
            act = table.actors[key]
            if act.type == "GPE":
                state_name = act.name
            elif act.type == "ORG" and act.name in STATE_UNIONS:
                state_name = act.name
            else:
                continue
            span_start = min(t.i for t in child.subtree)
            first = span_start if first is None else min(first, span_start)
        if state_name is None:
            continue
        label, kind = spec
        adj = table.text.kb.adjectives.get(state_name) or state_name
        if state_name == "United States":
            adj = "US"
        key = ("ORG", f"{adj} {label}")
        # the modifiers stay mentions of the state; the head word is the institution
        yield AddMention(key, first, tok.i + 1, index=False, kind=kind, affiliation=state_name)
        yield IndexAs(tok.i, key)
