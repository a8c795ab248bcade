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


def merge_coref(doc_json: dict, records: list[CorefMention]) -> dict:
    """A copy of the document JSON with every resolved mention added to its actor (with its form) and every
    statement whose speaker is a resolved pronoun or first person named as that actor."""
    out = copy.deepcopy(doc_json)
    actors = {a["id"]: a for a in out.get("actors", [])}
    statements = out.get("statements", [])
    quoted = _quote_speakers(statements)
    by_span: dict[tuple[int, int], str] = {}
    for r in records:
        actor_id = r.actor_id
        if actor_id is None and r.quote is not None:
            actor_id = _speaker_of(r.quote, quoted)
            fits = _SINGULAR_FITS if FIRST_PERSON.get(r.text.lower()) == "sg" else _PLURAL_FITS
            if actor_id is not None and actors[actor_id]["type"] not in fits:
                actor_id = None
        if actor_id is None or actor_id not in actors:
            continue
        actors[actor_id]["mentions"].append({"text": r.text, "start": r.start, "end": r.end, "form": r.form})
        by_span[(r.start, r.end)] = actor_id
    for st in statements:
        sp = st.get("speaker") or {}
        actor_id = by_span.get((sp.get("start"), sp.get("end")))
        if actor_id is not None and not sp.get("actor"):
            sp.update(name=actors[actor_id]["name"], type=actors[actor_id]["type"], actor=actor_id)
    return out
