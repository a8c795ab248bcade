"""One record per name whatever type the recogniser gave it: the type most of the store's articles give wins.

A statistical recogniser labels one company a person in one article and an organisation in the next, a product a
place, a bank a nationality. Records are keyed by (name, type), so each label would make its own record. For the
types it confuses (`FLUID_TYPES`), a document actor that the knowledge base does not back (no kind, no
coordinates) joins the name's record of the type that more of the store's articles give the name than give its
own type (counting this article for its own type; a tie keeps its own), once that type is in at least
`store.type_min_docs` articles. The count is over the articles' own labels, never over earlier linking
decisions, and after each document the documents of its names that sit in another type's record are linked
again, so the records depend on the set of articles, not on their order. States and cities (GPE) are never in
the set: a person named like a place stays a person.
"""

from __future__ import annotations

import sqlite3

from claimscope.settings import default

FLUID_TYPES = ("PERSON", "ORG", "NORP", "LOC", "FAC", "PRODUCT")
_IN = ", ".join("?" * len(FLUID_TYPES))


def label_counts(conn: sqlite3.Connection, norm_: str, doc_id: str) -> dict[str, int]:
    """How many other articles label the name with each fluid type (their own labels, before linking)."""
    return dict(conn.execute(
        "SELECT type, count(DISTINCT document_id) FROM doc_actors "
        f"WHERE norm = ? AND type IN ({_IN}) AND document_id != ? GROUP BY type", (norm_, *FLUID_TYPES, doc_id)))


def other_labels(conn: sqlite3.Connection, norm_: str, own: str | None) -> bool:
    """Whether any article labels the name with a fluid type other than `own` (index probes, no counting)."""
    return any(conn.execute("SELECT EXISTS(SELECT 1 FROM doc_actors WHERE norm = ? AND type = ?)",
                            (norm_, ty)).fetchone()[0] for ty in FLUID_TYPES if ty != own)


def majority_type(counts: dict[str, int], own: str) -> str:
    """The type the articles mostly give the name, counting this one for `own`; a tie keeps `own`."""
    votes = dict(counts)
    votes[own] = votes.get(own, 0) + 1
    best = max(sorted(votes), key=lambda ty: (votes[ty], ty == own))
    return best if votes[best] >= default("store.type_min_docs") and votes[best] > votes[own] else own


def fluid(actor, type_: str) -> bool:
    """Whether this document actor's type may yield to the store's: a confusable type, no knowledge-base facts."""
    return type_ in FLUID_TYPES and (actor is None or (actor.kind is None and actor.coordinates is None))


def by_store_type(x, find_or_create) -> tuple[int, str] | None:
    """The name's record of another type, when the store's articles mostly give it that type ('Acme' ORG)."""
    if not x.norm or not fluid(x.actor, x.type) or not other_labels(x.conn, x.norm, x.type):
        return None
    want = majority_type(label_counts(x.conn, x.norm, x.doc_id), x.type)
    return (find_or_create(x.conn, None, x.name, want), "type") if want != x.type else None


def documents_to_relink(conn: sqlite3.Connection, norms, doc_id: str) -> set[str]:
    """Other documents whose actors of these names sit in a record of a type that is not their majority's."""
    todo: set[str] = set()
    for n in sorted(set(norms)):
        if sum(conn.execute(
                "SELECT EXISTS(SELECT 1 FROM doc_actors WHERE norm = ? AND type = ?)", (n, ty)).fetchone()[0]
                for ty in FLUID_TYPES) < 2:
            continue
        everyone = label_counts(conn, n, "")
        rows = conn.execute(
            "SELECT d.document_id, d.type, a.type FROM doc_actors d JOIN actors a ON a.id = d.actor_id "
            f"WHERE d.norm = ? AND d.type IN ({_IN}) AND d.how IN ('name', 'type') AND d.document_id != ?",
            (n, *FLUID_TYPES, doc_id)).fetchall()
        for other, own, linked in rows:
            rest = dict(everyone, **{own: everyone.get(own, 1) - 1})  # the other articles' labels
            if majority_type(rest, own) != linked:
                todo.add(other)
    return todo
