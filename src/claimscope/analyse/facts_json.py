"""The `dates`, `quantities`, `events`, `stances` and `characterisations` sections of the typed document (claimscope.document).

Analysis records point to statements by their position in `doc._.statements`; `ids` (from serialize) turns
each position into the statement id that the document holds. Relative time expressions are resolved here
against the publication date the source supplies, so a document analysed through any engine gets the same
values as one whose Doc carried `doc._.published`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..document import Characterisation, DateRef, Descriptor, Event, Quantity, Span, Stance, TimeExpression, Timex
from .facts.dateanchor import resolve_dates
from .facts.dateresolve import TimeExpr
from .facts.published import doc_published
from .facts.refs import Ref


def mention(ref: Ref | None) -> Span | None:
    return None if ref is None else Span(text=ref.text, start=ref.start, end=ref.end)


def date_ref(d: TimeExpr | None) -> DateRef | None:
    if d is None:
        return None
    return DateRef(text=d.text, start=d.start, end=d.end, value=d.value, precision=d.precision, role=d.role)


def timex(t) -> Timex | None:
    """The TIMEX3 of an expression: type, value and mod always; freq, begin, end and zone when they apply."""
    if t is None:
        return None
    extra = {k: getattr(t, k) for k in ("freq", "begin", "end", "zone") if getattr(t, k) is not None}
    return Timex(type=t.type, value=t.value, mod=t.mod, **extra)


def time_expression(d: TimeExpr) -> TimeExpression:
    return TimeExpression(text=d.text, start=d.start, end=d.end, kind=d.kind, value=d.value, precision=d.precision,
                          relative=d.relative, role=d.role, mod=d.mod, timex=timex(d.timex))


class Sources:
    """The statement a fact is reported in, by id, with its speaker's name and the statement's stance."""

    def __init__(self, doc: Doc, ids: list[str]):
        self.statements = list(doc._.statements or [])
        self.stances = list(doc._.stances or [])
        self.ids = ids

    def of(self, k: int | None) -> dict:
        """`statement`, `source` and `stance` of the fact reported by the statement at position k."""
        if k is None or k >= len(self.statements):
            return {"statement": None, "source": None, "stance": None}
        sp = self.statements[k].speaker
        return {"statement": self.ids[k], "source": sp.name if sp is not None else None,
                "stance": self.stances[k].stance if k < len(self.stances) else None}


def quantity(q, sources: Sources) -> Quantity:
    return Quantity(
        text=q.text, start=q.start, end=q.end, kind=q.kind,
        value=q.value, low=q.low, high=q.high, unit=q.unit, currency=q.currency,
        canonical_unit=q.canonical_unit, dimension=q.dimension, per=q.per, si_value=q.si_value, si_low=q.si_low,
        si_high=q.si_high, si_unit=q.si_unit, approximate=q.approximate, qualifier=q.qualifier, unit_inferred=q.unit_inferred,
        change=q.change, status=q.status,
        actor=q.actor.name if q.actor is not None else None, actor_mention=mention(q.actor),
        **sources.of(q.statement), date=date_ref(q.date), hedges=[h.text for h in q.hedges],
    )


def event(e, sources: Sources, q_index: dict[int, int]) -> Event:
    size = e.size
    return Event(
        start=e.start, end=e.end,
        actor=e.actor.name if e.actor is not None else None, actor_mention=mention(e.actor),
        action=e.action, lemma=e.lemma,
        recipient=e.recipient.name if e.recipient is not None else None, recipient_mention=mention(e.recipient),
        what=e.what,
        location=e.location.name if e.location is not None else None, location_mention=mention(e.location),
        date=date_ref(e.date),
        size=None if size is None else (size.value if size.value is not None else size.low
                                        if size.low is not None else size.high),
        quantity=None if size is None else q_index.get(id(size)),
        status=e.status, type=e.type, mode=e.mode, **({"subordinate": True} if e.subordinate else {}),
        **sources.of(e.statement), hedges=[h.text for h in e.hedges],
    )


def stances(doc: Doc, ids: list[str]) -> list[Stance]:
    """One stance per statement id (stances are parallel to `doc._.statements`)."""
    out: list[Stance] = []
    seen: set[str] = set()
    for k, st in enumerate(doc._.stances or []):
        if k < len(ids) and ids[k] not in seen:
            seen.add(ids[k])
            out.append(Stance(statement=ids[k], stance=st.stance,
                              hedges=[Span(text=h.text, start=h.start, end=h.end) for h in st.hedges]))
    return out


def characterisation(c) -> Characterisation:
    return Characterisation(
        sentence=list(c.sentence), theme=c.theme, owners=list(c.owners), anchor=list(c.anchor),
        descriptors=[Descriptor(text=d.text, head=d.head, negated=d.negated, polarity=d.polarity, start=d.start,
                                end=d.end, predicative=d.predicative) for d in c.descriptors],
        namer=list(c.namer) if c.namer else None,
    )


def fact_sections(doc: Doc, ids: list[str], published=None) -> dict:
    """The fact sections of one analysed Doc; `ids[k]` is the id of the statement at position k."""
    dates = list(doc._.dates or [])
    published = published or doc_published(doc)
    if published:
        resolve_dates(dates, published)
    sources = Sources(doc, ids)
    quantities = list(doc._.quantities or [])
    q_index = {id(q): n for n, q in enumerate(quantities)}
    return {
        "dates": [time_expression(d) for d in dates],
        "quantities": [quantity(q, sources) for q in quantities],
        "events": [event(e, sources, q_index) for e in doc._.events or []],
        "stances": stances(doc, ids),
        "characterisations": [characterisation(c) for c in doc._.characterisations or []],
    }
