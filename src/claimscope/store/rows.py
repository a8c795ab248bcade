"""Table rows of one typed document (claimscope.document): pure functions, testable without a database.

Each builder returns the tuples that the matching `*_INSERT` statement takes. Statement parties and mentions
need the store actor ids that linking gave the document's actors (`actor_ids`: a document actor's local id,
or a party's (name, type), -> actor id; see store/actors.py).
"""

from __future__ import annotations

import json

from claimscope.document import Actor, DateRef, Document, Party
from claimscope.lexicon.sources import PEOPLE_NOUNS, SOURCE_TYPE
from claimscope.store.text import sqlite_text as t

DOCUMENT_INSERT = (
    "INSERT INTO documents(id, path, url, title, published, publisher, author, text, json, added_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING"
)
MENTION_INSERT = 'INSERT INTO mentions(document_id, actor_id, start, "end", text) VALUES (?, ?, ?, ?, ?)'
STATEMENT_INSERT = (
    "INSERT INTO statements(id, document_id, kind, speaker_text, speaker_start, speaker_end, speaker_actor_id, "
    "cue_text, cue_start, cue_end, content_text, content_spans, content_start, content_end, "
    "addressee_text, addressee_start, addressee_end, addressee_actor_id, confidence) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
QUANTITY_INSERT = (
    'INSERT INTO quantities(document_id, position, text, start, "end", kind, value, low, high, unit, currency, '
    "approximate, qualifier, change, status, actor, statement_id, date_text, date_value, date_role) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
EVENT_INSERT = (
    'INSERT INTO events(document_id, position, start, "end", actor, action, lemma, recipient, what, location, '
    "date_text, date_value, date_role, size, status, type, mode, statement_id, source, stance) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
TIME_INSERT = (
    'INSERT INTO time_expressions(document_id, text, start, "end", kind, value, precision, role) '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def document_row(doc: Document, blob: bytes, added_at: str) -> tuple:
    """The `documents` row; `blob` is the packed JSON as added (store/blob.py)."""
    source = doc.source or {}
    return (t(doc.id), t(source.get("path")), t(source.get("url")), t(doc.title), t(doc.published),
            t(doc.publisher), t(doc.author), t(doc.text or ""), blob, added_at)


def local_id(n: int, actor_id: str | None) -> str:
    """A document actor's id within its document; position-based for an actor the JSON gives no id."""
    return str(actor_id or f"_{n}")


def document_types(doc: Document) -> dict[str, str]:
    """Name -> type for the document's actors, used to type untyped speakers."""
    return {a.name: a.type for a in doc.actors if a.name and a.type}


def unnamed_group(name: str | None) -> bool:
    """Whether a name is only a noun of people ("MPs", "officials"): an unnamed group, not a named actor."""
    return (name or "").strip().lower() in PEOPLE_NOUNS


def store_actor(actor: Actor) -> bool:
    """Whether a document actor becomes a store actor: it has a name and a type, the type is no SOURCE and the name
    no bare noun of people (an unnamed source is listed by its words, never ranked among named actors)."""
    return bool(actor.name) and bool(actor.type) and actor.type != SOURCE_TYPE and not unnamed_group(actor.name)


def party_key(party: Party | None, types: dict[str, str]) -> tuple[str, str] | None:
    """(name, type) of a speaker/addressee; an untyped party borrows its actor's type. A party that resolves to
    no actor ("they", "analysts"), an unnamed source (type SOURCE or a bare noun of people) and a party with no type
    have none: they are listed by their words, never as actors."""
    if party is None or not party.name or party.resolved is False or party.type == SOURCE_TYPE \
            or unnamed_group(party.name):
        return None
    type_ = party.type or types.get(party.name)
    return (t(party.name), t(type_)) if type_ else None


def party_actor_id(party: Party | None, types: dict[str, str], actor_ids: dict) -> int | None:
    """The actor id of a speaker/addressee: its document actor when it has one, else its (name, type)."""
    if party is None or not party.name or party.resolved is False:
        return None
    if party.actor is not None and party.actor in actor_ids:
        return actor_ids[party.actor]
    return actor_ids.get(party_key(party, types))


def mention_rows(doc: Document, actor_ids: dict) -> list[tuple]:
    """One row per mention span of each document actor."""
    doc_id = t(doc.id)
    return [(doc_id, actor_ids[local_id(n, actor.id)], m.start, m.end, t(m.text or ""))
            for n, actor in enumerate(doc.actors) if local_id(n, actor.id) in actor_ids for m in actor.mentions]


def statement_rows(doc: Document, actor_ids: dict) -> list[tuple]:
    """Each statement flattened; spans stay JSON because they are read back whole, never queried."""
    doc_id = t(doc.id)
    types = document_types(doc)
    out = []
    for st in doc.statements:
        sp, cue, ad = st.speaker, st.cue, st.addressee
        spans = [[int(s), int(e)] for s, e in st.content.spans or []]
        out.append((
            t(st.id), doc_id, st.kind,
            t(sp.text) if sp else None, sp.start if sp else None, sp.end if sp else None,
            party_actor_id(sp, types, actor_ids),
            t(cue.text) if cue else None, cue.start if cue else None, cue.end if cue else None,
            t(st.content.text or ""), json.dumps(spans),
            min((s for s, _ in spans), default=0), max((e for _, e in spans), default=0),
            t(ad.text) if ad else None, ad.start if ad else None, ad.end if ad else None,
            party_actor_id(ad, types, actor_ids),
            float(st.confidence),
        ))
    return out


def _num(v) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _date(d: DateRef | None) -> tuple:
    return (None, None, None) if d is None else (t(d.text), t(d.value), t(d.role))


def quantity_rows(doc: Document) -> list[tuple]:
    """One row per quantity, with its position in the document's `quantities` (events refer to it so)."""
    doc_id = t(doc.id)
    return [(doc_id, n, t(q.text or ""), int(q.start), int(q.end), t(q.kind or "count"),
             _num(q.value), _num(q.low), _num(q.high), t(q.unit), t(q.currency), 1 if q.approximate else 0,
             t(q.qualifier), t((q.change or {}).get("direction")) if isinstance(q.change, dict) else None,
             t(q.status), t(q.actor), t(q.statement), *_date(q.date))
            for n, q in enumerate(doc.quantities)]


def event_rows(doc: Document) -> list[tuple]:
    """One row per event, with its position in the document's `events`."""
    doc_id = t(doc.id)
    return [(doc_id, n, int(e.start), int(e.end), t(e.actor), t(e.action or ""), t(e.lemma or ""),
             t(e.recipient), t(e.what), t(e.location), *_date(e.date), _num(e.size), t(e.status), t(e.type),
             t(e.mode), t(e.statement), t(e.source), t(e.stance))
            for n, e in enumerate(doc.events)]


def time_rows(doc: Document) -> list[tuple]:
    """One row per time expression."""
    doc_id = t(doc.id)
    return [(doc_id, t(d.text or ""), int(d.start), int(d.end), t(d.kind or "date"), t(d.value), t(d.precision),
             t(d.role)) for d in doc.dates]
