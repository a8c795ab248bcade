"""Clause helpers shared by the fact components (status, dates, quantities, events).

- `DocCache`/`doc_cache(doc)`: what the fact components share about the Doc in hand (text, token arrays, the
  statement index of `sources`), one per thread, dropped by `release(doc)` after the last component.
- `governing_verb(tok)`: the predicate of the clause a token belongs to.
- `agent_of(verb)`: who does what a verb says, by `AGENT_RULES` in order: a passive agent ("by X"), the
  verb's own subject, then through conjunctions, control verbs ("plans to build"), purpose clauses ("to
  help"), relative clauses and participles.
- `object_of(verb)`: what the action is done to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache

import numpy
from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..extensions import doc_text
from ...lexicon.clauses import OBJECT_CONTROL, REL_PRONOUNS
from .sources import StatementIndex

SUBJECT_DEPS = {"nsubj", "csubj"}


_LAST = threading.local()


class DocCache:
    """What the fact components share about the document they are processing: its text (spaCy rebuilds
    `doc.text` from the tokens on every access), token offsets and the statement index. One per thread,
    for the latest Doc; `release` drops it when the last component is done."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.n = len(doc)
        self.text = doc_text(doc)
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
        return [int(i) for i in numpy.nonzero(in_hashes(lower, hashes))[0]]

    @property
    def statements(self) -> "StatementIndex":
        if self._statements is None:
            self._statements = StatementIndex(self.doc, self.text)
        return self._statements


@lru_cache(maxsize=64)
def hashes_of(words: frozenset[str]):
    return numpy.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def in_hashes(values, hashes):
    """`numpy.isin(values, hashes)` for the sorted `hashes_of` array, by binary search: isin sorts both arrays
    on every call, which costs more than the few hundred tokens of an article it looks through."""
    if not len(hashes):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(hashes, values)
    at[at == len(hashes)] = 0
    return hashes[at] == values


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


# ---- who does what a verb says: AGENT_RULES, in order -------------------------------------------------
# A rule returns the agent token, None to pass, or NO_AGENT when it decides that the sentence does not say.

NO_AGENT = object()
MAX_AGENT_DEPTH = 6  # verbs followed upwards through conjunctions and control ("plans to try to build")


def _decided(tok: Token | None):
    return NO_AGENT if tok is None else tok


def passive_agent(verb: Token, depth: int):
    """"was built by the council": the object of "by"."""
    for c in verb.children:
        if c.dep_ == "agent":
            return _decided(next((p for p in c.children if p.dep_ == "pobj"), None))
    return None


def own_subject(verb: Token, depth: int):
    """The verb's subject; a passive verb without "by" does not say who; "there is", "it seems" neither."""
    if is_passive(verb):
        return NO_AGENT
    # with two subjects ("Daily Post: Freedonia sends ..."), the one next to the verb
    subjects = sorted((c for c in verb.children if c.dep_ in SUBJECT_DEPS), key=lambda c: abs(verb.i - c.i))
    for c in subjects[:1]:
        if c.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            return verb.head  # "the council that built it"
        if c.lower_ in {"there", "it"} and verb.lemma_ in {"be", "seem", "appear"}:
            return NO_AGENT
        return c
    return None


def sentence_root(verb: Token, depth: int):
    return NO_AGENT if verb.head.i == verb.i else None


def coordinated(verb: Token, depth: int):
    """"built and ran the plant": the second verb shares the first one's agent."""
    if verb.dep_ == "conj" and is_verb(verb.head):
        return _decided(agent_of(verb.head, depth + 1))
    return None


def controlled(verb: Token, depth: int):
    """An infinitive: the passive subject ("was ordered to leave"), the object of an object-control verb
    ("urged the council to act"), else the agent of the governing verb ("plans to build")."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    if is_passive(head):  # "are believed to have built", "was ordered to leave"
        subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj
    if head.lemma_.lower() in OBJECT_CONTROL:
        obj = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None:
            return obj
    if is_verb(head) or head.pos_ in {"ADJ", "AUX"}:
        return _decided(agent_of(head, depth + 1))
    if head.dep_ == "acomp":  # "is likely to send"
        return _decided(agent_of(head.head, depth + 1))
    if head.pos_ == "NOUN" and head.dep_ == "conj" and is_verb(head.head):
        return _decided(agent_of(head.head, depth + 1))  # "built ... and plans to build": 'plans' tagged a noun
    return None


def purpose_clause(verb: Token, depth: int):
    """"hired nurses to help", "left, saying ...": the agent of the main verb, unless a subordinator
    ("because", "while") starts a clause of its own."""
    if verb.dep_ == "advcl" and verb.tag_ in {"VB", "VBG"} and is_verb(verb.head):
        if not any(c.dep_ == "mark" and c.lower_ not in {"to", "in", "so"} for c in verb.children):
            return _decided(agent_of(verb.head, depth + 1))
    return None


def relative_clause(verb: Token, depth: int):
    return verb.head if verb.dep_ == "relcl" else None  # "the firm, which bought the mill"


def participle(verb: Token, depth: int):
    """"workers building the bridge": the noun the participle describes."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return verb.head
    return None


AGENT_RULES: tuple[Callable[[Token, int], object], ...] = (
    passive_agent, own_subject, sentence_root, coordinated, controlled, purpose_clause, relative_clause,
    participle,
)


def agent_of(verb: Token, depth: int = 0) -> Token | None:
    """The token naming who does what the verb says, or None when the sentence does not say (AGENT_RULES)."""
    if depth > MAX_AGENT_DEPTH:
        return None
    for rule in AGENT_RULES:
        got = rule(verb, depth)
        if got is not None:
            return None if got is NO_AGENT else got
    return None


def object_of(verb: Token) -> Token | None:
    """The direct object, or the subject of a passive verb (what the action is done to)."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "troops sent to the border"
    return None
