"""Carry `doc._.coref` into the document JSON: resolved mentions join their actor, pronoun speakers are named.

Used to measure the stage (eval/coref.py scores the JSON); the statements stage is where speakers are meant to
use the resolution in the pipeline.
"""

from __future__ import annotations

import copy

from ...lexicon.pronouns import FIRST_PERSON
from .records import CorefMention

_SINGULAR_FITS = {"PERSON"}
_PLURAL_FITS = {"ORG", "GPE", "NORP"}


def _quote_speakers(statements: list[dict]) -> dict[tuple[int, int], str]:
    """The resolved speaker of each quotation, from the statements whose content lies in it."""
    out: dict[tuple[int, int], str] = {}
    for st in statements:
        sp = st.get("speaker") or {}
        if sp.get("actor"):
            for s, e in st["content"]["spans"]:
                out.setdefault((s, e), sp["actor"])
    return out


def _speaker_of(quote: tuple[int, int], spans: dict[tuple[int, int], str]) -> str | None:
    for (s, e), actor in spans.items():
        if s < quote[1] and quote[0] < e:
            return actor
    return None


def _add(actor: dict, r: CorefMention) -> None:
    actor["mentions"].append({"text": r.text, "start": r.start, "end": r.end, "form": r.form})


def merge_coref(doc_json: dict, records: list[CorefMention]) -> dict:
    """A copy of the document JSON with every resolved mention added to its actor (with its form), every
    statement whose speaker is a resolved pronoun named as that actor, and first person inside a quotation
    given to the quotation's speaker (a person for "I", a body for "we")."""
    out = copy.deepcopy(doc_json)
    actors = {a["id"]: a for a in out.get("actors", [])}
    statements = out.get("statements", [])
    by_span: dict[tuple[int, int], str] = {}
    for r in records:
        if r.actor_id in actors:
            _add(actors[r.actor_id], r)
            by_span[(r.start, r.end)] = r.actor_id
    for st in statements:
        sp = st.get("speaker") or {}
        actor_id = by_span.get((sp.get("start"), sp.get("end")))
        if actor_id is not None and not sp.get("actor"):
            sp.update(name=actors[actor_id]["name"], type=actors[actor_id]["type"], actor=actor_id)
    quoted = _quote_speakers(statements)
    for r in records:
        if r.actor_id is not None or r.quote is None:
            continue
        actor_id = _speaker_of(r.quote, quoted)
        fits = _SINGULAR_FITS if FIRST_PERSON.get(r.text.lower()) == "sg" else _PLURAL_FITS
        if actor_id in actors and actors[actor_id]["type"] in fits:
            _add(actors[actor_id], r)
    return out
