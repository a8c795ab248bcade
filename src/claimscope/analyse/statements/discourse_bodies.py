"""Speaker rules for bodies and the texts they issue, run inside `discourse.SPEAKER_RULES` (see its docstring
for where each sits in the cascade):

- `document_by_actor`: "a report by the Institute for Fiscal Studies", "a statement from the ministry" is the
  body (or person) named after "by" / "from";
- `body_pronoun`: "It said ..." is the body that spoke last within the pronoun window (a company, a country,
  the issuer of a report), not the nearest place or body the text merely named; when the one that spoke last
  is a text or body the article does not name ("the report", "the survey"), "it" names no actor either.
"""

from __future__ import annotations

import bisect

from ...lexicon.organisations import DESCRIPTION_KINDS
from ...lexicon.sources import DOCUMENT_NOUNS
from ..model import Party, Statement
from .discourse_context import LOOK_BACK, Discourse, word

# The head nouns of texts a body or person issues ("a report by", "a letter from").
ISSUED_TEXTS = DOCUMENT_NOUNS | frozenset({"e-mail", "email", "release", "announcement", "message", "note", "tweet",
                                           "post", "blog", "website", "lawsuit", "suit", "complaint", "petition", "writ"})
# Nouns of bodies that speak ("the committee said", "the firm said").
BODY_NOUNS = frozenset(DESCRIPTION_KINDS) | frozenset({"committee", "panel", "board", "court", "tribunal", "jury"})
_BY = frozenset({"by", "from"})
_BODY_TYPES = frozenset({"ORG", "GPE"})
_THING_PRONOUNS = frozenset({"it"})


def document_by_actor(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'according to a report by the Lakeford Institute', 'a statement from Northfield Council said': a text
    issued by a named actor speaks for that actor (the parser hangs the actor on "by" / "from")."""
    p = st.speaker
    if p is None or p.actor_id is not None:
        return None
    if not _issued_text(ctx, p):
        return None
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _BY:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = [ctx.index[t.i] for t in obj.subtree if t.i in ctx.index and p.start <= t.idx < p.end]
            own = ctx.index.get(obj.i)
            actor_id = own if own is not None else (found[-1] if found else None)
            if actor_id in ctx.actors:
                return ctx.party(p, ctx.actors[actor_id])
    return None


def _issued_text(ctx: Discourse, p: Party) -> bool:
    """Whether a speaker's words are a text ("a report by X", "the survey"), by their head noun."""
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span.root.lemma_.lower() in ISSUED_TEXTS or span.root.lower_ in ISSUED_TEXTS


def _body_description(ctx: Discourse, p: Party) -> bool:
    """'an all-party committee', 'the firm': a singular noun of a body (not "a spokesman", not "a meeting"), the
    description of a body the article does not name."""
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.tag_ == "NN" and root.text.islower() and root.lower_ in BODY_NOUNS


def body_pronoun(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'The Lakeford Chamber of Commerce said rates would rise. ... It said exporters would suffer': "it" as a
    speaker is the latest speaker of the last `window` sentences that can be an "it": a body or country, or a
    text ("a report by X" is X's; "the survey" or "an all-party committee", naming no actor, leaves "it" naming
    none); a person who spoke in between is skipped ("it" is no person); a body that is a clause's subject after
    that speaker takes "it"."""
    p = st.speaker
    if p is None or word(p) not in _THING_PRONOUNS:
        return None
    low = ctx.sent_starts[max(0, ctx.sentence(p.start) - ctx.window)]
    for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        o = ctx.statements[j].speaker
        if o is None or not low <= o.start < p.start:
            continue
        actor = ctx.actors.get(o.actor_id) if o.actor_id is not None else None
        issued = _issued_text(ctx, o) or actor is None and _body_description(ctx, o)
        if actor is None and not issued or actor is not None and actor.type not in _BODY_TYPES and not issued:
            continue
        quoted = ctx.statements[j].content + st.content
        later = _later_body_subject(ctx, o.end, p.start, quoted)
        if later is not None:
            return ctx.party(p, later)  # "... the Venezuelan government has expanded its role. It said ..."
        if actor is None:
            return Party(p.start, p.end, p.text, p.text, None, None)  # the unnamed report's: no actor's
        return ctx.party(p, actor)
    return None


def _later_body_subject(ctx: Discourse, start: int, end: int, quoted: list[tuple[int, int]]):
    """The latest body or country that is a clause's subject between two positions (a newer topic for "it"),
    outside what the two statements quote ('"China is censoring the site," it said' is no "it" of China's)."""
    lo = bisect.bisect_left(ctx.mentions, (start, "", False))
    hi = bisect.bisect_left(ctx.mentions, (end, "", False))
    for at, actor_id, subj in reversed(ctx.mentions[lo:hi]):
        if subj and ctx.actors[actor_id].type in _BODY_TYPES and not any(a <= at < b for a, b in quoted):
            return ctx.actors[actor_id]
    return None
