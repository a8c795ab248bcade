"""Writing one document JSON as rows in a single transaction, so a crash leaves it either whole or absent."""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import datetime, timezone

from claimscope.store.actors import after_document
from claimscope.store.facts import write_facts
from claimscope.store.text import sqlite_text as t


def pack_json(doc: dict) -> bytes:
    """Compressed because the text is already stored once in `documents.text`; surrogatepass keeps odd text exact."""
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(raw.encode("utf-8", "surrogatepass"), 6)


def unpack_json(blob: bytes) -> dict:
    """Inverse of pack_json: the document exactly as it was added."""
    return json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))


def add_document(conn: sqlite3.Connection, doc: dict) -> bool:
    """Insert `doc` and all its rows atomically; False (nothing written) when its id is already stored."""
    doc_id = doc.get("id") if isinstance(doc, dict) else None
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError("document JSON needs a non-empty string 'id'")
    blob = pack_json(doc)  # before BEGIN: keep the write lock short
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _insert_document_row(conn, doc, blob):
            conn.execute("ROLLBACK")
            return False
        actor_ids = _upsert_actors(conn, doc)
        conn.executemany(
            'INSERT INTO mentions(document_id, actor_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            _mention_rows(doc, actor_ids),
        )
        conn.executemany(_STATEMENT_INSERT, _statement_rows(doc, actor_ids))
        write_facts(conn, doc)
        after_document(conn, doc)
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(err, (sqlite3.IntegrityError, KeyError, TypeError)):
            raise ValueError(f"document {doc_id}: not storable ({type(err).__name__}: {err})") from err
        raise
    return True


def _insert_document_row(conn: sqlite3.Connection, doc: dict, blob: bytes) -> bool:
    """The id check happens inside the write transaction, so a concurrent add cannot slip in between."""
    source = doc.get("source") or {}
    cur = conn.execute(
        "INSERT INTO documents(id, path, url, title, published, publisher, author, text, json, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
        (
            t(doc["id"]),
            t(source.get("path")),
            t(source.get("url")),
            t(doc.get("title")),
            t(doc.get("published")),
            t(doc.get("publisher")),
            t(doc.get("author")),
            t(doc.get("text") or ""),
            blob,
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        ),
    )
    return cur.rowcount == 1


def _actor_key(name: str, type_: str | None) -> tuple[str, str]:
    """(name, type) with '' for an unknown type: the identity of a canonical actor for now."""
    return t(name), t(type_ or "")


def _party_key(party: dict | None, doc_types: dict[str, str]) -> tuple[str, str] | None:
    """A speaker/addressee without a type borrows it from the document's actor of the same name."""
    if not party or not party.get("name"):
        return None
    return _actor_key(party["name"], party.get("type") or doc_types.get(party["name"]))


def _upsert_actors(conn: sqlite3.Connection, doc: dict) -> dict:
    """Link the document's actors to store records (one per person, organisation, state, place across
    documents: see store/actors.py) and ensure a record for every speaker and addressee; returns a map from
    a document actor's local id, or a party's (name, type), to the actor id."""
    return link_actors(conn, doc)


def link_actors(conn: sqlite3.Connection, doc: dict, ov=None) -> dict:
    """The work of _upsert_actors, also used when documents are re-linked after an override."""
    from claimscope.store import actors as store_actors

    ov = ov or store_actors.Overrides(conn)
    ids: dict = dict(store_actors.link_document(conn, doc, ov))
    types = _document_types(doc)
    for st in doc.get("statements") or []:
        for party in (st.get("speaker"), st.get("addressee")):
            if not party or not party.get("name") or party.get("actor") in ids:
                continue
            key = _party_key(party, types)
            if key not in ids:
                ids[key] = store_actors.party_actor(conn, ov, key[0], key[1], t(doc["id"]))
    return ids


def _party_id(party: dict | None, types: dict[str, str], actor_ids: dict) -> int | None:
    """The actor id of a speaker/addressee: its document actor when it has one, else its (name, type)."""
    if not party or not party.get("name"):
        return None
    local = party.get("actor")
    if local is not None and local in actor_ids:
        return actor_ids[local]
    return actor_ids.get(_party_key(party, types))


def party_ids(doc: dict, st: dict, actor_ids: dict) -> tuple[int | None, int | None]:
    """(speaker actor id, addressee actor id) of one statement."""
    types = _document_types(doc)
    return _party_id(st.get("speaker"), types, actor_ids), _party_id(st.get("addressee"), types, actor_ids)


def _document_types(doc: dict) -> dict[str, str]:
    """Name -> type for the document's actors, used to type untyped speakers."""
    return {a["name"]: a["type"] for a in doc.get("actors") or [] if a.get("name") and a.get("type")}


def _mention_rows(doc: dict, actor_ids: dict):
    """One row per mention span of each document actor."""
    doc_id = t(doc["id"])
    for n, actor in enumerate(doc.get("actors") or []):
        if not actor.get("name"):
            continue
        actor_id = actor_ids[str(actor.get("id") or f"_{n}")]
        for m in actor.get("mentions") or []:
            yield doc_id, actor_id, m["start"], m["end"], t(m.get("text") or "")


_STATEMENT_INSERT = (
    "INSERT INTO statements(id, document_id, kind, speaker_text, speaker_start, speaker_end, speaker_actor_id, "
    "cue_text, cue_start, cue_end, content_text, content_spans, content_start, content_end, "
    "addressee_text, addressee_start, addressee_end, addressee_actor_id, confidence) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _statement_rows(doc: dict, actor_ids: dict):
    """Flatten each statement; spans stay JSON because they are read back whole, never queried."""
    doc_id = t(doc["id"])
    types = _document_types(doc)
    for st in doc.get("statements") or []:
        speaker, cue, addressee = st.get("speaker") or {}, st.get("cue") or {}, st.get("addressee") or {}
        content = st["content"]
        spans = [[int(s), int(e)] for s, e in content.get("spans") or []]
        speaker_id, addressee_id = _party_id(speaker, types, actor_ids), _party_id(addressee, types, actor_ids)
        yield (
            t(st["id"]),
            doc_id,
            st["kind"],
            t(speaker.get("text")),
            speaker.get("start"),
            speaker.get("end"),
            speaker_id,
            t(cue.get("text")),
            cue.get("start"),
            cue.get("end"),
            t(content.get("text") or ""),
            json.dumps(spans),
            min((s for s, _ in spans), default=0),
            max((e for _, e in spans), default=0),
            t(addressee.get("text")),
            addressee.get("start"),
            addressee.get("end"),
            addressee_id,
            float(st.get("confidence", 0.0)),
        )
