"""Clause helpers shared by the fact components (status, dates, quantities, events).

- `agent_of(verb)`: who does what a verb says, following conjunctions, control verbs ("plans to deploy"),
  purpose clauses ("to support"), relative clauses and passive agents ("by X").
- `ActorRefs`: the canonical actor a noun phrase stands for (`doc._.actors`), a group noun led by an actor
  ("DPRK military units" -> North Korea), or a plain description ("the villagers" -> "villagers").
- `StatementIndex`: the statement whose content reports a stretch of text, so the source travels with a fact.
- `state_for(name)`: the state a capital stands for, from the knowledge base when one is installed.
"""

from __future__ import annotations

import bisect
import importlib
import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from . import cues
from .model import Actor, Statement

SUBJECT_DEPS = {"nsubj", "csubj"}
REL_PRONOUNS = {"who", "that", "which", "whom", "whose"}
RAISING = {"appear", "seem"}
# Verbs whose object, not their subject, does what the infinitive says ("urged Russia to withdraw").
OBJECT_CONTROL = {"ask", "urge", "order", "force", "persuade", "tell", "allow", "encourage", "invite", "compel",
                  "instruct", "authorize", "authorise", "require", "permit", "pressure", "push", "call", "help",
                  "enable", "lead", "get", "cause", "warn", "advise", "expect", "want"}
# Nouns for groups and people that act on behalf of whoever modifies them ("North Korean troops",
# "the DPRK units", "Russia's army", "the ministry's officials").
GROUP_NOUNS = {
    "troop", "force", "soldier", "unit", "military", "army", "navy", "air", "marine", "battalion", "brigade",
    "division", "regiment", "fighter", "militant", "rebel", "militia", "police", "officer", "official",
    "government", "authority", "ministry", "delegation", "diplomat", "envoy", "ambassador", "embassy",
    "leader", "leadership", "regime", "administration", "agent", "spy", "hacker", "intelligence", "service",
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "parliament", "lawmaker",
    "legislator", "court", "prosecutor", "coalition", "alliance", "party", "team", "company", "firm",
    "bank", "central", "negotiator", "representative", "mission", "contingent", "personnel", "staff",
    "worker", "employee", "executive", "board", "council", "committee", "agency", "department", "cabinet",
    "side", "state", "warship", "jet", "aircraft", "drone", "vessel", "ship", "tank", "guard", "commander",
    "general", "operative", "crew", "volunteer", "mercenary", "peacekeeper", "reservist", "conscript",
}
_MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}
# groups that do not act for the state or organisation that modifies them ("a US company" is not the US)
NON_STATE_GROUPS = {"company", "firm", "bank", "team", "board", "worker", "employee", "executive", "staff", "crew",
                    "central", "party"}
# Nouns for people a plain description can name as an actor ("the villagers", "police"); other nouns
# ("goals", "profits") are no actors.
PEOPLE_NOUNS = {
    "people", "person", "man", "woman", "men", "women", "child", "children", "villager", "resident", "citizen",
    "civilian", "protester", "demonstrator", "activist", "student", "farmer", "voter", "refugee", "migrant",
    "journalist", "reporter", "doctor", "nurse", "patient", "teacher", "investor", "shareholder", "customer",
    "consumer", "user", "driver", "pilot", "passenger", "fan", "player", "manager", "coach", "owner", "buyer",
    "seller", "trader", "analyst", "expert", "scientist", "researcher", "lawyer", "judge", "jury", "witness",
    "victim", "suspect", "gunman", "attacker", "bomber", "insurgent", "terrorist", "separatist", "opposition",
    "union", "striker", "chief", "boss", "director", "chairman", "founder", "producer", "maker", "retailer",
    "supplier", "carrier", "operator", "airline", "insurer", "lender", "regulator", "watchdog", "authorities",
    "group", "organisation", "organization", "charity", "campaigner", "critic", "rival", "partner", "ally",
    "enemy", "neighbour", "neighbor", "official", "authority", "family", "crowd", "mob", "gang", "member",
}
STATE_SECTORS = {"government", "military", "intelligence", "police", "ministry", "security", "navy", "army"}
_DROP_DEPS = {"relcl", "acl", "prep", "punct", "cc", "conj", "appos", "advcl", "det", "predet", "case"}


_LAST = threading.local()


class DocCache:
    """What the fact components share about the document they are processing: its text (spaCy rebuilds
    `doc.text` from the tokens on every access), token offsets and the statement index. One per thread,
    for the latest Doc; `release` drops it when the last component is done."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.n = len(doc)
        self.text = doc.text
        self._statements: StatementIndex | None = None
        self.headlines: dict[tuple[int, int], bool] = {}

    def array(self, attr: int):
        """One token attribute for the whole document as a numpy array (cached): finding candidates through
        arrays spares creating a Python Token object for every token."""
        arrays = self.__dict__.setdefault("_arrays", {})
        if attr not in arrays:
            arrays[attr] = self.doc.to_array([attr]).reshape(-1)
        return arrays[attr]

    def token_at(self, offset: int) -> int:
        """Index of the token that contains (or starts after) a character offset."""
        starts = self.array(IDX)
        return max(0, int(starts.searchsorted(offset, side="right")) - 1)

    def with_lower(self, words: set[str]) -> list[int]:
        """Indices of the tokens whose lowercase form is one of `words`."""
        hashes = hashes_of(frozenset(words))
        lower = self.array(LOWER)
        return [int(i) for i in numpy.nonzero(numpy.isin(lower, hashes))[0]]

    @property
    def statements(self) -> "StatementIndex":
        if self._statements is None:
            self._statements = StatementIndex(self.doc, self.text)
        return self._statements


@lru_cache(maxsize=64)
def hashes_of(words: frozenset[str]):
    return numpy.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def doc_cache(doc: Doc) -> DocCache:
    entry = getattr(_LAST, "entry", None)
    if entry is None or entry.doc is not doc or entry.n != len(doc):
        entry = DocCache(doc)
        _LAST.entry = entry
    return entry


def release(doc: Doc) -> None:
    entry = getattr(_LAST, "entry", None)
    if entry is not None and entry.doc is doc:
        _LAST.entry = None


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or tok.tag_.startswith("VB")


def governing_verb(tok: Token, limit: int = 10) -> Token | None:
    """The nearest verb at or above a token: the predicate of the clause the token belongs to."""
    t = tok
    for _ in range(limit):
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in {"aux", "auxpass"}):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def agent_of(verb: Token, depth: int = 0) -> Token | None:
    """The token naming who does what the verb says, or None when the sentence does not say."""
    if depth > 6:
        return None
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    passive = is_passive(verb)
    if not passive:
        # with two subjects ("WSJ: North Korea sends ..."), the one next to the verb
        subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(verb.i - c.i))
        for c in subjects[:1]:
                if c.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                if c.lower_ in {"there", "it"} and verb.lemma_ in {"be", "seem", "appear"}:
                    return None
                return c
    else:
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    dep = verb.dep_
    if dep == "conj" and is_verb(head):
        return agent_of(head, depth + 1)
    if dep == "xcomp":
        if is_passive(head):  # "are believed to have attacked", "was ordered to leave"
            subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
            if obj is not None:
                return obj
        if is_verb(head) or head.pos_ in {"ADJ", "AUX"}:
            return agent_of(head, depth + 1)
        if head.dep_ == "acomp":  # "is likely to send"
            return agent_of(head.head, depth + 1)
        if head.pos_ == "NOUN" and head.dep_ == "conj" and is_verb(head.head):
            return agent_of(head.head, depth + 1)  # "sent ... and plans to send": 'plans' tagged a noun
    if dep == "advcl" and verb.tag_ in {"VB", "VBG"} and is_verb(head):
        if not any(c.dep_ == "mark" and c.lower_ not in {"to", "in", "so"} for c in verb.children):
            return agent_of(head, depth + 1)
    if dep == "relcl":
        return head
    if dep == "acl" and verb.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return head
    if dep in {"ccomp", "pcomp"} and verb.tag_ == "VBG":
        return None
    return None


def object_of(verb: Token) -> Token | None:
    """The direct object, or the subject of a passive verb (what the action is done to)."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "troops sent to Russia"
    return None


@dataclass
class Ref:
    """A noun phrase resolved to who it stands for."""

    name: str
    start: int
    end: int
    text: str
    actor_id: str | None = None
    type: str | None = None
    detail: str | None = None  # the institution, when name is the state it belongs to ("North Korean military")


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
    """The state whose capital `name` is ("Pyongyang" -> "North Korea"), or None.

    None unless `claimscope.analyse.actors.kb` exists and provides `capital_to_state` (a mapping or a function).
    """
    found = _kb_call("capital_to_state", name)
    return found if isinstance(found, str) and found else None


def state_of_demonym(word: str) -> str | None:
    """The state a demonym names ("North Korean" -> "North Korea"), from the knowledge base; else None."""
    found = _kb_call("demonym_state", word)
    return found if isinstance(found, str) and found else None


def place_name(text: str) -> str | None:
    """The canonical name the knowledge base gives a place ("Kursk Oblast"), or None when it has none."""
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
        """A Ref to an actor acting: a capital stands for its state; for a group ("North Korean troops") a
        demonym stands for its state as well."""
        name = actor.name
        type_ = actor.type
        detail = None
        if actor.type == "ORG" and getattr(actor, "kind", None) in STATE_SECTORS:
            # a state's forces or government act for the state (PLOVER codes country and sector)
            states = [n for n in getattr(actor, "affiliations", None) or [] if self._is_state(n)]
            if len(states) == 1:
                name, type_, detail = states[0], "GPE", actor.name
        elif actor.type in {"GPE", "LOC"}:
            state = state_for(name)
            if state:
                name, type_ = state, "GPE"
        if group and type_ != "GPE":
            state = state_of_demonym(name)  # "Ukrainian troops" act for Ukraine
            if state:
                name, type_ = state, "GPE"
        return Ref(name, start, end, self.text[start:end], actor.id, type_, detail)

    def _is_state(self, name: str) -> bool:
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
        """Who a noun phrase (given by its head token) stands for; None for pronouns and empty phrases."""
        if tok is None:
            return None
        doc = self.doc
        if tok.pos_ == "PRON" or tok.lower_ in REL_PRONOUNS:
            return None
        actor = self.actor(tok)
        if actor is not None:
            m = self._mention_at(actor, tok.idx)
            start, end = (m.start, m.end) if m is not None else (tok.idx, tok.idx + len(tok))
            return self._named(actor, start, end)
        for c in tok.children:
            if c.dep_ == "appos" and self.actor(c) is not None:
                return self.resolve(c)  # "Japan's biggest steel company, Nippon Steel," is Nippon Steel
        lo, hi = self._np_bounds(tok)
        start, end = doc[lo].idx, tok.idx + len(tok)
        if (tok.lemma_.lower() in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS) and \
                tok.lemma_.lower() not in NON_STATE_GROUPS:
            for c in tok.children:
                if c.dep_ in _MODIFIER_DEPS:
                    a = self.actor(c)
                    if a is not None:
                        named = self._named(a, 0, 0, group=True)
                        return Ref(named.name, start, end, self.text[start:end], a.id, named.type, named.detail)
        if groups_only:
            return None
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma not in PEOPLE_NOUNS and lemma not in GROUP_NOUNS and \
                tok.lower_ not in PEOPLE_NOUNS:
            return None
        # a description: the noun with the compounds and adjectives right before it ("former Enron directors")
        words = [tok]
        k = tok.i - 1
        while k >= lo and doc[k].dep_ in {"compound", "amod"} and doc[k].head.i in {w.i for w in words}:
            words.insert(0, doc[k])
            k -= 1
        name = " ".join(t.text for t in words)
        return Ref(name, start, end, self.text[start:end], None, None)

    @staticmethod
    def _mention_at(actor: Actor, offset: int):
        for m in actor.mentions:
            if m.start <= offset < m.end:
                return m
        return None


class StatementIndex:
    """Which statement reports a given character offset.

    The innermost statement whose content holds the offset, preferring a report (someone said, indicated,
    believes...) over an intention that the report carries ("X indicated that Y plans to ..." is sourced to X;
    the intention makes the fact planned, see `status`).
    """

    def __init__(self, doc: Doc, text: str):
        self.statements: list[Statement] = list(doc._.statements or [])
        self.cue_lemma: dict[int, str] = {}
        self.cue_tokens: dict[int, int] = {}  # token index of a cue -> statement position
        for k, st in enumerate(self.statements):
            if st.cue is None:
                continue
            span = doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand")
            if span is None or not len(span):
                continue
            verbs = [t for t in span if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "neg"}]
            head = verbs[-1] if verbs else span.root
            self.cue_lemma[k] = head.lemma_.lower() if verbs else span.text.lower()
            for t in span:
                self.cue_tokens.setdefault(t.i, k)
        spans = sorted((s, e, k) for k, st in enumerate(self.statements) for s, e in st.content)
        self._spans = spans
        self._starts = [s for s, _, _ in spans]

    def is_intention(self, k: int) -> bool:
        """An intention ("plans to") or a raising verb ("appears to"): it shapes the fact, it is no source."""
        lemma = self.cue_lemma.get(k, "")
        return lemma in RAISING or lemma in cues.INTENTION and lemma not in cues.SPEECH and lemma not in cues.BELIEF

    def covering(self, offset: int) -> list[int]:
        """Positions of the statements whose content holds the offset."""
        out = []
        hi = bisect.bisect_right(self._starts, offset)
        for s, e, k in self._spans[:hi]:
            if s <= offset < e and k not in out:
                out.append(k)
        return out

    def at(self, offset: int) -> int | None:
        """Position of the statement that reports the text at `offset`, or None."""
        found = self.covering(offset)
        if not found:
            return None
        size = {k: sum(e - s for s, e in self.statements[k].content) for k in found}
        reports = [k for k in found if not self.is_intention(k)]
        pool = reports or found
        return min(pool, key=lambda k: (size[k], k))

    def intention_over(self, offset: int) -> int | None:
        """An intention statement ("plans to ...") whose content holds the offset."""
        for k in self.covering(offset):
            if self.is_intention(k):
                return k
        return None
