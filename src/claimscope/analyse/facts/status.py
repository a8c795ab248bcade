"""The status of what a clause asserts: done, ongoing, planned, possible, negated, or denied.

`clause_status(verb)` runs `CLAUSE_RULES` in order; the first rule that decides gives the status:

1. `negation`: "did not send" -> negated;
2. `modal`: "will send" -> planned, "could send" -> possible, "would send" planned when reported
   ("said it would send") and possible otherwise;
3. `condition`: "if they send", "perhaps sent" -> possible;
4. `governing_head`: the verb, adjective or participle an infinitive or gerund depends on: "plans to build"
   -> planned, "is likely to" -> possible, "continues to" -> ongoing, "refused to send" -> negated,
   "denies moving" -> denied, "is to visit" -> planned;
5. `purpose`: "hired nurses to help" -> the help is planned;
6. `coordinated`: "could build and run" -> "run" takes the status of "build";
7. `headline_infinitive`: "Minister to visit the capital" -> planned;
8. `tense`: "sent", "have arrived" -> done, "are fighting" -> ongoing, a present tense -> ongoing (done in
   a headline, which uses the present for past events).

A rule returns None to pass, a status, or `NO_STATUS` when it decides that the clause gives nothing to go on.
`fact_status` makes a fact inside a denying statement `denied`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...lexicon.modality import (CONDITION_MARKERS, DENYING_HEADS, FUTURE_MODALS, NEGATING_HEADS, NEGATIONS,
                                 ONGOING_HEADS, PLANNED_HEADS, POSSIBLE_ADVERBS, POSSIBLE_HEADS, POSSIBLE_MODALS)
from .. import cues
from .clauses import doc_cache

STATUSES = ("done", "ongoing", "planned", "possible", "negated", "denied")
NO_STATUS = ""  # a rule's answer when the clause decides that it has no status
MAX_DEPTH = 6  # governing clauses followed upwards ("said it plans to try to send")
_HEADLINE_END = set(".!?…:;")


@dataclass(frozen=True)
class Clause:
    """A verb with its auxiliaries, as the status rules read it."""

    verb: Token
    depth: int
    auxes: tuple[Token, ...]
    words: frozenset[str]  # the auxiliaries in lower case ("will", "to", "have")

    @classmethod
    def of(cls, verb: Token, depth: int = 0) -> "Clause":
        auxes = tuple(c for c in verb.children if c.dep_ in {"aux", "auxpass"})
        return cls(verb, depth, auxes, frozenset(a.lower_ for a in auxes))

    @property
    def has_head(self) -> bool:
        return self.depth < MAX_DEPTH and self.verb.head.i != self.verb.i


def is_negated(tok: Token) -> bool:
    """A negation on the token itself ("did not send", "never sent"), not on a clause below it."""
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in {"advmod", "det"} and c.i < tok.i)
               for c in tok.children)


def is_headline(sent: Span) -> bool:
    """A line of its own without closing punctuation: headlines use the present for past events."""
    if sent.end - sent.start > 30:
        return False
    key = (sent.start, sent.end)
    cache = doc_cache(sent.doc)
    known = cache.headlines.get(key)
    if known is None:
        text = cache.text
        seg = text[sent.start_char:sent.end_char]
        stripped = seg.rstrip()
        core = stripped.rstrip("”\"’')").rstrip()
        tail = seg[len(stripped):] + text[sent.end_char:sent.end_char + 1]
        known = bool(core) and core[-1] not in _HEADLINE_END and (
            "\n" in tail or sent.end_char >= len(text.rstrip()))
        cache.headlines[key] = known
    return known


def _reported(verb: Token) -> bool:
    """A clause that is the complement of a speech verb: 'would' there is the future seen from the past."""
    t = verb
    for _ in range(4):
        if t.dep_ in {"ccomp", "xcomp"} and cues.is_cue_verb(t.head.lemma_.lower()):
            return True
        if t.dep_ not in {"conj", "ccomp", "xcomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


# ---- the rules, in the order of CLAUSE_RULES -----------------------------------------------------------

def negation(c: Clause) -> str | None:
    return "negated" if is_negated(c.verb) else None


def modal(c: Clause) -> str | None:
    if c.words & FUTURE_MODALS:
        return "planned"
    if c.words & {"would", "'d", "’d"}:
        return "planned" if _reported(c.verb) else "possible"
    if c.words & POSSIBLE_MODALS:
        return "possible"
    return None


def condition(c: Clause) -> str | None:
    for child in c.verb.children:
        if child.dep_ == "mark" and child.lower_ in CONDITION_MARKERS:
            return "possible"
        if child.dep_ == "advmod" and child.lower_ in POSSIBLE_ADVERBS:
            return "possible"
    return None


def governing_head(c: Clause) -> str | None:
    verb, head = c.verb, c.verb.head
    if not c.has_head:
        return None
    hl = head.lemma_.lower()
    if not (verb.dep_ == "xcomp" or (verb.dep_ in {"ccomp", "advcl"} and "to" in c.words
                                     and hl in PLANNED_HEADS | POSSIBLE_HEADS)):
        return None
    if is_negated(head) or hl in NEGATING_HEADS:
        return "negated"
    if hl in DENYING_HEADS:
        return "denied"  # "the firm denies moving funds": no statement needed to see the denial
    if hl == "go" and head.tag_ == "VBG":
        return "planned"  # "is going to send"
    if hl in PLANNED_HEADS or head.lower_ in PLANNED_HEADS:
        return "planned"
    if hl in POSSIBLE_HEADS or head.lower_ in POSSIBLE_HEADS:
        return "possible"
    if hl in ONGOING_HEADS:
        return "ongoing"
    if hl == "be" and "to" in c.words:
        return "planned"  # "the minister is to visit"
    if head.dep_ == "acomp" and head.head.i != head.i:
        return _decided(clause_status(head.head, c.depth + 1))
    return _decided(clause_status(head, c.depth + 1) if head.pos_ in {"VERB", "AUX"} else None)


def purpose(c: Clause) -> str | None:
    if c.has_head and c.verb.dep_ == "advcl" and "to" in c.words:
        return "planned"  # "hired nurses to help the clinic"
    return None


def coordinated(c: Clause) -> str | None:
    verb = c.verb
    if c.has_head and verb.dep_ == "conj" and verb.tag_ == "VB" and not c.auxes \
            and verb.head.pos_ in {"VERB", "AUX"}:
        return _decided(clause_status(verb.head, c.depth + 1))  # "could build and run"
    return None


def headline_infinitive(c: Clause) -> str | None:
    return "planned" if "to" in c.words and c.verb.dep_ == "ROOT" else None


def tense(c: Clause) -> str | None:
    verb, tag = c.verb, c.verb.tag_
    be = any(a.lemma_ == "be" for a in c.auxes)
    have = any(a.lemma_ == "have" for a in c.auxes)
    if tag == "VBG":
        return "ongoing" if be or verb.dep_ == "acl" else NO_STATUS
    if tag == "VBN":
        passive_aux = [a for a in c.auxes if a.dep_ == "auxpass"]
        if passive_aux and not have:
            return "done" if passive_aux[0].tag_ == "VBD" else "ongoing"
        return "done"
    if tag == "VBD":
        return "done"
    if tag in {"VBZ", "VBP"}:
        return "done" if is_headline(verb.sent) else "ongoing"
    if tag == "VB":
        did = [a for a in c.auxes if a.lemma_ == "do"]
        if did:
            return "done" if did[0].tag_ == "VBD" else "ongoing"
    if verb.pos_ == "AUX" and tag == "VBD":
        return "done"
    return NO_STATUS


CLAUSE_RULES: tuple[Callable[[Clause], str | None], ...] = (
    negation, modal, condition, governing_head, purpose, coordinated, headline_infinitive, tense,
)


def _decided(status: str | None) -> str:
    """A status found further up the tree, as a decision (NO_STATUS when there was none)."""
    return NO_STATUS if status is None else status


def clause_status(verb: Token, depth: int = 0) -> str | None:
    """done, ongoing, planned, possible, negated or denied; None when the clause gives nothing to go on."""
    clause = Clause.of(verb, depth)
    for rule in CLAUSE_RULES:
        got = rule(clause)
        if got is not None:
            return got or None
    return None


def fact_status(verb: Token, stance: str | None) -> str | None:
    """A clause's status, `denied` when the statement that reports it denies it."""
    status = clause_status(verb)
    if stance == "denies" and status in {"done", "ongoing", "planned", None}:
        return "denied"
    return status
