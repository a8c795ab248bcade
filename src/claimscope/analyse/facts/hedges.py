"""Hedges: the words that soften a fact, so a reader sees "reportedly sent" rather than "sent".

`hedge_at(tok)` finds a hedge on one token by `HEDGE_RULES`, in order: an adverb ("reportedly",
"allegedly"), a modal ("could", "might"), a reporting passive ("is believed to", "is said to"), a raising
verb ("appears to"). `clause_hedges(verb)` collects them on a clause and on the verbs that govern it, up to
a cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.modality import HEDGE_ADVERBS, HEDGE_MODALS, RAISING_VERBS, REPORTING_PASSIVES
from .. import cues


@dataclass
class Hedge:
    """A hedge's character offsets and text."""

    start: int
    end: int
    text: str



# ---- HEDGE_RULES, in order: a rule returns a Hedge, None to pass, or NO_HEDGE to decide there is none ----

NO_HEDGE = object()


def _to_after(tok: Token) -> Token | None:
    """The "to" of the infinitive a verb governs ("believed to", "appears to")."""
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return next((c for c in xcomp.children if c.dep_ == "aux" and c.lower_ == "to"), None) if xcomp else None


def hedge_adverb(tok: Token, text: str):
    """"reportedly", "allegedly"; "likely" only as an adverb or with an infinitive ("likely to close")."""
    low = tok.lower_
    if low in HEDGE_ADVERBS and tok.pos_ in {"ADV", "ADJ"}:
        if low == "likely" and not any(c.dep_ == "xcomp" for c in tok.children) and tok.dep_ != "advmod":
            return NO_HEDGE
        return Hedge(tok.idx, tok.idx + len(tok), tok.text)
    return None


def hedge_modal(tok: Token, text: str):
    if tok.tag_ == "MD" and tok.lower_ in HEDGE_MODALS:
        return Hedge(tok.idx, tok.idx + len(tok), tok.text)  # "could", "might"
    return None


def reporting_passive(tok: Token, text: str):
    """"is believed to", "are said to": from the passive auxiliary to the "to"."""
    if tok.tag_ == "VBN" and tok.lemma_.lower() in REPORTING_PASSIVES:
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        auxpass = [c for c in tok.children if c.dep_ == "auxpass"]
        if xcomp is not None and auxpass:
            to = _to_after(tok)
            start = auxpass[0].idx
            end = (to.idx + len(to)) if to is not None else tok.idx + len(tok)
            return Hedge(start, end, text[start:end])
    return None


def raising_verb(tok: Token, text: str):
    """"appears to", "seems to"."""
    if tok.lemma_.lower() in RAISING_VERBS and tok.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in tok.children):
        to = _to_after(tok)
        end = (to.idx + len(to)) if to is not None else tok.idx + len(tok)
        return Hedge(tok.idx, end, text[tok.idx:end])
    return None


HEDGE_RULES = (hedge_adverb, hedge_modal, reporting_passive, raising_verb)


def hedge_at(tok: Token, text: str) -> Hedge | None:
    """The hedge a token starts or carries, if any (the first of HEDGE_RULES that decides)."""
    for rule in HEDGE_RULES:
        got = rule(tok, text)
        if got is not None:
            return None if got is NO_HEDGE else got
    return None


def clause_hedges(verb: Token, text: str, stop: set[int] = frozenset()) -> list[Hedge]:
    """Hedges on a clause: on its verb and on the verbs that govern it, up to (not into) a cue."""
    out: list[Hedge] = []
    t = verb
    for _ in range(6):
        if t.i in stop and t.i != verb.i:
            # "appear to", "seem to", and a sourceless "are believed to" carry the fact, not a source
            if t.lemma_.lower() in RAISING_VERBS or (t.tag_ == "VBN" and t.lemma_.lower() in REPORTING_PASSIVES
                                                     and not any(c.dep_ == "agent" for c in t.children)):
                h = hedge_at(t, text)
                if h is not None:
                    out.append(h)
            break
        h = hedge_at(t, text)
        if h is not None:
            out.append(h)
        for c in t.children:
            if c.dep_ in {"aux", "advmod", "auxpass"}:
                h = hedge_at(c, text)
                if h is not None:
                    out.append(h)
        if t.dep_ not in {"xcomp", "conj", "ccomp"} or t.head.i == t.i:
            break
        if t.dep_ == "ccomp" and cues.is_cue_verb(t.head.lemma_.lower()):
            break
        t = t.head
    seen: set[tuple[int, int]] = set()
    uniq = []
    for h in sorted(out, key=lambda h: h.start):
        if (h.start, h.end) not in seen:
            seen.add((h.start, h.end))
            uniq.append(h)
    return uniq
