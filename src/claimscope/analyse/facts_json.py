"""The `dates`, `quantities`, `events` and `stances` sections of the document JSON (docs/document.schema.json).

Relative time expressions are resolved here against the publication date the source supplies, so a
document analysed through any engine gets the same values as one whose Doc carried `doc._.published`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .facts.dateresolve import TimeExpr, resolve_dates
from .facts.published import doc_published
from .facts.refs import Ref


def _mention(ref: Ref | None) -> dict | None:
    if ref is None:
        return None
    return {"text": ref.text, "start": ref.start, "end": ref.end}


def _date_ref(d: TimeExpr | None) -> dict | None:
    if d is None:
        return None
    return {"text": d.text, "start": d.start, "end": d.end, "value": d.value, "precision": d.precision,
            "role": d.role}


def date_json(d: TimeExpr) -> dict:
    return {"text": d.text, "start": d.start, "end": d.end, "kind": d.kind, "value": d.value,
            "precision": d.precision, "relative": d.relative, "role": d.role, "mod": d.mod}


def facts_json(doc: Doc, doc_id: str, published=None) -> dict:
    """The fact sections of one analysed Doc; statement references are statement ids."""
    from .serialize import statement_id  # serialize imports this module

    statements = list(doc._.statements or [])
    ids = [statement_id(doc_id, st) for st in statements]
    stances = list(doc._.stances or [])
    dates = list(doc._.dates or [])
    published = published or doc_published(doc)
    if published:
        resolve_dates(dates, published)

    def source(k: int | None) -> dict:
        if k is None or k >= len(statements):
            return {"statement": None, "source": None, "stance": None}
        sp = statements[k].speaker
        return {"statement": ids[k], "source": sp.name if sp is not None else None,
                "stance": stances[k].stance if k < len(stances) else None}

    quantities = list(doc._.quantities or [])
    q_index = {id(q): n for n, q in enumerate(quantities)}
    out_q = []
    for q in quantities:
        out_q.append({
            "text": q.text, "start": q.start, "end": q.end, "kind": q.kind,
            "value": q.value, "low": q.low, "high": q.high, "unit": q.unit, "currency": q.currency,
            "approximate": q.approximate, "qualifier": q.qualifier, "unit_inferred": q.unit_inferred,
            "change": q.change, "status": q.status,
            "actor": q.actor.name if q.actor is not None else None, "actor_mention": _mention(q.actor),
            **source(q.statement), "date": _date_ref(q.date), "hedges": [h.text for h in q.hedges],
        })
    out_e = []
    for e in doc._.events or []:
        size = e.size
        out_e.append({
            "start": e.start, "end": e.end,
            "actor": e.actor.name if e.actor is not None else None, "actor_mention": _mention(e.actor),
            "action": e.action, "lemma": e.lemma,
            "recipient": e.recipient.name if e.recipient is not None else None,
            "recipient_mention": _mention(e.recipient),
            "what": e.what,
            "location": e.location.name if e.location is not None else None,
            "location_mention": _mention(e.location),
            "date": _date_ref(e.date),
            "size": None if size is None else (size.value if size.value is not None else size.low
                                               if size.low is not None else size.high),
            "quantity": None if size is None else q_index.get(id(size)),
            "status": e.status, "type": e.type, "mode": e.mode,
            **source(e.statement), "hedges": [h.text for h in e.hedges],
        })
    out_s = []
    seen: set[str] = set()
    for k, st in enumerate(stances):
        if k < len(ids) and ids[k] not in seen:
            seen.add(ids[k])
            out_s.append({"statement": ids[k], "stance": st.stance,
                          "hedges": [{"text": h.text, "start": h.start, "end": h.end} for h in st.hedges]})
    return {"dates": [date_json(d) for d in dates], "quantities": out_q, "events": out_e, "stances": out_s}
