"""Turn an analysed Doc into the typed document (claimscope.document) and its JSON; no analysis happens here.

Statement ids are made here, once: every fact section receives them (`fact_sections(doc, ids, ...)`), so facts
refer to statements by id in the document whatever the analysis records hold.
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from .extensions import doc_text
from .. import __version__
from ..document import Actor, Content, Coordinates, Document, Mention, Party, Span, Statement
from ..ingest.document import SourceDoc, content_id
from . import model
from .coref.merge import actor_mentions
from .facts_json import fact_sections


def party(p: model.Party | None) -> Party | None:
    """A speaker or addressee; `actor` only when the party is an actor of the document."""
    if p is None:
        return None
    fields = {"text": p.text, "start": p.start, "end": p.end, "name": p.name, "type": p.type}
    if p.actor_id:
        fields["actor"] = p.actor_id
    fields["resolved"] = p.resolved
    if p.kind:
        fields["kind"] = p.kind
    return Party(**fields)


def statement_id(doc_id: str, st: model.Statement) -> str:
    """Stable id from the document, content and cue offsets: re-analysis gives the same ids."""
    key = doc_id + ":" + ";".join(f"{s}-{e}" for s, e in st.content)
    if st.cue is not None:
        key += f"@{st.cue[0]}-{st.cue[1]}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def statement(doc_id: str, text: str, st: model.Statement) -> Statement:
    """One statement, with the text of each span."""
    return Statement(
        id=statement_id(doc_id, st),
        kind=st.kind,
        speaker=party(st.speaker),
        cue=None if st.cue is None else Span(text=text[st.cue[0]:st.cue[1]], start=st.cue[0], end=st.cue[1]),
        content=Content(text=" … ".join(text[s:e] for s, e in st.content), spans=[list(x) for x in st.content]),
        addressee=party(st.addressee),
        confidence=st.confidence,
        nested_in=None if st.nested_in is None else statement_id(doc_id, st.nested_in),
    )


def actor(a: model.Actor, mentions: list[model.Mention] | None = None) -> Actor:
    """One actor: name, type, kind, mentions (`mentions` when given, else the actor's), roles, affiliations;
    places and states also country and coordinates."""
    fields = {
        "id": a.id, "name": a.name, "type": a.type, "kind": getattr(a, "kind", None),
        "mentions": [Mention(text=m.text, start=m.start, end=m.end, form=m.form)
                     for m in (a.mentions if mentions is None else mentions)],
        "roles": list(a.roles), "affiliations": list(getattr(a, "affiliations", [])),
    }
    if a.type in ("GPE", "LOC"):
        lat, lon = getattr(a, "lat", None), getattr(a, "lon", None)
        fields["country"] = getattr(a, "country", None)
        fields["coordinates"] = Coordinates(lat=lat, lon=lon) if lat is not None and lon is not None else None
    return Actor(**fields)


def unique(statements: list[Statement]) -> list[Statement]:
    """One statement per id: the same content reported by the same cue twice is one statement."""
    seen: set[str] = set()
    out = []
    for st in statements:
        if st.id not in seen:
            seen.add(st.id)
            out.append(st)
    return out


def doc_to_document(doc: Doc, source: SourceDoc | None = None) -> Document:
    """The typed document of an analysed Doc; `source` supplies id and metadata when known."""
    text = doc_text(doc)
    doc_id = source.id if source is not None else content_id(text)
    records = list(doc._.statements or [])
    ids = [statement_id(doc_id, st) for st in records]
    actors = list(doc._.actors or [])
    mentions = actor_mentions(actors, getattr(doc._, "coref", None), records)
    return Document(
        id=doc_id,
        source=source.source() if source is not None else {},
        title=source.title if source is not None else None,
        published=source.published if source is not None else None,
        publisher=source.publisher if source is not None else None,
        author=source.author if source is not None else None,
        text=text,
        statements=unique([statement(doc_id, text, st) for st in records]),
        actors=[actor(a, mentions.get(a.id)) for a in actors],
        **fact_sections(doc, ids, source.published if source is not None else None),
        claimscope_version=__version__,
    )


def doc_to_json(doc: Doc, source: SourceDoc | None = None) -> dict:
    """The document JSON (docs/document.schema.json) of an analysed Doc."""
    return doc_to_document(doc, source).to_json()
