"""Speaker rules and helpers for people, run inside `discourse.SPEAKER_RULES` (see its docstring for where each sits):

- `introduced_subject` (a helper of `salient_pronoun`): a person the article names for the first time as the
  subject of the main verb of the sentence just before a pronoun speaker is the one the pronoun takes, over someone who spoke
  earlier ('"We won," said Walsh. Northfield manager Sam Ortiz was less happy. "We never got going," he said.'
  is Ortiz);
- `aged_person`: "the 34-year-old" as a speaker is the person who spoke or was a clause's subject last within
  the pronoun window, as "he" or "she" would be, but of either gender.
"""

from __future__ import annotations

import bisect
import re

from ..model import Party, Statement
from .discourse_context import LOOK_BACK, Discourse

_AGED = re.compile(r"^the (?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$")


def introduced_subject(ctx: Discourse, p: Party, candidates: list[tuple[int, str, int]]) -> tuple | None:
    """The candidate (position, actor, tier) that is a person's first mention in the article, the subject of its
    sentence's main verb, in the sentence before the pronoun's (or its own), and later than every candidate who spoke (tier 2)."""
    here = ctx.sentence(p.start)
    spoke = max((c[0] for c in candidates if c[2] == 2), default=-1)
    for c in sorted(candidates, reverse=True):
        at, actor_id, tier = c
        if not actor_id or tier != 1 or at <= spoke or ctx.sentence(at) < here - 1:
            continue
        actor = ctx.actors[actor_id]
        if actor.type == "PERSON" and min(m.start for m in actor.mentions) == at and _main_subject(ctx, at):
            return c
    return None


def _main_subject(ctx: Discourse, at: int) -> bool:
    """Whether the words at a position are the subject of their sentence's main verb (not of a clause inside it:
    "suggested they get Trevor Beattie to issue a statement")."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head  # "Northfield manager Sam Ortiz": from a word of the name to its head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def aged_person(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'"It is a dream role," the 34-year-old added': an age description is the person who last spoke (a
    statement's speaker) or, failing that, was last a clause's subject within the window."""
    p = st.speaker
    if p is None or p.actor_id is not None or not _AGED.match(" ".join(p.text.lower().split())):
        return None
    low = ctx.sent_starts[max(0, ctx.sentence(p.start) - ctx.window)]
    best: tuple[int, int, str] | None = None
    for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        o = ctx.statements[j].speaker
        if o is not None and low <= o.start < p.start and o.actor_id in ctx.actors \
                and ctx.actors[o.actor_id].type == "PERSON":
            best = max(best or (0, -1, ""), (1, o.start, o.actor_id))
    lo = bisect.bisect_left(ctx.mentions, (low, "", False))
    for at, actor_id, subj in ctx.mentions[lo:bisect.bisect_left(ctx.mentions, (p.start, "", False))]:
        if subj and ctx.actors[actor_id].type == "PERSON":
            best = max(best or (0, -1, ""), (0, at, actor_id))
    return ctx.party(p, ctx.actors[best[2]]) if best is not None else None
