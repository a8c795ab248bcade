"""Fold the coreference stage's records into the document: resolved mentions join their actor (with their form),
speakers a record resolves take its actor, first person inside a quotation is the quotation's speaker.

The statements stage names speakers with `resolve_party` and `quote_speaker`; serialisation lists each actor's
mentions with `actor_mentions`; `merge_coref` does the same on a document JSON (the trainer scores it).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

from ...lexicon.pronouns import FIRST_PERSON, RELATIVE, SECOND_PERSON, THIRD_PERSON
from ..model import Actor, Mention, Party, Statement
from .records import CorefMention

# Words that are nobody's name ("they said", "I think"): a speaker of these words is what coreference resolves.
PRONOUNS = frozenset(THIRD_PERSON) | frozenset(FIRST_PERSON) | SECOND_PERSON | RELATIVE
_SINGULAR_FITS = frozenset({"PERSON"})  # "I" of a quotation is a person
_PLURAL_FITS = frozenset({"ORG", "GPE", "NORP"})  # "we" of a quotation is a body


def fits_first_person(word: str, actor_type: str | None) -> bool:
    """Whether first person can be an actor of that type: "I" a person, "we" an organisation or a state."""
    fits = _SINGULAR_FITS if FIRST_PERSON.get(word.lower()) == "sg" else _PLURAL_FITS
    return actor_type in fits


def quote_speaker(quote: tuple[int, int], statements: Iterable[Statement]) -> Party | None:
    """The resolved speaker of the first statement whose content overlaps the quotation ("'I will stay,' Ana Ruiz
    said": Ana Ruiz for the "I")."""
    for st in statements:
        sp = st.speaker
        if sp is not None and sp.actor_id and any(s < quote[1] and quote[0] < e for s, e in st.content):
            return sp
    return None


def record_for(start: int, end: int, head: int, records: Iterable[CorefMention]) -> CorefMention | None:
    """The record a speaker span stands for: it lies inside the span and covers the span's head word (at
    character offset `head`): "he" for "he", "the company" for "the company's spokesman" only when its head is
    "company"; a name nested in a longer one ("Lyon" of "the University of Lyon") stands for no speaker."""
    for r in records:
        if start <= r.start and r.end <= end and r.start <= head < r.end and r.rule != "nested-name":
            return r
    return None


def resolve_party(party: Party, record: CorefMention | None, actors: dict[str, Actor],
                  statements: list[Statement]) -> Party | None:
    """The party a record resolves a speaker to, or None when it resolves nothing: the record's actor, or for
    first person inside a quotation the speaker of the statement that quotes it."""
    if record is None or (party.actor_id is not None and party.text.lower() not in PRONOUNS):
        return None
    actor = actors.get(record.actor_id) if record.actor_id is not None else None
    if actor is None and record.quote is not None:
        host = quote_speaker(record.quote, [st for st in statements if st.speaker is not party])
        actor = actors.get(host.actor_id) if host is not None else None
        if actor is not None and not fits_first_person(record.text, actor.type):
            actor = None
    if actor is None:
        return None
    return Party(party.start, party.end, party.text, actor.name, actor.type, actor.id)


def _add(mentions: list[Mention], r: CorefMention, form: str) -> None:
    if not any(m.start == r.start and m.end == r.end for m in mentions):
        mentions.append(Mention(r.start, r.end, r.text, form))


def actor_mentions(actors: list[Actor], records: list[CorefMention] | None,
                   statements: list[Statement] | None) -> dict[str, list[Mention]]:
    """Every actor's mentions in text order: the linker's names, then the pronouns and descriptions the records
    tie to it, and first person inside a quotation its speaker says (no span twice)."""
    out = {a.id: list(a.mentions) for a in actors}
    types = {a.id: a.type for a in actors}
    for r in records or []:
        if r.actor_id in out:
            _add(out[r.actor_id], r, "pronoun" if r.form == "first" else r.form)
        elif r.actor_id is None and r.quote is not None:
            host = quote_speaker(r.quote, statements or [])
            if host is not None and host.actor_id in out and fits_first_person(r.text, types[host.actor_id]):
                _add(out[host.actor_id], r, "pronoun")
    for mentions in out.values():
        mentions.sort(key=lambda m: (m.start, m.end))
    return out


def _quote_speakers(statements: list[dict]) -> dict[tuple[int, int], str]:
    """The resolved speaker of each quotation, from the statements whose content lies in it (document JSON)."""
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


def _add_json(actor: dict, r: CorefMention) -> None:
    actor["mentions"].append({"text": r.text, "start": r.start, "end": r.end,
                              "form": "pronoun" if r.form == "first" else r.form})


def merge_coref(doc_json: dict, records: list[CorefMention]) -> dict:
    """A copy of a document JSON analysed without the stage, with the records folded in as the pipeline does
    (for the trainer, which scores many models on one parse; a speaker's head is taken as its last word)."""
    out = copy.deepcopy(doc_json)
    actors = {a["id"]: a for a in out.get("actors", [])}
    statements = out.get("statements", [])
    for r in records:
        if r.actor_id in actors:
            _add_json(actors[r.actor_id], r)
    parties = [(st.get("speaker") or {}) for st in statements]
    parties = [(sp, record_for(sp["start"], sp["end"], sp["end"] - 1, records)) for sp in parties if "start" in sp]
    for sp, r in parties:
        if r is not None and r.actor_id in actors and (not sp.get("actor") or sp["text"].lower() in PRONOUNS):
            a = actors[r.actor_id]
            sp.update(name=a["name"], type=a["type"], actor=a["id"])
    quoted = _quote_speakers(statements)
    for sp, r in parties:
        if r is not None and r.actor_id is None and r.quote is not None:
            actor_id = _speaker_of(r.quote, quoted)
            if actor_id in actors and fits_first_person(r.text, actors[actor_id]["type"]):
                a = actors[actor_id]
                sp.update(name=a["name"], type=a["type"], actor=a["id"])
    for r in records:
        if r.actor_id is None and r.quote is not None:
            actor_id = _speaker_of(r.quote, quoted)
            if actor_id in actors and fits_first_person(r.text, actors[actor_id]["type"]):
                _add_json(actors[actor_id], r)
    return out
