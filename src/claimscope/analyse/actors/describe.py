"""Definite descriptions ("the minister", "the company") resolved to the actor the text makes clear."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from ...lexicon.organisations import DESCRIPTION_KINDS, other_kind
from ...settings import default
from ..model import Actor


def actor_for_description(doc: Doc, head: Token, before: int, max_actors: int | None = None) -> Actor | None:
    """The actor a definite description refers to where the text makes it clear: 'the minister' / 'the analyst'
    is the person last mentioned before `before` (a character offset) who holds that role; 'the company' /
    'the newspaper' the last organisation of that kind. None when nothing fits. Only the first `max_actors`
    actors (setting `actors.description_actors`) are compared, so a document of thousands of actors stays
    linear."""
    limit = default("actors.description_actors") if max_actors is None else max_actors
    actors = (doc._.actors or [])[:limit]
    noun = head.lower_
    lemma = head.lemma_.lower()
    best, best_at = None, -1
    kind = DESCRIPTION_KINDS.get(lemma, "")
    held = re.compile(rf"\b{re.escape(lemma)}\b|\b{re.escape(noun)}\b")
    for act in actors:
        if act.type == "PERSON":
            if not any(held.search(r.lower()) for r in act.roles):
                continue
        elif act.type == "ORG":
            if lemma not in DESCRIPTION_KINDS or (kind and act.kind not in (kind, None)) or other_kind(lemma, act.name):
                continue  # "the union" is no "Dorvik General Hospital", "the company" may be "Ostrel Bank"
        elif act.type == "GPE":
            if lemma not in ("country", "state", "nation"):
                continue
        else:
            continue
        k = bisect.bisect_left(act.mentions, before, key=lambda m: m.start)  # mentions are in text order
        last = act.mentions[k - 1].start if k else -1
        if last > best_at:
            best, best_at = act, last
    return best
