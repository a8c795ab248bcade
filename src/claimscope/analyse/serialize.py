"""Turn an analysed Doc into the document JSON (docs/document.schema.json): the project's stable format."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from .. import __version__
from ..ingest.document import SourceDoc, content_id
from .model import Party, Statement
from .facts_json import facts_json


def _party(p: Party | None) -> dict | None:
    if p is None:
        return None
    out = {"text": p.text, "start": p.start, "end": p.end, "name": p.name, "type": p.type}
    if p.actor_id:
        out["actor"] = p.actor_id
    return out


def statement_id(doc_id: str, st: Statement) -> str:
    """Stable id from the document, content and cue offsets: re-analysis gives the same ids."""
    key = doc_id + ":" + ";".join(f"{s}-{e}" for s, e in st.content)
    if st.cue is not None:
        key += f"@{st.cue[0]}-{st.cue[1]}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def statement_json(doc_id: str, text: str, st: Statement) -> dict:
    """One statement as JSON, with the text of each span."""
    return {
        "id": statement_id(doc_id, st),
        "kind": st.kind,
        "speaker": _party(st.speaker),
        "cue": None if st.cue is None else {"text": text[st.cue[0]:st.cue[1]], "start": st.cue[0], "end": st.cue[1]},
        "content": {"text": " … ".join(text[s:e] for s, e in st.content), "spans": [list(x) for x in st.content]},
        "addressee": _party(st.addressee),
        "confidence": st.confidence,
        "nested_in": None if st.nested_in is None else statement_id(doc_id, st.nested_in),
    }


def actor_json(a) -> dict:
    """One actor: name, type, kind, mentions, roles, affiliations; places and states also country and coordinates."""
    out = {
        "id": a.id,
        "name": a.name,
        "type": a.type,
        "kind": getattr(a, "kind", None),
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in a.mentions],
        "roles": list(a.roles),
        "affiliations": list(getattr(a, "affiliations", [])),
    }
    if a.type in ("GPE", "LOC"):
        out["country"] = getattr(a, "country", None)
        lat, lon = getattr(a, "lat", None), getattr(a, "lon", None)
        out["coordinates"] = {"lat": lat, "lon": lon} if lat is not None and lon is not None else None
    return out


def doc_to_json(doc: Doc, source: SourceDoc | None = None) -> dict:
    """The document JSON of an analysed Doc; `source` supplies id and metadata when known."""
    text = doc.text
    doc_id = source.id if source is not None else content_id(text)
    return {
        "id": doc_id,
        "source": source.source() if source is not None else {},
        "title": source.title if source is not None else None,
        "published": source.published if source is not None else None,
        "publisher": source.publisher if source is not None else None,
        "author": source.author if source is not None else None,
        "text": text,
        "statements": _unique([statement_json(doc_id, text, st) for st in (doc._.statements or [])]),
        "actors": [actor_json(a) for a in (doc._.actors or [])],
        **facts_json(doc, doc_id, source.published if source is not None else None),
        "claimscope_version": __version__,
    }


def _unique(statements: list[dict]) -> list[dict]:
    """One statement per id: the same content reported by the same cue twice is one statement."""
    seen: set[str] = set()
    out = []
    for st in statements:
        if st["id"] not in seen:
            seen.add(st["id"])
            out.append(st)
    return out
