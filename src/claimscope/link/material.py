"""What a story is made of, read from the store: its documents, their outlets and copies, and their items
(statements, events and quantities) with the source that asserts each."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from urllib.parse import urlparse

from claimscope.lexicon.sources import BODY_NOUNS, PEOPLE_NOUNS, SOURCE_TYPE
from claimscope.sentences import sentence_at
from claimscope.store.blob import unpack_json

from .claim_keys import actor_key, source_key


@dataclass
class Doc:
    """A document of the story with what the claims need to name it."""

    id: str
    title: str | None
    url: str | None
    path: str | None
    publisher: str | None
    published: str | None
    text: str
    canonical: str
    outlet: str
    actors: dict[str, dict] = field(default_factory=dict)   # folded name -> {type, affiliations, country}
    characterisations: list = field(default_factory=list)  # the JSON's section (empty when stored without it)

    def ref(self) -> dict:
        """How the JSON output names the document."""
        return {"id": self.id, "url": self.url, "path": self.path, "title": self.title,
                "publisher": self.publisher, "published": self.published}


@dataclass
class Item:
    """One statement, event or quantity of a document, with who asserts it."""

    kind: str                      # statement | event | quantity
    doc: Doc
    position: int                  # index in the document JSON's list of its kind
    data: dict
    statement_id: str | None
    speaker: str | None            # canonical speaker name; None when the outlet itself asserts it
    text: str                      # the statement's content, or the sentence of the event / quantity
    stance: str | None = None
    cue: str | None = None
    start: int = 0                 # where the item's text starts in the document
    speaker_text: str | None = None  # the speaker as written ("a spokesman for the ministry")
    identified: bool = True        # the source is known: an actor, a described body or people, or the outlet

    @property
    def source(self) -> str:
        """Who asserts it: the speaker, else the outlet."""
        return self.speaker or self.doc.outlet

    @property
    def source_key(self) -> str:
        """The independent source: the speaker's actor, a spokesperson's body, else the outlet."""
        return source_key(self.source, self.speaker_text if self.speaker else None)

    @property
    def report_key(self) -> tuple[str, str]:
        """One independent source: a speaker (by actor, a spokesperson by the body they speak for) counts once
        however many documents quote it; what an outlet asserts itself counts once per original report, so copies
        of a document and repeats within it count once."""
        if self.speaker:
            return ("speaker", self.source_key)
        return (self.doc.canonical, self.source_key)


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
        is not None


def story_documents(conn: sqlite3.Connection, story_id: str) -> list[str]:
    """Documents of a story; a document with no story is its own story (its id is the story id)."""
    ids: list[str] = []
    if table_exists(conn, "story_documents"):
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT sd.document_id FROM story_documents sd JOIN documents d ON d.id = sd.document_id "
            "WHERE sd.story_id = ? ORDER BY d.n", (story_id,))]
    if not ids and conn.execute("SELECT 1 FROM documents WHERE id = ?", (story_id,)).fetchone():
        ids = [story_id]
    return ids


def lone_documents(conn: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    """Of `doc_ids`, those in no story (each then is a story of its own)."""
    if not table_exists(conn, "story_documents"):
        return set(doc_ids)
    placed = set()
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start:start + 500]
        placed.update(r[0] for r in conn.execute(
            f"SELECT document_id FROM story_documents WHERE document_id IN ({','.join('?' * len(chunk))})", chunk))
    return set(doc_ids) - placed


def canonical_ids(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, str]:
    """document -> the earliest document it is a copy of (itself when it is no copy or no table says)."""
    out = {d: d for d in doc_ids}
    if doc_ids and table_exists(conn, "document_duplicates"):
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            for doc_id, canonical in conn.execute(
                    "SELECT document_id, canonical_id FROM document_duplicates "
                    f"WHERE document_id IN ({','.join('?' * len(chunk))})", chunk):
                if canonical:
                    out[doc_id] = canonical
    return out


def outlet_of(publisher: str | None, url: str | None, path: str | None, doc_id: str) -> str:
    """The outlet: the publisher, else the host of the url, else the file, else the document."""
    if publisher and publisher.strip():
        return publisher.strip()
    if url:
        host = urlparse(url).hostname or ""
        if host:
            return host[4:] if host.startswith("www.") else host
    if path:
        return path.replace("\\", "/").rsplit("/", 1)[-1]
    return f"document {doc_id}"


def _speakers(conn: sqlite3.Connection, doc_id: str) -> dict[str, str]:
    """statement id -> canonical speaker name (the store's actor record, else the words of the text)."""
    return {sid: name for sid, name in conn.execute(
        "SELECT s.id, coalesce(a.name, s.speaker_text) FROM statements s LEFT JOIN actors a "
        "ON a.id = s.speaker_actor_id WHERE s.document_id = ?", (doc_id,)) if name}


def load(conn: sqlite3.Connection, doc_ids: list[str]) -> tuple[list[Doc], list[Item]]:
    """The documents and items of a story."""
    canon = canonical_ids(conn, doc_ids)
    docs: list[Doc] = []
    items: list[Item] = []
    for doc_id in doc_ids:
        row = conn.execute("SELECT id, title, url, path, publisher, published, text, json FROM documents "
                           "WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        js = unpack_json(row[7])
        doc = Doc(id=row[0], title=row[1], url=row[2], path=row[3], publisher=row[4], published=row[5],
                  text=row[6] or "", canonical=canon.get(doc_id, doc_id),
                  outlet=outlet_of(row[4], row[2], row[3], row[0]))
        if isinstance(js.get("characterisations"), list):
            doc.characterisations = js["characterisations"]
        for actor in js.get("actors") or []:
            if isinstance(actor, dict) and actor.get("name"):
                doc.actors[actor_key(actor["name"])] = actor
        docs.append(doc)
        items.extend(_items(conn, doc, js))
    return docs, items


def identified(speaker: dict | None) -> bool:
    """A speaker that can stand as one side of a disagreement: resolved to an actor, or an unnamed source named
    by people or a body ("traders", "the fire service"); not a lone pronoun ("he said", "you") nor words the
    parse took for a speaker ("developments ... made to design")."""
    if not isinstance(speaker, dict):
        return True
    if speaker.get("resolved") or (speaker.get("name") and speaker.get("type") not in {None, SOURCE_TYPE}):
        return True  # an actor, or a name the text gives ("Belarus's foreign ministry")
    if not speaker.get("name"):
        return False  # a pronoun no actor took
    if _proper_name(str(speaker.get("name"))):
        return True  # a body the text names ("the Harbour Pilots Guild", "Norvik Rovers") though no actor took it
    words = set(re.findall(r"[a-z]+", str(speaker.get("text") or speaker.get("name")).lower()))
    return bool(words & (PEOPLE_NOUNS | BODY_NOUNS))


def _proper_name(name: str) -> bool:
    """Two or more capitalised words after an article ("The Pilots Guild"): a name, not a misparsed phrase."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return len(words) >= 2 and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() for w in words)


def _items(conn: sqlite3.Connection, doc: Doc, js: dict) -> list[Item]:
    """Items of one document from its JSON."""
    speakers = _speakers(conn, doc.id)
    stances = {s.get("statement"): s.get("stance") for s in js.get("stances") or [] if isinstance(s, dict)}
    statements = [s for s in js.get("statements") or [] if isinstance(s, dict)]
    by_id = {s.get("id"): s for s in statements}
    out: list[Item] = []

    def speaker_of(sid):
        st = by_id.get(sid)
        if st is None:
            return None
        return speakers.get(sid) or (st.get("speaker") or {}).get("name") or (st.get("speaker") or {}).get("text")

    def written(sid):
        return ((by_id.get(sid) or {}).get("speaker") or {}).get("text")

    def known(sid):
        return identified((by_id.get(sid) or {}).get("speaker")) if sid in by_id else True

    for pos, st in enumerate(statements):
        content = st.get("content") or {}
        spans = content.get("spans") or [[0, 0]]
        out.append(Item("statement", doc, pos, st, st.get("id"), speaker_of(st.get("id")),
                        content.get("text") or "", stance=stances.get(st.get("id")),
                        cue=(st.get("cue") or {}).get("text"), start=spans[0][0] if spans[0] else 0,
                        speaker_text=written(st.get("id")), identified=known(st.get("id"))))
    for kind, key in (("event", "events"), ("quantity", "quantities")):
        for pos, el in enumerate(js.get(key) or []):
            if not isinstance(el, dict):
                continue
            sid = el.get("statement")
            if isinstance(sid, int) and not isinstance(sid, bool) and 0 <= sid < len(statements):
                sid = statements[sid].get("id")
            sid = sid if isinstance(sid, str) else None
            at = el.get("start") if isinstance(el.get("start"), int) else 0
            st = by_id.get(sid)
            text, start = None, at
            if st is not None:  # the part of the statement's content that holds the item
                for s, e in (st.get("content") or {}).get("spans") or []:
                    if s <= at < e:
                        text, start = doc.text[s:e], s
                        break
            if text is None:
                start, end = sentence_at(doc.text, at)
                text = doc.text[start:end]
            speaker = speaker_of(sid) if sid else None
            if speaker is None and el.get("status") == "denied" and isinstance(el.get("actor"), str):
                speaker = el["actor"]  # "Belarus denies moving troops": who denies is who would have acted
            out.append(Item(kind, doc, pos, el, sid, speaker, text,
                            stance=el.get("stance") or stances.get(sid), start=start,
                            cue=(st.get("cue") or {}).get("text") if st else None,
                            speaker_text=written(sid) if sid else None,
                            identified=known(sid)))
    return out


def store_order(conn: sqlite3.Connection, doc_ids: list[str]) -> list[str]:
    """The given documents' ids in the order they were stored, so each is compared with earlier ones only; the
    texts are read per batch by the caller, so memory does not grow with a pass."""
    rows = []
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        rows += conn.execute(f"SELECT id, n FROM documents WHERE id IN ({','.join('?' * len(chunk))})",
                             chunk).fetchall()
    return [r[0] for r in sorted(rows, key=lambda r: r[1])]
