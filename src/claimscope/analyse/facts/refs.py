"""Who a noun phrase stands for: a canonical actor, a group led by one, or a plain description.

`ActorRefs.resolve(tok)` gives the canonical actor a noun phrase names (`doc._.actors`), the actor a group noun
speaks for ("the Freedonian troops" -> Freedonia, "the ministry's officials" -> the ministry), or a description
of people ("the villagers" -> "villagers"), by `RESOLVE_RULES` in order: `pronoun` (none), `named_actor`,
`led_group`, `description`. A capital stands for its state (`state_for`) when the knowledge base
(`claimscope.analyse.actors.kb`) is installed.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon.clauses import REL_PRONOUNS
from ...lexicon.groups import GROUP_NOUNS, NON_STATE_GROUPS, PEOPLE_NOUNS, STATE_SECTORS
from ..model import Actor

_MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
_DROP_DEPS = {"relcl", "acl", "prep", "punct", "cc", "conj", "appos", "advcl", "det", "predet", "case"}


@dataclass
class Ref:
    """A noun phrase resolved to who it stands for."""

    name: str
    start: int
    end: int
    text: str
    actor_id: str | None = None
    type: str | None = None
    detail: str | None = None  # the institution, when name is the state it belongs to ("the Freedonian military")


@lru_cache(maxsize=1)
def _kb_module():
    """`claimscope.analyse.actors.kb` when it is installed, else None."""
    try:
        return importlib.import_module("claimscope.analyse.actors.kb")
    except ImportError:
        return None


def _kb_call(function: str, name: str):
    kb = _kb_module()
    lookup = getattr(kb, function, None) if kb is not None else None
    if lookup is None or not name:
        return None
    try:
        found = lookup(name) if callable(lookup) else lookup.get(name)
    except Exception:  # noqa: BLE001 - a knowledge-base problem must not stop the analysis
        return None
    if isinstance(found, (tuple, list)):
        found = found[0] if found else None
    return found


def state_for(name: str) -> str | None:
    """The state whose capital `name` is ("Fredville" -> "Freedonia"), or None.

    None unless `claimscope.analyse.actors.kb` exists and provides `capital_to_state` (a mapping or a function).
    """
    found = _kb_call("capital_to_state", name)
    return found if isinstance(found, str) and found else None


def state_of_demonym(word: str) -> str | None:
    """The state a demonym names ("Freedonian" -> "Freedonia"), from the knowledge base; else None."""
    found = _kb_call("demonym_state", word)
    return found if isinstance(found, str) and found else None


def place_name(text: str) -> str | None:
    """The canonical name the knowledge base gives a place ("Harbour Quarter"), or None."""
    entry = _kb_call("lookup", text)
    name = getattr(entry, "name", None)
    return name if isinstance(name, str) and name else None


class ActorRefs:
    """Resolves noun phrases of one document to canonical actors (`doc._.actors`, `doc._.actor_index`)."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        self.actors: dict[str, Actor] = {a.id: a for a in (doc._.actors or [])}
        self.index: dict[int, str] = doc._.actor_index or {}
        self.states = {a.name for a in self.actors.values() if a.type == "GPE"}

    def actor(self, tok: Token) -> Actor | None:
        aid = self.index.get(tok.i)
        return self.actors.get(aid) if aid is not None else None

    def _named(self, actor: Actor, start: int, end: int, *, group: bool = False) -> Ref:
        """A Ref to an actor acting: a capital stands for its state; for a group ("the Freedonian troops") a
        demonym stands for its state as well."""
        name = actor.name
        type_ = actor.type
        detail = None
        if actor.type == "ORG" and getattr(actor, "kind", None) in STATE_SECTORS:
            # a state's forces or government act for the state (PLOVER codes country and sector)
            states = [n for n in getattr(actor, "affiliations", None) or [] if self.is_state(n)]
            if len(states) == 1:
                name, type_, detail = states[0], "GPE", actor.name
        elif actor.type in {"GPE", "LOC"}:
            state = state_for(name)
            if state:
                name, type_ = state, "GPE"
        if group and type_ != "GPE":
            state = state_of_demonym(name)  # "Sylvanian troops" act for Sylvania
            if state:
                name, type_ = state, "GPE"
        return Ref(name, start, end, self.text[start:end], actor.id, type_, detail)

    def is_state(self, name: str) -> bool:
        """A state of this document or of the knowledge base: its forces and officials act for it."""
        if name in self.states:
            return True
        entry = _kb_call("state", name)
        return getattr(entry, "name", None) == name

    def _np_bounds(self, tok: Token) -> tuple[int, int]:
        """Token range of the noun phrase headed by tok, without clauses, prepositions and determiners."""
        lo = hi = tok.i
        for c in tok.lefts:
            if c.dep_ not in _DROP_DEPS:
                lo = min(lo, c.left_edge.i)
        for c in tok.rights:
            if c.dep_ in {"compound", "flat", "nummod"}:
                hi = max(hi, c.right_edge.i)
        doc = self.doc
        while lo < tok.i and (doc[lo].is_punct or doc[lo].lower_ in {"the", "a", "an", "'s", "’s"}):
            lo += 1
        return lo, hi

    def resolve(self, tok: Token | None, *, groups_only: bool = False) -> Ref | None:
        """Who a noun phrase (given by its head token) stands for, by RESOLVE_RULES; None for pronouns and
        empty phrases; with `groups_only`, only a named actor or a group it leads."""
        if tok is None:
            return None
        rules = RESOLVE_RULES[:3] if groups_only else RESOLVE_RULES
        for rule in rules:
            got = rule(self, tok)
            if got is not None:
                return None if got is NO_REF else got
        return None

    @staticmethod
    def mention_at(actor: Actor, offset: int):
        """The mention of `actor` that holds a character offset, so a Ref spans the whole name."""
        for m in actor.mentions:
            if m.start <= offset < m.end:
                return m
        return None


# ---- RESOLVE_RULES, in order: a rule returns a Ref, None to pass, or NO_REF to decide there is none -----

NO_REF = object()


def pronoun(refs: ActorRefs, tok: Token):
    """A pronoun stands for no one ("they", "which"), unless coreference linked it to an actor ("it" after
    "the ministry")."""
    if tok.pos_ == "PRON" or tok.lower_ in REL_PRONOUNS:
        return None if tok.pos_ == "PRON" and refs.actor(tok) is not None else NO_REF
    return None


def named_actor(refs: ActorRefs, tok: Token):
    """The canonical actor of the token (`doc._.actor_index`), or of an apposition naming one."""
    actor = refs.actor(tok)
    if actor is not None:
        m = refs.mention_at(actor, tok.idx)
        start, end = (m.start, m.end) if m is not None else (tok.idx, tok.idx + len(tok))
        return refs._named(actor, start, end)
    for c in tok.children:
        if c.dep_ == "appos" and refs.actor(c) is not None:
            got = refs.resolve(c)  # "the region's biggest mill, Acme Steel," is Acme Steel
            return NO_REF if got is None else got
    return None


def led_group(refs: ActorRefs, tok: Token):
    """A group noun modified by an actor acts for it ("the ministry's officials", "Freedonian troops")."""
    if not ((tok.lemma_.lower() in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS)
            and tok.lemma_.lower() not in NON_STATE_GROUPS):
        return None
    lo, _ = refs._np_bounds(tok)
    start, end = refs.doc[lo].idx, tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ in _MODIFIER_DEPS:
            a = refs.actor(c)
            if a is not None:
                named = refs._named(a, 0, 0, group=True)
                return Ref(named.name, start, end, refs.text[start:end], a.id, named.type, named.detail)
    return None


def description(refs: ActorRefs, tok: Token):
    """People or a group described, not named ("the villagers", "former bank directors"); other nouns are
    no actors ("goals", "profits")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return NO_REF
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma not in PEOPLE_NOUNS and lemma not in GROUP_NOUNS and \
            tok.lower_ not in PEOPLE_NOUNS:
        return NO_REF
    doc = refs.doc
    lo, _ = refs._np_bounds(tok)
    start, end = doc[lo].idx, tok.idx + len(tok)
    # the noun with the compounds and adjectives right before it ("former bank directors")
    words = [tok]
    k = tok.i - 1
    while k >= lo and doc[k].dep_ in {"compound", "amod"} and doc[k].head.i in {w.i for w in words}:
        words.insert(0, doc[k])
        k -= 1
    name = " ".join(t.text for t in words)
    return Ref(name, start, end, refs.text[start:end], None, None)


RESOLVE_RULES = (pronoun, named_actor, led_group, description)
